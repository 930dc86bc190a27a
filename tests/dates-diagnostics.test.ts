/** dateDiagnostics: out-of-order and outside-the-year entry dates. */
import { describe, expect, test } from 'vitest';
import { dateDiagnostics } from '../src/dates/index.js';

function entries(dates: Array<string | [string, string] | null>) {
  return dates.map((d, k) => ({
    ordinal: k + 1,
    date: d === null ? null : { start: typeof d === 'string' ? d : d[0], end: typeof d === 'string' ? d : d[1], span: { start: k * 100, end: k * 100 + 10 } },
  }));
}

describe('date-out-of-order', () => {
  test('a step back is flagged on the later entry; equal dates are fine; undated entries are skipped', () => {
    const out = dateDiagnostics(entries(['2016-05-20', '2016-05-28', null, '2016-05-24', '2016-05-24', '2016-06-04']), 2016);
    expect(out).toEqual([
      { code: 'date-out-of-order', severity: 'warning', message: expect.stringContaining('2016-05-24'), span: { start: 300, end: 310 }, entry: 4 },
    ]);
  });
  test('a newest-first timeline (01 corpus) flags the step forward instead', () => {
    const out = dateDiagnostics(entries(['2019-01-27', '2018-08-13', '2018-02-18', '2018-09-01', '2016-03-20', '2016-03-20', '2012-09-14']), null);
    expect(out.map((d) => [d.code, d.entry])).toEqual([['date-out-of-order', 4]]);
  });
  test('a coarser entry that contains the previous date is in order (8月 after 8月24日, 是年 after 11月30日)', () => {
    const out = dateDiagnostics(entries(['1990-08-16', '1990-08-24', ['1990-08-01', '1990-08-31'], '1990-09-03', ['1990-11-30', '1990-12-04'], ['1990-01-01', '1990-12-31']]), 1990);
    expect(out).toEqual([]);
  });
  // Issue 16, item 11: the run's language, both directions.
  const worded: Array<[string, Array<string | null>, 'zh' | 'en', string]> = [
    ['oldest first, zh', ['2016-05-20', '2016-05-28', '2016-05-24', '2016-06-01'], 'zh', '第 3 条的日期 2016-05-24 早于前一条（第 2 条，2016-05-28）'],
    ['oldest first, en', ['2016-05-20', '2016-05-28', '2016-05-24', '2016-06-01'], 'en', 'entry 3 is dated 2016-05-24, before the entry above it (entry 2, 2016-05-28)'],
    ['newest first, zh', ['2019-01-27', '2018-08-13', '2018-09-01', '2016-03-20'], 'zh', '第 3 条的日期 2018-09-01 晚于前一条（第 2 条，2018-08-13），而全文按时间倒序排列'],
    ['newest first, en', ['2019-01-27', '2018-08-13', '2018-09-01', '2016-03-20'], 'en', 'entry 3 is dated 2018-09-01, after the entry above it (entry 2, 2018-08-13), in a chronicle written newest first'],
  ];
  test.each(worded)('%s', (_label, dates, lang, message) => {
    expect(dateDiagnostics(entries(dates), null, lang).map((d) => d.message)).toEqual([message]);
  });
  test('in order: nothing', () => {
    expect(dateDiagnostics(entries(['2020-01-04', ['2020-04-24', '2020-04-25'], '2020-04-24', '2020-12-24']), 2020)).toEqual([]);
  });
});

describe('date-outside-year', () => {
  test('an entry entirely outside the chronicle year is flagged; one that overlaps it is not', () => {
    const out = dateDiagnostics(entries(['2019-12-30', ['2019-12-28', '2020-01-03'], '2020-05-01', '2021-01-02']), 2020);
    expect(out.filter((d) => d.code === 'date-outside-year').map((d) => d.entry)).toEqual([1, 4]);
    expect(out.every((d) => d.severity === 'warning')).toBe(true);
  });
  test('skipped when most entries lie outside the year (a multi-year chronicle, 02 corpus)', () => {
    expect(dateDiagnostics(entries(['2008-11-01', '2013-03-20', '2014-04-25', '2015-03-09', '2016-08-01']), 2008)).toEqual([]);
  });
  test('skipped when the year is unknown', () => {
    expect(dateDiagnostics(entries(['1955-12-04', '1956-03-01']), null)).toEqual([]);
  });
});
