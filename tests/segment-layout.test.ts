/**
 * Step 2 of segmentation, alone: which kinds of line begin an entry in THIS document
 * (src/segment/layout.ts), learned from how often and where each kind occurs.
 */
import { describe, expect, test } from 'vitest';
import { inferLayout } from '../src/segment/layout.js';
import { readLine, splitLines } from '../src/segment/lines.js';
import { fold } from '../src/text.js';

const layoutOf = (text: string) => {
  const lines = splitLines(text, fold(text));
  return inferLayout(lines, lines.map((l) => readLine(l, text.slice(l.start, l.end))));
};

describe('inferLayout', () => {
  const rows: Array<[string, string, { marked: boolean; headline: boolean; paragraphs: boolean }]> = [
    ['numbered, dated labels', '大事记\n1、1月4日，甲。\n2、2月5日，乙。\n3、3月6日，丙。\n', { marked: true, headline: false, paragraphs: false }],
    [
      'headline lines, each followed by its dated body line',
      '大事记\n1.学院举办典礼\n9月2日，学院举办典礼。\n2.学院召开会议\n9月10日，学院召开会议。\n3.学院获奖\n获奖名单如下。\n',
      { marked: true, headline: true, paragraphs: false },
    ],
    ['date-led lines, no labels', '大事记\n1月4日，甲。\n2月5日，乙。\n3月6日，丙。\n', { marked: false, headline: false, paragraphs: false }],
    [
      'blank-line separated paragraphs under year headings',
      '县志\n\n1950年\n\n成立政府。\n\n开展土改。\n\n1951年\n\n3月，修建水库。\n\n兴办学校。\n',
      { marked: false, headline: false, paragraphs: true },
    ],
    // One headline-like pair in a list of dated labels is no layout.
    [
      'a single undated label above a dated line',
      '大事记\n1、1月4日，甲。\n2、乙\n2月5日，乙。\n3、3月6日，丙。\n4、4月7日，丁。\n',
      { marked: true, headline: false, paragraphs: false },
    ],
    ['blank lines but no heading: no paragraph layout', '大事记\n\n1月4日，甲。\n\n乙。\n\n2月5日，丙。\n\n丁。\n', { marked: false, headline: false, paragraphs: false }],
  ];
  test.each(rows)('%s', (_name, text, want) => {
    expect(layoutOf(text)).toEqual(want);
  });
});
