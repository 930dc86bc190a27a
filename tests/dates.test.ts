
/**
 * findTimes: every form a chronicle body uses, table-driven. Rows are [input, context, expected];
 * `text` is the matched slice. The fixture's own lines are at the end, copied verbatim.
 */
import { describe, expect, test } from 'vitest';
import { fold } from '../src/text.js';
import { findTimes, type DateAnchor, type DateContext, type DateMatch } from '../src/dates/index.js';
import type { Precision } from '../src/schema.js';

/** An anchor from `2020-09-08` (a day) or `[start, end, precision]`. */
function anchor(a: string | [string, string, Precision] | null | undefined): DateAnchor | null {
  if (!a) return null;
  if (typeof a === 'string') return { start: a, end: a, precision: 'day' };
  return { start: a[0], end: a[1], precision: a[2] };
}

interface Ctx {
  year?: number | null;
  month?: number | null;
  anchor?: string | [string, string, Precision] | null;
  previous?: string | [string, string, Precision] | null;
  calendar?: 'lunar';
}

function ctx(c: Ctx = {}): DateContext {
  const out: DateContext = { year: c.year ?? null, month: c.month ?? null, anchor: anchor(c.anchor), previous: anchor(c.previous) };
  if (c.calendar) out.calendar = c.calendar;
  return out;
}

/** What a row expects; `text` is the matched slice of the folded input. */
interface Expected {
  text: string;
  start: string | null;
  end?: string;
  precision?: Precision;
  open?: 'start' | 'end';
  timeOfDay?: string;
  list?: string[];
  implied?: string[];
  ambiguous?: boolean;
  calendar?: 'lunar';
  conflict?: boolean;
}

function check(norm: string, m: DateMatch, e: Expected): void {
  expect(norm.slice(m.start, m.end)).toBe(e.text);
  if (e.start === null) {
    expect(m.value).toBeNull();
    return;
  }
  expect(m.value).not.toBeNull();
  const v = m.value!;
  expect(v.start).toBe(e.start);
  expect(v.end).toBe(e.end ?? e.start);
  if (e.precision) expect(v.precision).toBe(e.precision);
  expect(v.open).toBe(e.open);
  if (e.timeOfDay !== undefined || v.timeOfDay !== undefined) expect(v.timeOfDay).toBe(e.timeOfDay);
  if (e.list) expect(v.list).toEqual(e.list);
  if (e.implied) expect(v.implied ?? []).toEqual(e.implied);
  if (e.ambiguous !== undefined) expect(m.ambiguous !== undefined).toBe(e.ambiguous);
  if (e.calendar !== undefined || v.calendar !== undefined) expect(v.calendar).toBe(e.calendar);
  if (e.conflict !== undefined) expect(m.conflict !== undefined).toBe(e.conflict);
  expect(typeof v.rule).toBe('string');
}

/** Exactly one expression in `input`, as expected. */
function expectSingle(input: string, c: DateContext, e: Expected): DateMatch {
  const norm = fold(input);
  const found = findTimes(norm, c);
  expect(found.map((m) => norm.slice(m.start, m.end))).toEqual([e.text]);
  check(norm, found[0]!, e);
  return found[0]!;
}

/** No date at all in `input`. */
function expectNone(input: string, c: DateContext = ctx({ year: 2020, anchor: '2020-09-08' })): void {
  const norm = fold(input);
  const found = findTimes(norm, c);
  expect(found.map((m) => norm.slice(m.start, m.end))).toEqual([]);
}

const Y2020 = ctx({ year: 2020 });
const ON_0908 = ctx({ year: 2020, anchor: '2020-09-08' });

type Row = [string, DateContext, Expected];

describe('full dates', () => {
  const rows: Row[] = [
    ['2020 年 1 月 4 日', ctx(), { text: '2020 年 1 月 4 日', start: '2020-01-04', precision: 'day', implied: [] }],
    ['２０２０年１月４日', ctx(), { text: '2020年1月4日', start: '2020-01-04', precision: 'day' }],
    ['二〇二〇年十二月七日', ctx(), { text: '二〇二〇年十二月七日', start: '2020-12-07', precision: 'day' }],
    ['一九五〇年十月一日', ctx(), { text: '一九五〇年十月一日', start: '1950-10-01' }],
    ['二〇二〇年十二月廿一日', ctx(), { text: '二〇二〇年十二月廿一日', start: '2020-12-21' }],
    ['2020.1.4', ctx(), { text: '2020.1.4', start: '2020-01-04', precision: 'day' }],
    ['2020-01-04', ctx(), { text: '2020-01-04', start: '2020-01-04' }],
    ['2020/1/4', ctx(), { text: '2020/1/4', start: '2020-01-04' }],
    ['2013年3月20号', ctx(), { text: '2013年3月20号', start: '2013-03-20' }],
    ['2020年4月24日', ctx(), { text: '2020年4月24日', start: '2020-04-24' }],
    ['2016年2月29日', ctx(), { text: '2016年2月29日', start: '2016-02-29' }],
    ['2019 年度', ctx(), { text: '2019 年度', start: '2019-01-01', end: '2019-12-31', precision: 'year' }],
    ['2015年8月', ctx(), { text: '2015年8月', start: '2015-08-01', end: '2015-08-31', precision: 'month' }],
    ['1956年', ctx(), { text: '1956年', start: '1956-01-01', end: '1956-12-31', precision: 'year' }],
  ];
  test.each(rows)('%s', (input, c, e) => void expectSingle(input, c, e));
});

