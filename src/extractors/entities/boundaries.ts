/**
 * Word boundaries of an entry body, asked for one offset at a time. The rules consult them only
 * where a candidate needs support (is this 和 a word of its own, or part of 和平?), so the
 * segmenter runs only on the stretches that hold such an offset, not on the whole body.
 *
 * A stretch is a run of characters between two separators (white space, punctuation). jieba
 * splits its input at those characters before it segments anything and cuts each run on its
 * own, so cutting one run gives exactly the words a cut of the whole body has there; a
 * separator is always a word of its own, so there is a boundary on both sides of it.
 */

/** A word of the body with its offsets, as `ctx.words()` gives it. */
export interface LocatedWord {
  text: string;
  start: number;
  end: number;
}

/** Where the boundaries come from: a precomputed cut of the whole body, or a segmenter to ask. */
export interface BoundarySource {
  words?: (() => readonly LocatedWord[]) | undefined;
  cut?: ((text: string) => readonly string[]) | undefined;
}

/**
 * Characters a segmenter never joins to a neighbour: white space (but CR and LF, which jieba
 * keeps together as one word), ASCII punctuation other than the `+#&._%-` jieba reads inside
 * words (`2020.5%`, `C#`), Latin-1 and general punctuation (`·`, `“”`, `…`), CJK symbols and
 * punctuation, and the full-width forms.
 */
const SEPARATOR: Uint8Array = (() => {
  const table = new Uint8Array(65536);
  for (const c of ' \t\v\f,;:!?()[]{}<>"\'`~/|*@=^\\$') table[c.charCodeAt(0)] = 1;
  for (let c = 0xa0; c <= 0xbf; c++) table[c] = 1;
  for (let c = 0x2000; c <= 0x206f; c++) table[c] = 1;
  for (let c = 0x3000; c <= 0x303f; c++) table[c] = 1;
  for (let c = 0xfe30; c <= 0xfe4f; c++) table[c] = 1;
  for (let c = 0xff00; c <= 0xffef; c++) table[c] = 1;
  return table;
})();

/** Bits of the per-offset table: the answer is known; a boundary stands there. */
const KNOWN = 1;
const CUT = 2;

/** The word boundaries of one body; lazily filled. */
export class WordBoundaries {
  /** Whether a segmenter (or its output) was given at all. */
  readonly available: boolean;
  private filled = false;
  private readonly n: number;

  /** Bytes of a zeroed table the boundaries need for a body of length `n`. */
  static size(n: number): number {
    return n + 1;
  }

  /** Boundaries of `text`, kept in `table[offset, offset + WordBoundaries.size(n))`, which must be zero. */
  constructor(
    private readonly text: string,
    private readonly source: BoundarySource,
    private readonly table: Uint8Array,
    private readonly offset: number,
  ) {
    this.n = text.length;
    this.available = source.words !== undefined || source.cut !== undefined;
  }

  /** Whether a word boundary stands at `i`. Always true at the ends; true everywhere without a segmenter. */
  at(i: number): boolean {
    const { n, table, offset } = this;
    if (i <= 0 || i >= n || !this.available) return true;
    if (!this.filled) this.fill();
    const v = table[offset + i]!;
    if ((v & KNOWN) !== 0) return (v & CUT) !== 0;
    const { text } = this;
    if (SEPARATOR[text.charCodeAt(i - 1)] === 1 || SEPARATOR[text.charCodeAt(i)] === 1) return true;
    this.cutStretch(i);
    return (table[offset + i]! & CUT) !== 0;
  }

  /** From the whole body's words, when they were given: then every answer is known at once. */
  private fill(): void {
    this.filled = true;
    const { words } = this.source;
    if (!words) return;
    const { n, table, offset } = this;
    for (const w of words()) {
      if (w.start >= 0 && w.start <= n) table[offset + w.start]! |= CUT;
      if (w.end >= 0 && w.end <= n) table[offset + w.end]! |= CUT;
    }
    for (let k = 0; k <= n; k++) table[offset + k]! |= KNOWN;
  }

  /** Cut the stretch between separators around offset `i` (neither side a separator). */
  private cutStretch(i: number): void {
    const { text, n, table, offset } = this;
    let a = i - 1;
    while (a > 0 && SEPARATOR[text.charCodeAt(a - 1)] !== 1) a--;
    let b = i + 1;
    while (b < n && SEPARATOR[text.charCodeAt(b)] !== 1) b++;
    let at = a;
    for (const w of this.source.cut!(text.slice(a, b))) {
      const k = text.startsWith(w, at) ? at : text.indexOf(w, at);
      if (k < 0 || k + w.length > b) continue;
      table[offset + k]! |= CUT;
      table[offset + k + w.length]! |= CUT;
      at = k + w.length;
    }
    for (let k = a + 1; k < b; k++) table[offset + k]! |= KNOWN;
  }
}
