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
import type { AnyExtractor } from './extractor.js';
import type { Parser } from './parser.js';
import { defaultParser, parserFor, ParseOptionsSchema } from './defaults.js';
import type { DefaultChronicle, ParseOptions } from './defaults.js';
import { validateRecordsWith } from './validate.js';
import type { ParserLike, ValidateOptions, ValidationDiagnostic } from './validate.js';
import { z } from 'zod';
import { checkOptions, LangSchema } from './options.js';

export { createParser } from './parser.js';
export { defaultExtractors, defaultParser, defaultRefiners } from './defaults.js';
export type { DefaultChronicle, DefaultExtractors, ParseOptions } from './defaults.js';
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
export { parseParallel } from './parallel.js';
export type { ParallelOptions, PartReport } from './parallel.js';
export type { StreamOptions } from './stream.js';
export type { ParserLike, ValidateOptions, ValidationDiagnostic } from './validate.js';
export { ChronicleInputError, locateRecords, readChronicle } from './io/index.js';
export type { ChronicleEncoding, ChronicleInputErrorCode, ChronicleSource, InputFormat, ReadOptions } from './io/index.js';
export { ChronicleSummarySchema, summarize } from './summarize.js';
export type { ChronicleSummary, FigureTotal, NamedSummary, PersonSummary, PlaceSummary, SummarizableChronicle } from './summarize.js';

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
  return parserFor(options).parse(text);
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