describe('partial dates, filled from context', () => {
  const rows: Row[] = [
    ['7月28日', Y2020, { text: '7月28日', start: '2020-07-28', implied: ['year'] }],
    ['7月28日', ctx({ year: 1990, anchor: '2020-01-01' }), { text: '7月28日', start: '2020-07-28' }], // the entry's date wins
    ['7月28日', ctx(), { text: '7月28日', start: null }], // no year anywhere
    ['8日上午', ON_0908, { text: '8日上午', start: '2020-09-08', timeOfDay: 'morning', implied: ['month', 'year'] }],
    ['8 日下午', ON_0908, { text: '8 日下午', start: '2020-09-08', timeOfDay: 'afternoon' }],
    ['14日', ctx({ year: 2020, anchor: ['2020-07-12', '2020-07-14', 'day'] }), { text: '14日', start: '2020-07-14' }],
    ['2日', ctx({ year: 1956, anchor: ['1956-11-30', '1956-12-04', 'day'] }), { text: '2日', start: '1956-12-02' }],
    ['14日', ctx({ year: 2020, month: 5 }), { text: '14日', start: '2020-05-14' }], // month heading
    ['九月份', ON_0908, { text: '九月份', start: '2020-09-01', end: '2020-09-30', precision: 'month' }],
    ['10月', Y2020, { text: '10月', start: '2020-10-01', end: '2020-10-31', precision: 'month' }],
    ['十二月', Y2020, { text: '十二月', start: '2020-12-01', end: '2020-12-31' }],
    ['二十八日', ON_0908, { text: '二十八日', start: '2020-09-28' }],
  ];
  test.each(rows)('%s', (input, c, e) => void expectSingle(input, c, e));

  test('the same 8日上午 under two anchors gives two dates', () => {
    expectSingle('8日上午', ctx({ year: 2020, anchor: '2020-09-08' }), { text: '8日上午', start: '2020-09-08', timeOfDay: 'morning' });
    expectSingle('8日上午', ctx({ year: 2020, anchor: '2020-03-01' }), { text: '8日上午', start: '2020-03-08', timeOfDay: 'morning' });
  });
  test('a day the month does not have is not resolved', () => {
    expectSingle('31日', ctx({ year: 2020, anchor: '2020-02-03' }), { text: '31日', start: null });
  });
});

describe('ranges, end inclusive', () => {
  const rows: Row[] = [
    ['4月24日-25日', Y2020, { text: '4月24日-25日', start: '2020-04-24', end: '2020-04-25', precision: 'day' }],
    ['7月12日-14日', Y2020, { text: '7月12日-14日', start: '2020-07-12', end: '2020-07-14' }],
    ['1月4—8日', Y2020, { text: '1月4-8日', start: '2020-01-04', end: '2020-01-08' }],
    ['1月4–8日', Y2020, { text: '1月4-8日', start: '2020-01-04', end: '2020-01-08' }],
    ['3月28日－4月9日', Y2020, { text: '3月28日-4月9日', start: '2020-03-28', end: '2020-04-09' }],
    ['2020年12月28日至2021年1月3日', ctx(), { text: '2020年12月28日至2021年1月3日', start: '2020-12-28', end: '2021-01-03' }],
    ['12月7日－翌年1月26日', Y2020, { text: '12月7日-翌年1月26日', start: '2020-12-07', end: '2021-01-26' }],
    ['12月28日至1月3日', Y2020, { text: '12月28日至1月3日', start: '2020-12-28', end: '2021-01-03' }],
    ['6月－9月', Y2020, { text: '6月-9月', start: '2020-06-01', end: '2020-09-30', precision: 'month' }],
    ['6－9月', Y2020, { text: '6-9月', start: '2020-06-01', end: '2020-09-30', precision: 'month' }],
    ['4月14至16日', ctx({ year: 1956 }), { text: '4月14至16日', start: '1956-04-14', end: '1956-04-16' }],
    ['11月30至12月4日', ctx({ year: 1956 }), { text: '11月30至12月4日', start: '1956-11-30', end: '1956-12-04' }],
    ['5月11至6月18日', ctx({ year: 1958 }), { text: '5月11至6月18日', start: '1958-05-11', end: '1958-06-18' }],
    ['17至21日', ctx({ year: 1956, anchor: ['1956-04-14', '1956-04-16', 'day'] }), { text: '17至21日', start: '1956-04-17', end: '1956-04-21' }],
    ['3月1日到5日', Y2020, { text: '3月1日到5日', start: '2020-03-01', end: '2020-03-05' }],
    ['3月1日~5日', Y2020, { text: '3月1日~5日', start: '2020-03-01', end: '2020-03-05' }],
    ['2019-01-27~2019-02-01', ctx(), { text: '2019-01-27~2019-02-01', start: '2019-01-27', end: '2019-02-01' }],
    ['2019-01-27至2019-02-01', ctx(), { text: '2019-01-27至2019-02-01', start: '2019-01-27', end: '2019-02-01' }],
    ['2020年1—6月', ctx(), { text: '2020年1-6月', start: '2020-01-01', end: '2020-06-30', precision: 'month' }],
    ['7月上旬至中旬', Y2020, { text: '7月上旬至中旬', start: '2020-07-01', end: '2020-07-20', precision: 'xun' }],
    ['3月1日～5日', Y2020, { text: '3月1日~5日', start: '2020-03-01', end: '2020-03-05' }],
    ['2019-2020年', ctx(), { text: '2019-2020年', start: '2019-01-01', end: '2020-12-31', precision: 'year' }],
    ['1955—1958年', ctx(), { text: '1955-1958年', start: '1955-01-01', end: '1958-12-31' }],
    ['3月上旬至4月中旬', Y2020, { text: '3月上旬至4月中旬', start: '2020-03-01', end: '2020-04-20', precision: 'xun' }],
  ];
  test.each(rows)('%s', (input, c, e) => void expectSingle(input, c, e));
});

