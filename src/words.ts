/**
 * Word segmentation behind a small interface, so that the default (@node-rs/jieba, a prebuilt
 * native addon) can be swapped for another segmenter (nodejs-jieba, a service, a test double)
 * without touching the extractors.
 */
import { createRequire } from 'node:module';

/** A word with its part-of-speech tag (jieba's tag set: nr person, ns place, nt organization …). */
export interface TaggedWord {
  word: string;
  tag: string;
}

/**
 * What the pipeline needs from a word segmenter. `cut` is required; `tag` is optional, and
 * extractors that would use part-of-speech tags fall back to rules when it is missing.
 */
export interface Segmenter {
  cut(text: string): string[];
  tag?(text: string): TaggedWord[];
}

/** Options of the default segmenter. */
export interface JiebaOptions {
  /** Extra words, one per line in jieba's user-dictionary format (`word [freq] [tag]`). */
  userDict?: string;
}

interface JiebaInstance {
  cut(text: string, hmm?: boolean): string[];
  tag(text: string, hmm?: boolean): TaggedWord[];
  loadDict(dict: Uint8Array): void;
}

// createRequire keeps the native addon out of the bundle and works from both ESM and CJS builds.
const requireFromHere = createRequire(import.meta.url);

/**
 * The default segmenter: @node-rs/jieba with its bundled dictionary. Nothing is loaded until the
 * first `cut` or `tag` (about 0.25 s once), so importing dashiji costs nothing and a parse whose
 * extractors never ask for words never pays for the dictionary.
 */
export function jiebaSegmenter(options: JiebaOptions = {}): Segmenter {
  let instance: JiebaInstance | undefined;
  const load = (): JiebaInstance => {
    if (instance) return instance;
    const { Jieba } = requireFromHere('@node-rs/jieba') as {
      Jieba: { withDict(dict: Uint8Array): JiebaInstance };
    };
    const { dict } = requireFromHere('@node-rs/jieba/dict.js') as { dict: Uint8Array };
    const jieba = Jieba.withDict(dict);
    if (options.userDict) jieba.loadDict(Buffer.from(options.userDict, 'utf8'));
    instance = jieba;
    return jieba;
  };
  return {
    cut: (text) => load().cut(text, true),
    tag: (text) => load().tag(text, true),
  };
}

let shared: Segmenter | undefined;

/** One default segmenter per process, so every parser shares one loaded dictionary. */
export function defaultSegmenter(): Segmenter {
  shared ??= jiebaSegmenter();
  return shared;
}
