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
  parse(text: string): { entries: readonly unknown[]; title?: unknown; year?: unknown; subject?: unknown; headings?: readonly unknown[]; diagnostics?: readonly unknown[] };
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
function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing (the field is missing)';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * The same JSON text for equal values whatever their key order: records re-sorted by `jq -S` or
 * written by another language are not stale for that.
 */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** 1-based line of an offset: messages name the line a person opens the file at. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
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
    const actual = get(records, issue.path);
    if (issue.code === 'invalid_type') {
      // JSON has no Infinity, but 1e999 parses to it: "expected number, got number" helps nobody.
      detail = typeof actual === 'number' && !Number.isFinite(actual) ? `${String(actual)} is not finite` : `expected ${issue.expected}, got ${describe(actual)}`;
    } else if (issue.code === 'custom' && issue.path.at(-1) === 'end') {
      // SpanSchema's refinement: say which way round the offsets are.
      const span = get(records, issue.path.slice(0, -1)) as { start?: unknown; end?: unknown } | undefined;
      if (typeof span?.start === 'number' && typeof span.end === 'number' && span.start > span.end) detail = `start ${span.start} after end ${span.end}`;
    }
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

/** An item whose span no longer reads its text in the source. */
interface Drift {
  path: string;
  span: Span;
  reads: string;
  text: string;
  outside: boolean;
}

function consistency(doc: Record<string, unknown>, source: string | undefined): ValidationDiagnostic[] {
  const out: ValidationDiagnostic[] = [];
  const drifts: Drift[] = [];
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
      if (s.start < 0 || s.end < s.start || !Number.isFinite(s.end)) {
        out.push({ code: 'span-out-of-range', severity: 'error', message: `${path}.span ${s.start}-${s.end} is not a span (start after end, or not finite)`, path: `${path}.span` });
        continue;
      }
      if (source !== undefined && s.end > source.length) {
        drifts.push({ path, span: s, reads: '', text: typeof item.text === 'string' ? item.text : '', outside: true });
        continue;
      }
      if (source !== undefined && checkText && typeof item.text === 'string' && squash(source.slice(s.start, s.end)) !== squash(item.text)) {
        drifts.push({ path, span: s, reads: source.slice(s.start, s.end), text: item.text, outside: false });
      }
    }
  });
  if (source !== undefined) out.push(...driftDiagnostics(drifts, source));
  return out;
}

/**
 * Spans that no longer fit the source. One item off is a wrong record (`span-mismatch`,
 * `span-out-of-range`); many are one edit of the source that moved everything after it: ONE
 * `source-changed` naming the first line that no longer matches, not one error per later item.
 */
function driftDiagnostics(drifts: Drift[], source: string): ValidationDiagnostic[] {
  if (drifts.length === 0) return [];
  drifts.sort((a, b) => a.span.start - b.span.start);
  const describeOne = (d: Drift) =>
    d.outside ? `${d.path}.span ${d.span.start}-${d.span.end} is outside the source (length ${source.length})` : `${d.path}: the source at ${d.span.start}-${d.span.end} reads “${d.reads}”, not “${d.text}”`;
  if (drifts.length === 1) {
    const d = drifts[0]!;
    return [
      d.outside
        ? { code: 'span-out-of-range', severity: 'error', message: describeOne(d), path: `${d.path}.span` }
        : { code: 'span-mismatch', severity: 'error', message: `${describeOne(d)} (was the source edited after extraction?)`, path: d.path, span: d.span },
    ];
  }
  const first = drifts.find((d) => !d.outside) ?? drifts[0]!;
  const at = Math.min(first.span.start, source.length);
  const line = lineOf(source, at);
  return [
    {
      code: 'source-changed',
      severity: 'error',
      message: `the source changed after extraction from line ${line} on: ${drifts.length} items no longer match it, the first ${describeOne(first)} (re-run dashiji parse)`,
      path: first.path,
      span: first.outside ? { start: at, end: at } : first.span,
    },
  ];
}

/** Compare a document-level field of the records with a fresh parse (key order never matters). */
function staleField(doc: Record<string, unknown>, fresh: Record<string, unknown>, key: string): ValidationDiagnostic[] {
  if (!(key in doc) || !(key in fresh)) return [];
  const a = doc[key];
  const b = fresh[key];
  if (canonicalJson(a) === canonicalJson(b)) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    let i = 0;
    while (i < a.length && i < b.length && canonicalJson(a[i]) === canonicalJson(b[i])) i++;
    const where = i < a.length && i < b.length ? `${key}[${i}] differs` : a.length < b.length ? `${b.length - a.length} more in the source (${key}[${i}])` : `${a.length - b.length} no longer in the source (${key}[${i}])`;
    return [{ code: 'stale-changed', severity: 'error', message: `${key}: ${where} from what dashiji extracts now (re-run dashiji parse)`, path: `${key}[${i}]` }];
  }
  return [{ code: 'stale-changed', severity: 'error', message: `${key} is ${JSON.stringify(a)}, dashiji extracts ${JSON.stringify(b)} now (re-run dashiji parse)`, path: key }];
}

function staleness(doc: Record<string, unknown>, fresh: ReturnType<ParserLike['parse']>, whole: boolean): ValidationDiagnostic[] {
  const out: ValidationDiagnostic[] = [];
  // A whole document is compared field by field; NDJSON lines are entries only.
  if (whole) for (const key of ['title', 'year', 'subject', 'headings']) out.push(...staleField(doc, fresh as Record<string, unknown>, key));
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
    } else if (canonicalJson(a) !== canonicalJson(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k]));
      out.push({ code: 'stale-changed', severity: 'error', message: `entries[${i}] differs from what dashiji extracts now (${keys.join(', ')})`, path: `entries[${i}]`, ...(where ? { span: where } : {}) });
    }
  }
  if (whole) out.push(...staleField(doc, fresh as Record<string, unknown>, 'diagnostics'));
  return out;
}

/** Records that are no chronicle at all: one clear error instead of a schema error per field. */
function notRecords(records: unknown): ValidationDiagnostic[] {
  if (Array.isArray(records) && records.length === 0) {
    return [{ code: 'no-records', severity: 'error', message: 'no records: an empty array (expected a chronicle document or its entries)' }];
  }
  if (typeof records === 'object' && records !== null && !Array.isArray(records)) {
    const keys = Object.keys(records);
    if (!['entries', 'headings', 'title', 'diagnostics'].some((k) => keys.includes(k))) {
      return [{ code: 'not-a-chronicle', severity: 'error', message: `not chronicle records: an object with ${keys.length ? `keys ${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ' …' : ''}` : 'no keys'} (expected title, year, subject, headings, entries, diagnostics)` }];
    }
  }
  return [];
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
  const out: ValidationDiagnostic[] = notRecords(records);
  if (out.length > 0) return out;
  if (Array.isArray(records)) {
    const entrySchema = (parser.schema() as unknown as z.ZodObject<{ entries: z.ZodArray<z.ZodType> }>).shape.entries;
    out.push(...schemaDiagnostics(entrySchema, records, ['entries']));
  } else {
    out.push(...schemaDiagnostics(parser.schema(), records));
  }
  out.push(...consistency(doc, source));
  if (options.stale && source !== undefined) out.push(...staleness(doc, parser.parse(source), !Array.isArray(records)));
  return out;
}
