/**
 * Parsing inputs larger than memory comfortably holds: the text arrives in chunks, is cut at entry
 * boundaries into blocks of about `blockSize` characters, and each block is parsed as soon as it is
 * complete, so entries are emitted as they complete and memory stays near one block.
 *
 * Context crosses blocks the way a reader carries it: each block is parsed behind a short prelude
 * made of the title line, the year and month headings in force and the previous entry, so dates
 * such as `7月28日` or `同日` resolve as they would in one parse. What the prelude produced is
 * dropped, and every span is shifted to its place in the whole input.
 *
 * Label numbering carries across blocks too: the numbers each label family has seen since it last
 * restarted, as they stood at the re-read entry, go into the next block there (after the prelude's
 * headings), so a `12、` repeated many blocks after the first is a `duplicate-label`, and
 * `duplicate-label` and `label-gap` are exactly one parse's.
 */
import { htmlRawNames } from 'micromark-util-html-tag-name';
import { z } from 'zod';
import type { Lang } from './diagnostics/registry.js';
import type { AnyExtractor, DocumentContext } from './extractor.js';
import { DateChecks } from './dates/index.js';
import { dateOrderRefiner } from './defaults.js';
import { checkOptions, LangSchema } from './options.js';
import { parseWithin } from './parser.js';
import type { Chronicle, ChronicleEntry, Parser } from './parser.js';
import type { DateValue, Diagnostic, Heading } from './schema.js';
import { inferLayout, readLine, readLines, splitLines } from './segment/index.js';
import { fold } from './text.js';
import type { LabelNumbering, Layout, LineInfo, SegmentOptions } from './segment/index.js';

/** Options of `parseStream`. */
export interface StreamOptions<E extends readonly AnyExtractor[]> {
  /** The parser, e.g. `defaultParser`. */
  parser: Parser<E>;
  /**
   * Characters per block, about (default 4 Ki characters, about 12 KB of Chinese text). Larger
   * blocks do not parse faster: a block's records and segmentation live until the block is done
   * (its refiners read them all), outlive V8's young generation and are collected late, so memory
   * grows with the block.
   */
  blockSize?: number;
  /** The encoding of byte chunks (default utf-8). */
  encoding?: string;
  /** Read the input as Markdown; by default the start of the stream decides. */
  markdown?: boolean;
  /** Receives each heading as its block completes. */
  onHeading?: (heading: Heading) => void;
  /**
   * Receives each diagnostic as its block completes; the date-order checks (`date-out-of-order`,
   * `date-outside-year`), which need the whole document, when the stream ends (not at all when the
   * consumer stops reading early).
   */
  onDiagnostic?: (diagnostic: Diagnostic) => void;
  /** The language of diagnostic messages (default: the parser's, which is `zh` unless set). */
  lang?: Lang;
}

const isFunction = (v: unknown): boolean => typeof v === 'function';

/** The options, checked like every other entry point's (`checkOptions`). */
const StreamOptionsSchema = z.strictObject({
  parser: z.custom<Parser<readonly AnyExtractor[]>>(
    (v) => typeof v === 'object' && v !== null && typeof (v as { parse?: unknown }).parse === 'function' && typeof (v as { config?: unknown }).config === 'object',
    'a parser from createParser() (e.g. defaultParser)',
  ),
  blockSize: z.number().int('a positive integer').min(1, 'a positive integer').optional(),
  encoding: z.string().optional(),
  markdown: z.boolean().optional(),
  onHeading: z.custom<(heading: Heading) => void>(isFunction, 'a function').optional(),
  onDiagnostic: z.custom<(diagnostic: Diagnostic) => void>(isFunction, 'a function').optional(),
  lang: LangSchema.optional(),
});

/**
 * 4 Ki characters: on 20 MB, peak RSS 190–198 MB against 192–207 at 8 Ki and 230–241 at 16 Ki, the
 * default before, when blocks were as large as the chunks that came (docs/performance.md, round 6).
 */
