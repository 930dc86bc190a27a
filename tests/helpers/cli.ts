// `dashiji parse` from the built CLI, as the thread tests run it (tests/pool.test.ts, tests/parallel.test.ts).
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';

/** `dashiji parse INPUT --format FORMAT --quiet` on one thread and on two: both outputs, each run checked to exit 0. */
export function parseOnOneAndTwoThreads(input: string, format: string): { one: string; two: string } {
  const run = (jobs: string) => spawnSync(process.execPath, ['dist/cli.js', 'parse', input, '--quiet', '--format', format, '--jobs', jobs], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const one = run('1');
  const two = run('2');
  expect(one.status).toBe(0);
  expect(two.status).toBe(0);
  return { one: one.stdout, two: two.stdout };
}
