// Speed work must not change a byte of output: the fixture and every corpus file must parse to the
// same JSON as the digests recorded from main before the speed-ups (tests/data/golden/outputs.json).
// When a deliberate change to parsing lands (segmentation, dates, entities), record the new
// digests with `UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts` and say why in the commit.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChronicle } from '../src/index.js';
import { digest } from './helpers/golden.js';
import type { Digest } from './helpers/golden.js';

const root = new URL('../', import.meta.url);
const store = new URL('tests/data/golden/outputs.json', root);
const files = [
  'fixtures/2020-power-alliance-chronicle.txt',
  ...readdirSync(new URL('fixtures/corpus/', root))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => `fixtures/corpus/${f}`),
];
const actual: Record<string, Digest> = Object.fromEntries(
  files.map((f) => [f, digest(parseChronicle(readFileSync(new URL(f, root), 'utf8')))]),
);

if (process.env.UPDATE_GOLDEN === '1') writeFileSync(store, JSON.stringify(actual, null, 1) + '\n');
const golden: Record<string, Digest> = existsSync(store) ? (JSON.parse(readFileSync(store, 'utf8')) as Record<string, Digest>) : {};

describe('output is byte-identical to the recorded golden digests', () => {
  it('has a digest for every file it parses, and none for a file that is gone', () => {
    expect(Object.keys(golden).sort()).toEqual([...files].sort());
  });

  it.each(files)('%s', (file) => {
    // parts first: a mismatch names the part (e.g. `figures`) before the whole-document hash
    expect(actual[file]!.parts).toEqual(golden[file]?.parts);
    expect(actual[file]!.entries).toBe(golden[file]?.entries);
    expect(actual[file]!.all).toBe(golden[file]?.all);
  });
});

describe('the digest itself', () => {
  const doc = { title: 't', entries: [{ ordinal: 1, label: '1', span: { start: 0, end: 1 }, date: null, text: 'a', figures: [1] }], diagnostics: [] };
  it.each([
    ['a changed figure', { ...doc, entries: [{ ...doc.entries[0]!, figures: [2] }] }, 'figures'],
    ['a changed entry text', { ...doc, entries: [{ ...doc.entries[0]!, text: 'b' }] }, 'base'],
    ['a changed title', { ...doc, title: 'u' }, 'head'],
    ['a new diagnostic', { ...doc, diagnostics: [{ code: 'x' }] }, 'diagnostics'],
  ])('moves with %s, in that part only', (_name, changed, part) => {
    const a = digest(doc);
    const b = digest(changed);
    expect(b.all).not.toBe(a.all);
    const moved = Object.keys(a.parts).filter((k) => a.parts[k] !== b.parts[k]);
    expect(moved).toEqual([part]);
  });
});
