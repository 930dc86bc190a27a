/**
 * How the CLI writes what the library returns: JSON, NDJSON, CSV for records; human text, JSON
 * and GitHub Actions annotations for diagnostics.
 */
import { lastAtOrBefore } from '../sorted.js';
import type { Severity, Span } from '../schema.js';

/** A diagnostic ready to print: a file, an optional location, and what is wrong. */
export interface Located {
  file: string;
  code: string;
  severity: Severity;
  message: string;
  path?: string;
  span?: Span;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** Line starts of a text, for turning offsets into 1-based line and column numbers. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return (offset) => {
    const lo = Math.max(0, lastAtOrBefore(starts, offset));
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** Attach line and column to a diagnostic whose span points into `source`. */
export function locate(d: Omit<Located, 'line' | 'column'>, at: ((offset: number) => { line: number; column: number }) | null): Located {
  if (!d.span || !at) return d;
  const s = at(d.span.start);
  const e = at(Math.max(d.span.start, d.span.end - 1));
  return { ...d, line: s.line, column: s.column, endLine: e.line, endColumn: e.column + 1 };
}

/**
 * C0 controls, DEL, C1 controls, and the line and paragraph separators. Record text is user input:
 * printed raw, a `\n::error …::` in it becomes a workflow command on a GitHub runner, and an ESC
 * sequence rewrites a terminal.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const CONTROL_NAMES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Make a string safe for a line of text output: every control character is written as an escape
 * (`\n`, `\x1b`, `\u2028`), visible and inert. With `keepNewlines`, line feeds that structure
 * the output (the summary's lines) stay.
 */
export function escapeControls(text: string, keepNewlines = false): string {
  return text.replace(CONTROL, (c) => {
    if (keepNewlines && c === '\n') return c;
    const code = c.charCodeAt(0);
    return CONTROL_NAMES[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

function escapeGithub(text: string, property = false): string {
  // % first, then the line breaks GitHub decodes; other controls become visible escapes.
  let out = escapeControls(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
  if (property) out = out.replace(/:/g, '%3A').replace(/,/g, '%2C');
  return out;
}

/** Format diagnostics for people (`text`), programs (`json`) or GitHub pull requests (`github`). */
export function formatDiagnostics(list: readonly Located[], format: 'text' | 'json' | 'github'): string {
  if (format === 'json') return JSON.stringify(list, null, 2) + '\n';
  if (format === 'github') {
    return list
      .map((d) => {
        const level = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
        const props = [`file=${escapeGithub(d.file, true)}`];
        if (d.line !== undefined) props.push(`line=${d.line}`, `col=${d.column}`);
        if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`, `endColumn=${d.endColumn}`);
        props.push(`title=${escapeGithub(`dashiji ${d.code}`, true)}`);
        return `::${level} ${props.join(',')}::${escapeGithub(d.message)}\n`;
      })
      .join('');
  }
  if (list.length === 0) return '';
  // One line per diagnostic, whatever the record text holds (issue: workflow-command injection).
  return list
    .map((d) => {
      const where = d.line !== undefined ? `${d.file}:${d.line}:${d.column}` : d.path ? `${d.file} ${d.path}` : d.file;
      return `${escapeControls(where)}  ${escapeControls(d.severity.padEnd(7))} ${escapeControls(d.message)}  [${escapeControls(d.code)}]\n`;
    })
    .join('');
}

/**
 * Cell starts that a spreadsheet reads as a formula (OWASP "CSV injection"): `=`, `+`, `-`, `@`,
 * and TAB or CR, which some spreadsheets skip before looking for one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: neutralised as OWASP recommends (a leading `'` before a formula start, so the
 * spreadsheet shows text; strip one leading `'` to get the value back), then quoted when it must
 * be (RFC 4180), so every field still round-trips through a CSV reader.
 */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The UTF-8 byte-order mark: without it Excel reads a CSV file as the local code page (mojibake). */
export const UTF8_BOM = '\ufeff';

export const CSV_COLUMNS = [
  'file',
  'ordinal',
  'label',
  'date_start',
  'date_end',
  'precision',
  'date_text',
  'text',
  'times',
  'figures',
  'people',
  'organizations',
  'places',
  'types',
] as const;

interface CsvEntry {
  ordinal: number;
  label: string | null;
  date: { start: string; end: string; precision: string; text: string } | null;
  text: string;
  times?: ReadonlyArray<{ start: string; end: string; text: string }>;
  figures?: ReadonlyArray<{ value: number; unit: string; text: string; currency?: string | undefined }>;
  entities?: ReadonlyArray<{ type: string; text: string; role?: string | undefined; canonical?: string | undefined }>;
  types?: ReadonlyArray<{ type: string }>;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/** One CSV row per entry: its date and a flat, `; `-separated summary of what was extracted. */
export function csvRows(file: string, entries: readonly CsvEntry[]): string {
  return entries.map((e) => csvRow(file, e)).join('');
}

/** The CSV row of one entry, CRLF-terminated. */
export function csvRow(file: string, e: CsvEntry): string {
  const ents = e.entities ?? [];
  const names = (type: string) =>
    unique(ents.filter((x) => x.type === type).map((x) => (x.role ? `${x.text}(${x.role})` : (x.canonical ?? x.text)))).join('; ');
  const row = [
    file,
    e.ordinal,
    e.label,
    e.date?.start,
    e.date?.end,
    e.date?.precision,
    e.date?.text,
    e.text,
    (e.times ?? []).map((t) => (t.start === t.end ? `${t.text}=${t.start}` : `${t.text}=${t.start}..${t.end}`)).join('; '),
    (e.figures ?? []).map((f) => `${f.text}=${f.value}${f.unit}${f.currency && f.currency !== 'CNY' ? ` ${f.currency}` : ''}`).join('; '),
    names('person'),
    names('organization'),
    names('place'),
    unique((e.types ?? []).map((t) => t.type)).join('; '),
  ];
  return row.map(csvField).join(',') + '\r\n';
}