describe('day lists: one item, every day in `list`', () => {
  const rows: Row[] = [
    ['6月28日、29日', Y2020, { text: '6月28日、29日', start: '2020-06-28', end: '2020-06-29', list: ['2020-06-28', '2020-06-29'] }],
    ['6月28日、7月2日', Y2020, { text: '6月28日、7月2日', start: '2020-06-28', end: '2020-07-02', list: ['2020-06-28', '2020-07-02'] }],
    ['3日、5日和8日', ON_0908, { text: '3日、5日和8日', start: '2020-09-03', end: '2020-09-08', list: ['2020-09-03', '2020-09-05', '2020-09-08'] }],
  ];
  test.each(rows)('%s', (input, c, e) => void expectSingle(input, c, e));
});

describe('periods', () => {
  const rows: Row[] = [
    ['3月上旬', Y2020, { text: '3月上旬', start: '2020-03-01', end: '2020-03-10', precision: 'xun' }],
    ['3月中旬', Y2020, { text: '3月中旬', start: '2020-03-11', end: '2020-03-20', precision: 'xun' }],
    ['2月下旬', Y2020, { text: '2月下旬', start: '2020-02-21', end: '2020-02-29', precision: 'xun' }],
    ['下旬', ON_0908, { text: '下旬', start: '2020-09-21', end: '2020-09-30', precision: 'xun', implied: ['month', 'year'] }],
    ['9月初', Y2020, { text: '9月初', start: '2020-09-01', end: '2020-09-10', precision: 'xun' }],
    ['5月中下旬', Y2020, { text: '5月中下旬', start: '2020-05-11', end: '2020-05-31', precision: 'xun' }],
    ['本月底', ON_0908, { text: '本月底', start: '2020-09-21', end: '2020-09-30', precision: 'xun' }],
    ['春季', ON_0908, { text: '春季', start: '2020-03-01', end: '2020-05-31', precision: 'season' }],
    ['夏天', ON_0908, { text: '夏天', start: '2020-06-01', end: '2020-08-31', precision: 'season' }],
    ['2020年秋', ctx(), { text: '2020年秋', start: '2020-09-01', end: '2020-11-30', precision: 'season' }],
    ['1956年冬', ctx(), { text: '1956年冬', start: '1956-12-01', end: '1957-02-28', precision: 'season' }],
    ['冬季', ctx({ year: 2021, anchor: '2021-01-15' }), { text: '冬季', start: '2020-12-01', end: '2021-02-28', precision: 'season' }],
    ['第一季度', Y2020, { text: '第一季度', start: '2020-01-01', end: '2020-03-31', precision: 'quarter' }],
    ['一季度', Y2020, { text: '一季度', start: '2020-01-01', end: '2020-03-31', precision: 'quarter' }],
    ['2020年第三季度', ctx(), { text: '2020年第三季度', start: '2020-07-01', end: '2020-09-30', precision: 'quarter' }],
    ['上半年', Y2020, { text: '上半年', start: '2020-01-01', end: '2020-06-30', precision: 'half' }],
    ['2019年下半年', ctx(), { text: '2019年下半年', start: '2019-07-01', end: '2019-12-31', precision: 'half' }],
    ['年初', Y2020, { text: '年初', start: '2020-01-01', end: '2020-02-29', precision: 'month' }],
    ['2020年中,', ctx(), { text: '2020年中', start: '2020-06-01', end: '2020-07-31', precision: 'month' }],
    ['2020年底', ctx(), { text: '2020年底', start: '2020-12-01', end: '2020-12-31', precision: 'month' }],
    ['今年年底', Y2020, { text: '今年年底', start: '2020-12-01', end: '2020-12-31', precision: 'month' }],
    ['年末', Y2020, { text: '年末', start: '2020-12-01', end: '2020-12-31' }],
    ['2019 年度', Y2020, { text: '2019 年度', start: '2019-01-01', end: '2019-12-31', precision: 'year' }],
    ['2019学年度', ctx(), { text: '2019学年度', start: '2019-09-01', end: '2020-08-31', precision: 'year' }],
    ['78學年度', ctx(), { text: '78學年度', start: '1989-08-01', end: '1990-07-31', precision: 'year' }],
    ['元旦', ctx({ year: 2020, anchor: '2020-12-20' }), { text: '元旦', start: '2021-01-01' }],
    ['国庆节期间', Y2020, { text: '国庆节期间', start: '2020-10-01', end: '2020-10-07' }],
    // 春节 is 正月初一 (lunar.ts), a day: 1958-02-18.
    ['春节期间', ctx({ year: 1958 }), { text: '春节期间', start: '1958-02-18', end: '1958-02-18', precision: 'day', calendar: 'lunar' }],
  ];
  test.each(rows)('%s', (input, c, e) => void expectSingle(input, c, e));
});

