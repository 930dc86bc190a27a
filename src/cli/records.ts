/**
 * Reading a records file for `validate`: one JSON document (or array), or NDJSON (one entry per
 * line). A file that is not records is a problem to report with its place (line and column), not
 * an exception: a truncated upload should say where it ends.
 */
import { lineIndex } from './output.js';
import { phrase, t } from '../diagnostics/registry.js';
import type { Lang } from '../diagnostics/registry.js';

/** The records, or why there are none and where. */
export type RecordsRead =
  | { records: unknown }
  | { problem: { code: 'no-records' | 'invalid-json'; message: string; line?: number; column?: number } };

/** Where V8's JSON.parse stopped, when its message says it; a truncated text stops at its end. */
function failedAt(message: string, text: string): number | null {
  if (/end of JSON input/.test(message)) return text.length;
  const m = /at position (\d+)/.exec(message);
  return m ? Number(m[1]) : null;
}

/** V8's message without the echo of the whole input ("…" is not valid JSON) and the position. */
function reason(message: string): string {
  // Cut the echo with string search, not a regex: the echo is the user's (large) input.
  const echo = message.indexOf(', "');
  const short = echo >= 0 && message.endsWith('" is not valid JSON') ? message.slice(0, echo) : message;
  return short.replace(/ (?:in JSON )?at position \d+$/, '');
}

function describeFailure(text: string, error: unknown, lang: Lang, lineOffset = 0, line?: number): RecordsRead {
  const message = error instanceof Error ? error.message : String(error);
  const at = failedAt(message, text);
  if (at === null) return { problem: { code: 'invalid-json', message: t('invalid-json', { reason: reason(message) }, lang), ...(line === undefined ? {} : { line, column: 1 }) } };
  const where = lineIndex(text)(at);
  const position = { line: where.line + lineOffset, column: where.column };
  const ends = at >= text.trimEnd().length;
  return {
    problem: {
      code: 'invalid-json',
      message: t('invalid-json', { reason: ends ? phrase('json-ends', lang, position) : phrase('json-at', lang, { ...position, reason: reason(message) }) }, lang),
      ...position,
    },
  };
}

/** Parse a records file's text: a JSON document, or NDJSON when its first line is JSON alone. */
export function parseRecords(text: string, lang: Lang = 'zh'): RecordsRead {
  if (text.trim() === '') return { problem: { code: 'no-records', message: t('no-records', { what: phrase('empty-file', lang) }, lang) } };
  let wholeError: unknown;
  try {
    return { records: JSON.parse(text) as unknown };
  } catch (error) {
    wholeError = error;
  }
  const lines = text.split(/\r?\n/);
  const firstLine = lines.findIndex((l) => l.trim() !== '');
  let ndjson = false;
  try {
    JSON.parse(lines[firstLine]!);
    ndjson = lines.slice(firstLine + 1).some((l) => l.trim() !== '');
  } catch {
    ndjson = false;
  }
  if (!ndjson) return describeFailure(text, wholeError, lang);
  const records: unknown[] = [];
  for (let i = firstLine; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    try {
      records.push(JSON.parse(lines[i]!) as unknown);
    } catch (error) {
      const read = describeFailure(lines[i]!, error, lang, i, i + 1);
      if ('problem' in read) read.problem.message = `NDJSON ${phrase('line', lang, { line: i + 1 })}: ${read.problem.message}`;
      return read;
    }
  }
  return { records };
}