const DEFAULT_BLOCK = 1 << 12;

/**
 * How much of the stream's start decides the layout (and Markdown or not) for every block: a
 * document is consistent with itself, and a block of a few entries would guess alone. Sixteen
 * blocks' worth, at most 64 Ki characters (all of it with the default block).
 */
const LAYOUT_SAMPLE = 1 << 16;
const sampleSize = (blockSize: number): number => Math.min(LAYOUT_SAMPLE, blockSize * 16);

/**
 * A line where a block may end: one that starts an entry whatever the lines above it say (a
 * label, a bullet, a year or month heading, or, where dates lead entries, a dated line after a
 * finished sentence; in record blocks, the separator). Read by the same line reader
 * as the parse itself.
 */
function safeCut(info: LineInfo, previous: LineInfo | undefined, layout: Layout): boolean {
  // Record blocks: a block starts at its separator, whatever its lines look like (the next
  // block re-reads the last entry above the separator, which keeps the two apart).
  if (layout.separated) return info.separator;
  if (info.furniture || info.markdownHeading !== null) return false;
  if (info.heading) return info.heading.kind === 'year' || info.heading.kind === 'month';
  if (info.marker) return !layout.headline || info.marker.kind === 'label';
  return !layout.marked && !layout.headline && info.dateLed && previous !== undefined && previous.sentenceEnd;
}

/**
 * Markdown constructs that run over several lines and hold what would otherwise read as entries
 * (CommonMark's fenced code and HTML blocks): a block cut inside one would read its lines as items.
 * Each opens on a line of its own and closes where its end marker is (`null`: at a blank line).
 */
