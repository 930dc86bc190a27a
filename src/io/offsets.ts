/**
 * Text built from pieces of a source (an HTML page), each UTF-16 unit remembering the source
 * range it came from, so a span found in the text maps back to the source. A piece copied as
 * written maps unit for unit; a decoded entity (`&amp;` → `&`) maps to the whole entity; a
 * separator the reader adds (the line break between two paragraphs, the TAB between two cells)
 * maps to an empty range at the tag that caused it.
 */

/** From offsets in the text the parser saw to offsets in the source it was read from. */
export interface OffsetMap {
  /** Length of the source the map points into. */
  readonly sourceLength: number;
  /** Source offset where text unit `index` starts. */
  start(index: number): number;
  /** Source offset where text unit `index` ends. */
  end(index: number): number;
}

/** A string under construction plus its offset map (two Int32Arrays grown by doubling). */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private size = 0;
  private lastCode = 0;

  constructor(private readonly sourceLength: number) {}

  /** Units written so far. */
  get length(): number {
    return this.size;
  }

  /** The last unit written, 0 when none. */
  get last(): number {
    return this.lastCode;
  }

  /** Append `text` taken from `source.slice(from, to)`: unit for unit when the lengths agree. */
  push(text: string, from: number, to: number): void {
    if (!text) return;
    this.reserve(text.length);
    const exact = text.length === to - from;
    for (let i = 0; i < text.length; i++) {
      this.starts[this.size] = exact ? from + i : from;
      this.ends[this.size++] = exact ? from + i + 1 : to;
    }
    this.parts.push(text);
    this.lastCode = text.charCodeAt(text.length - 1);
  }

  /** Append a separator the source does not write, placed at source offset `at`. */
  insert(text: string, at: number): void {
    this.push(text, at, at);
  }

  private reserve(n: number): void {
    if (this.size + n <= this.starts.length) return;
    const capacity = Math.max(this.starts.length * 2, this.size + n);
    for (const key of ['starts', 'ends'] as const) {
      const grown = new Int32Array(capacity);
      grown.set(this[key].subarray(0, this.size));
      this[key] = grown;
    }
  }

  /** The text and its map; the builder is not used after this. */
  finish(): { text: string; map: OffsetMap } {
    const starts = this.starts.subarray(0, this.size);
    const ends = this.ends.subarray(0, this.size);
    const sourceLength = this.sourceLength;
    return {
      text: this.parts.join(''),
      map: {
        sourceLength,
        start: (i) => (i < starts.length ? starts[i]! : sourceLength),
        end: (i) => (i < ends.length ? ends[i]! : sourceLength),
      },
    };
  }
}

/** A text span mapped to the source: from where its first unit starts to where its last ends. */
export function mapSpan(map: OffsetMap, span: { start: number; end: number }): { start: number; end: number } {
  const start = map.start(span.start);
  if (span.end <= span.start) return { start, end: start };
  return { start, end: Math.max(start, map.end(span.end - 1)) };
}