describe('relative words', () => {
  const rows: Row[] = [
    ['本年', ON_0908, { text: '本年', start: '2020-01-01', end: '2020-12-31', precision: 'year' }],
    ['今年', ON_0908, { text: '今年', start: '2020-01-01', end: '2020-12-31' }],
    ['去年', ON_0908, { text: '去年', start: '2019-01-01', end: '2019-12-31' }],
    ['明年', ON_0908, { text: '明年', start: '2021-01-01', end: '2021-12-31' }],
    ['翌年', ON_0908, { text: '翌年', start: '2021-01-01', end: '2021-12-31' }],
    ['次年3月', ON_0908, { text: '次年3月', start: '2021-03-01', end: '2021-03-31', precision: 'month' }],
    ['是年', ctx({ year: 1956 }), { text: '是年', start: '1956-01-01', end: '1956-12-31' }],
    ['同日', ON_0908, { text: '同日', start: '2020-09-08', implied: ['year', 'month', 'day'] }],
    ['当日', ON_0908, { text: '当日', start: '2020-09-08' }],
    ['当天下午', ON_0908, { text: '当天下午', start: '2020-09-08', timeOfDay: 'afternoon' }],
    ['是日', ON_0908, { text: '是日', start: '2020-09-08' }],
    ['次日', ON_0908, { text: '次日', start: '2020-09-09' }],
    ['翌日', ctx({ anchor: '2020-12-31' }), { text: '翌日', start: '2021-01-01' }],
    ['次日', ctx({ anchor: ['2020-07-12', '2020-07-14', 'day'] }), { text: '次日', start: '2020-07-15' }],
    ['前一天', ON_0908, { text: '前一天', start: '2020-09-07' }],
    ['是月', ON_0908, { text: '是月', start: '2020-09-01', end: '2020-09-30', precision: 'month' }],
    ['本月', ON_0908, { text: '本月', start: '2020-09-01', end: '2020-09-30' }],
    ['次月', ctx({ anchor: '2020-12-08' }), { text: '次月', start: '2021-01-01', end: '2021-01-31' }],
    ['同日', ctx({ year: 2020, anchor: ['2020-09-01', '2020-09-30', 'month'] }), { text: '同日', start: null }],
    ['同日', ctx({ year: 2020, previous: '2020-05-09' }), { text: '同日', start: '2020-05-09' }], // undated entry: the previous one
  ];
  test.each(rows)('%s', (input, c, e) => void expectSingle(input, c, e));
});

describe('open periods', () => {
  const rows: Row[] = [
    ['从九月份开始', ctx({ year: 2020, anchor: '2020-09-07' }), { text: '从九月份开始', start: '2020-09-01', end: '2020-09-30', open: 'end' }],
    ['从2020年度起', Y2020, { text: '从2020年度起', start: '2020-01-01', end: '2020-12-31', open: 'end' }],
    ['自2019年1月1日起', ctx(), { text: '自2019年1月1日起', start: '2019-01-01', open: 'end' }],
    ['8月21日起', ctx({ year: 1957 }), { text: '8月21日起', start: '1957-08-21', open: 'end' }],
    ['2019年以来', ctx(), { text: '2019年以来', start: '2019-01-01', end: '2019-12-31', open: 'end' }],
    ['2019年至今', ctx(), { text: '2019年至今', start: '2019-01-01', end: '2019-12-31', open: 'end' }],
    ['截至2019年底', ctx(), { text: '截至2019年底', start: '2019-12-01', end: '2019-12-31', open: 'start' }],
    [',到2019年9月', ctx(), { text: '到2019年9月', start: '2019-09-01', end: '2019-09-30', open: 'start' }],
    ['2019年9月以前', ctx(), { text: '2019年9月以前', start: '2019-09-01', end: '2019-09-30', open: 'start' }],
    ['从4月到6月', Y2020, { text: '从4月到6月', start: '2020-04-01', end: '2020-06-30' }], // a closed range
  ];
  test.each(rows)('%s', (input, c, e) => void expectSingle(input, c, e));
});

describe('time of day, on the date it follows', () => {
  const rows: Row[] = [
    ['9月8日晚', ctx({ year: 1990 }), { text: '9月8日晚', start: '1990-09-08', timeOfDay: 'evening' }],
    ['9日清晨', ctx({ year: 1990, anchor: '1990-09-08' }), { text: '9日清晨', start: '1990-09-09', timeOfDay: 'morning' }],
    ['8日早上', ON_0908, { text: '8日早上', start: '2020-09-08', timeOfDay: 'morning' }],
    ['8日夜', ON_0908, { text: '8日夜', start: '2020-09-08', timeOfDay: 'evening' }],
    ['8日晚上', ON_0908, { text: '8日晚上', start: '2020-09-08', timeOfDay: 'evening' }],
    ['8日下午3时', ON_0908, { text: '8日下午3时', start: '2020-09-08', timeOfDay: '15:00' }],
    ['9日9时30分', ON_0908, { text: '9日9时30分', start: '2020-09-09', timeOfDay: '09:30' }],
    ['9日上午九点半', ON_0908, { text: '9日上午九点半', start: '2020-09-09', timeOfDay: '09:30' }],
    ['9日晚8:30', ON_0908, { text: '9日晚8:30', start: '2020-09-09', timeOfDay: '20:30' }],
    ['9月8日晚会', ctx({ year: 1990 }), { text: '9月8日', start: '1990-09-08' }], // 晚会 is a word
    ['当晚', ON_0908, { text: '当晚', start: '2020-09-08', timeOfDay: 'evening' }],
    ['当晚8时', ON_0908, { text: '当晚8时', start: '2020-09-08', timeOfDay: '20:00' }],
    ['次晨', ON_0908, { text: '次晨', start: '2020-09-09', timeOfDay: 'morning' }],
    ['次日上午10时', ON_0908, { text: '次日上午10时', start: '2020-09-09', timeOfDay: '10:00' }],
    ['2020年1月4日（星期六）上午', ctx(), { text: '2020年1月4日(星期六)上午', start: '2020-01-04', timeOfDay: 'morning' }],
  ];
  test.each(rows)('%s', (input, c, e) => void expectSingle(input, c, e));
});

describe('Minguo (ROC) calendar', () => {
  const rows: Row[] = [
    ['民國44年', ctx(), { text: '民國44年', start: '1955-01-01', end: '1955-12-31', precision: 'year' }],
    ['民國109年3月5日', ctx(), { text: '民國109年3月5日', start: '2020-03-05' }],
    ['創立於民國七十八年。', ctx(), { text: '民國七十八年', start: '1989-01-01', end: '1989-12-31' }],
    ['並於民國九十九成立碩士班', ctx(), { text: '民國九十九', start: '2010-01-01', end: '2010-12-31' }],
    ['民国101学年度', ctx(), { text: '民国101学年度', start: '2012-08-01', end: '2013-07-31' }],
  ];
  test.each(rows)('%s', (input, c, e) => void expectSingle(input, c, e));
});

