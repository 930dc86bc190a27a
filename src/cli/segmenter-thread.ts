/**
 * jieba's dictionary, loaded on another core while the CLI starts.
 *
 * A fresh `dashiji parse` spends about a quarter of its time building jieba's dictionary (80–250 ms,
 * synchronous native code) and another quarter compiling its own code; one after the other on one
 * thread. Here the CLI's first lines start a worker thread that loads the dictionary while the main
 * thread compiles the rest of the CLI, reads the input and finds entries and dates, so the
 * dictionary is usually ready by the time the first entity needs words.
 *
 * The extractors call the segmenter synchronously, so the calls cross threads synchronously too:
 * the text goes into a SharedArrayBuffer, the main thread waits on `Atomics.wait`, the worker cuts
 * or tags and writes the words back. A call costs 20–70 µs more than in-thread jieba: nothing on a
 * chronicle of a few hundred entries, a lot on megabytes. So the thread serves small inputs only
 * (`SMALL_INPUT`); for large ones the CLI closes it and loads jieba in-thread, as the library does.
 * Both give the same words: the same addon and dictionary, the same HMM setting.
 */
import { Worker } from 'node:worker_threads';
import type { Segmenter, TaggedWord } from '../words.js';

/**
 * Inputs up to this many characters (in all) are segmented by the thread; past it the thread is
 * closed and jieba loads in-thread. A call crosses threads for 20–70 µs and a chronicle makes one
 * call per 30–40 characters: at 64 Ki characters that is 50–150 ms, about what loading costs.
 */
export const SMALL_INPUT = 64 * 1024;

/** How long a call may wait for its reply before the thread counts as gone (the fallback answers). */
const REPLY_DEADLINE_MS = 60_000;

/** Shared buffer: control words, then UTF-16 text both ways. */
const CONTROL_WORDS = 4;
/** Code units of text per call; a call with more text is done in-thread. */
const TEXT_UNITS = 1 << 21;

// ctl[STATE]: what the worker is doing.
const STATE = 0;
const LENGTH = 1;
const OP = 2;
const LOADING = 0;
const IDLE = 1;
const REQUEST = 2;
const FAILED = 3;
const CUT = 0;
const TAG = 1;

/** Separators in the reply: between words, and between a word and its tag. */
const WORD_SEP = '\u0000';
const TAG_SEP = '\u0001';

