/**
 * dashiji: Chinese chronicle text (大事记) → typed, validated event records.
 *
 * Every public name is exported here, explicitly.
 */
import { dateDiagnostics, timesExtractor } from './dates/index.js';
import type { AnyExtractor } from './extractor.js';
import { entities, entityExtractor } from './extractors/entities/index.js';
import type { EntityOptions } from './extractors/entities/index.js';
import { figuresExtractor } from './extractors/figures/index.js';
import { eventTypes, typesExtractor } from './extractors/types/index.js';
import type { EventTypeOptions } from './extractors/types/index.js';
import { createParser } from './parser.js';
import type { Chronicle, Parser, Refiner } from './parser.js';
import type { Segmenter } from './words.js';
import { validateRecordsWith } from './validate.js';
import type { ValidateOptions, ValidationDiagnostic } from './validate.js';
import { z } from 'zod';
import { checkOptions } from './options.js';

export { createParser, SEVERITY_RANK } from './parser.js';
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
export {
  BaseChronicleSchema,
  BaseEntrySchema,
  DateValueSchema,
  DiagnosticSchema,
  EntitySchema,
  FigureKindSchema,
  FigureSchema,
  HeadingSchema,
  PrecisionSchema,
  SeveritySchema,
  SpanSchema,
  TimeExpressionSchema,
  TimeOfDaySchema,
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
export { defaultSegmenter, jiebaSegmenter } from './words.js';
export type { JiebaOptions, Segmenter, TaggedWord } from './words.js';
export { parseNumber } from './numbers.js';
export { parseStream } from './stream.js';
export type { StreamOptions } from './stream.js';
export { formatPath } from './validate.js';
export type { ParserLike, ValidateOptions, ValidationDiagnostic } from './validate.js';
export { ChronicleInputError, decodeChronicle, detectEncoding, readChronicle } from './io.js';
export type { ChronicleEncoding } from './io.js';
export { fold } from './text.js';
export { findTimes, matchEntryDate, matchHeading, timesExtractor, yearOfTitle } from './dates/index.js';
export type { DateAnchor, DateContext, DateMatch } from './dates/index.js';
export { findFigures, figuresExtractor } from './extractors/figures/index.js';
export { entities, entityExtractor, findEntities, parseDictionary, uniqueEntities } from './extractors/entities/index.js';
export type { EntityOptions } from './extractors/entities/index.js';
export { EVENT_TYPE_LABELS, EVENT_TYPES, EventTypeSchema, TRIGGER_GUARDS, compileVocabulary, eventTypes, findEventTypes, typesExtractor } from './extractors/types/index.js';
export type { CompiledVocabulary, DefaultEventType, EventType, EventTypeOptions, FindEventTypesOptions, TriggerHit, TypeHit } from './extractors/types/index.js';
export { ChronicleSummarySchema, figureKindLabel, formatAmount, formatFigureTotal, formatSummaryText, summarize } from './summarize.js';
export type { ChronicleSummary, FigureTotal, NamedSummary, PersonSummary, SummarizableChronicle } from './summarize.js';
export { renderReport } from './report/index.js';
export type { ReportOptions, ReportableChronicle, ReportableEntry } from './report/index.js';

/**
 * Cross-entry date checks: `date-out-of-order` (an entry dated before the one above it) and
 * `date-outside-year` (an entry's own date outside the chronicle's year).
 */
const dateOrder: Refiner = {
  name: 'date-order',
  refine(doc, ctx) {
    for (const d of dateDiagnostics(doc.entries, doc.year)) ctx.report(d);
  },
};
export const dateOrderRefiner: Refiner = Object.freeze(dateOrder);

/**
 * The default extractors, in the order they run: times first, so figures can skip dates; types
 * last, so a trigger word inside a name the entity extractor found (李建成) does not count.
 */
export const defaultExtractors = Object.freeze([timesExtractor, figuresExtractor, entityExtractor, typesExtractor] as const);

/** The default refiners. */
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
  /** Event types of your own (`{ epidemic: ['疫情', '防控'] }`), merged with the defaults. */
  types?: EventTypeOptions;
}

const ParseOptionsSchema = z.strictObject({
  year: z.number().int().min(-9999).max(9999).optional(),
  segmenter: z
    .custom<Segmenter>((v) => typeof v === 'object' && v !== null && typeof (v as Segmenter).cut === 'function', 'an object with a cut(text) method')
    .optional(),
  dictionary: z.record(z.string(), z.unknown()).optional(),
  types: z.record(z.string(), z.unknown()).optional(),
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
  checkOptions(ParseOptionsSchema, options, 'parseChronicle()', 'year, segmenter, dictionary, types');
  const { year, segmenter, dictionary, types } = options;
  if (year === undefined && segmenter === undefined && dictionary === undefined && types === undefined) return defaultParser.parse(text);
  const replaced = [...(dictionary === undefined ? [] : [entities(dictionary)]), ...(types === undefined ? [] : [eventTypes(types)])];
  const parser = defaultParser.extend({
    ...(year === undefined ? {} : { year }),
    ...(segmenter === undefined ? {} : { segmenter }),
    extractors: replaced,
  });
  return parser.parse(text) as DefaultChronicle;
}

/**
 * Validate extracted records (a chronicle document, or an array of entries from NDJSON): the
 * schema of `options.parser` (default: the default parser, so pass your own to check custom
 * extractor keys), ordinals, dates, figures, spans and, with `source`, the span invariant against
 * the source text; with `stale: true`, freshness against a re-parse of the source.
 */
export function validateRecords(records: unknown, options: ValidateOptions = {}): ValidationDiagnostic[] {
  return validateRecordsWith(records, { ...options, parser: options.parser ?? defaultParser });
}

/** The zod schema of a chronicle parsed with the default configuration. */
export const ChronicleSchema = defaultParser.schema();

/** Any parser, whatever its extractors. */
export type AnyParser = Parser<readonly AnyExtractor[]>;
