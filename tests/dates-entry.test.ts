/**
 * matchEntryDate: the date an entry line starts with, and where its text begins. Rows are
 * [line, context, expected]; lines are copied from real chronicles (the fixture and the
 * development corpus) or written in their formats.
 */
import { describe, expect, test } from 'vitest';
import { fold } from '../src/text.js';
import { matchEntryDate, type DateAnchor, type DateContext, type EntryDateOptions } from '../src/dates/index.js';
import type { Precision } from '../src/schema.js';

function anchor(a: string | [string, string, Precision] | null | undefined): DateAnchor | null {
  if (!a) return null;
  return typeof a === 'string' ? { start: a, end: a, precision: 'day' } : { start: a[0], end: a[1], precision: a[2] };
}
function ctx(c: { year?: number | null; month?: number | null; previous?: string | [string, string, Precision]; calendar?: 'lunar' } = {}): DateContext {
  const out: DateContext = { year: c.year ?? null, month: c.month ?? null, anchor: null, previous: anchor(c.previous) };
  if (c.calendar) out.calendar = c.calendar;
  return out;
}

interface Expected {
  date: string; // the date's text in the folded line
  start: string | null;
  end?: string;
  precision?: Precision;
  body: string; // what the entry text starts with
  open?: 'start' | 'end';
  timeOfDay?: string;
  ambiguous?: boolean;
  calendar?: 'lunar';
}
type Row = [string, DateContext, Expected, EntryDateOptions?];

function run([line, c, e, options]: Row) {
  const norm = fold(line);
  const m = matchEntryDate(norm, 0, c, options);
  expect(m).not.toBeNull();
  expect(norm.slice(m!.start, m!.end)).toBe(e.date);
  expect(norm.slice(m!.bodyStart, m!.bodyStart + e.body.length)).toBe(e.body);
  if (e.start === null) return expect(m!.value).toBeNull();
  expect(m!.value?.start).toBe(e.start);
  expect(m!.value?.end).toBe(e.end ?? e.start);
  if (e.precision) expect(m!.value?.precision).toBe(e.precision);
  expect(m!.value?.open).toBe(e.open);
  expect(m!.value?.timeOfDay).toBe(e.timeOfDay);
  expect(m!.ambiguous !== undefined).toBe(e.ambiguous ?? false);
  expect(m!.value?.calendar).toBe(e.calendar);
}

const Y2020 = ctx({ year: 2020 });

describe('the fixture (2020-power-alliance-chronicle.txt), label stripped', () => {
  const rows: Row[] = [
    ['2020 年 1 月 4 日，第二届全国输配电产业苏州论坛在苏州成功举办', Y2020, { date: '2020 年 1 月 4 日', start: '2020-01-04', body: '第二届' }],
    ['2020 年 1 月 22 日获知武汉封城信息后', Y2020, { date: '2020 年 1 月 22 日', start: '2020-01-22', body: '获知' }],
    ['2020年4月24日-25日，张建琛秘书长带领秘书处人员一行四人', Y2020, { date: '2020年4月24日-25日', start: '2020-04-24', end: '2020-04-25', body: '张建琛' }],
    ['2020年7月12日-14日，张建琛秘书长带领耐德电气', Y2020, { date: '2020年7月12日-14日', start: '2020-07-12', end: '2020-07-14', body: '张建琛' }],
    ['2020 年 10 月 15 日福建电力协会秘书长陈闽新', Y2020, { date: '2020 年 10 月 15 日', start: '2020-10-15', body: '福建' }],
    ['2020年7月28日-29日,联盟组织部分企业', Y2020, { date: '2020年7月28日-29日', start: '2020-07-28', end: '2020-07-29', body: '联盟' }],
    ['2020年9月8日，8日上午联盟秘书处陪同', Y2020, { date: '2020年9月8日', start: '2020-09-08', body: '8日上午' }],
    ['2020年12月24日，联盟与许昌电气职业学院', Y2020, { date: '2020年12月24日', start: '2020-12-24', body: '联盟' }],
  ];
  test.each(rows)('%s', (...row) => run(row));
});

