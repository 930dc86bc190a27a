/**
 * Step 1 of segmentation, alone: splitting the input into lines and reading each line on its own
 * (src/segment/lines.ts). Rows are synthetic lines in the genre's layouts, with explicit lists of
 * lines that must NOT read as a label, a heading or a date.
 */
import { describe, expect, test } from 'vitest';
import { englishMonthHeading, matchMarker, readLine, splitLines } from '../src/segment/lines.js';
import { fold } from '../src/text.js';
import * as patterns from '../src/patterns.js';

const read = (text: string) => {
  const [line] = splitLines(text, fold(text));
  return readLine(line!, text.trim());
};

describe('splitLines', () => {
  test('trims each line, keeps offsets into the input, notes blank lines above and indentation', () => {
    const text = '标题\n\n  1、甲。\r\n乙\n';
    const lines = splitLines(text, fold(text));
    expect(lines.map((l) => [text.slice(l.start, l.end), l.gapBefore, l.indent])).toEqual([
      ['标题', true, 0],
      ['1、甲。', true, 2],
      ['乙', false, 0],
    ]);
  });
  test('blank input has no lines', () => {
    expect(splitLines(' \n\t\n', fold(' \n\t\n'))).toEqual([]);
  });
});

describe('matchMarker: labels of every style and size', () => {
  const rows: Array<[string, string, 'label' | 'bullet', string]> = [
    ['1、甲', '1', 'label', 'arabic'],
    ['12 、甲', '12', 'label', 'arabic'],
    ['13，甲', '13', 'label', 'arabic'],
    ['2，2月5日，乙', '2', 'label', 'arabic'],
    ['10000、甲', '10000', 'label', 'arabic'],
    ['123456.甲', '123456', 'label', 'arabic'],
    ['(3)甲', '(3)', 'label', 'bracket-arabic'],
    ['(十二)甲', '(十二)', 'label', 'bracket-chinese'],
    ['十一、甲', '十一', 'label', 'chinese'],
    ['⑳甲', '⑳', 'label', 'circled'],
    ['㉑甲', '㉑', 'label', 'circled'],
    ['㊿甲', '㊿', 'label', 'circled'],
  ];
  test.each(rows)('%s', (line, label, kind, family) => {
    const m = matchMarker(fold(line))!;
    expect(m.kind).toBe(kind);
    expect(line.slice(m.label![0], m.label![1])).toBe(label);
    expect(m.family).toBe(family);
  });

  test('bullets, and which of them mark the same period as the entry above', () => {
    expect(matchMarker('- 甲')).toMatchObject({ kind: 'bullet', label: null, samePeriod: false });
    expect(matchMarker('▲甲')).toMatchObject({ kind: 'bullet', samePeriod: true });
    expect(matchMarker('● 甲')).toMatchObject({ kind: 'bullet', samePeriod: true });
    // ⊙ is a bullet; whether it marks the same period is the layout's call (layout.ts).
    expect(matchMarker('⊙甲')).toMatchObject({ kind: 'bullet', samePeriod: false });
  });

  const none = ['1.4亿元', '3.6亿', '2019，公司成立', '2019年', '1、', '-', '甲1、', '1,000人'];
  test.each(none)('%s is no label', (line) => {
    expect(matchMarker(fold(line))).toBeNull();
  });
});

describe('matchMarker: the first-character gate', () => {
  // A line goes only to the patterns its first character can start: every character that starts
  // a match must be listed (a missing one would lose labels), and every listed one start one.
  const gated: Array<[RegExp, string]> = [
    [patterns.ARABIC_LABEL, '0123456789'],
    [patterns.BRACKET_LABEL, '('],
    [patterns.CHINESE_LABEL, patterns.CHINESE_LABEL_FIRST],
    [patterns.CIRCLED_LABEL, patterns.CIRCLED_LABEL_FIRST],
    [patterns.BULLET, patterns.BULLET_FIRST],
  ];
  const tails = ['、x', '. x', ') x', ',x', ' x', 'x', '1) x', '一) x', '2、x'];
  test.each(gated)('%s', (re, first) => {
    const missing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (!first.includes(c) && tails.some((t) => re.test(c + t))) missing.push(c);
    }
    expect(missing).toEqual([]);
    expect([...first].filter((c) => !tails.some((t) => re.test(c + t)))).toEqual([]);
  });
});

