/**
 * Word segmentation behind a small interface, so that the default (@node-rs/jieba, a prebuilt
 * native addon) can be swapped for another segmenter (nodejs-jieba, a service, a test double)
 * without touching the extractors.
 */
import { readFileSync } from 'node:fs';
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

/** What dashiji uses of a loaded jieba. */
export interface JiebaInstance {
  cut(text: string, hmm?: boolean): string[];
  tag(text: string, hmm?: boolean): TaggedWord[];
  loadDict(dict: Uint8Array): void;
}

// createRequire keeps the native addon out of the bundle and works from both ESM and CJS builds.
const requireFromHere = createRequire(import.meta.url);

/**
 * The platforms @node-rs/jieba ships a prebuilt binary for, each as its own optional npm package
 * (`@node-rs/jieba-<key>`), keyed by `process.platform-process.arch[-libc]`. npm installs the one
 * that fits unless optional dependencies are omitted (`npm install --omit=optional`).
 */
export const JIEBA_PLATFORMS: Readonly<Record<string, string>> = {
  'darwin-x64': 'darwin-x64',
  'darwin-arm64': 'darwin-arm64',
  'win32-x64': 'win32-x64-msvc',
  'win32-arm64': 'win32-arm64-msvc',
  'win32-ia32': 'win32-ia32-msvc',
  'linux-x64-gnu': 'linux-x64-gnu',
  'linux-x64-musl': 'linux-x64-musl',
  'linux-arm64-gnu': 'linux-arm64-gnu',
  'linux-arm64-musl': 'linux-arm64-musl',
  'linux-arm-gnu': 'linux-arm-gnueabihf',
  'android-arm64': 'android-arm64',
  'android-arm': 'android-arm-eabi',
  'freebsd-x64': 'freebsd-x64',
};

/** This machine as JIEBA_PLATFORMS keys it: `linux-x64-gnu`, `darwin-arm64` … */
export function platformKey(platform: string = process.platform, arch: string = process.arch, libc?: 'gnu' | 'musl'): string {
  if (platform !== 'linux') return `${platform}-${arch}`;
  let lib = libc;
  if (!lib) {
    const report = process.report?.getReport?.() as { header?: { glibcVersionRuntime?: string } } | undefined;
    lib = report?.header?.glibcVersionRuntime ? 'gnu' : 'musl';
  }
  return `${platform}-${arch}-${lib}`;
}

/**
 * The default segmenter cannot run here: no jieba binary for this platform, or its optional
 * package was not installed. Thrown once by `parse`, not turned into one diagnostic per entry:
 * nothing useful can be extracted without words, and the fix is an installation step.
 */
export class SegmenterUnavailableError extends Error {
  readonly code = 'DASHIJI_SEGMENTER_UNAVAILABLE';
}

/** True for a SegmenterUnavailableError from either build (ESM or CJS) of dashiji. */
export function isSegmenterUnavailable(error: unknown): error is SegmenterUnavailableError {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'DASHIJI_SEGMENTER_UNAVAILABLE';
}

/** The message for a jieba that would not load: which platform, which package, what else to do. */
export function segmenterUnavailableMessage(key: string = platformKey()): string {
  const pkg = JIEBA_PLATFORMS[key];
  const remedy = pkg
    ? `install @node-rs/jieba-${pkg} (npm installs it unless optional dependencies are omitted: run npm install --include=optional)`
    : `@node-rs/jieba has no prebuilt binary for ${key}`;
  return `dashiji: the word segmenter @node-rs/jieba cannot load on ${key}: ${remedy}; or pass your own segmenter (createParser({ segmenter }))`;
}

/**
 * jieba's dictionary file, read for one `withDict` and then left to the garbage collector.
 * `@node-rs/jieba/dict.js` would do it, but that module also reads the 6 MB TF-IDF table dashiji
 * never uses, and the module cache keeps both buffers (11 MB) for the life of the process. A
 * `load` without `resolve` (a test double) falls back to that module.
 */
function readDict(load: (id: string) => unknown): Uint8Array {
  const resolve = (load as { resolve?: (id: string) => string }).resolve;
  if (typeof resolve === 'function') return readFileSync(resolve('@node-rs/jieba/dict.txt'));
  return (load('@node-rs/jieba/dict.js') as { dict: Uint8Array }).dict;
}

/** Load jieba with its dictionary; `load` is require, replaceable in tests. */
export function loadJieba(load: (id: string) => unknown = requireFromHere): JiebaInstance {
  let Jieba: { withDict(dict: Uint8Array): JiebaInstance };
  let dict: Uint8Array;
  try {
    ({ Jieba } = load('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): JiebaInstance } });
    dict = readDict(load);
  } catch (error) {
    throw new SegmenterUnavailableError(segmenterUnavailableMessage(), { cause: error });
  }
  return Jieba.withDict(dict);
}

/**
 * The default segmenter: @node-rs/jieba with its bundled dictionary. Nothing is loaded until the
 * first `cut` or `tag` (about 0.25 s once), so importing dashiji costs nothing and a parse whose
 * extractors never ask for words never pays for the dictionary.
 */
export function jiebaSegmenter(options: JiebaOptions = {}): Segmenter {
  let instance: JiebaInstance | undefined;
  const load = (): JiebaInstance => {
    if (instance) return instance;
    const jieba = loadJieba();
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