describe('other chronicle formats', () => {
  const rows: Row[] = [
    // 01: Markdown bullets with ISO dates and a colon (bullet stripped).
    ['2019-01-27: [@seisman][seisman] 将模块手册', ctx(), { date: '2019-01-27', start: '2019-01-27', body: '[@seisman]' }],
    // 02: the text repeats the full date; 号 for the day once; a half-width comma.
    ['2013年3月20号，江西师范大学ACM协会正式成立', ctx({ year: 2013 }), { date: '2013年3月20号', start: '2013-03-20', body: '江西' }],
    ['2016年5月24日,协会举办江西师范大学2016校ACM程序设计竞赛', ctx({ year: 2016 }), { date: '2016年5月24日', start: '2016-05-24', body: '协会' }],
    ['2015年8月，协会组织算法组', ctx({ year: 2015 }), { date: '2015年8月', start: '2015-08-01', end: '2015-08-31', precision: 'month', body: '协会' }],
    // 03: a Minguo academic-year table cell (the TAB folds to a space).
    ['78\t本系前身「電子資料處理科」成立', ctx(), { date: '78', start: '1989-08-01', end: '1990-07-31', precision: 'year', body: '本系' }, { bareYear: 'minguo-academic' }],
    ['101\t更改為資訊管理系碩士班', ctx(), { date: '101', start: '2012-08-01', end: '2013-07-31', body: '更改' }, { bareYear: 'minguo-academic' }],
    ['78\t本系前身', ctx(), { date: '78', start: '1989-01-01', end: '1989-12-31', body: '本系' }, { bareYear: 'minguo' }],
    // 04: date, space(s), text; year-only then year-month.
    ['1992年 爱收宝创始人梁群在福建打金铺', ctx(), { date: '1992年', start: '1992-01-01', end: '1992-12-31', precision: 'year', body: '爱收宝' }],
    ['2016年5月  观前街店开业', ctx(), { date: '2016年5月', start: '2016-05-01', end: '2016-05-31', body: '观前街' }],
    // 05: month-day under a title year, four spaces of indentation.
    ['    3月25日,参加“汉江上游干流梯级开发规划报告审查会”', ctx({ year: 1990 }), { date: '3月25日', start: '1990-03-25', body: '参加' }],
    ['    8月,省政府授予石泉县', ctx({ year: 1990, previous: '1990-08-24' }), { date: '8月', start: '1990-08-01', end: '1990-08-31', body: '省政府' }],
    ['    9月8日晚,石泉县在县体育场举行', ctx({ year: 1990 }), { date: '9月8日晚', start: '1990-09-08', timeOfDay: 'evening', body: '石泉县' }],
    // 06: year headings, ranges, open and relative entries.
    ['4月14至16日,召开县一届五次人代会。', ctx({ year: 1956 }), { date: '4月14至16日', start: '1956-04-14', end: '1956-04-16', body: '召开' }],
    ['11月30至12月4日,召开县二届一次人代会。', ctx({ year: 1956 }), { date: '11月30至12月4日', start: '1956-11-30', end: '1956-12-04', body: '召开' }],
    ['5月11至6月18日,在全县开展了', ctx({ year: 1958 }), { date: '5月11至6月18日', start: '1958-05-11', end: '1958-06-18', body: '在全县' }],
    ['8月21日起,本县机关工作人员参加整风运动', ctx({ year: 1957 }), { date: '8月21日起', start: '1957-08-21', open: 'end', body: '本县' }],
    ['本月底,全县建初级、肓级农业生产合作社462个', ctx({ year: 1956, previous: ['1956-06-01', '1956-06-30', 'month'] }), { date: '本月底', start: '1956-06-21', end: '1956-06-30', precision: 'xun', body: '全县' }],
    ['是年,苏联爬山运动员来郿', ctx({ year: 1956, previous: ['1956-11-30', '1956-12-04', 'day'] }), { date: '是年', start: '1956-01-01', end: '1956-12-31', body: '苏联' }],
    ['春节期间,举办县第二届民间艺术会演大会。', ctx({ year: 1958, previous: ['1957-12-06', '1957-12-10', 'day'] }), { date: '春节期间', start: '1958-02-18', end: '1958-02-18', body: '举办', calendar: 'lunar' }],
    // Written in other chronicles' formats.
    ['11/13 召开年会', ctx({ year: 2019 }), { date: '11/13', start: '2019-11-13', body: '召开' }],
    ['1.4 联盟成立', ctx({ year: 2020 }), { date: '1.4', start: '2020-01-04', body: '联盟' }],
    ['2020.1.4 联盟成立', ctx(), { date: '2020.1.4', start: '2020-01-04', body: '联盟' }],
    ['2015.08 平台上线', ctx(), { date: '2015.08', start: '2015-08-01', end: '2015-08-31', body: '平台' }],
    ['2013 协会成立', ctx(), { date: '2013', start: '2013-01-01', end: '2013-12-31', body: '协会' }],
    ['一九五〇年十月一日，县人民政府成立。', ctx(), { date: '一九五〇年十月一日', start: '1950-10-01', body: '县人民' }],
    ['民國109年3月5日，舉行校慶', ctx(), { date: '民國109年3月5日', start: '2020-03-05', body: '舉行' }],
    ['同日，召开第二次会议', ctx({ year: 2020, previous: '2020-05-09' }), { date: '同日', start: '2020-05-09', body: '召开' }],
    ['次日，代表团返回', ctx({ year: 2020, previous: '2020-05-31' }), { date: '次日', start: '2020-06-01', body: '代表团' }],
    ['同月，成立筹备组', ctx({ year: 2020, previous: '2020-05-09' }), { date: '同月', start: '2020-05-01', end: '2020-05-31', body: '成立' }],
    ['十月，县委召开全会', ctx({ year: 1950 }), { date: '十月', start: '1950-10-01', end: '1950-10-31', body: '县委' }],
    ['14日，县委召开全会', ctx({ year: 1950, month: 10 }), { date: '14日', start: '1950-10-14', body: '县委' }],
    ['14日，县委召开全会', ctx({ year: 1950, previous: '1950-10-03' }), { date: '14日', start: '1950-10-14', body: '县委' }],
    ['春，大旱。', ctx({ year: 1950 }), { date: '春', start: '1950-03-01', end: '1950-05-31', precision: 'season', body: '大旱' }],
    ['冬，县城扩建', ctx({ year: 1951 }), { date: '冬', start: '1951-12-01', end: '1952-02-29', precision: 'season', body: '县城' }],
    ['是年冬，兴修水利', ctx({ year: 1956 }), { date: '是年冬', start: '1956-12-01', end: '1957-02-28', precision: 'season', body: '兴修' }],
    ['2020年1月4日（星期六），第二届论坛', ctx(), { date: '2020年1月4日(星期六)', start: '2020-01-04', body: '第二届' }],
    ['上半年，全县完成', ctx({ year: 1957 }), { date: '上半年', start: '1957-01-01', end: '1957-06-30', precision: 'half', body: '全县' }],
    ['从2020年度起，在全国范围内开展', ctx({ year: 2020 }), { date: '从2020年度起', start: '2020-01-01', end: '2020-12-31', open: 'end', body: '在全国' }],
    ['2020年12月28日至2021年1月3日：展览', ctx({ year: 2020 }), { date: '2020年12月28日至2021年1月3日', start: '2020-12-28', end: '2021-01-03', body: '展览' }],
  ];
  test.each(rows)('%s', (...row) => run(row));
});

