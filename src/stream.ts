/**
 * Parsing inputs larger than memory comfortably holds: the text arrives in chunks, is cut at entry
 * boundaries into blocks of about `blockSize` characters, and each block is parsed as soon as it is
 * complete, so entries are emitted as they complete and memory stays near one block.
 *
 * Context crosses blocks the way a reader carries it: each block is parsed behind a short prelude
 * made of the title line, the year and month headings in force and the previous entry, so dates
 * such as `7月28日` or `同日` and label sequences resolve as they would in one parse. What the
 * prelude produced is dropped, and every span is shifted to its place in the whole input.
 */
import type { AnyExtractor } from './extractor.js';
import type { Chronicle, ChronicleEntry, Parser } from './parser.js';
import type { Diagnostic, Heading } from './schema.js';
import { ARABIC_LABEL, BULLET, CHINESE_LABEL, CIRCLED_LABEL, BRACKET_LABEL } from './patterns.js';

/** Options of `parseStream`. */
export interface StreamOptions<E extends readonly AnyExtractor[]> {
  /** The parser (default: the caller's default parser). */
  parser: Parser<E>;
  /** Characters per block, about (default 256 Ki characters, under 1 MB of Chinese text). */
  blockSize?: number;
  /** The encoding of byte chunks (default utf-8). */
  encoding?: string;
  /** Receives each heading as its block completes. */
  onHeading?: (heading: Heading) => void;
  /** Receives each diagnostic as its block completes. */
  onDiagnostic?: (diagnostic: Diagnostic) => void;
}

const DEFAULT_BLOCK = 1 << 18;

/** A line that starts an entry, seen at the start of the text after a line break. */
function startsEntry(line: string): boolean {
  return (
    ARABIC_LABEL.test(line) ||
    BRACKET_LABEL.test(line) ||
    CHINESE_LABEL.test(line) ||
    CIRCLED_LABEL.test(line) ||
    BULLET.test(line) ||
    /^\d{1,4}\s?[年月./-]/.test(line)
  );
}

/** The last offset in `text` (after `from`) where a line starting an entry begins, or -1. */
function lastCut(text: string, from: number): number {
  for (let i = text.lastIndexOf('\n'); i >= from; i = text.lastIndexOf('\n', i - 1)) {
    const next = text.slice(i + 1, i + 12).replace(/^[\s\u3000]+/, '');
    if (startsEntry(next)) return i + 1;
    if (i === 0) break;
  }
  return -1;
}

/** Shift every `span` inside `value` by `delta` (entries carry spans at several depths). */
function shiftSpans(value: unknown, delta: number): void {
  if (Array.isArray(value)) {
    for (const v of value) shiftSpans(v, delta);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'span' && v && typeof v === 'object' && typeof (v as { start?: unknown }).start === 'number') {
      (v as { start: number; end: number }).start += delta;
      (v as { start: number; end: number }).end += delta;
    } else if (v && typeof v === 'object') {
      shiftSpans(v, delta);
    }
  }
}

async function* textChunks(source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>, encoding: string): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of source) yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * Parse a chronicle that arrives in chunks (a file stream, an HTTP body, an array of strings) and
 * yield its entries as they complete, with ordinals and spans as one `parse` of the whole text
 * would give them (spans in UTF-16 code units of the decoded text).
 *
 * @example
 * for await (const entry of parseStream(createReadStream('archive.txt'), { parser: defaultParser })) …
 */
export async function* parseStream<E extends readonly AnyExtractor[]>(
  source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  options: StreamOptions<E>,
): AsyncGenerator<ChronicleEntry<E>, void, undefined> {
  const { parser, onHeading, onDiagnostic } = options;
  const blockSize = options.blockSize ?? DEFAULT_BLOCK;
  if (!Number.isInteger(blockSize) || blockSize < 1) throw new TypeError(`dashiji: parseStream blockSize must be a positive integer, got ${String(blockSize)}`);
  let buffer = '';
  let bufferStart = 0; // offset of buffer[0] in the whole input
  let ordinal = 0;
  let prelude = { title: '', year: '', month: '', entry: '' };
  let first = true;

  const parseBlock = function* (text: string): Generator<ChronicleEntry<E>> {
    const lead = first ? '' : [prelude.title, prelude.year, prelude.month, prelude.entry].filter(Boolean).join('\n') + '\n';
    const doc: Chronicle<E> = parser.parse(lead + text);
    const delta = bufferStart - lead.length;
    const own = (span: { start: number }) => span.start >= lead.length;
    for (const h of doc.headings) {
      const line = (lead + text).slice(h.span.start, h.span.end);
      if (h.kind === 'title' && first) prelude.title = line;
      if (h.kind === 'year') prelude = { ...prelude, year: line, month: '' };
      if (h.kind === 'month') prelude.month = line;
      if (own(h.span)) {
        shiftSpans(h, delta);
        onHeading?.(h);
      }
    }
    // Block ordinals to whole-input ordinals; entries of the prelude have none.
    const global = new Map<number, number>();
    const mine = doc.entries.filter((e) => own(e.span));
    for (const e of mine) global.set(e.ordinal, ++ordinal);
    for (const d of doc.diagnostics) {
      if (!own(d.span)) continue;
      shiftSpans(d, delta);
      const at = d.entry === undefined ? undefined : global.get(d.entry);
      const { entry: _local, ...rest } = d;
      onDiagnostic?.(at === undefined ? rest : { ...rest, entry: at });
    }
    const last = doc.entries.at(-1);
    if (last) prelude.entry = (lead + text).slice(last.span.start, last.span.end);
    for (const e of mine) {
      shiftSpans(e, delta);
      e.ordinal = global.get(e.ordinal)!;
      yield e;
    }
    first = false;
  };

  for await (const chunk of textChunks(source, options.encoding ?? 'utf-8')) {
    buffer += chunk;
    if (buffer.length < blockSize * 2) continue;
    const cut = lastCut(buffer, blockSize);
    if (cut <= 0) continue;
    yield* parseBlock(buffer.slice(0, cut));
    bufferStart += cut;
    buffer = buffer.slice(cut);
  }
  if (buffer.length > 0 || first) yield* parseBlock(buffer);
}
