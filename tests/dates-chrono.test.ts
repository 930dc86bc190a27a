/**
 * chrono.ts: the casual references chrono-node reads in a body, against the entry's own date;
 * dashiji's own matches win; chrono is loaded only when a body holds a trigger word.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { chronoTimes, needsChrono } from '../src/dates/chrono.js';
import { findTimes, type DateAnchor } from '../src/dates/index.js';
import { fold } from '../src/text.js';

const FRIDAY: DateAnchor = { start: '2020-04-24', end: '2020-04-24', precision: 'day' };

/** chrono's items in `body` read against `anchor`, after dashiji's own (as the extractor runs them). */
function casual(body: string, anchor: DateAnchor | null = FRIDAY) {
  const norm = fold(body);
  const own = findTimes(norm, { year: 2020, month: null, anchor, previous: null });
  return chronoTimes(norm, anchor, own).map((m) => ({ text: norm.slice(m.start, m.end), ...m.value }));
}

describe('what chrono reads (entry dated Friday 2020-04-24)', () => {
  const rows: Array<[string, { text: string; start: string; end?: string; timeOfDay?: string }]> = [
    ['今天上午召开会议', { text: '今天上午', start: '2020-04-24', timeOfDay: 'morning' }],
    ['昨天抵达', { text: '昨天', start: '2020-04-23' }],
    ['明天下午3点半继续', { text: '明天下午3点半', start: '2020-04-25', timeOfDay: '15:30' }],
    ['前天', { text: '前天', start: '2020-04-22' }],
    ['后天返回', { text: '后天', start: '2020-04-26' }],
    ['星期三召开', { text: '星期三', start: '2020-04-22' }],
    ['周三召开', { text: '周三', start: '2020-04-22' }],
    ['礼拜五召开', { text: '礼拜五', start: '2020-04-24' }],
    ['上周三召开', { text: '上周三', start: '2020-04-15' }],
    ['下周三召开', { text: '下周三', start: '2020-04-29' }],
    ['下午3点半举行', { text: '下午3点半', start: '2020-04-24', timeOfDay: '15:30' }],
    ['会议于15:30结束', { text: '15:30', start: '2020-04-24', timeOfDay: '15:30' }],
    // a clock time with its minutes, 半 or 许, and no time-of-day word
    ['10时30分，火箭发射成功', { text: '10时30分', start: '2020-04-24', timeOfDay: '10:30' }],
    ['会议9点半开始', { text: '9点半', start: '2020-04-24', timeOfDay: '09:30' }],
    // A span of clock times stays on one day (chrono alone would roll 9时 over to the next morning).
    ['（下午7时至9时）', { text: '下午7时至9时', start: '2020-04-24', end: '2020-04-24', timeOfDay: '19:00' }],
    // zh/hant for a body in traditional characters.
    ['週三開會', { text: '週三', start: '2020-04-22' }],
    ['後天再議', { text: '後天', start: '2020-04-26' }],
  ];
  test.each(rows)('%s', (body, e) => {
    const found = casual(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ...e, end: e.end ?? e.start, precision: 'day', rule: 'chrono' });
  });

  test('several in one body, in order', () => {
    expect(casual('今天开幕，明天闭幕').map((f) => [f.text, f.start])).toEqual([
      ['今天', '2020-04-24'],
      ['明天', '2020-04-25'],
    ]);
  });
});

describe('what chrono does not read', () => {
  test.each([
    ['dashiji reads 8日上午 whole: chrono\'s 上午 overlaps it', '8日上午开会'],
    ['dashiji reads the weekday inside its date', '2020年1月4日（星期六）开会'],
    ['每周三 is a habit', '每周三例会'],
    ['a bare 3点 is three points', '提出3点意见'],
    ['三天后 is dashiji\'s to read (or not)', '三天后返回'],
    ['上个月 is dashiji\'s rule', '上个月已筹备'],
    ['no trigger at all', '联盟召开理事会'],
  ])('%s', (_why, body) => expect(casual(body)).toEqual([]));

  test('an entry without a day-precise date gives chrono no reference: nothing read', () => {
    expect(casual('明天下午开会', null)).toEqual([]);
    expect(casual('明天下午开会', { start: '2020-04-01', end: '2020-04-30', precision: 'month' })).toEqual([]);
  });
});

describe('needsChrono', () => {
  test.each(['今天', '周三', '星期日', '下午3点', '15:30', '後天', '10时30分', '9点半', '2时许'])('%s: yes', (s) => expect(needsChrono(fold(s))).toBe(true));
  test.each(['联盟召开理事会', '3点意见', '周边', '10:30:00', '2020年4月24日', '3小时', '1.5点'])('%s: no', (s) => expect(needsChrono(fold(s))).toBe(false));
});

describe('laziness (the built package, a fresh process)', () => {
  const probe = (body: string) =>
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { createRequire } from 'node:module';
         const { parseChronicle } = await import('./dist/index.js');
         parseChronicle(${JSON.stringify(body)});
         const cache = Object.keys(createRequire(import.meta.url).cache);
         console.log(JSON.stringify({ chrono: cache.some((k) => k.includes('chrono-node')), tyme: cache.some((k) => k.includes('tyme4ts')) }));`,
      ],
      { encoding: 'utf8' },
    );
  test('a chronicle without trigger words loads neither chrono-node nor tyme4ts', () => {
    expect(JSON.parse(probe('大事记\n1、2020年4月24日，召开会议。\n'))).toEqual({ chrono: false, tyme: false });
  });
  test('a body with 明天 loads chrono; a lunar date loads tyme4ts', () => {
    expect(JSON.parse(probe('大事记\n1、2020年4月24日，召开会议，明天闭幕。\n'))).toEqual({ chrono: true, tyme: false });
    expect(JSON.parse(probe('大事记\n1、2020年4月24日，农历四月初二召开会议。\n'))).toEqual({ chrono: false, tyme: true });
  });
});