describe('round 2: gazetteers, web timelines, dotted ranges', () => {
  const rows: Row[] = [
    // 07: under a pre-1912 reign-year heading, months in Chinese numerals are lunar.
    ['十二月清兵袭赣榆城', ctx({ year: 1642, calendar: 'lunar' }), { date: '十二月', start: '1643-01-20', end: '1643-02-18', precision: 'month', body: '清兵', calendar: 'lunar' }],
    ['二月初二海州海水冰', ctx({ year: 1654, calendar: 'lunar' }), { date: '二月初二', start: '1654-03-20', body: '海州', calendar: 'lunar' }],
    ['六月二十六日 海州大水暴至', ctx({ year: 1730, calendar: 'lunar' }), { date: '六月二十六日', start: '1730-08-09', body: '海州', calendar: 'lunar' }],
    ['秋客居板浦的李汝珍创作', ctx({ year: 1817, calendar: 'lunar' }), { date: '秋', start: '1817-08-13', end: '1817-11-08', precision: 'season', body: '客居', calendar: 'lunar' }],
    // 15: a season with no separator, Gregorian from 1912.
    ['冬农商部与江苏省在墟沟合办', ctx({ year: 1919 }), { date: '冬', start: '1919-12-01', end: '1920-02-29', precision: 'season', body: '农商部' }],
    // A dash set off by spaces between the date and the text is a separator, not text.
    ['2008 — 公司成立', ctx(), { date: '2008', start: '2008-01-01', end: '2008-12-31', precision: 'year', body: '公司成立' }],
    ['2009年3月 - 推出产品', ctx(), { date: '2009年3月', start: '2009-03-01', end: '2009-03-31', precision: 'month', body: '推出产品' }],
    ['2010年5月1日 —— 新厂投产', ctx(), { date: '2010年5月1日', start: '2010-05-01', body: '新厂投产' }],
    // English months inside a Chinese timeline, with or without their day and year.
    ['Jan 2019 公司成立', ctx(), { date: 'Jan 2019', start: '2019-01-01', end: '2019-01-31', precision: 'month', body: '公司成立' }],
    ['Sept. 5, 2020 新厂投产', ctx(), { date: 'Sept. 5, 2020', start: '2020-09-05', body: '新厂投产' }],
    ['March - 推出产品', ctx({ year: 2019 }), { date: 'March', start: '2019-03-01', end: '2019-03-31', precision: 'month', body: '推出产品' }],
    ['December: 完成融资', ctx({ year: 2019 }), { date: 'December', start: '2019-12-01', end: '2019-12-31', precision: 'month', body: '完成融资' }],
    ['2008年——公司成立', ctx(), { date: '2008年', start: '2008-01-01', end: '2008-12-31', precision: 'year', body: '公司成立' }],
    ['2010年5月—完成融资', ctx(), { date: '2010年5月', start: '2010-05-01', end: '2010-05-31', precision: 'month', body: '完成融资' }],
    // MM-DD under a year heading; a one-digit dash pair is a range, no date.
    ['01-05 公司成立', ctx({ year: 2019 }), { date: '01-05', start: '2019-01-05', body: '公司成立' }],
    ['12-31，举行晚会', ctx({ year: 2019 }), { date: '12-31', start: '2019-12-31', body: '举行晚会' }],
    // Not when the dash touches the text: `-3℃` is a figure, kept whole.
    ['2011年1月5日 -3℃低温', ctx(), { date: '2011年1月5日', start: '2011-01-05', body: '-3℃' }],
    ['夏东海县城区建立工会', ctx({ year: 1926 }), { date: '夏', start: '1926-06-01', end: '1926-08-31', precision: 'season', body: '东海县' }],
    // 13, 14: the date in Markdown emphasis or brackets, after emoji; the wrapper is the date's span.
    ['**2024-12-31** 刘凡教授获奖', ctx(), { date: '**2024-12-31**', start: '2024-12-31', body: '刘凡' }],
    ['🎉 [2025-09-19] 我们的论文', ctx(), { date: '🎉 [2025-09-19]', start: '2025-09-19', body: '我们' }],
    ['[2024-01-10] 开启新视界', ctx(), { date: '[2024-01-10]', start: '2024-01-10', body: '开启' }],
    // Dotted month.day ranges at an entry start.
    ['1.4-1.8 联盟举办培训', ctx({ year: 2020 }), { date: '1.4-1.8', start: '2020-01-04', end: '2020-01-08', body: '联盟' }],
    ['近日，我院交流参访团', ctx({ year: 2016 }), { date: '近日', start: '2016-01-01', end: '2016-12-31', precision: 'year', body: '我院' }],
    // County gazetteers from antiquity: a reign year of an era the tables do not hold, dated by its bracket.
    ['唐贞观十年（636），置新田县。', ctx(), { date: '唐贞观十年(636)', start: '0636-01-01', end: '0636-12-31', precision: 'year', body: '置新田县' }],
    ['宋嘉定三年（1210年），修县城。', ctx(), { date: '宋嘉定三年(1210年)', start: '1210-01-01', end: '1210-12-31', precision: 'year', body: '修县城' }],
    ['秦始皇二十六年（前221），属河东郡。', ctx(), { date: '秦始皇二十六年(前221)', start: '-0220-01-01', end: '-0220-12-31', precision: 'year', body: '属河东郡' }],
    ['公元221年，刘备称帝。', ctx(), { date: '公元221年', start: '0221-01-01', end: '0221-12-31', precision: 'year', body: '刘备' }],
    ['公元前221年，秦统一六国。', ctx(), { date: '公元前221年', start: '-0220-01-01', end: '-0220-12-31', precision: 'year', body: '秦统一' }],
    ['公元1949年10月1日，开国大典。', ctx(), { date: '公元1949年10月1日', start: '1949-10-01', precision: 'day', body: '开国' }],
    ['元大德七年（1303）八月，地震。', ctx(), { date: '元大德七年(1303)八月', start: '1303-09-12', end: '1303-10-10', precision: 'month', body: '地震', calendar: 'lunar' }],
  ];
  test.each(rows)('%s', (...row) => run(row));

  test.each(['春风化雨', '秋收工作全面展开', '冬至前后', '夏令营开营', '**重要** 通知', '[链接] 说明', '🎉 恭喜', 'Mayor 来访', 'Marching 乐队', 'Mar2019 产品', '3-5 人参加', '123-45 号'])('%s: no entry date', (line) => {
    expect(matchEntryDate(fold(line), 0, ctx({ year: 2020 }))).toBeNull();
  });
  test('a season with no separator needs a year in force', () => {
    expect(matchEntryDate(fold('冬农商部与江苏省合办'), 0, ctx())).toBeNull();
  });
});

