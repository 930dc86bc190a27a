/** The `times` extractor: findTimes wired to an entry's context, items validated by its schema. */
import { describe, expect, test } from 'vitest';
import type { ExtractContext } from '../src/extractor.js';
import { TimeExpressionSchema, type DateValue } from '../src/schema.js';
import { fold } from '../src/text.js';
import { dateContextOf, timesExtractor } from '../src/dates/index.js';

interface Reported { code: string; severity: string; message: string; start: number; end: number }

/** A minimal ExtractContext: the body sits at `offset` in the original input. */
function fakeContext(
  text: string,
  opts: { date?: DateValue | null; year?: number | null; headingYear?: number | null; month?: number | null; previous?: DateValue | null; offset?: number; calendar?: 'lunar' } = {},
) {
  const reported: Reported[] = [];
  const offset = opts.offset ?? 100;
  const ctx: ExtractContext = {
    text,
    norm: fold(text),
    item: (start, end) => ({ text: text.slice(start, end), span: { start: start + offset, end: end + offset } }),
    bodyOffset: (original) => Math.min(text.length, Math.max(0, original - offset)),
    entry: { ordinal: 3, label: '3', date: opts.date ?? null, span: { start: 0, end: 0 } },
    document: { title: null, year: opts.year ?? null, subject: null },
    heading: { year: opts.headingYear ?? null, month: opts.month ?? null, ...(opts.calendar ? { calendar: opts.calendar } : {}) },
    previousDate: opts.previous ?? null,
    segmenter: { cut: (t) => [t] },
    words: () => [],
    tagged: () => [],
    results: {},
    report: (d) => void reported.push(d),
  };
  return { ctx, reported };
}

function day(iso: string): DateValue {
  return { start: iso, end: iso, precision: 'day', text: iso, span: { start: 0, end: 10 } };
}

describe('timesExtractor', () => {
  test('is named times and validates with TimeExpressionSchema', () => {
    expect(timesExtractor.name).toBe('times');
    expect(timesExtractor.schema).toBe(TimeExpressionSchema);
  });

  test('fixture entry 30: items carry text and span from ctx.item, and resolve against the entry date', () => {
    const text = '8日上午联盟秘书处陪同平顶山招商局马丽一行走访考察 ABB、麦克奥迪厂区；８ 日下午张建琛秘书长同马丽局长一行就招商合作模式展开探讨。';
    const { ctx, reported } = fakeContext(text, { date: day('2020-09-08'), year: 2020 });
    const items = timesExtractor.extract(ctx);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ start: '2020-09-08', end: '2020-09-08', precision: 'day', timeOfDay: 'morning', text: '8日上午', span: { start: 100, end: 104 } });
    expect(items[1]).toMatchObject({ start: '2020-09-08', timeOfDay: 'afternoon', text: '８ 日下午' }); // as written, not folded
    for (const item of items) expect(TimeExpressionSchema.safeParse(item).success).toBe(true);
    expect(reported).toEqual([]);
  });

  test('the heading year wins over the document year; an open period keeps `open`', () => {
    const { ctx } = fakeContext('联盟将从九月份开始，每月召开会议', { headingYear: 2021, year: 2020 });
    expect(dateContextOf(ctx)).toEqual({ year: 2021, month: null, anchor: null, previous: null });
    const [item] = timesExtractor.extract(ctx);
    expect(item).toMatchObject({ start: '2021-09-01', end: '2021-09-30', open: 'end', text: '从九月份开始' });
  });

  test('an unresolvable date becomes an unresolved-date diagnostic, not an item', () => {
    const { ctx, reported } = fakeContext('7月28日召开会议');
    expect(timesExtractor.extract(ctx)).toEqual([]);
    expect(reported).toEqual([{ code: 'unresolved-date', severity: 'warning', message: expect.any(String), start: 0, end: 5 }]);
  });

  test('a reign year that disagrees with its bracket is kept (the bracket wins) and reported as a warning', () => {
    const { ctx, reported } = fakeContext('至康熙四十七年（1710年）重建', { headingYear: 1700 });
    const items = timesExtractor.extract(ctx);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ start: '1710-01-01', end: '1710-12-31' });
    expect(reported).toEqual([{ code: 'era-year-mismatch', severity: 'warning', message: expect.stringContaining('1708'), start: 0, end: 14 }]);
  });

  test('a lunar month under a reign-year heading carries calendar lunar and says the heading decided it', () => {
    const { ctx } = fakeContext('十二月十八日，重申通海之禁', { headingYear: 1661, calendar: 'lunar' });
    expect(timesExtractor.extract(ctx)).toMatchObject([{ start: '1662-02-06', end: '1662-02-06', calendar: 'lunar', implied: ['year', 'calendar'] }]);
  });

  test('同日 in an undated entry reads against the previous entry', () => {
    const { ctx } = fakeContext('同日，召开第二次会议', { year: 2020, previous: day('2020-05-09') });
    expect(timesExtractor.extract(ctx)).toMatchObject([{ start: '2020-05-09', text: '同日', rule: 'relative-day' }]);
  });

  test('nothing in a body without dates', () => {
    const { ctx, reported } = fakeContext('共计投入约3亿元，前五年产值合计约29.79亿元，用工合计约900人。', { date: day('2020-10-30'), year: 2020 });
    expect(timesExtractor.extract(ctx)).toEqual([]);
    expect(reported).toEqual([]);
  });
});
