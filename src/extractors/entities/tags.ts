/**
 * Part-of-speech tags from the segmenter (jieba's set: nr person, ns place, v verb, m numeral, x a
 * word its dictionary lacks), asked only about the few short stretches a rule needs, never about
 * the whole body: tagging every entry would cost as much as the rest of the parse. They are one
 * signal among the rules, never the only one: jieba tags 石狮 `nr` and 崇仁 `nrt`, so a tagged name
 * is taken only where the rules also find it standing as a name.
 */

/** A word with its tag, offsets into the body. */
export interface TaggedToken {
  readonly start: number;
  readonly end: number;
  readonly tag: string;
}

/** The segmenter's `tag`, as the extractor hands it on. */
export type Tagger = (text: string) => readonly { word: string; tag: string }[];

/** Tags of stretches of one body, each stretch asked once. */
export class PartOfSpeech {
  private readonly cache = new Map<number, readonly TaggedToken[]>();

  constructor(
    private readonly text: string,
    private readonly tagger: Tagger | undefined,
  ) {}

  /** Whether tags can be had at all. */
  get available(): boolean {
    return this.tagger !== undefined;
  }

  /** The words of `text[b, e)` tagged on their own, offsets into the body. */
  words(b: number, e: number): readonly TaggedToken[] {
    if (!this.tagger || e <= b) return [];
    const key = b * 65536 + (e - b);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const stretch = this.text.slice(b, e);
    const out: TaggedToken[] = [];
    let pos = 0;
    for (const { word, tag } of this.tagger(stretch)) {
      const at = stretch.indexOf(word, pos);
      if (at < 0 || !word) continue;
      out.push({ start: b + at, end: b + at + word.length, tag });
      pos = at + word.length;
    }
    this.cache.set(key, out);
    return out;
  }

  /** The first word of `text[b, e)`, tagged. */
  firstWord(b: number, e: number): TaggedToken | undefined {
    return this.words(b, e)[0];
  }

  /** The tag of `text[b, e)` when the tagger reads it as one word, else undefined. */
  wordTag(b: number, e: number): string | undefined {
    const words = this.words(b, e);
    return words.length === 1 && words[0]!.end === e ? words[0]!.tag : undefined;
  }
}
