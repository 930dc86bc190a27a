/**
 * Many files on all cores without ever being slower than one thread.
 *
 * The old way started one worker per core and let the main thread wait: every worker warmed up
 * from nothing (module, JIT, jieba's dictionary) before its first file, so 16 files of 1 MB ran
 * 1.04–1.26× SLOWER than one thread. Here the main thread starts parsing at once, and helper
 * workers join when they are ready: every thread claims the next file from one shared counter
 * (an `Atomics.add` on a SharedArrayBuffer), so a worker still loading claims nothing and costs
 * nothing but its own core, and a worker that is ready keeps claiming without a round trip to the
 * main thread. Files are claimed largest first, so the last file claimed, the one everybody may
 * wait for, is a small one. Workers format their output themselves and send back one string per
 * file: structured-cloning records would eat most of the gain.
 *
 * A helper only pays when a core is idle for it. On a machine whose cores are busy with other work
 * its start-up (module, JIT warm-up, the dictionary: about half a second of CPU) is pure cost, and
 * measured 0.71–0.85× one thread there. So unless `--jobs` says how many threads to use, the main
 * thread first parses the smallest files alone for a moment (`probe`) while the machine's idle CPU
 * time is measured, and starts only as many helpers as there are idle cores.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Worker } from 'node:worker_threads';

/** Inputs smaller than this in total are parsed on the main thread alone: a worker would start for nothing. */
export const POOL_THRESHOLD_BYTES = 256 * 1024;

/** What a pool needs to know to decide how many helper workers to start. */
export interface PoolInput {
  /** Byte size of each file (0 when unknown, e.g. stdin). */
  sizes: readonly number[];
  /** Threads available (os.availableParallelism()). */
  cores: number;
  /** Threads the user allows in all, main thread included (`--jobs`); default: `cores`. */
  jobs?: number;
  /** Whether one input is stdin, which only the main thread can read. */
  stdin: boolean;
  /** Idle cores measured while the main thread was busy (`probe`); no cap when not measured. */
  idle?: number;
}

/**
 * How many helper workers to start beside the main thread: none for one file, for stdin or below
 * the threshold; otherwise one per spare core, at most one per file beyond the main thread's first.
 */
export function helperCount({ sizes, cores, jobs, stdin, idle }: PoolInput): number {
  if (stdin || sizes.length < 2) return 0;
  let total = 0;
  for (const s of sizes) total += s;
  if (total < POOL_THRESHOLD_BYTES) return 0;
  const wanted = Math.min((jobs ?? cores) - 1, cores - 1, sizes.length - 1);
  // three quarters of a core idle is worth a helper; less is a core somebody else is using
  return Math.max(0, idle === undefined ? wanted : Math.min(wanted, Math.floor(idle + 0.25)));
}

/**
 * Summed idle time of every CPU (ms, from os.cpus()), this process's own CPU time (ms, every
 * thread), and when they were read.
 */
export interface IdleSample {
  idle: number;
  own: number;
  at: number;
}

/** Read the machine's idle CPU time and this process's CPU time now. */
export function sampleIdle(list = cpus(), at = performance.now(), own = ownCpu()): IdleSample {
  let idle = 0;
  for (const c of list) idle += c.times.idle;
  return { idle, own, at };
}

function ownCpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Cores free for a helper between two samples: idle CPU time, plus what this process itself
 * spent beyond its main thread (V8's garbage collector and compiler threads, which a busy parse
 * keeps at work on the other core: half a core, measured, and no other program's load), over the
 * wall time between them.
 */
export function idleCores(from: IdleSample, to: IdleSample): number {
  const wall = to.at - from.at;
  if (wall <= 0) return 0;
  const background = Math.max(0, to.own - from.own - wall);
  return Math.max(0, (to.idle - from.idle + background) / wall);
}

/** How long the main thread parses alone while idle cores are measured (CPU times tick every 10 ms). */
export const PROBE_MS = 200;

/**
 * Run the smallest tasks (the end of `order`) on the main thread until `ms` have passed, measuring
 * the idle cores meanwhile; the results go into `results`. Returns the tasks left, in claim order.
 */
export function probe<R>(order: readonly number[], here: (index: number) => R, results: R[], tick?: (done: number) => void, ms = PROBE_MS): { rest: number[]; idle: number } {
  const start = sampleIdle();
  let end = order.length;
  let done = 0;
  while (end > 0 && performance.now() - start.at < ms) {
    const index = order[--end]!;
    results[index] = here(index);
    done++;
    tick?.(done);
  }
  return { rest: order.slice(0, end), idle: idleCores(start, sampleIdle()) };
}

/** Indices of `sizes`, largest first (ties in input order): the order files are claimed in. */
export function largestFirst(sizes: readonly number[]): number[] {
  return sizes.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
}

/** The shared counter every thread claims work from. */
export function createCounter(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

/** Claim the next task: its index in the input, or -1 when every task is taken. */
export function claim(counter: Int32Array, order: readonly number[]): number {
  const k = Atomics.add(counter, 0, 1);
  return k < order.length ? order[k]! : -1;
}

/** What a helper sends back: a result, a failure, or that it has claimed its last task. */
export type PoolMessage<R> =
  | { index: number; result: R }
  | { index: number; error: string; usage: boolean }
  | { done: true };

/**
 * The worker side: claim and run tasks until none is left, posting each result, then `done`. A
 * task that throws is posted as an error (with whether it was a usage error) and ends the worker.
 */
export function serve<R>(counter: Int32Array, order: readonly number[], work: (index: number) => R, post: (message: PoolMessage<R>) => void, isUsage: (error: unknown) => boolean): void {
  for (let index = claim(counter, order); index >= 0; index = claim(counter, order)) {
    try {
      post({ index, result: work(index) });
    } catch (error) {
      post({ index, error: error instanceof Error ? error.message : String(error), usage: isUsage(error) });
      return;
    }
  }
  post({ done: true });
}

/** Options of `runPool`. */
export interface RunPoolOptions<R> {
  /** The order tasks are claimed in (`largestFirst`). */
  order: readonly number[];
  /** The counter the helpers were given. */
  counter: Int32Array;
  /** Helper workers, already started with `counter` and `order`; they run `serve`. */
  workers: readonly Worker[];
  /** Run one task on the main thread. */
  here: (index: number) => R;
  /** Called after each task completes, with the number completed so far (progress output). */
  tick?: (done: number) => void;
  /** Turn a helper's failure back into an error of the right class. */
  fail?: (message: string, usage: boolean) => Error;
  /** The array to fill, when some tasks already ran (`probe`); progress counts on from them. */
  results?: R[];
}

/**
 * Run every task of `order` on the main thread and the helpers together; results in input order.
 * The main thread yields between its own tasks so helper results and progress are handled as they
 * come. It returns as soon as every result is in: a helper still starting up (a small input) is
 * not waited for, only terminated. Helpers are terminated when everything is done or anything failed.
 */
export async function runPool<R>({ order, counter, workers, here, tick, fail, results = new Array<R>(order.length) }: RunPoolOptions<R>): Promise<R[]> {
  // tasks done before (by `probe`) count for progress, not for this pool's completion
  const before = Object.keys(results).length;
  let completed = 0;
  let failure: Error | undefined;
  // threadId is -1 once a worker has exited; one that exited before we listen never says so again.
  let live = workers.filter((w) => w.threadId !== -1).length;
  const toError = fail ?? ((message: string) => new Error(message));
  let wake: () => void = () => {};
  const settled = new Promise<void>((resolve) => (wake = resolve));
  const check = () => {
    if (failure || completed === order.length || live === 0) wake();
  };
  for (const worker of workers) {
    worker.on('message', (m: PoolMessage<R>) => {
      if ('done' in m) return;
      if ('error' in m) failure ??= toError(m.error, m.usage);
      else {
        results[m.index] = m.result;
        completed++;
        tick?.(before + completed);
      }
      check();
    });
    worker.on('error', (error) => {
      failure ??= error;
      check();
    });
    // A helper that exits early (killed, out of memory) must not hang the pool: when none is left,
    // the main thread runs what is missing.
    worker.on('exit', () => {
      live--;
      check();
    });
  }
  try {
    for (let index = claim(counter, order); index >= 0 && !failure; index = claim(counter, order)) {
      results[index] = here(index);
      completed++;
      tick?.(before + completed);
      if (workers.length > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (live > 0 && !failure && completed < order.length) await settled;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure) throw failure;
  for (const index of order) {
    if (!(index in results)) {
      results[index] = here(index);
      completed++;
      tick?.(before + completed);
    }
  }
  return results;
}
