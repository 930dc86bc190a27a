/**
 * Entry bodies: the text an entry is made of, built from pieces of the ORIGINAL input, with a
 * small map from body offsets back to the input so every extracted item keeps an exact span.
 */
import { lastAtOrBefore } from '../sorted.js';
import { fold, isCjk, isLineBreak, isZeroWidth } from '../text.js';

/**
 * Where each character of an entry body stands in the original input. The body is a few runs of
 * consecutive original characters (one per line, split where a zero-width character was dropped),
 * so the map stores runs, not one offset per character: a body of any length costs a few numbers.
 */
export class OffsetMap {
  /** Body offset where each run starts, increasing. */
  private readonly bodyStarts: Int32Array;
  /** Original offset of each run's first character. */
  private readonly sourceStarts: Int32Array;

  constructor(
    runs: readonly number[],
    /** Original offset just after the body's last character. */
    readonly end: number,
    /** The body's length. */
    readonly length: number,
  ) {
    const n = runs.length >> 1;
    this.bodyStarts = new Int32Array(n);
    this.sourceStarts = new Int32Array(n);
    for (let r = 0; r < n; r++) {
      this.bodyStarts[r] = runs[2 * r]!;
      this.sourceStarts[r] = runs[2 * r + 1]!;
    }
  }

  /**
   * The first body offset whose character stands at or after original offset `original`; `length`
   * when none does. A binary search: an entry of 40,000 lines has 40,000 runs, and every item of
   * its body asks once.
   */
  indexOf(original: number): number {
    const n = this.bodyStarts.length;
    // The first run whose last character stands at or after `original` (run ends increase).
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sourceEnd(mid) > original) hi = mid;
      else lo = mid + 1;
    }
    if (lo >= n) return this.length;
    return this.bodyStarts[lo]! + Math.max(0, original - this.sourceStarts[lo]!);
  }

  /** Original offset just after run `r`'s last character. */
  private sourceEnd(r: number): number {
    const bodyEnd = r + 1 < this.bodyStarts.length ? this.bodyStarts[r + 1]! : this.length;
    return this.sourceStarts[r]! + (bodyEnd - this.bodyStarts[r]!);
  }

  /** Original offset of body character `i`; `at(length)` is the end of the body's last piece. */
  at(i: number): number {
    if (i >= this.length) return this.end;
    const lo = Math.max(0, lastAtOrBefore(this.bodyStarts, i));
    return this.sourceStarts[lo]! + (i - this.bodyStarts[lo]!);
  }
}

/** Entry body text, its folded view, and where each of its characters stands in the original. */
export interface EntryBody {
  text: string;
  norm: string;
  map: OffsetMap;
}

/**
 * `[start, end)` of the original input; `true` third marks a piece that begins a unit of its own
 * (a headline's body line), joined with one space even between CJK, so that the headline's last
 * word and the body's first never read as one name.
 */
export type Piece = readonly [number, number, true?];

/**
 * Build an entry body from pieces of the original input: characters are kept as written, zero-width
 * characters dropped, and pieces joined with nothing between CJK (a page break inside a word or a
 * sentence) or with one space between Latin words. Pieces of one line join with nothing; a piece
 * marked as its own unit (a headline's body line, a table's next cell) joins with one space.
 */
export function buildBody(source: string, pieces: ReadonlyArray<Piece>): EntryBody {
  // Parts are collected and joined once, and the last character is remembered: reading it back
  // from a string built by `+=` flattens that string, once per line of the entry (quadratic on
  // an entry of 40,000 lines).
  const parts: string[] = [];
  let length = 0;
  let lastCode = -1;
  const runs: number[] = [];
  const append = (part: string) => {
    parts.push(part);
    length += part.length;
    lastCode = part.charCodeAt(part.length - 1);
  };
  const run = (from: number, to: number) => {
    if (to <= from) return;
    runs.push(length, from);
    append(source.slice(from, to));
  };
  let previousEnd = -1;
  for (const [s, e, own] of pieces) {
    if (e <= s) continue;
    // Pieces of one line (a Markdown line without its markup) join with nothing; only a line
    // break between two pieces can stand for a space.
    const broken = previousEnd >= 0 && hasLineBreak(source, previousEnd, s);
    previousEnd = e;
    if (length > 0 && broken) {
      const after = source.charCodeAt(s);
      if (own === true || (!isCjk(lastCode) && !isCjk(after))) {
        runs.push(length, s - 1);
        append(' ');
      }
    } else if (length > 0 && own === true && lastCode !== 0x20) {
      // A unit of its own on the same line (a Markdown table's next cell): one space stands for
      // the cell border before it.
      runs.push(length, s - 1);
      append(' ');
    }
    const piece = source.slice(s, e);
    if (!DROPPED_OR_SPACED.test(piece)) {
      // Nearly every piece: one run, as written.
      runs.push(length, s);
      append(piece);
      continue;
    }
    let runStart = s;
    for (let i = s; i < e; i++) {
      const c = source.charCodeAt(i);
      if (c === 0x09 || isZeroWidth(c)) {
        run(runStart, i);
        if (c === 0x09) {
          runs.push(length, i);
          append(' ');
        }
        runStart = i + 1;
      }
    }
    run(runStart, e);
  }
  const text = parts.join('');
  const last = pieces.length ? pieces[pieces.length - 1]![1] : 0;
  return { text, norm: fold(text), map: new OffsetMap(runs, last, text.length) };
}


/**
 * A TAB (it becomes a space) and the zero-width characters (`isZeroWidth`: they are dropped). A
 * piece without any (nearly every one) is looked at once, natively, not character by character.
 */
const DROPPED_OR_SPACED = /[\t\u200b\u200c\u200d\u2060\ufeff]/;

function hasLineBreak(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLineBreak(source.charCodeAt(i))) return true;
  return false;
}
