/**
 * The default configuration: the default extractors, refiners and parser, and `parseChronicle`'s
 * options applied to them. Its own module so that the parallel parse (src/parallel.ts) and its
 * worker build the same parser as `parseChronicle` without importing the package root.
 */
import { z } from 'zod';
import { dateDiagnostics } from './dates/index.js';
import { entities, eventTypes, figures, times } from './steps.js';
import { entityExtractor } from './extractors/entities/index.js';
import { typesExtractor } from './extractors/types/index.js';
import type { EntityOptions, EventTypeOptions } from './steps.js';
import { createParser } from './parser.js';
import type { Chronicle, Parser, Refiner } from './parser.js';
import type { Segmenter } from './words.js';
import { LangSchema } from './options.js';
import type { Lang } from './diagnostics/registry.js';

/**
 * Cross-entry date checks: `date-out-of-order` (an entry dated before the one above it) and
 * `date-outside-year` (an entry's own date outside the chronicle's year).
 */
export const dateOrderRefiner: Refiner = Object.freeze<Refiner>({
  name: 'date-order',
  refine(doc, ctx) {
    for (const d of dateDiagnostics(doc.entries, doc.year, ctx.lang)) ctx.report(d);
  },
});

/**
 * The default extractors, in the order they run: times first, so figures can skip dates; types
 * last, so a trigger word inside a name the entity extractor found (李建成) does not count. Each
 * step that reads another declares it (`after`), and `createParser` checks this order.
 */
export const defaultExtractors = Object.freeze([times(), figures(), entityExtractor, typesExtractor] as const);

/** The default refiners: the cross-entry date checks (`date-out-of-order`, `date-outside-year`). */
export const defaultRefiners: readonly Refiner[] = Object.freeze([dateOrderRefiner]);

/** The extractors of the default parser. */
export type DefaultExtractors = typeof defaultExtractors;

/** A chronicle parsed with the default configuration. */
export type DefaultChronicle = Chronicle<DefaultExtractors>;

/** The default parser: dates, times, figures, entities and event types, with the jieba segmenter. */
export const defaultParser: Parser<DefaultExtractors> = createParser({
  extractors: defaultExtractors,
  refiners: defaultRefiners,
});

/** Options of `parseChronicle`. */
export interface ParseOptions {
  /** The year the chronicle covers, when the text does not say it. */
  year?: number;
  /** Another word segmenter (see `Segmenter`). */
  segmenter?: Segmenter;
  /** Names the entity extractor should know: this year's people, organizations and places. */
  dictionary?: EntityOptions;
  /**
   * Event types of your own, merged with the defaults: `{ epidemic: ['疫情', '防控'] }` (type name to
   * trigger words; an empty list removes a default type). For `replace` or `guards`, use
   * `eventTypes()` with `parser.extend`.
   */
  types?: NonNullable<EventTypeOptions['types']>;
  /** The language of diagnostic messages: `zh` (default) or `en`. */
  lang?: Lang;
}

export const ParseOptionsSchema = z.strictObject({
  year: z.number().int().min(-9999).max(9999).optional(),
  segmenter: z
    .custom<Segmenter>((v) => typeof v === 'object' && v !== null && typeof (v as Segmenter).cut === 'function', 'an object with a cut(text) method')
    .optional(),
  dictionary: z.record(z.string(), z.unknown()).optional(),
  types: z.record(z.string(), z.array(z.string(), 'an array of trigger words')).optional(),
  lang: LangSchema.optional(),
});

/** The default parser with `options` applied (checked by the caller): what `parseChronicle` runs. */
export function parserFor(options: ParseOptions): Parser<DefaultExtractors> {
  const { year, segmenter, dictionary, types, lang } = options;
  if (year === undefined && segmenter === undefined && dictionary === undefined && types === undefined && (lang ?? 'zh') === 'zh') return defaultParser;
  const replaced = [...(dictionary === undefined ? [] : [entities(dictionary)]), ...(types === undefined ? [] : [eventTypes({ types })])];
  return defaultParser.extend({
    ...(year === undefined ? {} : { year }),
    ...(segmenter === undefined ? {} : { segmenter }),
    ...(lang === undefined ? {} : { lang }),
    extractors: replaced,
  }) as unknown as Parser<DefaultExtractors>;
}
