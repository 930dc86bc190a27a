/**
 * The record contract (docs/CONTRACT.md) as zod schemas: the single source of the TypeScript types
 * (`z.infer`) and of the JSON Schema (`z.toJSONSchema`). Change a field here only on purpose,
 * with a version bump and a changelog note: other programs read this shape.
 */
import { z } from 'zod';

/** Offsets in UTF-16 code units into the ORIGINAL input: `input.slice(start, end)`. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.start <= s.end, { message: 'a span ends where it starts or after', path: ['end'] })
  .describe('Offsets in UTF-16 code units into the original input: input.slice(start, end)');
export type Span = z.infer<typeof SpanSchema>;

const IsoDate = z.string().regex(/^-?\d{4}-\d{2}-\d{2}$/, 'an ISO 8601 calendar date YYYY-MM-DD');

const PrecisionSchema = z.enum(['day', 'xun', 'month', 'season', 'quarter', 'half', 'year']);
export type Precision = z.infer<typeof PrecisionSchema>;

const TimeOfDaySchema = z.union([
  z.enum(['morning', 'afternoon', 'evening']),
  z.string().regex(/^\d{2}:\d{2}$/, 'HH:MM'),
]);
export type TimeOfDay = z.infer<typeof TimeOfDaySchema>;

/**
 * Which parts of a date were filled from context rather than written (chrono's "implied");
 * `calendar`: the lunar calendar was decided by the heading (a pre-1912 reign year), not written.
 */
const ImpliedSchema = z.array(z.enum(['year', 'month', 'day', 'calendar']));

/** A date or period: an entry's own `date`, and the base of every TimeExpression. */
export const DateValueSchema = z.object({
  start: IsoDate,
  end: IsoDate.describe('inclusive: a one-day event has end == start'),
  precision: PrecisionSchema,
  text: z.string(),
  span: SpanSchema,
  timeOfDay: TimeOfDaySchema.optional(),
  implied: ImpliedSchema.optional().describe('components taken from context (heading, title, entry date)'),
  list: z.array(IsoDate).optional().describe('for day lists such as 6月28日、29日: every day named'),
  calendar: z.literal('lunar').optional().describe('written in the lunar calendar (农历, 春节, a month under a pre-1912 reign year); start/end are Gregorian'),
  rule: z.string().optional().describe('the rule that produced this date, for debugging'),
});
export type DateValue = z.infer<typeof DateValueSchema>;

export const TimeExpressionSchema = DateValueSchema.extend({
  open: z.enum(['start', 'end']).optional().describe('"end": only a start is known (从九月份开始)'),
});
export type TimeExpression = z.infer<typeof TimeExpressionSchema>;

export const FigureKindSchema = z.enum([
  'money',
  'people',
  'count',
  'length',
  'area',
  'weight',
  'duration',
  'percent',
  'ordinal',
  'other',
]);
export type FigureKind = z.infer<typeof FigureKindSchema>;

export const FigureSchema = z.object({
  kind: FigureKindSchema,
  value: z.number().refine(Number.isFinite, 'a finite number'),
  unit: z.string(),
  currency: z.string().optional(),
  approx: z.boolean(),
  qualifier: z.enum(['about', 'more-than', 'less-than', 'at-least']).optional(),
  of: z.string().optional(),
  text: z.string(),
  span: SpanSchema,
});
export type Figure = z.infer<typeof FigureSchema>;

export const EntitySchema = z.object({
  type: z.enum(['person', 'organization', 'place']),
  text: z.string(),
  role: z.string().optional(),
  canonical: z.string().optional(),
  code: z
    .string()
    .regex(/^\d{6}$/, 'a six-digit GB/T 2260 code')
    .optional()
    .describe('place only: the GB/T 2260 code of the administrative unit meant, when certain'),
  province: z.string().optional().describe('place only, with code: the provincial-level unit it lies in'),
  span: SpanSchema,
});
export type Entity = z.infer<typeof EntitySchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const DiagnosticSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'a kebab-case code'),
  severity: SeveritySchema,
  message: z.string(),
  span: SpanSchema,
  entry: z.number().int().positive().optional().describe('ordinal of the entry concerned'),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

export const HeadingSchema = z.object({
  kind: z.enum(['title', 'year', 'month', 'section']),
  text: z.string(),
  year: z.number().int().nullable(),
  month: z.number().int().min(1).max(12).nullable(),
  span: SpanSchema,
});
export type Heading = z.infer<typeof HeadingSchema>;

/** The fields every entry has, whatever extractors run. */
const BaseEntrySchema = z.object({
  ordinal: z.number().int().positive(),
  label: z.string().nullable(),
  span: SpanSchema,
  date: DateValueSchema.nullable(),
  text: z.string(),
  page: z.number().int().positive().optional().describe('PDF input: the page the entry stands on'),
  pages: z.array(z.number().int().positive()).min(2).optional().describe('PDF input: the pages an entry that runs over a page break stands on'),
});
export type BaseEntry = z.infer<typeof BaseEntrySchema>;

/** The document fields besides entries. */
const BaseChronicleSchema = z.object({
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  subject: z.string().nullable(),
  headings: z.array(HeadingSchema),
  diagnostics: z.array(DiagnosticSchema),
});

/**
 * The entry schema for a set of extractors: the base fields plus one array per extractor, keyed
 * by its name. This is what makes a user's extractor part of the validated, documented shape.
 */
export function entrySchemaFor(extractors: ReadonlyArray<{ name: string; schema: z.ZodType }>) {
  const shape: Record<string, z.ZodType> = {};
  for (const x of extractors) shape[x.name] = z.array(x.schema);
  return BaseEntrySchema.extend(shape);
}

/** The whole document schema for a set of extractors. */
export function chronicleSchemaFor(extractors: ReadonlyArray<{ name: string; schema: z.ZodType }>) {
  return z.object({
    title: BaseChronicleSchema.shape.title,
    year: BaseChronicleSchema.shape.year,
    subject: BaseChronicleSchema.shape.subject,
    headings: BaseChronicleSchema.shape.headings,
    entries: z.array(entrySchemaFor(extractors)),
    diagnostics: BaseChronicleSchema.shape.diagnostics,
  });
}
