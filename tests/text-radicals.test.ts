/**
 * Radical forms fold to ideographs (src/text.ts, foldRadical): PDF text from CJK fonts names
 * glyphs by Kangxi radicals (⽉ ⽇ ⼤ ⼆) and CJK Radicals Supplement forms (⻚ ⻅ ⻓). Same length,
 * so spans never move.
 */
import { describe, expect, test } from 'vitest';
import { fold, foldRadical, foldRadicals } from '../src/text.js';
import { parseChronicle } from '../src/index.js';

describe('radical forms fold to the ideographs they stand for', () => {
  const rows: Array<[string, string]> = [
    ['⽉', '月'],
    ['⽇', '日'],
    ['⼤', '大'],
    ['⼆', '二'],
    ['⼀', '一'],
    ['⽣', '生'],
    ['⻚', '页'],
    ['⻅', '见'],
    ['⻓', '长'],
    ['⻔', '门'],
    ['⻢', '马'],
    ['⺟', '母'],
    // Negative cases: ideographs, other CJK and unassigned radical code points stay as they are.
    ['月', '月'],
    ['、', '、'],
    ['\u2e9a', '\u2e9a'],
    ['\u2fd6', '\u2fd6'],
  ];
  test.each(rows)('%s → %s', (from, to) => {
    expect(String.fromCharCode(foldRadical(from.charCodeAt(0)))).toBe(to);
    expect(foldRadicals(from)).toBe(to);
    expect(fold(from)).toBe(to);
  });

  test('every folded radical is a unified ideograph, and the fold keeps the length', () => {
    for (let code = 0x2e80; code <= 0x2fdf; code++) {
      const folded = foldRadical(code);
      if (folded !== code) expect(/\p{Unified_Ideograph}/u.test(String.fromCharCode(folded))).toBe(true);
    }
    const text = '2020 年 1 ⽉ 4 ⽇，⻚⻅';
    expect(foldRadicals(text)).toHaveLength(text.length);
  });

  test('a date written with radicals reads as the date', () => {
    const doc = parseChronicle('2020年⼤事记\n1、2020 年 1 ⽉ 4 ⽇，召开会议。\n2、2020年2⽉5⽇，调研。');
    expect(doc.entries.map((e) => [e.date?.start, e.date?.text])).toEqual([
      ['2020-01-04', '2020 年 1 ⽉ 4 ⽇'],
      ['2020-02-05', '2020年2⽉5⽇'],
    ]);
  });
});