describe('years not known', () => {
  test('06: an entry above the first year heading is guessed as that year minus one, and says so', () => {
    run(['12月4至6日,召开县一届四次人代会。', ctx(), { date: '12月4至6日', start: '1955-12-04', end: '1955-12-06', body: '召开', ambiguous: true }, { nextHeadingYear: 1956 }]);
  });
  test('without a heading below, the value is null but the date is still cut off the text', () => {
    run(['7月28日，召开会议', ctx(), { date: '7月28日', start: null, body: '召开' }]);
  });
  test('the previous entry lends its year when no heading does', () => {
    run(['7月28日，召开会议', ctx({ previous: '2018-07-02' }), { date: '7月28日', start: '2018-07-28', body: '召开' }]);
  });
});

describe('lines that do not start with a date', () => {
  const none = [
    '第二届全国输配电产业苏州论坛在苏州成功举办',
    '3.6亿元的项目落地',
    '3万元奖励',
    '15级新生ACM宣传会',
    '2000余名群众参加',
    '德明財經科技大學資訊管理學系創立於民國七十八年。',
    '学年度\t重要事件',
    '第39届ACM-ICPC',
    '一行四人走访',
    '今日集团来访',
    '第一年(3)项目完成',
  ];
  test.each(none)('%s', (line) => {
    expect(matchEntryDate(fold(line), 0, ctx({ year: 2020 }))).toBeNull();
  });
  test('Minguo years without 民國: on a line in traditional script, or where the context says so', () => {
    const M: DateContext = { ...ctx(), minguo: true };
    const rows: Row[] = [
      ['108年6月　榮獲教育部補助新臺幣8,000萬元。', ctx(), { date: '108年6月', start: '2019-06-01', end: '2019-06-30', precision: 'month', body: '榮獲' }],
      ['58年8月1日　第一屆新生入學', ctx(), { date: '58年8月1日', start: '1969-08-01', body: '第一屆' }],
      ['109.3.15　舉辦校慶運動會。', ctx(), { date: '109.3.15', start: '2020-03-15', body: '舉辦' }],
      ['109/03/15 舉辦校慶運動會', ctx(), { date: '109/03/15', start: '2020-03-15', body: '舉辦' }],
      ['111年　學生人數達1,200人。', ctx(), { date: '111年', start: '2022-01-01', end: '2022-12-31', precision: 'year', body: '學生' }],
      ['100年度　獲選為優質化學校。', ctx(), { date: '100年度', start: '2011-01-01', end: '2011-12-31', body: '獲選' }],
      ['109.03　完成校舍補強工程', ctx(), { date: '109.03', start: '2020-03-01', end: '2020-03-31', body: '完成' }],
      ['108年6月，完成验收', M, { date: '108年6月', start: '2019-06-01', end: '2019-06-30', body: '完成' }],
      ['111年 学生人数达1200人', M, { date: '111年', start: '2022-01-01', end: '2022-12-31', body: '学生' }],
    ];
    for (const row of rows) run(row);
  });
  test('a month heading newer than the entry above is the month 上旬 and 本月 are in', () => {
    const rows: Row[] = [
      ['上旬　全市开展春运安全检查。', ctx({ year: 2019, month: 2, previous: '2019-01-28' }), { date: '上旬', start: '2019-02-01', end: '2019-02-10', precision: 'xun', body: '全市' }],
      ['本月　全市开展植树活动。', ctx({ year: 2019, month: 3, previous: ['2019-02-01', '2019-02-10', 'xun'] }), { date: '本月', start: '2019-03-01', end: '2019-03-31', precision: 'month', body: '全市' }],
      // under the same heading the entry above still counts
      ['下旬，召开总结会。', ctx({ year: 2019, month: 3, previous: '2019-03-05' }), { date: '下旬', start: '2019-03-21', end: '2019-03-31', precision: 'xun', body: '召开' }],
    ];
    for (const row of rows) run(row);
  });
  test('a history\'s entry dates: a year with its other count in brackets, 农历 after the year, 元月, two seasons, dotted ranges', () => {
    const rows: Row[] = [
      ['1937年（民国二十六年）7月7日，卢沟桥事变。', ctx(), { date: '1937年(民国二十六年)7月7日', start: '1937-07-07', body: '卢沟桥' }],
      ['1949年（己丑）3月，县城解放。', ctx(), { date: '1949年(己丑)3月', start: '1949-03-01', end: '1949-03-31', body: '县城' }],
      ['咸丰十一年农历三月初三，庙会。', ctx(), { date: '咸丰十一年农历三月初三', start: '1861-04-12', body: '庙会', calendar: 'lunar' }],
      ['元月，全县开展运动。', ctx({ year: 1952 }), { date: '元月', start: '1952-01-01', end: '1952-01-31', precision: 'month', body: '全县' }],
      ['2017年元月，开展活动。', ctx(), { date: '2017年元月', start: '2017-01-01', end: '2017-01-31', body: '开展' }],
      ['秋冬之交，全县开展运动。', ctx({ year: 1976 }), { date: '秋冬之交', start: '1976-09-01', end: '1977-02-28', precision: 'season', body: '全县' }],
      ['2020.10.8-11　舉辦競賽。', ctx(), { date: '2020.10.8-11', start: '2020-10-08', end: '2020-10-11', body: '舉辦' }],
      ['109.10.8-11　舉辦競賽。', ctx(), { date: '109.10.8-11', start: '2020-10-08', end: '2020-10-11', body: '舉辦' }],
      ['2021.03.05—03.11　台派出记者。', ctx(), { date: '2021.03.05-03.11', start: '2021-03-05', end: '2021-03-11', body: '台派' }],
      ['2021.07.20-08.05　台派出报道组。', ctx(), { date: '2021.07.20-08.05', start: '2021-07-20', end: '2021-08-05', body: '台派' }],
      // an end before the start is no range end
      ['2021.07.20-06.05　台派出报道组。', ctx(), { date: '2021.07.20', start: '2021-07-20', end: '2021-07-20', body: '-06' }],
      ['民國一○○年十月　完成工程。', ctx(), { date: '民國一○○年十月', start: '2011-10-01', end: '2011-10-31', body: '完成' }],
      ['110年上半年　完成評鑑。', ctx(), { date: '110年上半年', start: '2021-01-01', end: '2021-06-30', precision: 'half', body: '完成' }],
      ['109年第二季　辦理研習。', ctx(), { date: '109年第二季', start: '2020-04-01', end: '2020-06-30', precision: 'quarter', body: '辦理' }],
      ['109年底　禮堂改建完成。', ctx(), { date: '109年底', start: '2020-12-01', end: '2020-12-31', body: '禮堂' }],
    ];
    for (const row of rows) run(row);
  });
  test('periods every history names, and a reign\'s first or last years', () => {
    const rows: Row[] = [
      ['光绪末年，书院改学堂。', ctx(), { date: '光绪末年', start: '1906-01-01', end: '1908-12-31', body: '书院' }],
      ['清末，村中设私塾。', ctx(), { date: '清末', start: '1901-01-01', end: '1911-12-31', body: '村中' }],
      ['民国初年，村民集资修路。', ctx(), { date: '民国初年', start: '1912-01-01', end: '1916-12-31', body: '村民' }],
      ['抗战时期，村民组织游击队。', ctx(), { date: '抗战时期', start: '1937-01-01', end: '1945-12-31', body: '村民' }],
      ['“文化大革命”期间，学校停课。', ctx(), { date: '“文化大革命”期间', start: '1966-01-01', end: '1976-12-31', body: '学校' }],
    ];
    for (const row of rows) run(row);
    expect(matchEntryDate(fold('清末民初的建筑保存完好。'), 0, ctx())).toBeNull();
  });
  test('after a range of years, 次年 and 同年 count from its end', () => {
    run(['次年，公司上市。', ctx({ previous: ['2008-01-01', '2010-12-31', 'year'] }), { date: '次年', start: '2011-01-01', end: '2011-12-31', body: '公司' }]);
    run(['同年5月，公司更名。', ctx({ previous: ['2018-08-01', '2019-02-28', 'month'] }), { date: '同年5月', start: '2019-05-01', end: '2019-05-31', body: '公司' }]);
    // a winter runs into the next year, and is still its own year's
    run(['翌年春，水库竣工。', ctx({ previous: ['1976-12-01', '1977-02-28', 'season'] }), { date: '翌年春', start: '1977-03-01', end: '1977-05-31', body: '水库' }]);
  });
  test('年内，全年，月内 before a separator: the year or the month in force', () => {
    const rows: Row[] = [
      ['年内，全县新增就业1万人。', ctx({ year: 2019, previous: '2019-12-25' }), { date: '年内', start: '2019-01-01', end: '2019-12-31', precision: 'year', body: '全县' }],
      ['全年　完成固定资产投资50亿元。', ctx({ year: 2019 }), { date: '全年', start: '2019-01-01', end: '2019-12-31', precision: 'year', body: '完成' }],
      ['月内，开展安全检查。', ctx({ year: 2019, month: 1, previous: '2019-01-05' }), { date: '月内', start: '2019-01-01', end: '2019-01-31', precision: 'month', body: '开展' }],
    ];
    for (const row of rows) run(row);
    expect(matchEntryDate(fold('全年完成投资50亿元。'), 0, ctx({ year: 2019 }))).toBeNull();
  });
  test('三日　… is the 3rd under a month heading; 三日内 is no date', () => {
    run(['三日　县委召开全会。', ctx({ year: 2019, month: 1 }), { date: '三日', start: '2019-01-03', precision: 'day', body: '县委' }]);
    run(['一日，开展检查。', ctx({ year: 2019, month: 2 }), { date: '一日', start: '2019-02-01', body: '开展' }]);
    expect(matchEntryDate(fold('三日内完成整改。'), 0, ctx({ year: 2019, month: 1 }))).toBeNull();
  });
  test('decades with their century and their edge (20世纪60年代初, 八十年代末, 上世纪90年代)', () => {
    const after = (previous: string): DateContext => ctx({ previous: [previous, previous.replace(/-01-01$/, '-12-31'), 'year'] });
    const rows: Row[] = [
      ['20世纪60年代初，研究所迁至西安。', after('1958-01-01'), { date: '20世纪60年代初', start: '1960-01-01', end: '1963-12-31', precision: 'year', body: '研究所' }],
      ['八十年代末，研究所改制。', after('1960-01-01'), { date: '八十年代末', start: '1987-01-01', end: '1989-12-31', body: '研究所' }],
      ['1970年代中期，恢复科研。', ctx(), { date: '1970年代中期', start: '1974-01-01', end: '1976-12-31', body: '恢复' }],
      // a history runs forward: 90年代 after 1985 is the 1990s, 上世纪 is the 20th century
      ['90年代初，研究所转制。', after('1985-01-01'), { date: '90年代初', start: '1990-01-01', end: '1993-12-31', body: '研究所' }],
      ['上世纪90年代，划归集团。', after('1985-01-01'), { date: '上世纪90年代', start: '1990-01-01', end: '1999-12-31', body: '划归' }],
      // in a chronicle of its own year a decade is not in the future: 20年代 in 2016 is the 1920s
      ['20年代，始建校舍。', ctx({ year: 2016 }), { date: '20年代', start: '1920-01-01', end: '1929-12-31', body: '始建' }],
      ['本世纪10年代，学校扩建。', ctx({ year: 2016 }), { date: '本世纪10年代', start: '2010-01-01', end: '2019-12-31', body: '学校' }],
      // the nearer century in a history: 90年代 after 2000 is the 1990s; 中后期, 前后, 间
      ['90年代中后期，产品出口。', after('2000-01-01'), { date: '90年代中后期', start: '1994-01-01', end: '1999-12-31', body: '产品' }],
      ['2000年前后，工厂扩建。', ctx(), { date: '2000年前后', start: '2000-01-01', end: '2000-12-31', body: '工厂' }],
      ['1958年至1960年间，大炼钢铁。', ctx(), { date: '1958年至1960年间', start: '1958-01-01', end: '1960-12-31', body: '大炼' }],
    ];
    for (const row of rows) run(row);
  });
  test('in simplified text without Minguo context a short year starts no date', () => {
    expect(matchEntryDate(fold('108年6月，完成验收'), 0, ctx())).toBeNull();
    expect(matchEntryDate(fold('111年 学生人数达1200人'), 0, ctx())).toBeNull();
    // 12.5 under a year heading stays month and day, in Minguo context too.
    const m = matchEntryDate(fold('12.5　舉辦校慶'), 0, { ...ctx({ year: 2020 }), minguo: true })!;
    expect(m.value).toMatchObject({ start: '2020-12-05' });
  });
  test('a bare 78 is a number unless the table is Minguo', () => {
    expect(matchEntryDate(fold('78\t本系前身'), 0, ctx())).toBeNull();
  });
  test('bad options throw at once', () => {
    expect(() => matchEntryDate('2020年', 0, ctx(), { bareYear: 'julian' as never })).toThrow(/^dashiji: matchEntryDate: options\.bareYear/);
  });
  test('index is honoured: a label before the date is skipped by the caller', () => {
    const norm = fold('1、2020 年 1 月 4 日，第二届');
    const m = matchEntryDate(norm, 2, Y2020)!;
    expect([m.start, m.end, m.bodyStart]).toEqual([2, 16, 17]);
  });
});
