/** matchHeading and yearOfTitle: lines that are nothing but a date, and the year a title names. */
import { describe, expect, test } from 'vitest';
import { fold } from '../src/text.js';
import { matchBracketYearHeading, matchDynastyHeading, matchHeading, matchLearnedEraYear, yearOfTitle, type HeadingMatch } from '../src/dates/index.js';

describe('matchHeading', () => {
  const rows: Array<[string, HeadingMatch]> = [
    ['2020年', { kind: 'year', year: 2020, month: null }],
    ['1956年', { kind: 'year', year: 1956, month: null }],
    ['一九五〇年', { kind: 'year', year: 1950, month: null }],
    ['【2007年】', { kind: 'year', year: 2007, month: null }],
    ['## 2019年', { kind: 'year', year: 2019, month: null }],
    ['2019年度', { kind: 'year', year: 2019, month: null }],
    ['2020年：', { kind: 'year', year: 2020, month: null }],
    ['（2020年）', { kind: 'year', year: 2020, month: null }],
    ['1955年民國44年', { kind: 'year', year: 1955, month: null }],
    ['1955年（民國44年）', { kind: 'year', year: 1955, month: null }],
    ['民國44年', { kind: 'year', year: 1955, month: null }],
    ['2013', { kind: 'year', year: 2013, month: null }],
    ['一、2020年', { kind: 'year', year: 2020, month: null }],
    // A history's year headings carry a note: the year's ganzhi, 续, 大事, 公元; a label or a bullet before.
    ['1949年（己丑）', { kind: 'year', year: 1949, month: null }],
    ['一九七七年（丁巳年）', { kind: 'year', year: 1977, month: null }],
    ['1950年 庚寅', { kind: 'year', year: 1950, month: null }],
    ['1960年（续）', { kind: 'year', year: 1960, month: null }],
    ['1962年大事', { kind: 'year', year: 1962, month: null }],
    ['公元1961年', { kind: 'year', year: 1961, month: null }],
    ['宣统三年（辛亥，1911年）', { kind: 'year', year: 1911, month: null, calendar: 'lunar' }],
    ['（一）2015年', { kind: 'year', year: 2015, month: null }],
    ['第三部分　2017年', { kind: 'year', year: 2017, month: null }],
    ['■四月', { kind: 'month', year: null, month: 4 }],
    // A school year: the year it starts in, and that it is one.
    ['88學年度', { kind: 'year', year: 1999, month: null, academic: true }],
    ['【91學年度】', { kind: 'year', year: 2002, month: null, academic: true }],
    ['2019学年', { kind: 'year', year: 2019, month: null, academic: true }],
    ['2019-2020学年', { kind: 'year', year: 2019, month: null, academic: true }],
    ['  2013  ', { kind: 'year', year: 2013, month: null }],
    ['一月', { kind: 'month', year: null, month: 1 }],
    ['1月', { kind: 'month', year: null, month: 1 }],
    ['十二月份', { kind: 'month', year: null, month: 12 }],
    ['2015年8月', { kind: 'month', year: 2015, month: 8 }],
    // 02: a side label names the month and, when it changes, the year.
    ['11月 2008', { kind: 'month', year: 2008, month: 11 }],
    ['3月 2016', { kind: 'month', year: 2016, month: 3 }],
    // A day alone on a line labels the entry under it: a section, which still sets year and month.
    ['3月20号 2013', { kind: 'section', year: 2013, month: 3 }],
    ['7月11日', { kind: 'section', year: null, month: 7 }],
    ['2020年1月4日', { kind: 'section', year: 2020, month: 1 }],
    ['1955—1958年', { kind: 'section', year: null, month: null }],
    // Reign years: before 1912 the months under them are lunar; the bracket wins over the count.
    ['明崇祯十五年（1642年）', { kind: 'year', year: 1642, month: null, calendar: 'lunar' }],
    ['清顺治二年（1645年）', { kind: 'year', year: 1645, month: null, calendar: 'lunar' }],
    // a reign the era table does not hold: the bracketed year still makes it a heading
    ['宋嘉定三年(1210年)', { kind: 'year', year: 1210, month: null, calendar: 'lunar', era: { name: '宋嘉定', first: 1208 } }],
    ['乾隆二十四年（1759年）', { kind: 'year', year: 1759, month: null, calendar: 'lunar' }],
    ['清康熙七年', { kind: 'year', year: 1668, month: null, calendar: 'lunar' }],
    ['清康熙四十七年（1710年）', { kind: 'year', year: 1710, month: null, calendar: 'lunar', conflict: expect.stringContaining('1708') }],
    ['清康熙年间（1662～1722年）', { kind: 'section', year: null, month: null, years: { from: 1662, to: 1722 }, calendar: 'lunar' }],
    ['民国元年（1912年）', { kind: 'year', year: 1912, month: null }],
    ['民国 16 年（1927年）', { kind: 'year', year: 1927, month: null }],
    ['民国4年（1916年）', { kind: 'year', year: 1916, month: null, conflict: expect.stringContaining('1915') }],
    ['大正12年', { kind: 'year', year: 1923, month: null }],
  ];
  test.each(rows)('%s', (line, expected) => {
    expect(matchHeading(fold(line))).toEqual(expected);
  });

  const none = [
    '2020 年智能输配电设备产业技术创新战略联盟大事记',
    '2013年3月20号，江西师范大学ACM协会正式成立',
    '1992年 爱收宝创始人梁群在福建打金铺',
    '歷史沿革',
    '学年度\t重要事件',
    '78',
    '13月',
    '是年,苏联爬山运动员来郿',
    '791856541',
    '康熙一百年',
    '清康熙七年六月十七日海州地大震',
    '光绪帝',
    '',
  ];
  test.each(none)('not a heading: %s', (line) => {
    expect(matchHeading(fold(line))).toBeNull();
  });
});