describe('readLine', () => {
  test('headings: a bracketed reign year, an English month, a year', () => {
    expect(read('清顺治二年（1645年）').heading).toEqual({ kind: 'year', year: 1645, month: null, calendar: 'lunar' });
    expect(read('Sep.').heading).toEqual({ kind: 'month', year: null, month: 9 });
    expect(read('2016年').heading).toEqual({ kind: 'year', year: 2016, month: null });
    expect(read('公司举办年会。').heading).toBeNull();
  });
  test('furniture: page numbers and HTML comments', () => {
    expect(read('<!-- page-anchor: X-1 -->').furniture).toBe(true);
    expect(read('- 3 -').furniture).toBe(true);
    expect(read('<!-- 注释 --> 正文').furniture).toBe(false);
  });
  test.each(['· 216 ·', '• 12 •', '— 215 —', '新市镇年鉴（2021）　　　— 221 —', '· 222 ·　新市镇年鉴', '温江年鉴 2021　- 3 -'])('furniture: a yearbook page number and its running head: %s', (line) => {
    expect(read(line).furniture).toBe(true);
  });
  test.each(['· 216 · 召开会议', '新市镇年鉴编纂工作会议召开 - 3 -', '3月5日，召开会议。'])('no furniture: %s', (line) => {
    expect(read(line).furniture).toBe(false);
  });
  const webFurniture = [
    '来源: 某某股份 时间: 2021-03-12',
    '发布日期：2020-01-31 18:23:54',
    '版权所有 某某股份有限公司 京ICP证000000号',
    '苏ICP备12345678号',
    '网站首页|企业简介|联系我们',
    '附件：',
    '地址：北京市海淀区某某大街62号',
    'Copyright © 2020 某某公司',
    '首页 > 本地要闻 > 正文',
    '当前位置：首页 > 新闻中心',
    '2024-01-02 09:15　来源：南康新闻网',
    '2024/1/2　作者：李明',
  ];
  test.each(webFurniture)('web-page furniture: %s', (line) => {
    expect(read(line).furniture).toBe(true);
  });
  const notWebFurniture = ['2024-01-02　公司召开年度会议，来源广泛的代表出席。', '首页改版上线。', '2019年3月，公司网站完成ICP备案。', '2015 | 公司成立 | 北京', '3月，张三当选主席|副主席。', '附件资料整理完毕。', '作为地址迁移的一部分，公司搬迁。'];
  test.each(notWebFurniture)('not furniture: %s', (line) => {
    expect(read(line).furniture).toBe(false);
  });
  const separators: Array<[string, boolean]> = [
    ['//////////', true],
    ['----------', true],
    ['==========', true],
    ['**********', true],
    ['——————', true],
    ['-=-=-=-=', false],
    ['--', false],
    ['---- 二 ----', false],
  ];
  test.each(separators)('%s is a record separator: %s', (line, want) => {
    expect([read(line).separator, read(line).furniture || !want]).toEqual([want, true]);
  });
  const dateLed = ['2016年1月5日，甲', '2月25日下午，甲', '[2025-09-19] 甲', '十二月清兵', '同日，甲', '是月，甲', '1、3月5日，甲', '2024-12-31 甲'];
  test.each(dateLed)('%s is led by a date', (line) => {
    expect(read(line).dateLed).toBe(true);
  });
  const notDateLed = ['林华东院长率团参访', '1.林华东院长率团参访', '20余人参加', '本月工作'];
  test.each(notDateLed)('%s is not led by a date', (line) => {
    expect(read(line).dateLed).toBe(false);
  });
  test('a TAB row, a sentence end', () => {
    expect(read('2015\t3月1日\t成立').tab).toBe(4);
    expect(read('2015 3月1日 成立').tab).toBe(-1);
    expect(read('成立公司。').sentenceEnd).toBe(true);
    expect(read('成立公司').sentenceEnd).toBe(false);
  });
});

describe('englishMonthHeading', () => {
  const rows: Array<[string, number, number | null]> = [
    ['Jan', 1, null],
    ['Sept.', 9, null],
    ['September', 9, null],
    ['March 2017', 3, 2017],
    ['2015 Dec', 12, 2015],
  ];
  test.each(rows)('%s', (line, month, year) => {
    expect(englishMonthHeading(line)).toEqual({ kind: 'month', year, month });
  });
  test.each(['Mayor', 'Decade', 'Jan 5th meeting', 'May we'])('%s is no month heading', (line) => {
    expect(englishMonthHeading(line)).toBeNull();
  });
});