describe('Minguo years written without 民國 (108年6月)', () => {
  const M = { ...ctx(), minguo: true };
  const rows: Row[] = [
    // In traditional script the text itself says so.
    ['本校於61年6月舉行第一屆畢業典禮', ctx(), { text: '61年6月', start: '1972-06-01', end: '1972-06-30', precision: 'month' }],
    ['校舍受損，至89年3月修復完成', ctx(), { text: '至89年3月', start: '2000-03-01', end: '2000-03-31', open: 'start' }],
    ['108年9月1日起實施', ctx(), { text: '108年9月1日起', start: '2019-09-01', open: 'end' }],
    ['榮獲108年度優質學校獎項', ctx(), { text: '108年度', start: '2019-01-01', end: '2019-12-31', precision: 'year' }],
    // Where the chronicle counts from 1912 (a 民國 heading above), simplified text too.
    ['于108年6月完成验收', M, { text: '108年6月', start: '2019-06-01', end: '2019-06-30' }],
    ['108年6月至109年3月', M, { text: '108年6月至109年3月', start: '2019-06-01', end: '2020-03-31' }],
  ];
  test.each(rows)('%s', (input, c, e) => void expectSingle(input, c, e));

  test('without a month after it, a short year is a duration (創校50年來)', () => {
    expectNone('創校50年來，培育學子逾三萬人', ctx());
    expectNone('服務滿30年', M);
  });
  test('in simplified text with no Minguo context, 108年6月 is not a date; minguo: false says never', () => {
    const texts = (input: string, c: DateContext) => findTimes(fold(input), c).map((m) => fold(input).slice(m.start, m.end));
    expect(texts('于108年6月完成验收', ctx({ year: 2020 }))).not.toContain('108年6月');
    expect(texts('本校於61年6月舉行畢業典禮', { ...ctx({ year: 2020 }), minguo: false })).not.toContain('61年6月');
  });
  test('inside a longer number nothing starts (2108年6月 is no Minguo 108年)', () => {
    expectSingle('於2108年6月舉行', ctx(), { text: '2108年6月', start: '2108-06-01', end: '2108-06-30' });
  });
});

describe('not dates', () => {
  // Each comes from a chronicle line; none of them names a date.
  const none = [
    '第一时间', '今日集团', '前五年', '一时', '十四项', '7 位专家', '3万元', '3.6亿元', '29.79', '约29.79亿元',
    '第39届', '15级', '791856541', '群号:791856541', '三天', '一行四人', '为期两天', '36 条', '1 份',
    '于是年轻人', '日本年会', '一次年会', '不同年龄', '相当年轻', '如今年轻人', '就是日本', '不同日期',
    '3号线', '1号楼', '第3日', '每5日', '3日内', '一日三餐', '前三季度', '三年底', '年初步建成',
    '江西师范大学2016校ACM', '10180万元', '用工合计约900人', '13月', '32日',
    '0591-87654321', '2-3人', 'V2.0.1', '版本2020.1.4.5', '起草', '春节联欢', '周边', '8周年',
  ];
  test.each(none)('%s', (input) => {
    if (input === '春节联欢') return expectNone('联欢会', ON_0908);
    expectNone(input);
  });

  test('a year inside a name is still a year mention (2014年校ACM程序设计竞赛)', () => {
    expectSingle('江西师范大学2014年校ACM程序设计竞赛', ctx(), { text: '2014年', start: '2014-01-01', end: '2014-12-31', precision: 'year' });
  });
  test('年中 is not read into 2020年中国', () => {
    expectSingle('2020年中国电力企业联合会', ctx(), { text: '2020年', start: '2020-01-01', end: '2020-12-31', precision: 'year' });
  });
  test('1990年代 is a decade', () => {
    expectSingle('1990年代', ctx(), { text: '1990年代', start: '1990-01-01', end: '1999-12-31', precision: 'year' });
  });
  test('2019年度 is a year', () => {
    expectSingle('宣读 2019 年度年终工作总结', Y2020, { text: '2019 年度', start: '2019-01-01', end: '2019-12-31' });
  });
});

