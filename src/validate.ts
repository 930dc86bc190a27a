/**
 * Keeping chronicle data honest in CI: records checked against the schema, against themselves
 * (ordinals, dates, figures) and against their source text (spans, staleness). Problems are data,
 * each with a stable code, like the parser's diagnostics.
 */
import type { z } from 'zod';
import type { Severity, Span } from './schema.js';
import { diagnostic, phrase } from './diagnostics/registry.js';
import type { Lang } from './diagnostics/registry.js';

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
  /** The language of the messages: `zh` (default) or `en`. Codes and paths do not change. */
  lang?: Lang;
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
function schemaDiagnostics(schema: z.ZodType, records: unknown, lang: Lang, prefix: PropertyKey[] = []): ValidationDiagnostic[] {
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
    return { ...diagnostic('schema-mismatch', { path: path || '(root)', reason: detail }, lang), path };
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

function consistency(doc: Record<string, unknown>, source: string | undefined, lang: Lang): ValidationDiagnostic[] {
  const out: ValidationDiagnostic[] = [];
  const drifts: Drift[] = [];
  const entries = Array.isArray(doc.entries) ? (doc.entries as Array<Record<string, unknown>>) : [];
  const year = typeof doc.year === 'number' ? doc.year : null;
  entries.forEach((entry, i) => {
    const at = `entries[${i}]`;
    if (entry.ordinal !== i + 1) {
      out.push({ ...diagnostic('ordinal-sequence', { path: `${at}.ordinal`, ordinal: String(entry.ordinal), expected: i + 1 }, lang), path: `${at}.ordinal` });
    }
    const dates: Array<[string, { start?: unknown; end?: unknown }]> = [];
    if (entry.date && typeof entry.date === 'object') dates.push([`${at}.date`, entry.date as { start?: unknown; end?: unknown }]);
    if (Array.isArray(entry.times)) (entry.times as Array<{ start?: unknown; end?: unknown }>).forEach((t, k) => dates.push([`${at}.times[${k}]`, t]));
    for (const [path, d] of dates) {
      const { start, end } = d;
      if (typeof start !== 'string' || typeof end !== 'string') continue;
      if (!validDate(start) || !validDate(end) || start > end) out.push({ ...diagnostic('invalid-date', { path, start, end }, lang), path });
    }
    const own = entry.date as { start?: unknown; end?: unknown } | null | undefined;
    if (year !== null && own && typeof own.start === 'string' && typeof own.end === 'string') {
      if (own.end < `${year}-01-01` || own.start > `${year}-12-31`) {
        out.push({ ...diagnostic('date-outside-year', { entry: i + 1, date: own.start, year }, lang), path: `${at}.date` });
      }
    }
    if (Array.isArray(entry.figures)) {
      (entry.figures as Array<{ value?: unknown }>).forEach((f, k) => {
        if (typeof f.value === 'number' && (!Number.isFinite(f.value) || f.value < 0)) {
          out.push({ ...diagnostic('invalid-figure', { path: `${at}.figures[${k}].value`, value: f.value }, lang), path: `${at}.figures[${k}].value` });
        }
      });
    }
    for (const [path, item, checkText] of spannedItems(entry, at)) {
      const span = item.span;
      if (!span || typeof span.start !== 'number' || typeof span.end !== 'number') continue;
      const s = { start: span.start, end: span.end };
      if (s.start < 0 || s.end < s.start || !Number.isFinite(s.end)) {
        out.push({ ...diagnostic('span-out-of-range', { path, start: s.start, end: s.end, length: source?.length ?? '?' }, lang), path: `${path}.span` });
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
  if (source !== undefined) out.push(...driftDiagnostics(drifts, source, lang));
  return out;
}

/**
 * Spans that no longer fit the source. One item off is a wrong record (`span-mismatch`,
 * `span-out-of-range`); many are one edit of the source that moved everything after it: ONE
 * `source-changed` naming the first line that no longer matches, not one error per later item.
 */
function driftDiagnostics(drifts: Drift[], source: string, lang: Lang): ValidationDiagnostic[] {
  if (drifts.length === 0) return [];
  drifts.sort((a, b) => a.span.start - b.span.start);
  const one = (d: Drift) =>
    d.outside
      ? { ...diagnostic('span-out-of-range', { path: d.path, start: d.span.start, end: d.span.end, length: source.length }, lang), path: `${d.path}.span` }
      : { ...diagnostic('span-mismatch', { path: d.path, start: d.span.start, end: d.span.end, found: d.reads, text: d.text }, lang), path: d.path, span: d.span };
  if (drifts.length === 1) return [one(drifts[0]!)];
  const first = drifts.find((d) => !d.outside) ?? drifts[0]!;
  const at = Math.min(first.span.start, source.length);
  const line = lineOf(source, at);
  return [
    {
      ...diagnostic('source-changed', { line, count: drifts.length, first: one(first).message }, lang),
      path: first.path,
      span: first.outside ? { start: at, end: at } : first.span,
    },
  ];
}

/** Compare a document-level field of the records with a fresh parse (key order never matters). */
function staleField(doc: Record<string, unknown>, fresh: Record<string, unknown>, key: string, lang: Lang): ValidationDiagnostic[] {
  if (!(key in doc) || !(key in fresh)) return [];
  // Diagnostics are compared without their messages: records parsed in another language are not stale.
  const wordless = (v: unknown) => (key === 'diagnostics' && Array.isArray(v) ? v.map((d: unknown) => (d && typeof d === 'object' ? { ...d, message: undefined } : d)) : v);
  const a = wordless(doc[key]);
  const b = wordless(fresh[key]);
  if (canonicalJson(a) === canonicalJson(b)) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    let i = 0;
    while (i < a.length && i < b.length && canonicalJson(a[i]) === canonicalJson(b[i])) i++;
    const fields = `${a.length} → ${b.length}`;
    return [{ ...diagnostic('stale-changed', { path: `${key}[${i}]`, fields }, lang), path: `${key}[${i}]` }];
  }
  return [{ ...diagnostic('stale-changed', { path: key, fields: `${JSON.stringify(a)} → ${JSON.stringify(b)}` }, lang), path: key }];
}

function staleness(doc: Record<string, unknown>, fresh: ReturnType<ParserLike['parse']>, whole: boolean, lang: Lang): ValidationDiagnostic[] {
  const out: ValidationDiagnostic[] = [];
  // A whole document is compared field by field; NDJSON lines are entries only.
  if (whole) for (const key of ['title', 'year', 'subject', 'headings']) out.push(...staleField(doc, fresh as Record<string, unknown>, key, lang));
  const old = Array.isArray(doc.entries) ? (doc.entries as Array<Record<string, unknown>>) : [];
  const now = fresh.entries as Array<Record<string, unknown>>;
  const n = Math.max(old.length, now.length);
  for (let i = 0; i < n; i++) {
    const a = old[i];
    const b = now[i];
    const where = b?.span as Span | undefined;
    if (!a) {
      out.push({ ...diagnostic('stale-added', { entry: i + 1 }, lang), path: `entries[${i}]`, ...(where ? { span: where } : {}) });
    } else if (!b) {
      out.push({ ...diagnostic('stale-removed', { path: `entries[${i}]` }, lang), path: `entries[${i}]` });
    } else if (canonicalJson(a) !== canonicalJson(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k]));
      out.push({ ...diagnostic('stale-changed', { path: `entries[${i}]`, fields: keys.join(', ') }, lang), path: `entries[${i}]`, ...(where ? { span: where } : {}) });
    }
  }
  if (whole) out.push(...staleField(doc, fresh as Record<string, unknown>, 'diagnostics', lang));
  return out;
}

/** Records that are no chronicle at all: one clear error instead of a schema error per field. */
function notRecords(records: unknown, lang: Lang): ValidationDiagnostic[] {
  if (Array.isArray(records) && records.length === 0) return [diagnostic('no-records', { what: phrase('empty-array', lang) }, lang)];
  if (typeof records === 'object' && records !== null && !Array.isArray(records)) {
    const keys = Object.keys(records);
    if (!['entries', 'headings', 'title', 'diagnostics'].some((k) => keys.includes(k))) {
      const named = keys.length ? `${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ' …' : ''}` : phrase('no-keys', lang);
      return [diagnostic('not-a-chronicle', { keys: named }, lang)];
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
  const lang = options.lang ?? 'zh';
  const doc: Record<string, unknown> = Array.isArray(records)
    ? { entries: records }
    : records && typeof records === 'object'
      ? (records as Record<string, unknown>)
      : {};
  const out: ValidationDiagnostic[] = notRecords(records, lang);
  if (out.length > 0) return out;
  if (Array.isArray(records)) {
    const entrySchema = (parser.schema() as unknown as z.ZodObject<{ entries: z.ZodArray<z.ZodType> }>).shape.entries;
    out.push(...schemaDiagnostics(entrySchema, records, lang, ['entries']));
  } else {
    out.push(...schemaDiagnostics(parser.schema(), records, lang));
  }
  out.push(...consistency(doc, source, lang));
  if (options.stale && source !== undefined) out.push(...staleness(doc, parser.parse(source), !Array.isArray(records), lang));
  return out;
}
