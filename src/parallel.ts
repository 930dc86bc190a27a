/**
 * One large document parsed on several threads, with the same result as `parseChronicle`.
 *
 * Segmentation is cheap and sequential (an entry's date depends on the headings and entries above
 * it), so every thread segments the whole text and extracts only the entries of its part: the
 * main thread the first part, worker threads the rest. Extraction is independent per entry except
 * for the entity extractor's memory (names carried from earlier entries, places named so far). A
 * worker reads its part with an empty memory and records, entry by entry, what it read from that
 * memory and what it added (`EntityTrace`). The main thread then walks the workers' entries in
 * order: an entry whose reading the real memory would not change (no carried name found
 * differently, no place code answered differently: `sameReading`) is kept, and its additions are
 * replayed into the real memory; any other entry is extracted again on the main thread, with the
 * real memory. The result is the single-thread result, record for record.
 *
 * Workers are kept between calls (a warm worker has its dictionary loaded and its code compiled)
 * and do not keep the process alive while idle.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { parserFor, ParseOptionsSchema } from './defaults.js';
import type { DefaultChronicle, DefaultExtractors, ParseOptions } from './defaults.js';
import { Divergence, memoryOf, newMemory, replay, traceEntities } from './extractors/entities/index.js';
import type { EntityTrace } from './extractors/entities/index.js';
import { checkOptions } from './options.js';
import { describeThrown, openSession } from './parser.js';
import type { ChronicleEntry } from './parser.js';
import type { Diagnostic } from './schema.js';

/** Options of `parseParallel`: `parseChronicle`'s, less the segmenter (it cannot cross threads). */
export interface ParallelOptions extends Omit<ParseOptions, 'segmenter'> {
  /** Read the text as Markdown (`true`) or as plain text (`false`); by default the text decides. */
  markdown?: boolean;
  /**
   * Threads in all, the calling one included (default: the machine's available parallelism). 1
   * parses on the calling thread alone.
   */
  threads?: number;
  /**
   * Characters below which the text is parsed on the calling thread alone (default 262,144,
   * about 750 KB of Chinese text): a worker costs a few hundred milliseconds to start.
   */
  minLength?: number;
  /** Receives, for each part a worker read, how many of its entries were kept and how many read again. */
  onPart?: (report: PartReport) => void;
}

/**
 * One worker's part: its entries, those kept as the worker read them, and those read again on the
 * calling thread because the names or places known before the part changed their reading (or
 * all of them, with `error`, when the worker failed).
 */
export interface PartReport {
  /** 1 for the first worker's part, 2 for the next; the calling thread's own part is 0 and not reported. */
  part: number;
  entries: number;
  kept: number;
  reread: number;
  /** Why the worker gave no result, when it did not. */
  error?: string;
}

const ParallelOptionsSchema = ParseOptionsSchema.omit({ segmenter: true }).extend({
  markdown: z.boolean().optional(),
  threads: z.number().int('a whole number of threads').min(1, 'at least 1').optional(),
  minLength: z.number().int('a whole number of characters').min(0, 'at least 0').optional(),
  onPart: z.custom<(report: PartReport) => void>((v) => typeof v === 'function', 'a function').optional(),
});

const DEFAULT_MIN_LENGTH = 1 << 18;

/**
 * An entry costs a worker WORKER_COST times what it costs the calling thread (the worker traces its
 * entity memory and writes the entries as JSON; a cold one also starts late), and the calling
 * thread PARSE_COST of it again to read a worker's entry back. Measured on a 20 MB chronicle, two
 * threads on two cores (docs/performance.md, round 6).
 */
const WORKER_COST = 1.3;
const PARSE_COST = 0.1;

/**
 * The share of the text the calling thread extracts itself, with `threads` threads in all, so that
 * it finishes its part and the reading back of the workers' when they finish theirs: with share m
 * and w = WORKER_COST / (threads - 1), m + PARSE_COST (1 - m) = w (1 - m). Two threads: about 0.55 (it was
 * 0.45, which left the calling thread waiting: 1.10-1.26× against 1.37-1.48× warm on 20 MB).
 */
function mainShare(threads: number): number {
  const w = WORKER_COST / (threads - 1);
  return Math.min(0.9, Math.max(0.05, (w - PARSE_COST) / (1 - PARSE_COST + w)));
}

/** The options that decide a parse, which both sides of the parallel parse use alike. */
type PartOptions = Omit<ParseOptions, 'segmenter'> & { markdown?: boolean };

/** The parser of these options: `parseChronicle`'s, read as Markdown or not as asked. */
function parserOf({ markdown, ...options }: PartOptions) {
  const parser = parserFor(options);
  return markdown === undefined ? parser : parser.extend({ markdown });
}

/** What the main thread sends a worker: the whole text and the part to extract (input offsets). */
export interface PartRequest {
  id: number;
  text: string;
  options: PartOptions;
  /** Entries that start at or after `from` and before `to` are this part's. */
  from: number;
  to: number;
}

/** A worker's part, as JSON: entries, their diagnostics and their entity traces, in entry order. */
export interface PartResult {
  /** The index (0-based) of the part's first entry in the document. */
  first: number;
  entries: Array<ChronicleEntry<DefaultExtractors>>;
  diagnostics: Diagnostic[][];
  traces: Array<EntityTrace | null>;
}

/** What a worker answers: the part as a JSON string, or why it could not. */
export type PartReply = { id: number; json: string } | { id: number; error: string };