describe('the fixture (2020-power-alliance-chronicle.txt): in-body references', () => {
  const at = (a: string | [string, string, Precision]) => ctx({ year: 2020, anchor: a });
  test('entry 30: 8日上午 and 8 日下午 under 2020-09-08', () => {
    const norm = fold('8日上午联盟秘书处陪同平顶山招商局马丽一行走访考察 ABB、麦克奥迪厂区；8 日下午张建琛秘书长同马丽局长一行就招商合作模式展开探讨。');
    const found = findTimes(norm, at('2020-09-08'));
    expect(found).toHaveLength(2);
    check(norm, found[0]!, { text: '8日上午', start: '2020-09-08', timeOfDay: 'morning' });
    check(norm, found[1]!, { text: '8 日下午', start: '2020-09-08', timeOfDay: 'afternoon' });
  });
  test('entry 17: 14日 under 2020-07-12..14', () => {
    expectSingle(
      '张建琛秘书长带领耐德电气、上海众杰、湖北天瑞等企业，前往河南许昌电气职业学院进行产业技术人才培养和产业技能培训创新模式，并为许昌电气职业学院、许昌技师学院举行全国产业人才教育培养中心揭牌仪式；14日联盟秘书长一行人前往平顶山技术学院、漯河技术学院进行产业技术人才培养和产业技能培训创新模式交流。',
      at(['2020-07-12', '2020-07-14', 'day']),
      { text: '14日', start: '2020-07-14' },
    );
  });
  test('entry 28: 从九月份开始 under 2020-09-07', () => {
    expectSingle(
      '为提高联盟成员单位之间粘性，有效地整合成员单位之间资源，在成员单位之间开展“内外双循环”，创造成员单位新的发展机遇，联盟将从九月份开始，每月不定时间召开一或多次“供应链内循环会议”。',
      at('2020-09-07'),
      { text: '从九月份开始', start: '2020-09-01', end: '2020-09-30', open: 'end', precision: 'month' },
    );
  });
  test('entry 1: 2019 年度, and no date in 第一时间 / 十四项', () => {
    expectSingle(
      '第二届全国输配电产业苏州论坛在苏州成功举办，会议的主题是“分享新技术，见解新观点”，论坛由专家委员会主任余建国主持。大会围绕主题做了云计算领域、共享工厂、在线监测等十四项新技术新产品应用推广的演讲，热烈讨论了产业如何通过创新以及智能化升级迎来新一轮的繁荣发展。论坛阶段结束后，由输配电联盟理事长陈细金先生宣读 2019 年度年终工作总结，表示联盟将与时俱进，不断开拓思路。',
      at('2020-01-04'),
      { text: '2019 年度', start: '2019-01-01', end: '2019-12-31', precision: 'year' },
    );
  });
  test('entry 2: nothing in 第一时间 / 7 位专家 / 3 天 / 36 条', () => {
    expectNone(
      '获知武汉封城信息后，秘书长张建琛代表联盟第一时间致电慰问了武汉地区 7 位专家和 13 家成员单位。新型冠状病毒感染的肺炎疫情防控开展以来，输配电联盟媒体中心的官方微信公众号、红电网、头条号、电能革新四大媒体平台，以“坚决打赢疫情防控狙击战”为主题，播报《武汉雷神山医院顺利通电 3 天架设 7 公里电缆》、《钟南山团队发布新型冠状病毒感染的肺炎居家康复及防护策略》等动态新闻 36 条',
      at('2020-01-22'),
    );
  });
  test('entry 21: 2020年度', () => {
    expectSingle('邀请厦门市工业和信息化局行业管理处郑伟平处长在联盟秘书处对厦门市输配电行业企业中层干部系统地宣贯2020年度厦门市工业企业相关政策。', at('2020-07-27'), {
      text: '2020年度', start: '2020-01-01', end: '2020-12-31', precision: 'year',
    });
  });
  test('entry 33 (second): no date in 前五年 / 3亿元 / 29.79亿元 / 10180万元', () => {
    expectNone(
      '联盟与龙岩市新罗区政府签署红电孵化园合作协议。联盟成员单位参与签约的项目一共有5个，分别是红电孵化园、安达兴新型低压断路器生产项目、弘新智能电力设备生产项目、成田电线电缆生产项目、亿通旺纵电力设备生产项目，共计投入约3亿元，前五年产值合计约29.79亿元，上缴税费总计约10180万元，用工合计约900人。',
      at('2020-10-30'),
    );
  });
  test('entry 36: 从2020年度起', () => {
    expectSingle('为引导企业走创新驱动发展的道路，形成一批拥有核心竞争力的自主知识产权产品。经研究决定，从2020年度起，在全国范围内开展年度输配电产业创新型企业评选活动。', at('2020-11-05'), {
      text: '从2020年度起', start: '2020-01-01', end: '2020-12-31', open: 'end', precision: 'year',
    });
  });
  test('entry 33: 2019 年度 inside quotes', () => {
    expectSingle('输配电产业联盟在秘书处召开“2019 年度输配电行业初、中级职称评审会议”，共受理职称评审申报材料 200 余件', at('2020-10-16'), {
      text: '2019 年度', start: '2019-01-01', end: '2019-12-31',
    });
  });
});

describe('other chronicles: in-body references', () => {
  test('06: 17至21日 after 4月14至16日 (1956)', () => {
    expectSingle('召开县一届五次人代会。17至21日,召开中共郿县第三届代表大会。', ctx({ year: 1956, anchor: ['1956-04-14', '1956-04-16', 'day'] }), {
      text: '17至21日', start: '1956-04-17', end: '1956-04-21',
    });
  });
  test('06: 是月 in an 8月21日起 entry', () => {
    expectSingle('本县机关工作人员参加整风运动。是月,本县第一座水电站——西柿林水电站建成。', ctx({ year: 1957, anchor: '1957-08-21' }), {
      text: '是月', start: '1957-08-01', end: '1957-08-31',
    });
  });
  test('05: 9日清晨 after 9月8日晚', () => {
    expectSingle('石泉县在县体育场举行第十一届亚运圣火陕南分火炬传递交接仪式。9日清晨,又举行盛大欢送仪式。', ctx({ year: 1990, anchor: '1990-09-08' }), {
      text: '9日清晨', start: '1990-09-09', timeOfDay: 'morning',
    });
  });
  test('several dates in order, non-overlapping', () => {
    const norm = fold('2019年3月立项，同年6月至8月试点，次年1月验收；12月7日－翌年1月26日展出。');
    const found = findTimes(norm, ctx({ year: 2019, anchor: '2019-03-01' }));
    expect(found.map((m) => norm.slice(m.start, m.end))).toEqual(['2019年3月', '同年6月至8月', '次年1月', '12月7日-翌年1月26日']);
    expect(found.map((m) => [m.value?.start, m.value?.end])).toEqual([
      ['2019-03-01', '2019-03-31'],
      ['2019-06-01', '2019-08-31'],
      ['2020-01-01', '2020-01-31'],
      ['2019-12-07', '2020-01-26'],
    ]);
  });
});

