/**
 * The date patterns themselves: well-formed matches on hostile input (recheck, in redos.test.ts,
 * checks backtracking), the scanner finds every keyword the parser knows, and the calendar
 * arithmetic is exact.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as patterns from '../src/dates/patterns.js';
import { addDays, compareIso, daysFromCivil, civilFromDays, daysInMonth, fromIso, toIso } from '../src/dates/calendar.js';
import { findTimes } from '../src/dates/index.js';
import { ERA_NAMES } from '../src/dates/eras.js';
import { firstMisplaced } from './helpers/contract-problems.js';

describe('hostile input', () => {
  const alphabet = ['1', '2', '0', ' ', '年', '月', '日', '-', '至', '一', '十', '民國', '.', '上', '旬', '第', '季度', '春', '晚', '3时', '、', '起', '#', '【'];
  const hostile = [
    ...alphabet.map((a) => a.repeat(5000)),
    '2020年'.repeat(2000),
    '1月1日-'.repeat(2000),
    '12'.repeat(5000) + '!',
    ' '.repeat(10000) + 'x',
    '民國一'.repeat(3000),
    '3日、'.repeat(3000) + 'x',
  ];
  // Speed is the benchmark's business (and recheck's, in redos.test.ts); here hostile input must
  // give well-formed matches: ordered, inside the input, never overlapping.
  test('findTimes gives well-formed matches on hostile input', () => {
    for (const input of hostile) {
      const found = findTimes(input, { year: 2020, month: null, anchor: null, previous: null });
      expect(firstMisplaced(found, input), input.slice(0, 12)).toBeNull();
    }
  });
});

describe('the scanner is a superset of the parser', () => {
  const words = [
    ...Object.keys(patterns.RELATIVE_YEAR_OFFSET),
    ...Object.keys(patterns.RELATIVE_MONTH_OFFSET),
    ...Object.keys(patterns.RELATIVE_DAY_OFFSET),
    '上旬', '中旬', '下旬', '上半年', '下半年', '第一季度', '一季度', '春季', '冬天', '年初', '年底', '年末', '岁末',
    '月初', '月底', '元旦', '国庆节', '春节', '民國', '2020-', '1月', '1日', '1号', '78學年', '17至', '6-', '6~',
    // lunar forms, festivals, eras, context (round 2)
    '农历', '阴历', '正月', '腊月', '闰四', '元宵', '端午', '七夕', '中秋', '重阳', '除夕', '五一', '十一', '劳动节',
    '近日', '日前', '80年代', '八十年代', '上个月', '下个月', '清康熙', '康熙', '乾隆', '明崇祯', '大正', '令和',
  ];
  test.each(words)('%s', (w) => {
    const scan = new RegExp(patterns.SCAN);
    const m = scan.exec(`，${w}`);
    expect(m?.index).toBe(1);
  });
});

describe('SCAN_FIRST: the characters a SCAN hit can start with', () => {
  // Every form SCAN finds, each as a tail after a candidate first character.
  const forms = [
    '2020-1', '民國', '民国', '中华民国', '中華民國', '12年', '〇一年', '廿日', '卅日', '二〇二〇至', '1-', '1~', '1学年', '1到', '今年', '本年', '是年', '当年', '當年',
    '同年', '去年', '上年', '明年', '翌年', '次年', '前一年', '第二年', '本月', '下月', '上个月', '下個月', '即日', '当天', '當晚',
    '次晨', '翌晨', '第二天', '前一天', '前一日', '上旬', '中旬', '下旬', '上半年', '第 1季度', '一季度', '春季', '冬天', '年初',
    '岁末', '歲末', '月底', '元旦', '国庆', '國慶', '春节', '农历', '農曆', '阴历', '夏历', '正月', '腊月', '臘月', '闰五', '閏正',
    '元宵', '端午', '七夕', '中秋', '重阳', '重陽', '除夕', '五一', '十一', '劳动节', '勞動節', '近日', '日前', '80年代', '八0年代', '20世纪', '十九世纪', '二十一世纪', '上世纪', '本世纪',
    '南明永历', '明崇祯', '清康熙', '日本明治', ...ERA_NAMES.split('|'),
  ];
  const tails = [...new Set(forms.flatMap((s) => [...s].map((_, k) => s.slice(k + 1))))];
  const startsAHit = (c: string) =>
    tails.some((tail) => {
      patterns.SCAN_AT.lastIndex = 0;
      return patterns.SCAN_AT.test(c + tail);
    });
  const candidates = [...new Set([...patterns.SCAN.source, ...'0123456789', ...forms.join('')])];
  test('every character that starts a hit is listed', () => {
    expect(candidates.filter((c) => startsAHit(c) && !patterns.SCAN_FIRST.includes(c))).toEqual([]);
  });
  test('no listed character starts no hit', () => {
    expect([...patterns.SCAN_FIRST].filter((c) => !startsAHit(c))).toEqual([]);
  });
});

describe('calendar arithmetic', () => {
  test('days round-trip and agree with Date.UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d0) => {
        const d = Math.min(d0, daysInMonth(y, m));
        const days = daysFromCivil(y, m, d);
        expect(days).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
        expect(civilFromDays(days)).toEqual({ y, m, d });
      }),
    );
  });
  test.each([
    ['2020-02-28', 1, '2020-02-29'],
    ['2019-02-28', 1, '2019-03-01'],
    ['2020-12-31', 1, '2021-01-01'],
    ['2000-03-01', -1, '2000-02-29'],
    ['1900-03-01', -1, '1900-02-28'],
  ] as const)('%s %+d', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
  });
  test('toIso pads', () => expect(toIso(955, 1, 4)).toBe('0955-01-04'));
  test('toIso writes a year before the common era with its sign', () => expect(toIso(-810, 1, 1)).toBe('-0810-01-01'));
  test('toIso and fromIso agree with the padded form and invert each other, every year the contract writes', () => {
    const padded = (y: number, m: number, d: number) =>
      `${y < 0 ? '-' + String(-y).padStart(4, '0') : String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    for (let y = -2999; y <= 2199; y++) {
      for (const [m, d] of [[1, 1], [2, 9], [10, 10], [12, 31]] as const) {
        const iso = toIso(y, m, d);
        expect(iso).toBe(padded(y, m, d));
        expect(fromIso(iso)).toEqual({ y, m, d });
      }
    }
  });
  test.each([
    ['2020-01-02', '2020-01-10', -1],
    ['2020-01-02', '2020-01-02', 0],
    ['-0810-01-01', '-0744-01-01', -1],
    ['-0744-12-31', '0035-01-01', -1],
    ['0035-01-01', '-0810-01-01', 1],
  ])('compareIso(%s, %s) has the sign of %i', (a, b, sign) => expect(Math.sign(compareIso(a, b))).toBe(sign));
});

// The first-character gates: the parser runs a component pattern only where FIRST_CHARACTERS says
// a hit can start. A missing character would silently lose dates, a dead one would only cost
// time; check both ways, as figures.test.ts checks FIGURE_FIRST.
describe('FIRST_CHARACTERS: the characters each component pattern can start with', () => {
  const gated: Record<keyof typeof patterns.FIRST_CHARACTERS, RegExp[]> = {
    LUNAR_PREFIX: [patterns.LUNAR_PREFIX],
    ERA: [patterns.ERA_YEAR, patterns.ERA_PERIOD],
    SHORT_DECADE: [patterns.SHORT_DECADE],
    YEAR: [patterns.YEAR],
    MINGUO_YEAR: [patterns.MINGUO_YEAR],
    MINGUO_ACADEMIC: [patterns.MINGUO_ACADEMIC],
    SHORT_MINGUO_YEAR: [patterns.SHORT_MINGUO_YEAR],
    RELATIVE_YEAR: [patterns.RELATIVE_YEAR],
    MONTH: [patterns.MONTH],
    RELATIVE_MONTH: [patterns.RELATIVE_MONTH],
    DAY: [patterns.DAY],
    RELATIVE_DAY: [patterns.RELATIVE_DAY],
    PERIOD: [patterns.PERIOD],
    FESTIVAL: [patterns.FESTIVAL],
    RECENT: [patterns.RECENT],
    BARE_NUMBER: [patterns.BARE_NUMBER],
    TIME_OF_DAY: [patterns.TIME_OF_DAY],
    DOUBLE_HOUR: [patterns.DOUBLE_HOUR],
  };
  // Every form each pattern reads; a character starts a hit when it and some tail of one of
  // these match (康熙 + 七年, 1 + 季度, 下 + 午3时 …).
  const samples = [
    '农历五月', '清康熙七年', '南明永历元年', '日本明治45年', '康熙年间', '80年代', '八十年代', '2020年', '二〇二〇年', '2019学年度',
    '20世纪60年代', '十九世纪80年代', '二十世纪八十年代', '上世纪90年代', '本世纪10年代',
    '民国44年', '中华民国44年', '中華民國44年', '78学年度', '108年6月', '99年度', '本年度', '上年度', '今年', '前一年', '第二年', '12月', '十二月', '闰五月', '正月', '腊月', '本月',
    '下个月', '上個月', '28日', '31日', '三十日', '二十一日', '廿一日', '十五日', '五日', '次日', '第二天', '前一天', '即日',
    '上中旬', '中下旬', '下旬', '上半年', '第一季度', '3季度', '春季', '年底', '岁末', '月初', '元旦', '国庆节', '國慶節',
    '十一期间', '五一劳动节', '五一假期', '劳动节', '勞動節', '春节', '元宵节', '端午', '七夕', '中秋', '重阳节', '除夕',
    '近日', '日前', '17至', '〇至', '下午3时', ' 3时', '23时', '两点', '凌晨', '清晨', '早上', '午后', '傍晚', '晚上', '深夜',
    '夜里', '晚', '夜', '戌时',
    ...ERA_NAMES.split('|').map((era) => `${era}七年`),
  ];
  const tails = [...new Set(samples.flatMap((s) => [...s].map((_, k) => s.slice(k + 1))))];
  for (const [name, regexes] of Object.entries(gated)) {
    const list: string = patterns.FIRST_CHARACTERS[name as keyof typeof gated];
    const startsAHit = (c: string) =>
      regexes.some((re) =>
        tails.some((tail) => {
          re.lastIndex = 0;
          const m = re.exec(c + tail);
          return m !== null && m[0] !== '';
        }),
      );
    const candidates = [...new Set([...regexes.map((re) => re.source).join(''), ...'0123456789 ', ...samples.join('')])];
    test(`${name}: every character that starts a hit is listed`, () => {
      expect(candidates.filter((c) => startsAHit(c) && !list.includes(c))).toEqual([]);
    });
    test(`${name}: no listed character starts no hit`, () => {
      expect([...list].filter((c) => !startsAHit(c))).toEqual([]);
    });
  }
});