const RAW = htmlRawNames.join('|');
const MULTILINE: ReadonlyArray<{ open: RegExp; close: RegExp | null }> = [
  { open: new RegExp(`^ {0,3}<(?:${RAW})(?:[\\s>]|$)`, 'i'), close: new RegExp(`</(?:${RAW})>`, 'i') },
  { open: /^ {0,3}<!--/, close: /-->/ },
  { open: /^ {0,3}<\?/, close: /\?>/ },
  { open: /^ {0,3}<!\[CDATA\[/, close: /\]\]>/ },
  { open: /^ {0,3}<![A-Za-z]/, close: />/ },
  // Any other tag that opens a line (CommonMark's kinds 6 and 7, read generously: a cut refused for
  // nothing costs a larger block, a cut allowed inside one costs entries).
  { open: /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)/, close: null },
];
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Which line starts of a Markdown buffer stand inside a fenced code or HTML block opened above
 * them, read one complete line at a time as the buffer grows: each line is read once, however
 * often the buffer is searched for a cut. The buffer must start where no such block is open (the
 * input's start or an earlier cut); a new one, after a cut, takes a new reader.
 */
class MultilineReader {
  /** The line starts found inside a block so far. */
  readonly inside = new Set<number>();
  /** Where the next unread line starts. */
  private next = 0;
  private fence: string | null = null;
  private html: RegExp | null | undefined; // undefined: none open; null: open until a blank line

  /** Read every complete line of `text` (the buffer, or a prefix of it) not read yet. */
  readTo(text: string): Set<number> {
    for (let start = this.next; ; ) {
      const end = text.indexOf('\n', start);
      if (end < 0) break;
      this.line(start, text.slice(start, end));
      start = this.next = end + 1;
    }
    return this.inside;
  }

  private line(start: number, line: string): void {
    if (this.fence !== null || this.html !== undefined) this.inside.add(start);
    if (this.fence !== null) {
      const m = FENCE.exec(line);
      if (m && m[1]![0] === this.fence[0] && m[1]!.length >= this.fence.length && line.slice(m[0].length).trim() === '') this.fence = null;
    } else if (this.html !== undefined) {
      if (this.html === null ? line.trim() === '' : this.html.test(line)) this.html = undefined;
    } else {
      const m = FENCE.exec(line);
      if (m) this.fence = m[1]!;
      else {
        const kind = MULTILINE.find((k) => k.open.test(line));
        if (kind) this.html = kind.close !== null && kind.close.test(line.slice(line.indexOf('<') + 2)) ? undefined : kind.close;
      }
    }
  }
}

/**
 * The last offset in `text` (after `from`) where a block may end, or -1. Only complete lines are
 * judged, and only a line that starts after `from`: a caller that found no cut up to a line break
 * passes that break as `from` next time, and reads only what came since. `multiline` (Markdown
 * only) says which lines stand inside fenced code or HTML.
 */
function lastCut(text: string, from: number, layout: Layout, multiline: MultilineReader | null): number {
  // From the end backwards, one complete line at a time (a partial last line is never judged): a
  // cut is usually found within a few lines, so the block is not read twice.
  let end = text.lastIndexOf('\n');
  let below: { start: number; info: LineInfo } | null = null;
  while (end >= 0) {
    const nl = end > 0 ? text.lastIndexOf('\n', end - 1) : -1;
    const start = nl + 1;
    const one = readOne(text.slice(start, end));
    const info = one?.info ?? null;
    // Computed on the first line that could start a block: text without one is never read for it.
    if (below && info && below.start > from && safeCut(below.info, info, layout) && !multiline?.readTo(text).has(below.start)) return below.start;
    // An indented line (a nested item, a caption) is never where a block starts.
    if (one) below = one.indent === 0 ? { start, info: one.info } : null;
    if (start <= from) break;
    end = nl;
  }
  return -1;
}

/** One line read on its own, with its indentation (null when blank). */
function readOne(raw: string): { info: LineInfo; indent: number } | null {
  const lines = splitLines(raw, fold(raw));
  const line = lines[0];
  return line && lines.length === 1 ? { info: readLine(line, raw.slice(line.start, line.end)), indent: line.indent } : null;
}

/** A piece of the prelude: where its text stands in the block string and in the whole input. */
interface PreludePiece {
  text: string;
  origin: number;
}

/**
 * A copy of `value` with every `span` moved by `move` (entries carry spans at several depths).
 * Spans are values: never mutated in place, so a span object shared by an entry and its
 * diagnostic is moved once in each copy, not twice.
 */
function moved<T>(value: T, move: (offset: number) => number): T {
  if (Array.isArray(value)) return value.map((v) => moved(v, move)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'span' && v && typeof v === 'object' && typeof (v as { start?: unknown }).start === 'number') {
      const span = v as { start: number; end: number };
      out[key] = { start: move(span.start), end: move(span.end) };
    } else out[key] = v && typeof v === 'object' ? moved(v, move) : v;
  }
  return out as T;
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
  checkOptions(StreamOptionsSchema, options, 'parseStream()', 'parser, blockSize, encoding, markdown, onHeading, onDiagnostic, lang');
  const { onHeading, onDiagnostic } = options;
  const parser = options.lang === undefined || options.lang === (options.parser.config.lang ?? 'zh') ? options.parser : (options.parser.extend({ lang: options.lang }) as unknown as Parser<E>);
  const blockSize = options.blockSize ?? DEFAULT_BLOCK;
  let buffer = '';
  let bufferStart = 0; // offset of buffer[0] in the whole input
  let ordinal = 0;
  /** The lines that carry context into the next block: title, subtitle, year, month, last entry. */
  let prelude: {
    title?: PreludePiece;
    subtitle?: PreludePiece;
    year?: PreludePiece;
    month?: PreludePiece | undefined;
    entry?: PreludePiece & { ordinal: number };
    /** The year and month headings in force at `entry` (later ones may stand between it and the block). */
    entryYear?: PreludePiece | undefined;
    entryMonth?: PreludePiece | undefined;
  } = {};
  let first = true;
  /** The last own date above the prelude's entry (see SegmentOptions.previous). */
  let before: DateValue | undefined;
  /** The label numbering in force at the prelude's entry (see SegmentOptions.labels). */
  let numbering: LabelNumbering | undefined;
  let read: { segment: SegmentOptions; layout: Layout } | null = null;
  let document: DocumentContext | undefined;
  // The date-order refiner judges the document's direction and its share of dates outside its
  // year: per block, a block of a few entries would judge alone. Its checks run once, at the end,
  // over every dated entry (a few numbers each), when someone listens.
  const dateRefiner = parser.config.refiners?.includes(dateOrderRefiner) ? dateOrderRefiner : undefined;
  const dateChecks = dateRefiner && onDiagnostic ? new DateChecks() : null;

  const decide = (sample: string): { segment: SegmentOptions; layout: Layout } => {
    const given = options.markdown ?? parser.config.markdown;
    const { lines, infos, runOn } = readLines(sample, given === undefined ? {} : { markdown: given });
    const markdown = given ?? lines.some((l) => l.runs !== undefined);
    const layout = inferLayout(lines, infos);
    return { segment: { markdown, layout, runOn }, layout };
  };

  const parseBlock = function* (text: string): Generator<ChronicleEntry<E>> {
    read ??= decide(text);
    // In their original order: an entry above the year heading in force stays above it, under
    // the headings that were in force at it. A heading in both roles is written once.
    const pieces = [prelude.title, prelude.subtitle, prelude.entryYear, prelude.entryMonth, prelude.year, prelude.month, prelude.entry]
      .filter((p, k, all): p is PreludePiece => p !== undefined && all.findIndex((q) => q?.origin === p.origin) === k)
      .sort((a, b) => a.origin - b.origin);
    // Where each prelude piece stands in the block string.
    const at: number[] = [];
    let lead = '';
    // Markdown: a blank line after each piece, as the input has one wherever an HTML block ends
    // (an entry's `<details>` would otherwise run on into the block and swallow its first entries).
    const after = read.segment.markdown === true ? '\n\n' : '\n';
    for (const p of pieces) {
      at.push(lead.length);
      lead += p.text + after;
    }
    const whole = lead + text;
    // The label numbering in force at the re-read entry goes in where that entry starts.
    const entryAt = prelude.entry ? at[pieces.indexOf(prelude.entry)] : undefined;
    const labels: NonNullable<SegmentOptions['labels']> = { trace: true, ...(numbering && entryAt !== undefined ? { from: { at: entryAt, numbering } } : {}) };
    const segment = { ...read.segment, labels, ...(before ? { previous: before } : {}) };
    let labelsAt: ((offset: number) => LabelNumbering) | undefined;
    const doc: Chronicle<E> = parseWithin(parser, whole, {
      segment,
      ...(document ? { document } : {}),
      onDocument: (d) => (document = d),
      onLabels: (f) => (labelsAt = f),
      ...(dateRefiner ? { skipRefiner: dateRefiner } : {}),
    });
    const move = (x: number): number => {
      if (x >= lead.length) return x - lead.length + bufferStart;
      for (let k = pieces.length - 1; k >= 0; k--) if (x >= at[k]!) return pieces[k]!.origin + Math.min(x - at[k]!, pieces[k]!.text.length);
      return x;
    };
    const own = (span: { start: number }) => span.start >= lead.length;
    const piece = (span: { start: number; end: number }): PreludePiece => ({ text: whole.slice(span.start, span.end), origin: move(span.start) });
    const mine = doc.entries.filter((e) => own(e.span));
    const last = mine.at(-1);
    // The year and month in force at the block's last entry, which the next block re-reads.
    let atLast = { year: prelude.year, month: prelude.month };
    for (const h of doc.headings) {
      if (!own(h.span)) continue;
      if (h.kind === 'title') prelude = { ...prelude, title: piece(h.span) };
      else if (h.kind === 'year') prelude = { ...prelude, year: piece(h.span), month: undefined };
      else if (h.kind === 'month') prelude = { ...prelude, month: piece(h.span) };
      else if (h.kind === 'section' && h.year !== null && h.month === null && prelude.year === undefined && ordinal === 0) prelude = { ...prelude, subtitle: piece(h.span) };
      if (last && h.span.start < last.span.start) atLast = { year: prelude.year, month: prelude.month };
      onHeading?.(moved(h, move));
    }
    // Block ordinals to whole-input ordinals; the prelude's entry keeps the one it had.
    const global = new Map<number, number>();
    for (const e of doc.entries) {
      if (own(e.span)) continue;
      const from = pieces.find((p, k) => e.span.start >= at[k]! && e.span.start < at[k]! + p.text.length + 1);
      if (from && 'ordinal' in from) global.set(e.ordinal, from.ordinal as number);
    }
    for (const e of mine) global.set(e.ordinal, ++ordinal);
    const renumber = (message: string): string => message.replace(/第 (\d+) 条/g, (all, n: string) => {
      const g = global.get(Number(n));
      return g === undefined ? all : `第 ${g} 条`;
    });
    for (const d of doc.diagnostics) {
      if (!own(d.span)) continue;
      const at = d.entry === undefined ? undefined : global.get(d.entry);
      const { entry: _local, ...rest } = moved(d, move);
      const message = renumber(rest.message);
      onDiagnostic?.(at === undefined ? { ...rest, message } : { ...rest, message, entry: at });
    }
    if (last) prelude = { ...prelude, entry: { ...piece(last.span), ordinal }, entryYear: atLast.year, entryMonth: atLast.month };
    // The numbering before the entry the next block re-reads (this block's last, or the same one
    // again when this block has none of its own), so that its label is not counted twice.
    const rereadAt = last ? last.span.start : entryAt;
    if (labelsAt && rereadAt !== undefined) numbering = labelsAt(rereadAt);
    // The own date in force above the block's last entry: the next block re-reads that entry
    // behind its prelude, and its 同日 must mean what it meant here.
    let running = before;
    for (const e of doc.entries) {
      if (e === last) {
        before = running;
        break;
      }
      if (e.date !== null && e.date.rule !== 'heading') running = e.date;
    }
    for (const e of mine) {
      const out = moved(e, move);
      out.ordinal = global.get(e.ordinal)!;
      if (dateChecks && out.date) dateChecks.add(out.ordinal, out.date);
      yield out;
    }
    first = false;
  };

  /** The last line break of the buffer searched for a cut without finding one (-1: none yet). */
  let searched = -1;
  /** Which of the buffer's lines stand inside Markdown's multi-line blocks (null: not Markdown). */
  let multiline: MultilineReader | null | undefined;
  for await (const chunk of textChunks(source, options.encoding ?? 'utf-8')) {
    buffer += chunk;
    if (buffer.length < blockSize * 2 || (first && buffer.length < sampleSize(blockSize))) continue;
    read ??= decide(buffer);
    const markdown = read.segment.markdown === true;
    // Blocks of blockSize to twice that, however large the chunks (a file stream's are 64 KB): the
    // last cut in the first two blocks' worth, else (entries longer than that) the last cut of all.
    while (buffer.length >= blockSize * 2) {
      multiline ??= markdown ? new MultilineReader() : null;
      // Where an earlier search of this buffer found no cut, only the lines after it are read
      // again: an input with no cut for megabytes (one long entry) is searched once, not per chunk.
      let cut = searched < 0 ? lastCut(buffer.slice(0, blockSize * 2), blockSize, read.layout, multiline) : -1;
      if (cut <= 0) cut = lastCut(buffer, Math.max(blockSize, searched), read.layout, multiline);
      if (cut <= 0) {
        searched = buffer.lastIndexOf('\n');
        break;
      }
      yield* parseBlock(buffer.slice(0, cut));
      bufferStart += cut;
      buffer = buffer.slice(cut);
      searched = -1;
      multiline = undefined;
    }
  }
  if (buffer.length > 0 || first) yield* parseBlock(buffer);
  if (dateChecks) for (const d of dateChecks.diagnostics(document?.year ?? null, parser.config.lang ?? 'zh')) onDiagnostic!(d);
}
