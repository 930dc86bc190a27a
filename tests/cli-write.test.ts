import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError, checkOutputPath, fileSink, jsonChunks, writeAll } from '../src/cli/write.js';
import { parseChronicle } from '../src/index.js';

const tmp = mkdtempSync(join(tmpdir(), 'dashiji-write-'));
const fixture = readFileSync('fixtures/2020-power-alliance-chronicle.txt', 'utf8');

describe('jsonChunks: JSON.stringify(value, null, 2), piece by piece (issue 13, item 2)', () => {
  const doc = parseChronicle(fixture);
  const rows: Array<[string, unknown, number]> = [
    ['the fixture document', doc, 3],
    ['the document with a file name', { file: 'a.txt', ...doc }, 3],
    ['empty arrays and objects', { a: [], b: {}, c: [{}], d: null }, 3],
    ['undefined and functions skipped as JSON does', { a: undefined, b: () => 1, c: [undefined, 1], d: 'x' }, 3],
    ['a scalar', 'x\ny', 3],
    ['depth 0 is one chunk', { a: [1, 2] }, 0],
  ];
  it.each(rows)('%s', (_label, value, depth) => {
    expect([...jsonChunks(value, depth)].join('')).toBe(JSON.stringify(value, null, 2));
  });
  it('never holds the document as one string: no chunk is larger than one entry', () => {
    const chunks = [...jsonChunks(doc, 3)];
    const largestEntry = Math.max(...doc.entries.map((e) => JSON.stringify(e, null, 2).length + 8 * 40));
    expect(chunks.length).toBeGreaterThan(doc.entries.length);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(largestEntry);
  });
});

describe('-o safety (issue 13, item 7)', () => {
  const input = join(tmp, 'in.txt');
  writeFileSync(input, 'x');

  it('refuses non-regular targets', () => {
    const fifo = join(tmp, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const link = join(tmp, 'link.json');
    symlinkSync(join(tmp, 'elsewhere.json'), link);
    const dir = join(tmp, 'dir');
    mkdirSync(dir);
    for (const [path, what] of [
      [fifo, 'a FIFO'],
      [link, 'a symbolic link'],
      ['/dev/null', 'a device'],
      [dir, 'a directory'],
    ] as const) {
      expect(() => checkOutputPath(path, [])).toThrow(OutputError);
      expect(() => checkOutputPath(path, [])).toThrow(`it is ${what}, not a regular file`);
    }
  });

  it('refuses an output that is one of the inputs, however it is spelt', () => {
    expect(() => checkOutputPath(input, [input])).toThrow(/also an input/);
    expect(() => checkOutputPath(join(tmp, '.', 'in.txt'), [input])).toThrow(/also an input/);
    // negative cases: a new file, another file, stdin
    expect(checkOutputPath(join(tmp, 'new.json'), [input])).toBeNull();
    writeFileSync(join(tmp, 'other.json'), '{}');
    expect(checkOutputPath(join(tmp, 'other.json'), [input, '-'])?.isFile()).toBe(true);
  });

  it('writes through an exclusively created, unpredictable temporary file, and keeps the old mode', async () => {
    const out = join(tmp, 'private.json');
    writeFileSync(out, 'old');
    chmodSync(out, 0o600);
    const a = fileSink(out, []);
    const b = fileSink(out, []);
    const temps = readdirSync(tmp).filter((f) => f.startsWith('.private.json.'));
    expect(temps).toHaveLength(2);
    for (const t of temps) expect(t).toMatch(/^\.private\.json\.[0-9a-f]{16}\.tmp$/);
    b.abort();
    await writeAll(a, 'new');
    expect(readFileSync(out, 'utf8')).toBe('new');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves the target untouched and no temporary file when aborted', () => {
    const out = join(tmp, 'kept.json');
    writeFileSync(out, 'old');
    const sink = fileSink(out, []);
    sink.write('partial');
    sink.abort();
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
