/** Reading bytes with a ceiling: sizes as people write them, endless input stopped at the cap. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DEFAULT_MAX_SIZE, formatSize, parseSize, readBounded } from '../../src/io/bytes.js';

const dir = mkdtempSync(join(tmpdir(), 'dashiji-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sizes', () => {
  const rows: Array<[string, number | null]> = [
    ['5000000', 5_000_000],
    ['64K', 64 * 1024],
    ['20m', 20 * 1024 ** 2],
    ['20MiB', 20 * 1024 ** 2],
    ['1.5G', 1.5 * 1024 ** 3],
    ['100 MB', 100 * 1024 ** 2],
    // Negative cases: nothing, zero, negative, unknown units, junk.
    ['', null],
    ['0', null],
    ['-5M', null],
    ['5T', null],
    ['lots', null],
    ['5M5', null],
  ];
  test.each(rows)('%j → %s', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  test.each([
    [DEFAULT_MAX_SIZE, '100 MiB'],
    [1536, '1.5 KiB'],
    [1000, '1000 bytes'],
    [3 * 1024 ** 3, '3 GiB'],
  ])('%i bytes read as %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});

describe('readBounded', () => {
  test('a file within the cap is read whole', () => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, '大事记'.repeat(1000));
    expect(Buffer.from(readBounded(path, 9000)).toString()).toBe('大事记'.repeat(1000));
  });

  test.each([
    ['a regular file over the cap', () => readBounded(join(dir, 'a.txt'), 8999), 'too-large'],
    ['/dev/zero, which never ends', () => readBounded('/dev/zero', 100_000), 'too-large'],
    ['a missing file', () => readBounded(join(dir, 'missing.txt')), 'unreadable-file'],
    ['a directory', () => readBounded(dir), 'unreadable-file'],
  ])('%s', (_name, read, code) => {
    expect(read).toThrow(expect.objectContaining({ name: 'ChronicleInputError', code }));
  });
});
