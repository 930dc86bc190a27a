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

  /** Each subpath of package.json `exports`, with the runtime names it must give (fold: for the finders' folded input). */
  const SUBPATHS: Array<[string, string[]]> = [
    ['dates', ['findTimes', 'fold', 'matchEntryDate', 'matchHeading', 'yearOfTitle']],
    ['figures', ['findFigures', 'fold', 'parseNumber']],
    ['entities', ['findEntities', 'fold', 'parseDictionary', 'uniqueEntities']],
    ['types', ['EVENT_TYPES', 'EVENT_TYPE_LABELS', 'TRIGGER_GUARDS', 'compileVocabulary', 'findEventTypes', 'fold']],
    ['report', ['renderReport']],
    ['io', ['DEFAULT_MAX_SIZE', 'INPUT_FORMATS', 'decodeChronicle', 'detectEncoding', 'detectFormat', 'textSource']],
  ];
  const exportsMap = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> }).exports;

  it('maps every subpath in package.json exports, and no other', () => {
    expect(Object.keys(exportsMap).sort()).toEqual(['.', './package.json', ...SUBPATHS.map(([p]) => `./${p}`)].sort());
  });

  it.each(SUBPATHS)('dashiji/%s imports with ESM and requires with CommonJS, giving the same names', async (subpath, names) => {
    const built = `../dist/${subpath}.js`;
    const esm = (await import(built)) as Record<string, unknown>;
    const cjs = createRequire(import.meta.url)(`../dist/${subpath}.cjs`) as Record<string, unknown>;
    expect(Object.keys(esm).sort()).toEqual(names);
    expect(Object.keys(cjs).sort()).toEqual(names);
  });

  it('a subpath and the root share one copy of the code (ESM chunks)', async () => {
    const root = (await import('../dist/index.js' as string)) as { parseChronicle: (t: string) => { entries: unknown[] } };
    const { renderReport } = (await import('../dist/report.js' as string)) as { renderReport: (d: unknown) => string };
    const { fold: foldDates } = (await import('../dist/dates.js' as string)) as { fold: unknown };
    const { fold: foldTypes } = (await import('../dist/types.js' as string)) as { fold: unknown };
    expect(foldDates).toBe(foldTypes);
    expect(renderReport(root.parseChronicle(text))).toContain('<!doctype html>');
  });
});
