// The package as a user imports it: the built dist/, through ESM and CommonJS.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const fixture = new URL('../fixtures/2020-power-alliance-chronicle.txt', import.meta.url);
const text = readFileSync(fixture, 'utf8');

describe('the built package', () => {
  it('imports with ESM', async () => {
    const built = '../dist/index.js'; // a variable: type-checking must not need dist/ to exist
    const mod = (await import(built)) as typeof import('../src/index.js');
    const doc = mod.parseChronicle(text);
    expect(doc.entries).toHaveLength(42);
    expect(typeof mod.createParser).toBe('function');
  });

  it('requires with CommonJS', () => {
    const require = createRequire(import.meta.url);
    const mod = require('../dist/index.cjs') as typeof import('../src/index.js');
    expect(mod.parseChronicle(text).entries[6]!.date).toMatchObject({ start: '2020-04-24', end: '2020-04-25' });
  });

  it('runs the CLI from a fresh process', () => {
    const out = execFileSync(process.execPath, ['dist/cli.js', 'parse', 'fixtures/2020-power-alliance-chronicle.txt', '--format', 'ndjson'], { encoding: 'utf8' });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { ordinal: number });
    expect(lines.map((l) => l.ordinal)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
  });
});
