/**
 * Step 2 of segmentation, alone: which kinds of line begin an entry in THIS document
 * (src/segment/layout.ts), learned from how often and where each kind occurs.
 */
import { describe, expect, test } from 'vitest';
import { inferLayout } from '../src/segment/layout.js';
import type { Layout } from '../src/segment/layout.js';
import { readLine, splitLines } from '../src/segment/lines.js';
import { fold } from '../src/text.js';

const layoutOf = (text: string) => {
  const lines = splitLines(text, fold(text));
  return inferLayout(lines, lines.map((l) => readLine(l, text.slice(l.start, l.end))));
};

describe('inferLayout', () => {
  const rows: Array<[string, string, Partial<Layout>]> = [
    ['numbered, dated labels', '大事记\n1、1月4日，甲。\n2、2月5日，乙。\n3、3月6日，丙。\n', { marked: true }],
    [
      'headline lines, each followed by its dated body line',
      '大事记\n1.学院举办典礼\n9月2日，学院举办典礼。\n2.学院召开会议\n9月10日，学院召开会议。\n3.学院获奖\n获奖名单如下。\n',
      { marked: true, headline: true },
    ],
    ['date-led lines, no labels', '大事记\n1月4日，甲。\n2月5日，乙。\n3月6日，丙。\n', {}],
    [
      'blank-line separated paragraphs under year headings',
      '县志\n\n1950年\n\n成立政府。\n\n开展土改。\n\n1951年\n\n3月，修建水库。\n\n兴办学校。\n',
      { paragraphs: true },
    ],
    // One headline-like pair in a list of dated labels is no layout.
    [
      'a single undated label above a dated line',
      '大事记\n1、1月4日，甲。\n2、乙\n2月5日，乙。\n3、3月6日，丙。\n4、4月7日，丁。\n',
      { marked: true },
    ],
    ['blank lines but no heading: no paragraph layout', '大事记\n\n1月4日，甲。\n\n乙。\n\n2月5日，丙。\n\n丁。\n', {}],
    [
      'record blocks between separator lines',
      '校史上的十月\n//////////\n10.8\n2016年10月8日\n学院举办校庆\n2016年10月8日，学院举办校庆。\n☆校庆现场\n//////////\n10.12\n2009年10月12日\n新校区启用\n2009年10月12日，新校区启用。\n',
      { separated: true },
    ],
    // Separators between long sections are no record blocks.
    [
      'separators between long sections',
      `大事记\n----------\n${'3月1日，甲。\n'.repeat(9)}----------\n${'4月1日，乙。\n'.repeat(9)}`,
      {},
    ],
    [
      'a bullet written after a leading date lists events of that period',
      '历史上的今天 5月3日\n1950年：⊙甲事。\n⊙乙事。\n1960年：丙事。\n',
      { periodMarks: '⊙' },
    ],
    // ☆ that only ever leads a line (a photo caption) is no period mark.
    [
      'a bullet that never follows a date',
      '大事记\n1950年，甲事。\n☆甲事现场\n1960年，丙事。\n',
      {},
    ],
    [
      'short unpunctuated event lines under year headings',
      '发展历程\n2008年\n公司成立\n推出首款产品\n2009年\n获得融资\n进入华东市场\n',
      { bareEvents: true },
    ],
    // Section names above finished sentences are headings, not terse events.
    [
      'short section names above sentences',
      '县志\n1950年\n政治\n成立县人民政府。\n经济\n开展土地改革。\n1951年\n文化\n兴办中学。\n',
      {},
    ],
    [
      'photo captions: a bullet only ever on undated lines',
      '校史\n2015年12月6日\n学生获奖\n2015年12月6日，学生在大赛中获奖。\n☆比赛现场\n☆获奖证书\n2001年12月10日\n学校合并\n2001年12月10日，两校合并。\n☆批复文件\n',
      { captionMarks: '☆' },
    ],
    // Captions are terse: a bullet that leads a sentence is an item marker.
    [
      'a bullet that leads sentences is no caption mark',
      '校史\n2015年12月6日，学生获奖。\n☆学生在大赛中获得一等奖。\n☆学校举行表彰大会。\n',
      { marked: true },
    ],
    // `• 1925` dates its line: the bullet leads entries, it captions nothing.
    ['a bullet before bare years', '百年大事记\n• 1925\n博物院成立。\n• 1928\n完成点查。\n', { marked: true }],
    // `一、重要会议` above several dated lines heads a section; above one dated line it is a headline.
    ['labels heading sections of dated lines', '2021年大事记\n一、重要会议\n1月15日，甲。\n3月20日，乙。\n二、交流合作\n4月8日，丙。\n5月12日，丁。\n', { sectionLabels: true }],
    // Dates in brackets at the end of the lines, none at their start.
    ['dates after the text', '2019年大事记\n召开大会。（2月18日）\n举行仪式。（3月5日）\n', { trailingDates: true }],
    // …and of dated lines labelled in another family (（一） under 一、).
    ['labels heading sections of sub-labelled dated lines', '2021年大事记\n一、重要会议\n（一）1月15日，甲。\n（二）3月20日，乙。\n二、交流合作\n（一）4月8日，丙。\n（二）5月12日，丁。\n', { sectionLabels: true, marked: true }],
  ];
  // Every row names only what differs from a plain layout; the rest must be as here.
  const plain: Layout = { marked: false, headline: false, paragraphs: false, separated: false, periodMarks: '', bareEvents: false, captionMarks: '', sectionLabels: false, trailingDates: false };
  test.each(rows)('%s', (_name, text, want) => {
    expect(layoutOf(text)).toEqual({ ...plain, ...want });
  });
});