describe('yearOfTitle', () => {
  const rows: Array<[string, number | null]> = [
    ['2020 年智能输配电设备产业技术创新战略联盟大事记', 2020],
    ['《石泉县志》——大事记(1990年)', 1990],
    ['《石泉县志》——大事记（1990年）', 1990],
    ['民國109年大事紀要', 2020],
    ['一九五〇年大事记', 1950],
    ['公司2019大事记', 2019],
    ['大事记（2019）', 2019],
    ['2019 年度工作大事记', 2019],
    ['1955—1958年郿县大事记', null],
    ['2019-2020学年大事记', null],
    ['1949年至1978年大事记', null],
    ['社区发展时间线', null],
    ['我们一路走来', null],
    ['1990年代大事记', null],
    // a news site's year-in-review titles
    ['回眸2023：南康区年度大事记', 2023],
    ['2023·南康年度大事记', 2023],
    ['盘点2022 南康区年度大事', 2022],
    ['南康区5G基站建设3000座大事记', null],
    ['第2023号文件', null],
  ];
  test.each(rows)('%s', (title, year) => {
    expect(yearOfTitle(fold(title))).toBe(year);
  });
});

describe('matchBracketYearHeading: a reign or era year with its Gregorian year in brackets', () => {
  const rows: Array<[string, ReturnType<typeof matchBracketYearHeading>]> = [
    ['清顺治二年（1645年）', { kind: 'year', year: 1645, month: null, calendar: 'lunar', era: { name: '清顺治', first: 1644 } }],
    ['明崇祯十五年（1642年）', { kind: 'year', year: 1642, month: null, calendar: 'lunar', era: { name: '明崇祯', first: 1628 } }],
    ['乾隆二十四年（1759年）', { kind: 'year', year: 1759, month: null, calendar: 'lunar', era: { name: '乾隆', first: 1736 } }],
    ['民国4年（1915年）', { kind: 'year', year: 1915, month: null }],
    ['民国元年（1912年）', { kind: 'year', year: 1912, month: null, era: { name: '民国', first: 1912 } }],
    // an era the tables do not hold, before the year 1000 and before the common era
    ['大德四年(1300)', { kind: 'year', year: 1300, month: null, calendar: 'lunar', era: { name: '大德', first: 1297 } }],
    ['建武十一年(35)', { kind: 'year', year: 35, month: null, calendar: 'lunar', era: { name: '建武', first: 25 } }],
    ['宣王十七年(前811)', { kind: 'year', year: -810, month: null, calendar: 'lunar', era: { name: '宣王', first: -826 } }],
    ['始皇帝廿六年（公元前221年）', { kind: 'year', year: -220, month: null, calendar: 'lunar', era: { name: '始皇帝', first: -245 } }],
    ['清康熙年间（1662～1722年）', { kind: 'section', year: null, month: null }],
    // Not headings: text around the year, no bracket, a sentence.
    ['九月南明新昌王在云台山举兵反清（1645年）', null],
    ['清顺治二年', null],
    ['至康熙十六年（1677年）春，始复海。', null],
    ['1645年', null],
    // a short bracketed number is a year only after a reign year in Chinese numerals
    ['第一年(3)', null],
    ['2020年(1)', null],
    ['会议(35)', null],
  ];
  test.each(rows)('%s', (line, want) => {
    expect(matchBracketYearHeading(fold(line))).toEqual(want);
  });
});

describe('matchDynastyHeading: a line that is nothing but a dynasty heads a section', () => {
  const rows: Array<[string, HeadingMatch | null]> = [
    ['唐', { kind: 'section', year: null, month: null }],
    ['東 漢', { kind: 'section', year: null, month: null }],
    ['北魏', { kind: 'section', year: null, month: null }],
    ['中华民国', { kind: 'section', year: null, month: null }],
    ['明朝', { kind: 'section', year: null, month: null }],
    ['【元】', { kind: 'section', year: null, month: null }],
    // not a dynasty alone
    ['唐山', null],
    ['新', null],
    ['明天开会', null],
  ];
  test.each(rows)('%s', (line, want) => {
    expect(matchDynastyHeading(fold(line))).toEqual(want);
  });
});

describe('matchLearnedEraYear: a reign year the chronicle bracketed before', () => {
  const eras = new Map([['大德', 1297], ['嘉定', 1208]]);
  const rows: Array<[string, HeadingMatch | null]> = [
    ['大德七年', { kind: 'year', year: 1303, month: null, calendar: 'lunar' }],
    ['嘉定元年', { kind: 'year', year: 1208, month: null, calendar: 'lunar' }],
    ['大 德 七 年', { kind: 'year', year: 1303, month: null, calendar: 'lunar' }],
    // an era it never dated, a sentence, a year past any reign
    ['至元七年', null],
    ['大德七年，地震。', null],
    ['大德一百年', null],
  ];
  test.each(rows)('%s', (line, want) => {
    expect(matchLearnedEraYear(fold(line), eras)).toEqual(want);
  });
  test('nothing learned, nothing read', () => expect(matchLearnedEraYear('大德七年', new Map())).toBeNull());
  test('a year no ISO date of four digits can write is not read', () => {
    expect(matchLearnedEraYear('某王九年', new Map([['某王', -3010]]))).toBeNull();
    expect(matchLearnedEraYear('某王九年', new Map([['某王', 2195]]))).toBeNull();
  });
});