/**
 * Parse one document on several threads: the same records as `parseChronicle(text, options)`,
 * sooner on a large text and an idle machine. Never rejects on odd text; rejects at once (a
 * TypeError) on wrong options. A worker that fails (or cannot start) costs time, not output: its
 * part is extracted on the calling thread.
 *
 * @example
 * const doc = await parseParallel(readFileSync('archive.txt', 'utf8'));
 */
export async function parseParallel(text: string, options: ParallelOptions = {}): Promise<DefaultChronicle> {
  const checked = checkOptions(ParallelOptionsSchema, options, 'parseParallel()', 'year, dictionary, types, lang, markdown, threads, minLength, onPart');
  const { threads = availableParallelism(), minLength = DEFAULT_MIN_LENGTH, onPart, ...parse } = checked as ParallelOptions;
  const parser = parserOf(parse);
  if (typeof text !== 'string' || threads <= 1 || text.length < minLength) return parser.parse(text);

  // Parts by characters: the first for this thread, the rest shared by the workers.
  const cuts = [0, Math.round(text.length * mainShare(threads))];
  for (let k = 1; k < threads - 1; k++) cuts.push(Math.round(cuts[1]! + ((text.length - cuts[1]!) * k) / (threads - 1)));
  cuts.push(text.length + 1);
  const pending = cuts.slice(1, -1).map((from, k) => runPart({ id: 0, text, options: parse, from, to: cuts[k + 2]! }));

  const session = openSession(parser, text);
  const { starts } = session;
  const entries: Array<ChronicleEntry<DefaultExtractors>> = [];
  const diagnostics: Diagnostic[] = [];
  let i = 0;
  for (; i < starts.length && starts[i]! < cuts[1]!; i++) entries.push(session.extract(i, diagnostics));

  const real = memoryOf(session.doc);
  for (const [k, reply] of pending.entries()) {
    const to = cuts[k + 2]!;
    const part = await reply;
    const report: PartReport = { part: k + 1, entries: 0, kept: 0, reread: 0 };
    const from = i;
    if ('error' in part) report.error = part.error;
    else if (part.first !== i || part.entries.length !== part.traces.length) report.error = 'the worker read another segmentation';
    else {
      // The worker read its part with a memory of its own, empty at the part's start.
      const guess = newMemory(session.doc);
      const divergence = new Divergence(real, guess);
      for (let j = 0; j < part.entries.length; j++, i++) {
        const trace = part.traces[j]!;
        const at = i;
        if (trace && divergence.agrees(() => session.norm(at), trace.probes)) {
          entries.push(part.entries[j]!);
          for (const d of part.diagnostics[j]!) diagnostics.push(d);
          replay(real, trace);
          report.kept++;
        } else entries.push(session.extract(i, diagnostics));
        if (trace) replay(guess, trace);
      }
    }
    // What the worker did not give (it failed, or read another part): this thread extracts it.
    for (; i < starts.length && starts[i]! < to; i++) entries.push(session.extract(i, diagnostics));
    report.entries = i - from;
    report.reread = report.entries - report.kept;
    onPart?.(report);
  }
  return session.finish(entries, diagnostics);
}

/** Idle workers, kept for the next call. */
const idle: Worker[] = [];
let nextId = 1;

/** The worker's module: beside this file in dist/ (ESM, whichever build loaded this one). */
const WORKER_URL = new URL('./parallel-worker.js', import.meta.url);

/** Have a worker extract a part, or say why it could not (the caller then extracts the part itself). */
function runPart(request: PartRequest): Promise<PartResult | { error: string }> {
  let worker: Worker;
  try {
    worker = idle.pop() ?? new Worker(WORKER_URL);
  } catch (error) {
    return Promise.resolve({ error: describeThrown(error) });
  }
  worker.ref();
  const id = nextId++;
  return new Promise<PartResult | { error: string }>((resolve) => {
    const done = (result: PartResult | { error: string }, keep: boolean) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (keep) {
        worker.unref();
        idle.push(worker);
      } else void worker.terminate();
      resolve(result);
    };
    const onMessage = (reply: PartReply) => {
      if (reply.id !== id) return;
      if ('error' in reply) done({ error: reply.error }, true);
      else {
        try {
          done(JSON.parse(reply.json) as PartResult, true);
        } catch (error) {
          done({ error: describeThrown(error) }, true);
        }
      }
    };
    const onError = (error: unknown) => done({ error: describeThrown(error) }, false);
    const onExit = (code: number) => done({ error: `the worker exited (code ${code})` }, false);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ ...request, id });
  });
}

/** The worker's side: extract the entries of one part, with a traced entity memory. */
export function extractPart(request: PartRequest): string {
  const session = openSession(parserOf(request.options), request.text);
  const traces = traceEntities(session.doc);
  const { starts } = session;
  let first = 0;
  while (first < starts.length && starts[first]! < request.from) first++;
  const result: PartResult = { first, entries: [], diagnostics: [], traces: [] };
  for (let i = first; i < starts.length && starts[i]! < request.to; i++) {
    const diagnostics: Diagnostic[] = [];
    result.entries.push(session.extract(i, diagnostics));
    result.diagnostics.push(diagnostics);
    result.traces.push(traces.get(i + 1) ?? null);
    traces.delete(i + 1);
  }
  return JSON.stringify(result);
}
