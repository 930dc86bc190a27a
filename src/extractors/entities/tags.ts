/**
 * Part-of-speech tags from the segmenter (jieba's set: nr person, ns place, nt organization, x a
 * word its dictionary lacks), asked once per entry and only by the passes that read them. They are
 * one signal among the rules, never the only one: jieba tags 石狮 `nr` and 崇仁 `nrt`, so a
 * tagged name is taken only where the rules also find it standing as a name.
 */

/** A word of the body with its tag, offsets into the body. */
export interface TaggedToken {
  readonly start: number;
  readonly end: number;
  readonly tag: string;
}

/** The segmenter's `tag`, as the extractor hands it on. */
export type Tagger = (text: string) => readonly { word: string; tag: string }[];

/** The tagged words of one body, computed on first use. */
export class PartOfSpeech {
  private list: TaggedToken[] | null = null;
  private byStart: Map<number, TaggedToken> | null = null;

  constructor(
    private readonly text: string,
    private readonly tagger: Tagger | undefined,
  ) {}

  /** Whether tags can be had at all. */
  get available(): boolean {
    return this.tagger !== undefined;
  }

  /** Every tagged word, in order; words the tagger changed or dropped are skipped. */
  tokens(): readonly TaggedToken[] {
    if (this.list) return this.list;
    const out: TaggedToken[] = [];
    if (this.tagger && this.text) {
      let pos = 0;
      for (const { word, tag } of this.tagger(this.text)) {
        const at = this.text.indexOf(word, pos);
        if (at < 0 || !word) continue;
        out.push({ start: at, end: at + word.length, tag });
        pos = at + word.length;
      }
    }
    this.list = out;
    return out;
  }

  /** The tagged word that starts at `i`, if one does. */
  at(i: number): TaggedToken | undefined {
    this.byStart ??= new Map(this.tokens().map((t) => [t.start, t]));
    return this.byStart.get(i);
  }
}
