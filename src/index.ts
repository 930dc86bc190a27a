/**
 * dashiji: Chinese chronicle text (大事记) → typed, validated event records.
 *
 * The package root: what a user needs to parse, compose a parser, validate and summarize, and
 * nothing else (tests/index.test.ts pins the list, so it only changes on purpose). The rules
 * behind each step are subpath exports, for the few who call them on their own: `dashiji/dates`,
 * `dashiji/figures`, `dashiji/entities`, `dashiji/types` and `dashiji/report` (src/entry/).
 *
 * @module dashiji
 */
import { dateDiagnostics } from './dates/index.js';
import type { AnyExtractor } from './extractor.js';
import { entities, eventTypes, figures, times } from './steps.js';
import { entityExtractor } from './extractors/entities/index.js';
import { typesExtractor } from './extractors/types/index.js';
import type { EntityOptions, EventTypeOptions } from './steps.js';
import { createParser } from './parser.js';
import type { Chronicle, Parser, Refiner } from './parser.js';
import type { Segmenter } from './words.js';
import { validateRecordsWith } from './validate.js';
import type { ParserLike, ValidateOptions, ValidationDiagnostic } from './validate.js';
import { z } from 'zod';
import { checkOptions, LangSchema } from './options.js';
import type { Lang } from './diagnostics/registry.js';

export { createParser } from './parser.js';
export type {
  Chronicle,
  ChronicleEntry,
  ExtractedFields,
  Parser,
  ParserConfig,
  ParserExtension,
  RefineContext,
  Refiner,
} from './parser.js';
export { claimedRanges, defineExtractor } from './extractor.js';
export type { AnyExtractor, DocumentContext, ExtractContext, Extractor, TaggedToken, Word } from './extractor.js';
export { entities, eventTypes, figures, times } from './steps.js';
export type { EntityOptions, EventTypeOptions } from './steps.js';
export {
  DateValueSchema,
  DiagnosticSchema,
  EntitySchema,
  FigureSchema,
  HeadingSchema,
  SpanSchema,
  TimeExpressionSchema,
  chronicleSchemaFor,
  entrySchemaFor,
} from './schema.js';
export type {
  BaseEntry,
  DateValue,
  Diagnostic,
  Entity,
  Figure,
  FigureKind,
  Heading,
  Precision,
  Severity,
  Span,
  TimeExpression,
  TimeOfDay,
} from './schema.js';
export { EventTypeSchema } from './extractors/types/index.js';
export type { EventType } from './extractors/types/index.js';
export { jiebaSegmenter } from './words.js';
export type { JiebaOptions, Segmenter, TaggedWord } from './words.js';
export { parseStream } from './stream.js';
export type { StreamOptions } from './stream.js';
export type { ParserLike, ValidateOptions, ValidationDiagnostic } from './validate.js';
export { ChronicleInputError, locateRecords, readChronicle } from './io/index.js';
export type { ChronicleEncoding, ChronicleInputErrorCode, ChronicleSource, InputFormat, ReadOptions } from './io/index.js';
export { ChronicleSummarySchema, summarize } from './summarize.js';
export type { ChronicleSummary, FigureTotal, NamedSummary, PersonSummary, PlaceSummary, SummarizableChronicle } from './summarize.js';

/**
 * Cross-entry date checks: `date-out-of-order` (an entry dated before the one above it) and
 * `date-outside-year` (an entry's own date outside the chronicle's year).
 */
const dateOrderRefiner: Refiner = Object.freeze<Refiner>({
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

const ParseOptionsSchema = z.strictObject({
  year: z.number().int().min(-9999).max(9999).optional(),
  segmenter: z
    .custom<Segmenter>((v) => typeof v === 'object' && v !== null && typeof (v as Segmenter).cut === 'function', 'an object with a cut(text) method')
    .optional(),
  dictionary: z.record(z.string(), z.unknown()).optional(),
  types: z.record(z.string(), z.array(z.string(), 'an array of trigger words')).optional(),
  lang: LangSchema.optional(),
});

/**
 * Parse a chronicle with the default configuration. Never throws on odd text (problems are in
 * `diagnostics`); throws a TypeError at once when `options` are wrong.
 *
 * @example
 * const doc = parseChronicle(text);
 * doc.entries[0].date?.start; // '2020-01-04'
 */
export function parseChronicle(text: string, options: ParseOptions = {}): DefaultChronicle {
  checkOptions(ParseOptionsSchema, options, 'parseChronicle()', 'year, segmenter, dictionary, types, lang');
  const { year, segmenter, dictionary, types, lang } = options;
  if (year === undefined && segmenter === undefined && dictionary === undefined && types === undefined && (lang ?? 'zh') === 'zh') return defaultParser.parse(text);
  const replaced = [...(dictionary === undefined ? [] : [entities(dictionary)]), ...(types === undefined ? [] : [eventTypes({ types })])];
  const parser = defaultParser.extend({
    ...(year === undefined ? {} : { year }),
    ...(segmenter === undefined ? {} : { segmenter }),
    ...(lang === undefined ? {} : { lang }),
    extractors: replaced,
  });
  return parser.parse(text) as DefaultChronicle;
}

const ValidateOptionsSchema = z.strictObject({
  source: z.string().optional(),
  parser: z
    .custom<ParserLike>((v) => typeof v === 'object' && v !== null && typeof (v as ParserLike).schema === 'function' && typeof (v as ParserLike).parse === 'function', 'a parser (schema() and parse(text))')
    .optional(),
  stale: z.boolean().optional(),
  lang: LangSchema.optional(),
});

/**
 * Validate extracted records (a chronicle document, or an array of entries from NDJSON): the
 * schema of `options.parser` (default: the default parser, so pass your own to check custom
 * extractor keys), ordinals, dates, figures, spans and, with `source`, the span invariant against
 * the source text; with `stale: true`, freshness against a re-parse of the source.
 */
export function validateRecords(records: unknown, options: ValidateOptions = {}): ValidationDiagnostic[] {
  checkOptions(ValidateOptionsSchema, options, 'validateRecords()', 'source, parser, stale, lang');
  return validateRecordsWith(records, { ...options, parser: options.parser ?? defaultParser });
}

/** The zod schema of a chronicle parsed with the default configuration. */
export const ChronicleSchema = defaultParser.schema();

/** Any parser, whatever its extractors. */
export type AnyParser = Parser<readonly AnyExtractor[]>;
