/** eras.ts: reign and era titles as data, and the year a numbered year of one names. */
import { describe, expect, test } from 'vitest';
import { ERAS, ERA_NAMES, eraOf, eraYear } from '../src/dates/eras.js';

describe('eraYear', () => {
  const rows: Array<[string, number, number]> = [
    ['崇祯', 15, 1642],
    ['顺治', 2, 1645],
    ['康熙', 7, 1668],
    ['康熙', 47, 1708], // 07 prints 1710 in the bracket: the bracket wins there (see dates.test.ts)
    ['雍正', 2, 1724],
    ['乾隆', 24, 1759],
    ['嘉庆', 22, 1817],
    ['道光', 14, 1834],
    ['光绪', 18, 1892],
    ['宣统', 3, 1911],
    ['民国', 1, 1912],
    ['民國', 16, 1927],
    ['明治', 45, 1912],
    ['大正', 12, 1923],
    ['昭和', 64, 1989],
    ['平成', 31, 2019],
    ['令和', 1, 2019],
    ['萬曆', 1, 1573],
  ];
  test.each(rows)('%s %d年 = %d', (name, n, year) => {
    expect(eraYear(eraOf(name)!, n)).toBe(year);
  });

  test.each([
    ['康熙', 0],
    ['康熙', 70], // 康熙 has 61 years
    ['宣统', 5],
    ['大正', 1.5],
  ] as const)('%s %d年 does not exist', (name, n) => {
    expect(eraYear(eraOf(name)!, n)).toBeNull();
  });
});

describe('the table', () => {
  test('pre-1912 Chinese reigns are lunar, 民国 and the Japanese eras Gregorian', () => {
    expect(eraOf('康熙')?.calendar).toBe('lunar');
    expect(eraOf('崇祯')?.calendar).toBe('lunar');
    expect(eraOf('民国')?.calendar).toBe('gregorian');
    expect(eraOf('昭和')?.calendar).toBe('gregorian');
  });
  test('unknown titles are not eras', () => {
    for (const name of ['康熙帝', '中华', '公元', '']) expect(eraOf(name)).toBeUndefined();
  });
  test('names are unique and longest first, so an alternation never stops at a prefix', () => {
    const names = ERAS.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (let k = 1; k < ERAS.length; k++) expect(ERAS[k - 1]!.name.length).toBeGreaterThanOrEqual(ERAS[k]!.name.length);
  });
  test('ERA_NAMES leaves 民国 to MINGUO_YEAR', () => {
    expect(ERA_NAMES.split('|')).not.toContain('民国');
    expect(ERA_NAMES.split('|')).toContain('康熙');
  });
  test('reigns of one dynasty follow each other without gaps', () => {
    for (const dynasty of ['明', '清', '日本'] as const) {
      const reigns = [...new Map(ERAS.filter((e) => e.dynasty === dynasty).map((e) => [e.first, e])).values()].sort((a, b) => a.first - b.first);
      for (let k = 1; k < reigns.length; k++) expect(reigns[k]!.first - reigns[k - 1]!.last).toBeLessThanOrEqual(1);
    }
  });
});
