/** lunar.ts: lunar months, days, sexagenary days and festivals, checked against published dates. */
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { lunarDay, lunarFestivalDay, lunarMonthLength, lunarMonthSpan, lunarSeasonSpan, sexagenaryDay, type LunarFestival } from '../src/dates/lunar.js';

describe('lunarMonthSpan', () => {
  // The gold of corpus 07 (a gazetteer, 1642–1911): a lunar month is its first..last Gregorian day.
  const rows: Array<[number, number, string, string]> = [
    [1642, 12, '1643-01-20', '1643-02-18'],
    [1645, 9, '1645-10-19', '1645-11-17'],
    [1670, 12, '1671-01-11', '1671-02-08'],
    [1764, 5, '1764-05-31', '1764-06-28'],
    [1903, 11, '1903-12-19', '1904-01-16'],
  ];
  test.each(rows)('%d年%d月', (y, m, start, end) => expect(lunarMonthSpan(y, m)).toEqual([start, end]));

  test('a leap month is its own month', () => {
    expect(lunarMonthSpan(2020, 4, true)).toEqual(['2020-05-23', '2020-06-20']);
    expect(lunarMonthSpan(2020, 4)).toEqual(['2020-04-23', '2020-05-22']);
  });
  test.each([
    ['no 闰三月 in 2020', 2020, 3, true],
    ['month 13', 2020, 13, false],
    ['month 0', 2020, 0, false],
    ['a year out of range', 99, 1, false],
  ] as const)('%s: null', (_why, y, m, leap) => expect(lunarMonthSpan(y, m, leap)).toBeNull());
});

describe('lunarDay', () => {
  const rows: Array<[number, number, number, string]> = [
    [1654, 2, 2, '1654-03-20'],
    [1661, 8, 13, '1661-10-05'],
    [1668, 6, 17, '1668-07-25'],
    [1726, 1, 12, '1726-02-13'],
    [1861, 5, 30, '1861-07-07'],
    [2016, 6, 17, '2016-07-20'],
  ];
  test.each(rows)('%d-%d-%d', (y, m, d, iso) => expect(lunarDay(y, m, d)).toBe(iso));
  test('a day past the month is null (正月 2020 has 29 days)', () => {
    expect(lunarMonthLength(2020, 1)).toBe(29);
    expect(lunarDay(2020, 1, 30)).toBeNull();
    expect(lunarDay(2020, 1, 0)).toBeNull();
  });
});

describe('sexagenaryDay', () => {
  test('九月己未 of 雍正二年 (1724) is 九月十九', () => expect(sexagenaryDay(1724, 9, '己未')).toBe('1724-11-04'));
  test('a name the month does not have is null', () => expect(sexagenaryDay(1724, 9, '甲申')).toBeNull());
  test('a name that is no sexagenary name is null', () => expect(sexagenaryDay(1724, 9, '甲丑')).toBeNull());
});

describe('lunarSeasonSpan', () => {
  test('秋 of 1817 is 七月初一 to 九月 end', () => expect(lunarSeasonSpan(1817, 2)).toEqual(['1817-08-13', '1817-11-08']));
});

describe('lunarFestivalDay', () => {
  const rows: Array<[LunarFestival, number, string]> = [
    ['spring-festival', 1958, '1958-02-18'],
    ['spring-festival', 2020, '2020-01-25'],
    ['lantern', 2022, '2022-02-15'],
    ['dragon-boat', 2022, '2022-06-03'],
    ['qixi', 2022, '2022-08-04'],
    ['mid-autumn', 2022, '2022-09-10'],
    ['double-ninth', 2022, '2022-10-04'],
    ['new-years-eve', 2022, '2022-01-31'],
    ['new-years-eve', 2020, '2020-01-24'],
  ];
  test.each(rows)('%s %d', (name, y, iso) => expect(lunarFestivalDay(name, y)).toBe(iso));
});

describe('lunarDay counts on from the first day of its month, as tyme4ts dates each day', () => {
  const tyme = createRequire(import.meta.url)('tyme4ts') as {
    LunarDay: { fromYmd(y: number, m: number, d: number): { getSolarDay(): { getYear(): number; getMonth(): number; getDay(): number } } };
  };
  const direct = (y: number, m: number, d: number): string => {
    const s = tyme.LunarDay.fromYmd(y, m, d).getSolarDay();
    return `${String(s.getYear()).padStart(4, '0')}-${String(s.getMonth()).padStart(2, '0')}-${String(s.getDay()).padStart(2, '0')}`;
  };
  // A leap month (闰四月 of 2020), a year's turn (十二月 of 1642 ends in 1643), and a few others.
  // Before 1583 tyme4ts writes Julian days: 1500's 正月 holds 1500-02-29.
  const months: Array<[number, number, boolean]> = [
    [1642, 12, false], [2020, 4, true], [2020, 4, false], [1759, 1, false], [1900, 8, false], [2033, 11, true], [1500, 1, false], [1582, 9, false], [1583, 1, false],
  ];
  test.each(months)('%i-%i leap %s, every day', (y, m, leap) => {
    const length = lunarMonthLength(y, m, leap)!;
    expect(length === 29 || length === 30).toBe(true);
    for (let d = 1; d <= length; d++) expect(lunarDay(y, m, d, leap)).toBe(direct(y, leap ? -m : m, d));
    expect(lunarDay(y, m, length + 1, leap)).toBeNull();
  });
  test.each(months)('%i-%i leap %s: the sexagenary name of every day finds that day', (y, m, leap) => {
    const length = lunarMonthLength(y, m, leap)!;
    for (let d = 1; d <= length; d++) {
      const name = (tyme.LunarDay.fromYmd(y, leap ? -m : m, d) as unknown as { getSixtyCycle(): { getName(): string } }).getSixtyCycle().getName();
      expect(sexagenaryDay(y, m, name, leap)).toBe(direct(y, leap ? -m : m, d));
    }
  });
});
