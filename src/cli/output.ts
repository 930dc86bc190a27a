/**
 * How the CLI writes what the library returns: JSON, NDJSON, CSV for records; human text, JSON
 * and GitHub Actions annotations for diagnostics.
 */
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
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
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

function escapeGithub(text: string, property = false): string {
  let out = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
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
  return list
    .map((d) => {
      const where = d.line !== undefined ? `${d.file}:${d.line}:${d.column}` : d.path ? `${d.file} ${d.path}` : d.file;
      return `${where}  ${d.severity.padEnd(7)} ${d.message}  [${d.code}]\n`;
    })
    .join('');
}

/** One CSV field, quoted when it must be (RFC 4180). */
function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

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
] as const;

interface CsvEntry {
  ordinal: number;
  label: string | null;
  date: { start: string; end: string; precision: string; text: string } | null;
  text: string;
  times?: ReadonlyArray<{ start: string; end: string; text: string }>;
  figures?: ReadonlyArray<{ value: number; unit: string; text: string; currency?: string | undefined }>;
  entities?: ReadonlyArray<{ type: string; text: string; role?: string | undefined; canonical?: string | undefined }>;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/** One CSV row per entry: its date and a flat, `; `-separated summary of what was extracted. */
export function csvRows(file: string, entries: readonly CsvEntry[]): string {
  return entries
    .map((e) => {
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
      ];
      return row.map(csvField).join(',') + '\r\n';
    })
    .join('');
}