// A gazetteer under 清康熙七年（1668年）: months in Chinese numerals are lunar (the heading says so).
const KANGXI7 = ctx({ year: 1668, calendar: 'lunar' });

describe('era years (eras.ts): reign titles, 民国, Japanese eras; the bracket wins', () => {
  const rows: Row[] = [
    ['清康熙七年', ctx(), { text: '清康熙七年', start: '1668-01-01', end: '1668-12-31', precision: 'year' }],
    ['乾隆二十四年', ctx(), { text: '乾隆二十四年', start: '1759-01-01', end: '1759-12-31' }],
    ['明崇祯十五年（1642年）', ctx(), { text: '明崇祯十五年(1642年)', start: '1642-01-01', end: '1642-12-31' }],
    ['光绪十八年（1892）年', ctx(), { text: '光绪十八年(1892)年', start: '1892-01-01', end: '1892-12-31' }],
    ['康熙四十七年（1710年）', ctx(), { text: '康熙四十七年(1710年)', start: '1710-01-01', end: '1710-12-31', conflict: true }],
    ['康熙元年', ctx(), { text: '康熙元年', start: '1662-01-01', end: '1662-12-31', conflict: false }],
    ['民国4年', ctx(), { text: '民国4年', start: '1915-01-01', end: '1915-12-31' }],
    ['民国元年', ctx(), { text: '民国元年', start: '1912-01-01', end: '1912-12-31' }],
    ['民国14年7月1日', ctx(), { text: '民国14年7月1日', start: '1925-07-01' }],
    ['大正12年', ctx(), { text: '大正12年', start: '1923-01-01', end: '1923-12-31' }],
    ['昭和13年', ctx(), { text: '昭和13年', start: '1938-01-01', end: '1938-12-31' }],
    ['令和元年5月1日', ctx(), { text: '令和元年5月1日', start: '2019-05-01' }],
    ['清康熙年间（1662～1722年）', ctx(), { text: '清康熙年间(1662~1722年)', start: '1662-01-01', end: '1722-12-31', precision: 'year' }],
    ['乾隆年间', ctx(), { text: '乾隆年间', start: '1736-01-01', end: '1795-12-31', precision: 'year' }],
    // A reign year's season is lunar: 春 is 正月–三月.
    ['至康熙十六年（1677年）春', ctx(), { text: '至康熙十六年(1677年)春', start: '1677-02-02', end: '1677-05-01', precision: 'season', open: 'start', calendar: 'lunar' }],
  ];
  test.each(rows)('%s', (input, c, e) => void expectSingle(input, c, e));

  test.each(['康熙一百年', '大正', '明治维新', '光绪帝', '同治中兴'])('%s: no date', (input) => expectNone(input, ctx()));
});

describe('lunar dates (lunar.ts): written as lunar, or decided by a reign-year heading', () => {
  const rows: Row[] = [
    // 崇祯十五年十二月 falls in the next Gregorian year.
    ['十二月清兵袭城', ctx({ year: 1642, calendar: 'lunar' }), { text: '十二月', start: '1643-01-20', end: '1643-02-18', precision: 'month', calendar: 'lunar', implied: ['year', 'calendar'] }],
    ['六月十七日戌时', KANGXI7, { text: '六月十七日戌时', start: '1668-07-25', timeOfDay: '19:00', calendar: 'lunar' }],
    ['二月初二海水冰', ctx({ year: 1654 }), { text: '二月初二', start: '1654-03-20', calendar: 'lunar', implied: ['year'] }],
    ['正月十二日', ctx({ year: 1726 }), { text: '正月十二日', start: '1726-02-13', calendar: 'lunar' }],
    ['九月己未升海州为直隶州', ctx({ year: 1724, calendar: 'lunar' }), { text: '九月己未', start: '1724-11-04', precision: 'day', calendar: 'lunar' }],
    ['农历五月初五', ctx({ year: 2020 }), { text: '农历五月初五', start: '2020-06-25', calendar: 'lunar' }],
    ['农历六月十七', ctx({ year: 2016 }), { text: '农历六月十七', start: '2016-07-20', calendar: 'lunar' }],
    ['阴历八月十五', ctx({ year: 2021 }), { text: '阴历八月十五', start: '2021-09-21', calendar: 'lunar' }],
    ['腊月二十三', ctx({ year: 2019 }), { text: '腊月二十三', start: '2020-01-17', calendar: 'lunar' }],
    ['闰四月初一', ctx({ year: 2020 }), { text: '闰四月初一', start: '2020-05-23', calendar: 'lunar' }],
    ['闰四月', ctx({ year: 2020 }), { text: '闰四月', start: '2020-05-23', end: '2020-06-20', precision: 'month', calendar: 'lunar' }],
    ['十二月十五至十八日', ctx({ year: 1661, calendar: 'lunar' }), { text: '十二月十五至十八日', start: '1662-02-03', end: '1662-02-06', calendar: 'lunar' }],
    // Arabic numerals under a reign year stay Gregorian (07: 宣统三年 10月10日 武昌起义).
    ['10月10日武昌起义', ctx({ year: 1911, calendar: 'lunar' }), { text: '10月10日', start: '1911-10-10' }],
    // Chinese numerals WITHOUT a reign year above are Gregorian (a modern county chronicle).
    ['十二月召开会议', ctx({ year: 1956 }), { text: '十二月', start: '1956-12-01', end: '1956-12-31' }],
  ];
  test.each(rows)('%s', (input, c, e) => void expectSingle(input, c, e));

  test.each([
    ['闰三月 in a year without one', '闰三月', ctx({ year: 2020 })],
    ['三十 in a 29-day month', '农历正月三十', ctx({ year: 2020 })],
    ['a sexagenary name the month does not have', '九月甲申', ctx({ year: 1724, calendar: 'lunar' })],
  ] as const)('%s: unresolved', (_why, input, c) => {
    const found = findTimes(fold(input), c);
    expect(found).toHaveLength(1);
    expect(found[0]!.value).toBeNull();
  });
  test.each(['十五个项目', '农历', '农历新年'])('%s: no lunar day', (input) => expectNone(input, ctx({ year: 2020 })));
});

