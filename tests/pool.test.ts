// src/cli/pool.ts: the CLI's worker pool. Which inputs start helpers, the order files are claimed
// in, that every task runs exactly once whoever claims it, and that `dashiji parse` gives the
// same bytes with helpers as on one thread.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { claim, createCounter, helperCount, idleCores, largestFirst, POOL_THRESHOLD_BYTES, probe, runPool, sampleIdle, serve } from '../src/cli/pool.js';
import type { PoolMessage } from '../src/cli/pool.js';
import { parseOnOneAndTwoThreads } from './helpers/cli.js';

const MB = 1_000_000;

describe('helperCount', () => {
  it.each([
    ['one file, however large', { sizes: [50 * MB], cores: 8, stdin: false }, 0],
    ['stdin among the files', { sizes: [MB, MB, MB], cores: 8, stdin: true }, 0],
    ['below the threshold in total', { sizes: [1000, 1000, POOL_THRESHOLD_BYTES - 2001], cores: 8, stdin: false }, 0],
    ['one core', { sizes: [MB, MB], cores: 1, stdin: false }, 0],
    ['--jobs 1', { sizes: [MB, MB, MB], cores: 8, jobs: 1, stdin: false }, 0],
    ['two cores: one helper beside the main thread', { sizes: [MB, MB, MB], cores: 2, stdin: false }, 1],
    ['no more helpers than files beyond the first', { sizes: [MB, MB, MB], cores: 16, stdin: false }, 2],
    ['--jobs caps the threads', { sizes: Array<number>(16).fill(MB), cores: 16, jobs: 4, stdin: false }, 3],
    ['--jobs above the cores does not oversubscribe', { sizes: Array<number>(16).fill(MB), cores: 4, jobs: 64, stdin: false }, 3],
    ['a busy machine: no idle core, no helper', { sizes: [MB, MB, MB], cores: 2, stdin: false, idle: 0.1 }, 0],
    ['most of a core idle is worth a helper', { sizes: [MB, MB, MB], cores: 2, stdin: false, idle: 0.8 }, 1],
    ['half a core idle is not', { sizes: [MB, MB, MB], cores: 2, stdin: false, idle: 0.5 }, 0],
    ['idle cores cap the helpers', { sizes: Array<number>(16).fill(MB), cores: 8, stdin: false, idle: 2.9 }, 3],
    ['idle cores never add threads beyond the cores', { sizes: Array<number>(16).fill(MB), cores: 4, stdin: false, idle: 7 }, 3],
  ])('%s', (_name, input, expected) => {
    expect(helperCount(input)).toBe(expected);
  });
});

describe('largestFirst', () => {
  it.each([
    ['largest first', [10, 30, 20], [1, 2, 0]],
    ['ties keep input order', [5, 9, 5, 9], [1, 3, 0, 2]],
    ['nothing', [], []],
  ])('%s', (_name, sizes, expected) => {
    expect(largestFirst(sizes)).toEqual(expected);
  });
});

describe('idleCores', () => {
  const cpu = (idle: number) => ({ model: '', speed: 0, times: { user: 0, nice: 0, sys: 0, idle, irq: 0 } });
  it.each([
    ['two cores, one idle all along', sampleIdle([cpu(100), cpu(50)], 0, 0), sampleIdle([cpu(100), cpu(250)], 200, 200), 1],
    ['nothing idle', sampleIdle([cpu(10), cpu(10)], 0, 0), sampleIdle([cpu(10), cpu(10)], 200, 200), 0],
    ['no time between the samples', sampleIdle([cpu(10)], 5, 0), sampleIdle([cpu(90)], 5, 0), 0],
    // the parse's own GC and compiler threads used half the other core: that half is ours to give
    ['half a core busy with this process’s own background threads', sampleIdle([cpu(0), cpu(0)], 0, 0), sampleIdle([cpu(0), cpu(100)], 200, 300), 1],
    ['half a core busy with another program', sampleIdle([cpu(0), cpu(0)], 0, 0), sampleIdle([cpu(0), cpu(100)], 200, 200), 0.5],
  ])('%s', (_name, from, to, expected) => {
    expect(idleCores(from, to)).toBeCloseTo(expected, 5);
  });
});

describe('probe', () => {
  it.each([
    ['no time: nothing runs', 0, [3, 0, 2, 1], []],
    ['all the time it needs: everything runs, smallest (last in claim order) first', Number.POSITIVE_INFINITY, [], [1, 2, 0, 3]],
  ])('%s', (_name, ms, rest, ran) => {
    const results: number[] = new Array<number>(4);
    const seen: number[] = [];
    const r = probe([3, 0, 2, 1], (i) => (seen.push(i), i * 10), results, undefined, ms);
    expect(r.rest).toEqual(rest);
    expect(seen).toEqual(ran);
    for (const i of ran) expect(results[i]).toBe(i * 10);
    expect(r.idle).toBeGreaterThanOrEqual(0);
  });
});

describe('claim', () => {
  it('hands out the order once, then -1', () => {
    const counter = createCounter();
    const order = [2, 0, 1];
    expect([claim(counter, order), claim(counter, order), claim(counter, order), claim(counter, order)]).toEqual([2, 0, 1, -1]);
  });
});

describe('serve', () => {
  it('posts every task it claims, then done', () => {
    const posted: Array<PoolMessage<number>> = [];
    serve(createCounter(), [1, 0], (i) => i * 10, (m) => posted.push(m), () => false);
    expect(posted).toEqual([{ index: 1, result: 10 }, { index: 0, result: 0 }, { done: true }]);
  });

  it('posts a failure and stops at the first task that throws', () => {
    const posted: Array<PoolMessage<number>> = [];
    serve(createCounter(), [0, 1], () => {
      throw new RangeError('bad file');
    }, (m) => posted.push(m), (e) => e instanceof RangeError);
    expect(posted).toEqual([{ index: 0, error: 'bad file', usage: true }]);
  });
});

