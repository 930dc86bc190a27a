/**
 * Keeping chronicle data honest in CI: records checked against the schema, against themselves
 * (ordinals, dates, figures) and against their source text (spans, staleness). Problems are data,
 * each with a stable code, like the parser's diagnostics.
 */
import type { z } from 'zod';
import type { Severity, Span } from './schema.js';

/** What validation needs of a parser: its schema, and `parse` for `--stale`. Any `Parser` fits. */
export interface ParserLike {
  schema(): z.ZodType;
  parse(text: string): { entries: readonly unknown[] };
}

/** One problem found in a set of records. `path` points into the records, `span` into the source. */
export interface ValidationDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  /** JSON path in the records: `entries[12].figures[0].value`. */
  path?: string;
  /** Where in the source text the problem stands, when known. */
  span?: Span;
}

/** Options of `validateRecords`. */
export interface ValidateOptions {
  /** The source text the records were extracted from: enables the span-invariant checks. */
  source?: string;
  /** The parser whose schema the records follow (default: the default parser), for custom keys. */
  parser?: ParserLike;
  /** Re-parse `source` and report records that differ from what the parser extracts now. */
  stale?: boolean;
}

/** `entries[12].figures[0].value` from zod's path array. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function get(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** zod issues as diagnostics: `entries[12].figures[0].value: expected number, got string`. */
function schemaDiagnostics(schema: z.ZodType, records: unknown, prefix: PropertyKey[] = []): ValidationDiagnostic[] {
  const result = schema.safeParse(records);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    let detail = issue.message;
    if (issue.code === 'invalid_type') detail = `expected ${issue.expected}, got ${describe(get(records, issue.path))}`;
    return { code: 'schema-mismatch', severity: 'error' as const, message: `${path || '(root)'}: ${detail}`, path };
  });
}

const squash = (s: string): string => s.normalize('NFKC').replace(/\s/g, '');

interface Spanned {
  span?: { start?: unknown; end?: unknown };
  text?: unknown;
}