/** The worker, as CommonJS source: it needs nothing of dashiji but where to require jieba from. */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
// Required by name from dashiji's own folder, exactly as the in-thread loader does (words.ts).
const load = require('node:module').createRequire(workerData.from);
const ctl = new Int32Array(workerData.buffer, 0, ${CONTROL_WORDS});
const text = new Uint16Array(workerData.buffer, ${CONTROL_WORDS * 4});
let jieba;
try {
  const { Jieba } = load('@node-rs/jieba');
  // dict.txt alone: @node-rs/jieba/dict.js also reads the 6 MB TF-IDF table (see readDict in words.ts).
  jieba = Jieba.withDict(require('node:fs').readFileSync(load.resolve('@node-rs/jieba/dict.txt')));
  Atomics.store(ctl, ${STATE}, ${IDLE});
} catch {
  Atomics.store(ctl, ${STATE}, ${FAILED});
}
Atomics.notify(ctl, ${STATE});
const read = (n) => {
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, text.subarray(i, Math.min(n, i + 8192)));
  return s;
};
while (jieba) {
  Atomics.wait(ctl, ${STATE}, ${IDLE});
  if (Atomics.load(ctl, ${STATE}) !== ${REQUEST}) continue;
  const input = read(ctl[${LENGTH}]);
  const reply = ctl[${OP}] === ${TAG}
    ? jieba.tag(input, true).map((w) => w.word + '${TAG_SEP}' + w.tag).join('${WORD_SEP}')
    : jieba.cut(input, true).join('${WORD_SEP}');
  // A reply too long for the buffer is refused (length -1): the caller does that call in-thread.
  if (reply.length > text.length) ctl[${LENGTH}] = -1;
  else {
    for (let i = 0; i < reply.length; i++) text[i] = reply.charCodeAt(i);
    ctl[${LENGTH}] = reply.length;
  }
  Atomics.store(ctl, ${STATE}, ${IDLE});
  Atomics.notify(ctl, ${STATE});
}
`;

/** A segmenter whose words come from the loading thread, and a way to stop that thread. */
export interface SegmenterThread extends Segmenter {
  tag(text: string): TaggedWord[];
  /** Stop the thread (further calls go to `fallback`). */
  close(): void;
}

/**
 * Start loading jieba on another thread. `fallback` serves any call the thread cannot: jieba failed
 * to load there (the fallback then fails the same way, with its message naming the fix), a text too
 * long for the shared buffer, or a call after `close`. Returns null when no thread can be started.
 */
function startSegmenterThread(fallback: () => Segmenter): SegmenterThread | null {
  const buffer = new SharedArrayBuffer(CONTROL_WORDS * 4 + TEXT_UNITS * 2);
  const ctl = new Int32Array(buffer, 0, CONTROL_WORDS);
  const text = new Uint16Array(buffer, CONTROL_WORDS * 4);
  let worker: Worker | null;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { buffer, from: import.meta.url } });
  } catch {
    return null;
  }
  // The thread never keeps the process alive, and a failure there is a failure to load: the fallback reports it.
  worker.unref();
  worker.on('error', () => Atomics.store(ctl, STATE, FAILED));

  const call = (input: string, op: number): string | null => {
    // A NUL in the text would break the reply apart: such a text is cut in-thread.
    if (!worker || input.length > text.length || input.includes(WORD_SEP)) return null;
    while (Atomics.load(ctl, STATE) === LOADING) Atomics.wait(ctl, STATE, LOADING, 50);
    if (Atomics.load(ctl, STATE) !== IDLE) return null;
    for (let i = 0; i < input.length; i++) text[i] = input.charCodeAt(i);
    ctl[LENGTH] = input.length;
    ctl[OP] = op;
    Atomics.store(ctl, STATE, REQUEST);
    Atomics.notify(ctl, STATE);
    // The worker's 'error' event cannot run while this thread waits: a thread that died mid-call
    // is noticed by the time it takes (a call is milliseconds; a minute means it is gone).
    const deadline = Date.now() + REPLY_DEADLINE_MS;
    while (Atomics.load(ctl, STATE) === REQUEST && Date.now() < deadline) Atomics.wait(ctl, STATE, REQUEST, 1000);
    const n = ctl[LENGTH]!;
    if (Atomics.load(ctl, STATE) === REQUEST) {
      void worker.terminate();
      worker = null;
      return null;
    }
    if (Atomics.load(ctl, STATE) !== IDLE || n < 0) return null;
    let reply = '';
    for (let i = 0; i < n; i += 8192) reply += String.fromCharCode.apply(null, text.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
    return reply;
  };
  return {
    cut(input) {
      const reply = call(input, CUT);
      if (reply === null) return fallback().cut(input);
      return reply === '' ? [] : reply.split(WORD_SEP);
    },
    tag(input) {
      const reply = call(input, TAG);
      if (reply === null) return fallback().tag?.(input) ?? [];
      if (reply === '') return [];
      return reply.split(WORD_SEP).map((pair) => {
        const at = pair.lastIndexOf(TAG_SEP);
        return { word: pair.slice(0, at), tag: pair.slice(at + 1) };
      });
    },
    close() {
      if (!worker) return;
      void worker.terminate();
      worker = null;
    },
  };
}

let early: SegmenterThread | null = null;
let fallbackOf: () => Segmenter = () => {
  throw new Error('dashiji: the early segmenter was used before the CLI took it');
};

/** Called first thing by the CLI's entry for commands that will need words: start loading jieba now. */
export function startEarlySegmenter(): void {
  early ??= startSegmenterThread(() => fallbackOf());
}

/**
 * The early segmenter for one input of `length` characters, or null: none was started, or the
 * inputs so far are past SMALL_INPUT (then the thread is closed and every later input goes to
 * `fallback`, the in-thread default, for good).
 */
export function earlySegmenter(length: number, fallback: () => Segmenter): Segmenter | null {
  if (!early) return null;
  fallbackOf = fallback;
  budget -= length;
  if (budget >= 0) return early;
  closeEarlySegmenter();
  return null;
}

/** Stop the early thread for good (every input from now on is segmented in-thread). */
export function closeEarlySegmenter(): void {
  early?.close();
  early = null;
}
let budget = SMALL_INPUT;