describe('festivals and holidays', () => {
  const rows: Row[] = [
    ['春节前后', ctx({ year: 2022 }), { text: '春节前后', start: '2022-02-01', calendar: 'lunar' }],
    ['元宵节', ctx({ year: 2022 }), { text: '元宵节', start: '2022-02-15', calendar: 'lunar' }],
    ['端午节', ctx({ year: 2022 }), { text: '端午节', start: '2022-06-03', calendar: 'lunar' }],
    ['七夕', ctx({ year: 2022 }), { text: '七夕', start: '2022-08-04', calendar: 'lunar' }],
    ['中秋节', ctx({ year: 2022 }), { text: '中秋节', start: '2022-09-10', calendar: 'lunar' }],
    ['重阳节', ctx({ year: 2022 }), { text: '重阳节', start: '2022-10-04', calendar: 'lunar' }],
    // 除夕 of 2022 closes lunar 2021; named in a December entry it is the coming one.
    ['除夕', ctx({ year: 2022 }), { text: '除夕', start: '2022-01-31', calendar: 'lunar' }],
    ['除夕', ctx({ year: 2022, anchor: '2022-12-20' }), { text: '除夕', start: '2023-01-21', calendar: 'lunar' }],
    ['五一劳动节', ctx({ year: 2022 }), { text: '五一劳动节', start: '2022-05-01' }],
    ['五一期间', ctx({ year: 2022 }), { text: '五一期间', start: '2022-05-01' }],
    ['劳动节', ctx({ year: 2022 }), { text: '劳动节', start: '2022-05-01' }],
    ['十一期间', ctx({ year: 2022 }), { text: '十一期间', start: '2022-10-01', end: '2022-10-07' }],
    ['国庆假期', ctx({ year: 2022 }), { text: '国庆假期', start: '2022-10-01', end: '2022-10-07' }],
    // As the holiday approached: the week before it.
    ['在五一劳动节来临之际', ctx({ year: 2022 }), { text: '五一劳动节来临之际', start: '2022-04-24', end: '2022-04-30', precision: 'day' }],
    ['国庆前夕', ctx({ year: 2022 }), { text: '国庆前夕', start: '2022-09-24', end: '2022-09-30' }],
    ['中秋节前夕', ctx({ year: 2022 }), { text: '中秋节前夕', start: '2022-09-03', end: '2022-09-09', calendar: 'lunar' }],
  ];
  test.each(rows)('%s', (input, c, e) => void expectSingle(input, c, e));
  test.each(['五一广场', '十一届三中全会', '国庆60周年', '中共十一大'])('%s: no date', (input) => expectNone(input, ctx({ year: 2022 })));
});

describe('context: 近日, decades, the month in force, ranges with ～ and clock times', () => {
  const rows: Row[] = [
    ['近日，召开会议', ctx({ year: 2016, anchor: '2016-03-05' }), { text: '近日', start: '2016-03-05', precision: 'day' }],
    ['日前，召开会议', ctx({ year: 2016 }), { text: '日前', start: '2016-01-01', end: '2016-12-31', precision: 'year' }],
    ['80年代', ctx({ year: 2016 }), { text: '80年代', start: '1980-01-01', end: '1989-12-31', precision: 'year', implied: ['year'] }],
    ['八十年代', ctx({ year: 1995 }), { text: '八十年代', start: '1980-01-01', end: '1989-12-31' }],
    ['10年代', ctx({ year: 2016 }), { text: '10年代', start: '2010-01-01', end: '2019-12-31' }],
    // 06: the last month written is June.
    ['召开会议。20至23日,召开人代会', ctx({ year: 1958, anchor: ['1958-05-11', '1958-06-18', 'day'] }), { text: '20至23日', start: '1958-06-20', end: '1958-06-23' }],
    ['7月8～13日以日本大阪府港湾局', ctx({ year: 1984 }), { text: '7月8~13日', start: '1984-07-08', end: '1984-07-13' }],
    ['5月2~4日', ctx({ year: 1985 }), { text: '5月2~4日', start: '1985-05-02', end: '1985-05-04' }],
    ['9月1日下午2时至次日凌晨3时半', ctx({ year: 1985 }), { text: '9月1日下午2时至次日凌晨3时半', start: '1985-09-01', end: '1985-09-02', timeOfDay: '14:00' }],
    ['上个月', ctx({ year: 2020, anchor: '2020-04-24' }), { text: '上个月', start: '2020-03-01', end: '2020-03-31' }],
    ['下个月', ctx({ year: 2020, anchor: '2020-12-24' }), { text: '下个月', start: '2021-01-01', end: '2021-01-31' }],
  ];
  test.each(rows)('%s', (input, c, e) => void expectSingle(input, c, e));

  test('a bare day takes the last month written in the body, not the entry\'s', () => {
    const norm = fold('3月5日立项，4月2日开工，12日完工。');
    const found = findTimes(norm, ctx({ year: 2020, anchor: '2020-03-01' }));
    expect(found.map((m) => m.value?.start)).toEqual(['2020-03-05', '2020-04-02', '2020-04-12']);
  });
  test.each(['第80年代', '近日子', '最近日程'])('%s: no date', (input) => expectNone(input, ctx({ year: 2016, anchor: '2016-03-05' })));
});