function validDate(iso: string): boolean {
  const m = /^(-?\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
  return d <= days;
}

/** Every span-carrying item of an entry, with its path. */
function* spannedItems(entry: Record<string, unknown>, at: string): Generator<[string, Spanned, boolean]> {
  yield [at, entry as Spanned, false];
  if (entry.date && typeof entry.date === 'object') yield [`${at}.date`, entry.date as Spanned, true];
  for (const [key, value] of Object.entries(entry)) {
    if (!Array.isArray(value)) continue;
    for (let i = 0; i < value.length; i++) {
      const item = value[i] as unknown;
      if (item && typeof item === 'object' && 'span' in item) yield [`${at}.${key}[${i}]`, item as Spanned, true];
      if (item && typeof item === 'object' && Array.isArray((item as { triggers?: unknown }).triggers)) {
        const triggers = (item as { triggers: unknown[] }).triggers;
        for (let k = 0; k < triggers.length; k++) yield [`${at}.${key}[${i}].triggers[${k}]`, triggers[k] as Spanned, true];
      }
    }
  }
}

function consistency(doc: Record<string, unknown>, source: string | undefined): ValidationDiagnostic[] {
  const out: ValidationDiagnostic[] = [];
  const entries = Array.isArray(doc.entries) ? (doc.entries as Array<Record<string, unknown>>) : [];
  const year = typeof doc.year === 'number' ? doc.year : null;
  entries.forEach((entry, i) => {
    const at = `entries[${i}]`;
    if (entry.ordinal !== i + 1) {
      out.push({ code: 'ordinal-sequence', severity: 'error', message: `${at}.ordinal is ${String(entry.ordinal)}, expected ${i + 1} (ordinals count 1..N)`, path: `${at}.ordinal` });
    }
    const dates: Array<[string, { start?: unknown; end?: unknown }]> = [];
    if (entry.date && typeof entry.date === 'object') dates.push([`${at}.date`, entry.date as { start?: unknown; end?: unknown }]);
    if (Array.isArray(entry.times)) (entry.times as Array<{ start?: unknown; end?: unknown }>).forEach((t, k) => dates.push([`${at}.times[${k}]`, t]));
    for (const [path, d] of dates) {
      const { start, end } = d;
      if (typeof start !== 'string' || typeof end !== 'string') continue;
      if (!validDate(start) || !validDate(end)) {
        out.push({ code: 'invalid-date', severity: 'error', message: `${path}: ${start}..${end} is not a valid calendar date`, path });
      } else if (start > end) {
        out.push({ code: 'invalid-date', severity: 'error', message: `${path}: start ${start} is after end ${end}`, path });
      }
    }
    const own = entry.date as { start?: unknown; end?: unknown } | null | undefined;
    if (year !== null && own && typeof own.start === 'string' && typeof own.end === 'string') {
      if (own.end < `${year}-01-01` || own.start > `${year}-12-31`) {
        out.push({ code: 'date-outside-year', severity: 'warning', message: `${at}.date ${own.start} is outside the chronicle's year ${year}`, path: `${at}.date` });
      }
    }
    if (Array.isArray(entry.figures)) {
      (entry.figures as Array<{ value?: unknown }>).forEach((f, k) => {
        if (typeof f.value === 'number' && (!Number.isFinite(f.value) || f.value < 0)) {
          out.push({ code: 'invalid-figure', severity: 'error', message: `${at}.figures[${k}].value ${f.value} is not a finite non-negative number`, path: `${at}.figures[${k}].value` });
        }
      });
    }
    for (const [path, item, checkText] of spannedItems(entry, at)) {
      const span = item.span;
      if (!span || typeof span.start !== 'number' || typeof span.end !== 'number') continue;
      const s = { start: span.start, end: span.end };
      if (s.start < 0 || s.end < s.start || (source !== undefined && s.end > source.length)) {
        out.push({ code: 'span-out-of-range', severity: 'error', message: `${path}.span ${s.start}-${s.end} is outside the source (length ${source?.length ?? '?'})`, path: `${path}.span` });
        continue;
      }
      if (source !== undefined && checkText && typeof item.text === 'string' && squash(source.slice(s.start, s.end)) !== squash(item.text)) {
        out.push({
          code: 'span-mismatch',
          severity: 'error',
          message: `${path}: the source at ${s.start}-${s.end} reads “${source.slice(s.start, s.end)}”, not “${item.text}” (was the source edited after extraction?)`,
          path,
          span: s,
        });
      }
    }
  });
  return out;
}

function staleness(doc: Record<string, unknown>, fresh: { entries: readonly unknown[] }): ValidationDiagnostic[] {
  const out: ValidationDiagnostic[] = [];
  const old = Array.isArray(doc.entries) ? (doc.entries as Array<Record<string, unknown>>) : [];
  const now = fresh.entries as Array<Record<string, unknown>>;
  const n = Math.max(old.length, now.length);
  for (let i = 0; i < n; i++) {
    const a = old[i];
    const b = now[i];
    const where = b?.span as Span | undefined;
    if (!a) {
      out.push({ code: 'stale-added', severity: 'error', message: `entry ${i + 1} is in the source but not in the records (re-run dashiji parse)`, path: `entries[${i}]`, ...(where ? { span: where } : {}) });
    } else if (!b) {
      out.push({ code: 'stale-removed', severity: 'error', message: `entries[${i}] is in the records but no longer in the source`, path: `entries[${i}]` });
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
      out.push({ code: 'stale-changed', severity: 'error', message: `entries[${i}] differs from what dashiji extracts now (${keys.join(', ')})`, path: `entries[${i}]`, ...(where ? { span: where } : {}) });
    }
  }
  return out;
}

/**
 * Validate extracted records: the schema (with the parser's custom keys), consistency rules and,
 * with `source`, the span invariant and (with `stale`) freshness against a re-parse.
 * Accepts a whole chronicle document, or an array of entries (NDJSON lines).
 */
export function validateRecordsWith(records: unknown, options: ValidateOptions & { parser: ParserLike }): ValidationDiagnostic[] {
  const { parser, source } = options;
  const doc: Record<string, unknown> = Array.isArray(records)
    ? { entries: records }
    : records && typeof records === 'object'
      ? (records as Record<string, unknown>)
      : {};
  const out: ValidationDiagnostic[] = [];
  if (Array.isArray(records)) {
    const entrySchema = (parser.schema() as unknown as z.ZodObject<{ entries: z.ZodArray<z.ZodType> }>).shape.entries;
    out.push(...schemaDiagnostics(entrySchema, records, ['entries']));
  } else {
    out.push(...schemaDiagnostics(parser.schema(), records));
  }
  out.push(...consistency(doc, source));
  if (options.stale && source !== undefined) out.push(...staleness(doc, parser.parse(source)));
  return out;
}