// A helper that runs `serve` with the task "double the index", as the CLI's worker does with files.
const HELPER = `
  const { parentPort, workerData } = require('node:worker_threads');
  const { counter, order, delay } = workerData;
  let k;
  while ((k = Atomics.add(counter, 0, 1)) < order.length) {
    const end = Date.now() + delay; while (Date.now() < end);
    parentPort.postMessage({ index: order[k], result: order[k] * 2 });
  }
  parentPort.postMessage({ done: true });
`;

describe('runPool', () => {
  it.each([
    ['the main thread alone', 0],
    ['the main thread and two helpers', 2],
  ])('runs every task exactly once, results in input order: %s', async (_name, helpers) => {
    const order = largestFirst(Array.from({ length: 40 }, (_, i) => i % 7));
    const counter = createCounter();
    const workers = Array.from({ length: helpers }, () => new Worker(HELPER, { eval: true, workerData: { counter, order, delay: 2 } }));
    const here: number[] = [];
    const ticks: number[] = [];
    const results = await runPool({
      order,
      counter,
      workers,
      here: (i) => {
        here.push(i);
        return i * 2;
      },
      tick: (n) => ticks.push(n),
    });
    expect(results).toEqual(Array.from({ length: 40 }, (_, i) => i * 2));
    expect(ticks).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    if (helpers === 0) expect(here).toHaveLength(40);
  });

  it('fills the given results and counts progress on from the tasks already done', async () => {
    const results: number[] = new Array<number>(4);
    results[3] = 30;
    const ticks: number[] = [];
    const out = await runPool({ order: [0, 1, 2], counter: createCounter(), workers: [], here: (i) => i * 10, tick: (n) => ticks.push(n), results });
    expect(out).toEqual([0, 10, 20, 30]);
    expect(ticks).toEqual([2, 3, 4]);
  });

  it('does not wait for a helper that is still starting when every task is done', async () => {
    // this helper never claims and never ends on its own (a timer keeps it alive): the pool must
    // return once the main thread has done everything, and terminate it
    const stuck = 'setInterval(() => {}, 1000);';
    const order = [0, 1, 2];
    const counter = createCounter();
    const worker = new Worker(stuck, { eval: true });
    const exited = new Promise((resolve) => worker.on('exit', resolve));
    expect(await runPool({ order, counter, workers: [worker], here: (i) => i + 1 })).toEqual([1, 2, 3]);
    await exited;
  });

  it('runs on the main thread a task whose helper died with it', async () => {
    const dying = `
      const { workerData } = require('node:worker_threads');
      Atomics.add(workerData.counter, 0, 1);
      process.exit(3);
    `;
    const order = [0, 1, 2, 3];
    const counter = createCounter();
    const worker = new Worker(dying, { eval: true, workerData: { counter } });
    await new Promise((resolve) => worker.on('exit', resolve));
    expect(await runPool({ order, counter, workers: [worker], here: (i) => i * 3 })).toEqual([0, 3, 6, 9]);
  });

  it('throws a helper failure with the class the caller chose, and stops the helpers', async () => {
    const failing = `
      const { parentPort, workerData } = require('node:worker_threads');
      const k = Atomics.add(workerData.counter, 0, 1);
      parentPort.postMessage({ index: workerData.order[k], error: 'no such file: x', usage: true });
    `;
    const order = [0, 1, 2, 3];
    const counter = createCounter();
    const worker = new Worker(failing, { eval: true, workerData: { counter, order } });
    class Usage extends Error {}
    // the main thread waits for the helper's first claim, so the helper surely fails one task
    const here = (i: number) => {
      const end = Date.now() + 200;
      while (Date.now() < end);
      return i;
    };
    await expect(runPool({ order, counter, workers: [worker], here, fail: (m, usage) => (usage ? new Usage(m) : new Error(m)) })).rejects.toBeInstanceOf(Usage);
  });
});

describe('dashiji parse on many files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dashiji-pool-'));
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  const corpus = join(import.meta.dirname, '../fixtures/corpus');
  // Every corpus file, twice over, each file holding its text twice: 32 files of different sizes,
  // past the threshold in all, so helpers start and claim them largest first; the output must
  // still be in input order and byte for byte what one thread writes.
  const names = readdirSync(corpus).filter((f) => f.endsWith('.txt'));
  for (const [i, name] of [...names, ...names].entries()) {
    const text = readFileSync(join(corpus, name), 'utf8');
    writeFileSync(join(inputs, `${String(i).padStart(2, '0')}.txt`), `${text}\n${text}`);
  }
  it('holds enough text to start helpers', () => {
    const total = readdirSync(inputs).reduce((n, f) => n + statSync(join(inputs, f)).size, 0);
    expect(total).toBeGreaterThanOrEqual(POOL_THRESHOLD_BYTES);
  });
  const run = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', 'parse', inputs, '--quiet', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

  it.each(['ndjson', 'json', 'csv'])('writes the same %s with helpers as with --jobs 1', (format) => {
    const { one, two } = parseOnOneAndTwoThreads(inputs, format);
    expect(two).toBe(one);
  });

  it('writes the same without --jobs (the main thread probes the machine, then helpers for idle cores)', () => {
    expect(run('--format', 'json').stdout).toBe(run('--format', 'json', '--jobs', '1').stdout);
  });

  it.each([['0'], ['two'], ['1.5']])('rejects --jobs %s', (jobs) => {
    const r = run('--jobs', jobs);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--jobs expects a number of threads/);
  });
});
