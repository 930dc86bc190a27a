/**
 * Step 3 of segmentation (src/segment/assemble.ts), end to end through parseChronicle: one small
 * synthetic chronicle per layout the genre uses, each checked for entries (label, date, text),
 * for the diagnostics that matter to it, and for the contract (spans, nothing lost).
 *
 * Entry rows are [label, start, end, precision, date text, entry text].
 */
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { createParser, parseChronicle } from '../src/index.js';
import type { ExtractContext } from '../src/index.js';
import { contractProblems } from './helpers/contract-problems.js';
import { subjectOfTitle } from '../src/segment/assemble.js';
import { segment } from '../src/segment/index.js';
import type { Segmentation } from '../src/segment/index.js';

type Row = [label: string | null, start: string | null, end: string | null, precision: string | null, dateText: string | null, text: string];

function entriesOf(text: string): Row[] {
  const doc = parseChronicle(text);
  expect(contractProblems(text, doc)).toEqual([]);
  return doc.entries.map((e) => [e.label, e.date?.start ?? null, e.date?.end ?? null, e.date?.precision ?? null, e.date?.text ?? null, e.text]);
}

const codes = (text: string, wanted: string[]) => parseChronicle(text).diagnostics.filter((d) => wanted.includes(d.code)).map((d) => d.code);

describe('layouts', () => {
  const rows: Array<[string, string, Row[]]> = [
    [
      'a headline line, then its dated body line; a year inside an event name is not the date',
      '2019年大事记\n1.学院举办开学典礼\n2019年9月2日，学院在礼堂举办开学典礼。\n2.学院召开教学工作会\n9月10日，学院召开教学工作会议。\n3.2019年校园科技节开幕\n10月8日，校园科技节开幕。\n4.学院获评先进单位\n教育厅于11月5日公布名单，学院获评先进单位。\n',
      [
        ['1', '2019-09-02', '2019-09-02', 'day', '2019年9月2日', '学院举办开学典礼 2019年9月2日，学院在礼堂举办开学典礼。'],
        ['2', '2019-09-10', '2019-09-10', 'day', '9月10日', '学院召开教学工作会 9月10日，学院召开教学工作会议。'],
        ['3', '2019-10-08', '2019-10-08', 'day', '10月8日', '2019年校园科技节开幕 10月8日，校园科技节开幕。'],
        ['4', '2019-11-05', '2019-11-05', 'day', '11月5日', '学院获评先进单位 教育厅于11月5日公布名单，学院获评先进单位。'],
      ],
    ],
    [
      'record blocks: a year line, a label line (month, English month), then the text',
      '发展历程\n2015\n11月\n公司成立。\n2016\nSep.\n发布第一个版本。\n2017\nMarch 2017\n获得融资。\n',
      [
        [null, '2015-11-01', '2015-11-30', 'month', '11月', '公司成立。'],
        [null, '2016-09-01', '2016-09-30', 'month', 'Sep.', '发布第一个版本。'],
        [null, '2017-03-01', '2017-03-31', 'month', 'March 2017', '获得融资。'],
      ],
    ],
    [
      'a year inside an event name is not the date when a label line or heading already dated the entry',
      '发展历程\n2017\n2017.03\n2018年全球智能制造峰会在京举办。\n2019\n5月\n2020年度大会在京召开。\n2021年，公司上市。\n',
      [
        [null, '2017-03-01', '2017-03-31', 'month', '2017.03', '2018年全球智能制造峰会在京举办。'],
        [null, '2019-05-01', '2019-05-31', 'month', '5月', '2020年度大会在京召开。'],
        [null, '2021-01-01', '2021-12-31', 'year', '2021年', '公司上市。'],
      ],
    ],
    [
      'undated event lines under year and month headings, dated by the heading',
      '县志大事记\n1950年\n成立县人民政府。\n开展土地改革。\n1951年\n3月\n修建水库。\n',
      [
        [null, '1950-01-01', '1950-12-31', 'year', '1950年', '成立县人民政府。'],
        [null, '1950-01-01', '1950-12-31', 'year', '1950年', '开展土地改革。'],
        [null, '1951-03-01', '1951-03-31', 'month', '3月', '修建水库。'],
      ],
    ],
    [
      'blank-line separated paragraphs: an unfinished line continues, a finished one ends the event',
      '县志\n\n1960年\n\n修建水库，全县\n\n出工三万人。\n\n兴办中学。\n',
      [
        [null, '1960-01-01', '1960-12-31', 'year', '1960年', '修建水库，全县出工三万人。'],
        [null, '1960-01-01', '1960-12-31', 'year', '1960年', '兴办中学。'],
      ],
    ],
    [
      'month headings with day-only entries, the year from a bracketed subtitle',
      '学院大事记\n（2011年5~6月）\n五月\n3日，召开会议。\n12日 举办讲座。\n六月\n1日，举行典礼。\n',
      [
        [null, '2011-05-03', '2011-05-03', 'day', '3日', '召开会议。'],
        [null, '2011-05-12', '2011-05-12', 'day', '12日', '举办讲座。'],
        [null, '2011-06-01', '2011-06-01', 'day', '1日', '举行典礼。'],
      ],
    ],
    [
      'same-period markers: ▲ takes the entry above’s date, 同日 and 是月 resolve against it',
      '大事记\n1984年\n11月5日 市政府召开会议。\n▲市里决定建设港口。\n同日，召开座谈会。\n是月，建成公路。\n',
      [
        [null, '1984-11-05', '1984-11-05', 'day', '11月5日', '市政府召开会议。'],
        [null, '1984-11-05', '1984-11-05', 'day', '▲', '市里决定建设港口。'],
        [null, '1984-11-05', '1984-11-05', 'day', '同日', '召开座谈会。'],
        [null, '1984-11-01', '1984-11-30', 'month', '是月', '建成公路。'],
      ],
    ],
    [
      'reign and era headings: the bracketed Gregorian year wins; a span of years dates by the span',
      '大事记\n民国4年（1915年）\n设立盐务局。\n清康熙年间（1662～1722年）\n始创滴醋。\n',
      [
        [null, '1915-01-01', '1915-12-31', 'year', '民国4年（1915年）', '设立盐务局。'],
        [null, '1662-01-01', '1722-12-31', 'year', '清康熙年间（1662～1722年）', '始创滴醋。'],
      ],
    ],
    [
      'one TAB-separated table row per event: year | date | event',
      '年份\t日期\t事件\n2015\t3月1日\t成立公司\n2016\t5月2日\t发布产品\n',
      [
        [null, '2015-03-01', '2015-03-01', 'day', '3月1日', '成立公司'],
        [null, '2016-05-02', '2016-05-02', 'day', '5月2日', '发布产品'],
      ],
    ],
    [
      'labels past 9999',
      '2020年大事记\n9999、1月4日，甲。\n10000、1月5日，乙。\n10001、1月6日，丙。\n',
      [
        ['9999', '2020-01-04', '2020-01-04', 'day', '1月4日', '甲。'],
        ['10000', '2020-01-05', '2020-01-05', 'day', '1月5日', '乙。'],
        ['10001', '2020-01-06', '2020-01-06', 'day', '1月6日', '丙。'],
      ],
    ],
    [
      'numbering whose style changes inside the file: 1. → 2， → 3、',
      '2020年大事记\n1.1月4日，甲。\n2，2月5日，乙。\n3、3月6日，丙。\n',
      [
        ['1', '2020-01-04', '2020-01-04', 'day', '1月4日', '甲。'],
        ['2', '2020-02-05', '2020-02-05', 'day', '2月5日', '乙。'],
        ['3', '2020-03-06', '2020-03-06', 'day', '3月6日', '丙。'],
      ],
    ],
    [
      'sub-items 1. 2. after a colon stay inside their entry',
      '2020年大事记\n1、3月1日，会议决定：\n1. 成立小组；\n2. 制定计划。\n2、4月1日，召开大会。\n',
      [
        ['1', '2020-03-01', '2020-03-01', 'day', '3月1日', '会议决定：1. 成立小组；2. 制定计划。'],
        ['2', '2020-04-01', '2020-04-01', 'day', '4月1日', '召开大会。'],
      ],
    ],
    [
      'an indented photo caption that repeats the date stays inside its entry',
      '2020年大事记\n3月1日，召开会议。\n  3月1日，与会人员合影。\n4月1日，召开大会。\n',
      [
        [null, '2020-03-01', '2020-03-01', 'day', '3月1日', '召开会议。3月1日，与会人员合影。'],
        [null, '2020-04-01', '2020-04-01', 'day', '4月1日', '召开大会。'],
      ],
    ],
    [
      'an old county gazetteer: dynasty headings, reign years bracketed before the common era and before 1000, an era dated once',
      '某县大事记\n周\n襄王十年(前642)\n筑城。\n東 漢\n永元三年(91)\n设县。\n元\n延祐二年(1315)\n修学宫。\n延祐五年\n八月，大水。\n',
      [
        [null, '-0641-01-01', '-0641-12-31', 'year', '襄王十年(前642)', '筑城。'],
        [null, '0091-01-01', '0091-12-31', 'year', '永元三年(91)', '设县。'],
        [null, '1315-01-01', '1315-12-31', 'year', '延祐二年(1315)', '修学宫。'],
        [null, '1318-08-27', '1318-09-24', 'month', '八月', '大水。'],
      ],
    ],
    [
      'labelled section headings above several dated lines each',
      '某协会2021年大事记\n一、重要会议\n1月15日，召开理事会。\n3月20日，召开年度工作会议。\n二、交流合作\n4月8日，签署合作协议。\n5月12日—14日，参加展览会。\n',
      [
        [null, '2021-01-15', '2021-01-15', 'day', '1月15日', '召开理事会。'],
        [null, '2021-03-20', '2021-03-20', 'day', '3月20日', '召开年度工作会议。'],
        [null, '2021-04-08', '2021-04-08', 'day', '4月8日', '签署合作协议。'],
        [null, '2021-05-12', '2021-05-14', 'day', '5月12日—14日', '参加展览会。'],
      ],
    ],
    [
      'labelled section headings above entries labelled in another family',
      'XX区2020年大事记\n一、党的建设\n（一）1月10日，召开常委会议。\n（二）3月5日，举办培训班。\n二、经济发展\n（一）4月20日，签订投资协议。\n（二）6月30日，发布数据。\n',
      [
        ['（一）', '2020-01-10', '2020-01-10', 'day', '1月10日', '召开常委会议。'],
        ['（二）', '2020-03-05', '2020-03-05', 'day', '3月5日', '举办培训班。'],
        ['（一）', '2020-04-20', '2020-04-20', 'day', '4月20日', '签订投资协议。'],
        ['（二）', '2020-06-30', '2020-06-30', 'day', '6月30日', '发布数据。'],
      ],
    ],
    [
      'a paragraph about the dated event above (会上, 会议, 访问期间) goes on it; an undated event after it stands alone',
      '某所大事记\n2019年\n3月12日，召开学术委员会会议。\n会议审议了年度科研计划。\n3月15日，所长率团出访德国。\n访问期间，参观了研究所。\n全所开展安全检查。\n',
      [
        [null, '2019-03-12', '2019-03-12', 'day', '3月12日', '召开学术委员会会议。会议审议了年度科研计划。'],
        [null, '2019-03-15', '2019-03-15', 'day', '3月15日', '所长率团出访德国。访问期间，参观了研究所。'],
        [null, '2019-01-01', '2019-12-31', 'year', '2019年', '全所开展安全检查。'],
      ],
    ],
    [
      'dates written after the entry, in brackets',
      '某某中学2019年大事记\n\n学校召开新学期教职工大会。（2月18日）\n\n学校举行志愿服务启动仪式。(3月5日)\n\n学生获一等奖3项。（4月20日）\n',
      [
        [null, '2019-02-18', '2019-02-18', 'day', '2月18日', '学校召开新学期教职工大会。'],
        [null, '2019-03-05', '2019-03-05', 'day', '3月5日', '学校举行志愿服务启动仪式。'],
        [null, '2019-04-20', '2019-04-20', 'day', '4月20日', '学生获一等奖3项。'],
      ],
    ],
    [
      'records written as fields (时间：… / 事件：…)',
      '某协会大事记\n\n时间：2019年3月5日\n事件：协会召开理事会。\n\n时间：2019年6月18日\n事件：组织会员单位考察。\n',
      [
        [null, '2019-03-05', '2019-03-05', 'day', '2019年3月5日', '协会召开理事会。'],
        [null, '2019-06-18', '2019-06-18', 'day', '2019年6月18日', '组织会员单位考察。'],
      ],
    ],
    [
      'stray and no-break spaces inside a date',
      '大事记\n2019年 \u00a03月\u00a08日，召开会议。\n2019年4月1日，举办活动。\n',
      [
        [null, '2019-03-08', '2019-03-08', 'day', '2019年 \u00a03月\u00a08日', '召开会议。'],
        [null, '2019-04-01', '2019-04-01', 'day', '2019年4月1日', '举办活动。'],
      ],
    ],
    [
      'date headings with bullet items: each item is an entry on the heading’s day; a month-titled page gives the year',
      '2021年3月本市要闻\n\n3月1日\n\n3月2日\n\n  • 新图书馆开馆。\n  • 东湖公园完成改造。\n\n3月4日至6日\n\n  · 举办春季花展。\n\n2021年3月9日\n- 地铁五号线试运行。\n',
      [
        [null, '2021-03-02', '2021-03-02', 'day', '3月2日', '新图书馆开馆。'],
        [null, '2021-03-02', '2021-03-02', 'day', '3月2日', '东湖公园完成改造。'],
        [null, '2021-03-04', '2021-03-06', 'day', '3月4日至6日', '举办春季花展。'],
        [null, '2021-03-09', '2021-03-09', 'day', '2021年3月9日', '地铁五号线试运行。'],
      ],
    ],
    [
      'date headings with a weekday, under a month-dated title',
      '2021年3月本市要闻\n\n3月2日（星期二）\n  • 新图书馆开馆。\n3月4日（星期四）\n  • 举办春季花展。\n',
      [
        [null, '2021-03-02', '2021-03-02', 'day', '3月2日（星期二）', '新图书馆开馆。'],
        [null, '2021-03-04', '2021-03-04', 'day', '3月4日（星期四）', '举办春季花展。'],
      ],
    ],
    [
      'Markdown day headings with list items',
      '# 2021年3月\n\n### 3月2日\n\n- 新图书馆开馆。\n- 东湖公园完成改造。\n\n### 3月4日\n\n- 举办春季花展。\n',
      [
        [null, '2021-03-02', '2021-03-02', 'day', '3月2日', '新图书馆开馆。'],
        [null, '2021-03-02', '2021-03-02', 'day', '3月2日', '东湖公园完成改造。'],
        [null, '2021-03-04', '2021-03-04', 'day', '3月4日', '举办春季花展。'],
      ],
    ],
    [
      'a bullet indented deeper than the item above is its sub-item',
      '2021年3月本市要闻\n3月2日\n  • 新图书馆开馆。\n      ◦ 藏书十万册。\n      • 设自习座位五百个。\n  • 东湖公园完成改造。\n',
      [
        [null, '2021-03-02', '2021-03-02', 'day', '3月2日', '新图书馆开馆。◦ 藏书十万册。• 设自习座位五百个。'],
        [null, '2021-03-02', '2021-03-02', 'day', '3月2日', '东湖公园完成改造。'],
      ],
    ],
    [
      'a date heading with indented items',
      '2021年3月本市要闻\n3月2日\n    新图书馆开馆。\n    东湖公园完成改造。\n',
      [
        [null, '2021-03-02', '2021-03-02', 'day', '3月2日', '新图书馆开馆。'],
        [null, '2021-03-02', '2021-03-02', 'day', '3月2日', '东湖公园完成改造。'],
      ],
    ],
    [
      'record blocks between separator lines: one entry per block, the side label and captions inside it',
      '校史上的十月\n==========\n10.8\n2016年10月8日\n学院举办校庆\n2016年10月8日，学院举办建校六十周年庆典。\n☆校庆现场\n★校友合影\n==========\n10.12\n2009年10月12日\n新校区启用\n2009年10月12日，新校区正式启用。\n',
      [
        [null, '2016-10-08', '2016-10-08', 'day', '2016年10月8日', '学院举办校庆 2016年10月8日，学院举办建校六十周年庆典。 ☆校庆现场 ★校友合影'],
        [null, '2009-10-12', '2009-10-12', 'day', '2009年10月12日', '新校区启用 2009年10月12日，新校区正式启用。'],
      ],
    ],
    [
      'date line, headline, body repeating the date, and photo captions, without separators',
      '校史上的十月\n\n2016年10月8日\n学院举办校庆\n2016年10月8日，学院举办庆典。\n☆校庆现场\n☆校友合影\n\n2009年10月12日\n新校区启用\n2009年10月12日，新校区正式启用。\n☆启用仪式\n',
      [
        [null, '2016-10-08', '2016-10-08', 'day', '2016年10月8日', '学院举办校庆 2016年10月8日，学院举办庆典。 ☆校庆现场 ☆校友合影'],
        [null, '2009-10-12', '2009-10-12', 'day', '2009年10月12日', '新校区启用 2009年10月12日，新校区正式启用。 ☆启用仪式'],
      ],
    ],
    [
      'on this day: year-only entries happen on the title’s month-day; a bullet written after a date repeats the period',
      '本校历史上的今天 5月3日\n\n1950年：学校举行成立大会。\n\n1978年：⊙恢复招生。\n\n⊙图书馆落成。\n\n1999年3月：学校更名。\n',
      [
        [null, '1950-05-03', '1950-05-03', 'day', '1950年', '学校举行成立大会。'],
        [null, '1978-05-03', '1978-05-03', 'day', '1978年', '恢复招生。'],
        [null, '1978-05-03', '1978-05-03', 'day', '⊙', '图书馆落成。'],
        [null, '1999-03-01', '1999-03-31', 'month', '1999年3月', '学校更名。'],
      ],
    ],
    [
      'year lines, each holding one short event line with no sentence end',
      '发展历程\n2008\n公司成立\n2009\n推出首款产品\n2012\n完成首轮融资\n',
      [
        [null, '2008-01-01', '2008-12-31', 'year', '2008', '公司成立'],
        [null, '2009-01-01', '2009-12-31', 'year', '2009', '推出首款产品'],
        [null, '2012-01-01', '2012-12-31', 'year', '2012', '完成首轮融资'],
      ],
    ],
    [
      'short unpunctuated event lines under year headings, several per year',
      '公司发展历程\n2008年\n公司成立\n推出首款产品\n2009年\n获得首轮融资\n进入华东市场\n',
      [
        [null, '2008-01-01', '2008-12-31', 'year', '2008年', '公司成立'],
        [null, '2008-01-01', '2008-12-31', 'year', '2008年', '推出首款产品'],
        [null, '2009-01-01', '2009-12-31', 'year', '2009年', '获得首轮融资'],
        [null, '2009-01-01', '2009-12-31', 'year', '2009年', '进入华东市场'],
      ],
    ],
    [
      'year / dash / text lines: the dash is no text',
      '公司大事记\n2008 — 公司成立\n2009 - 推出首款产品\n',
      [
        [null, '2008-01-01', '2008-12-31', 'year', '2008', '公司成立'],
        [null, '2009-01-01', '2009-12-31', 'year', '2009', '推出首款产品'],
      ],
    ],
    [
      'year lines above English-month / dash / text lines',
      '公司大事记\n2019\nJan - 公司成立\nMar - 推出首款产品\n2020\nSept. 5 - 完成融资\n',
      [
        [null, '2019-01-01', '2019-01-31', 'month', 'Jan', '公司成立'],
        [null, '2019-03-01', '2019-03-31', 'month', 'Mar', '推出首款产品'],
        [null, '2020-09-05', '2020-09-05', 'day', 'Sept. 5', '完成融资'],
      ],
    ],
  ];
  test.each(rows)('%s', (_name, text, want) => {
    expect(entriesOf(text)).toEqual(want);
  });
});

describe('what a layout must not do', () => {
  test('a numbered chronicle: a date-led line after an unfinished sentence is no entry', () => {
    expect(entriesOf('2020年大事记\n1、1月4日，会议决定于\n3月5日召开大会。\n2、2月5日，乙。\n').map((r) => r[0])).toEqual(['1', '2']);
  });
  test('a short undated line under a year heading with no sentence is a section heading, not an event', () => {
    const doc = parseChronicle('县志\n1950年\n政治\n成立县人民政府。\n');
    expect(doc.headings.map((h) => h.text)).toContain('政治');
    expect(doc.entries).toHaveLength(1);
  });
  test('a label restarting at 1 without a colon above starts a new entry', () => {
    expect(entriesOf('大事记\n2019年\n1、3月1日，甲。\n2020年\n1、4月1日，乙。\n').map((r) => r[0])).toEqual(['1', '1']);
  });
  test('an indented dated line with another date and no picture word is a new entry', () => {
    expect(entriesOf('2020年大事记\n3月1日，召开会议。\n  3月9日，召开大会。\n').map((r) => r[1])).toEqual(['2020-03-01', '2020-03-09']);
  });
  test('a gazetteer that indents every entry alike: two events of one month are two entries, not an entry and its caption', () => {
    const text = '某县大事记\n1955年\n   1月  甲县开展整社活动。\n   1月  乙区成立林场。\n   2月3日  丙事。\n';
    expect(entriesOf(text).map((r) => [r[1], r[5]])).toEqual([
      ['1955-01-01', '甲县开展整社活动。'],
      ['1955-01-01', '乙区成立林场。'],
      ['1955-02-03', '丙事。'],
    ]);
  });
  test('a date heading’s items with their own dates keep them; the heading dates only the undated', () => {
    expect(entriesOf('2021年大事记\n3月2日\n- 3月3日，甲事。\n- 乙事。\n').map((r) => [r[1], r[4]])).toEqual([
      ['2021-03-03', '3月3日'],
      ['2021-03-02', '3月2日'],
    ]);
  });
  test('the undated events below a date alone on its line happened that day, until the next dated entry', () => {
    expect(entriesOf('大事记\n2021年\n3月2日\n新图书馆开馆。\n东湖公园完成改造。\n3月5日，召开大会。\n发布规划。\n').map((r) => [r[1], r[4]])).toEqual([
      ['2021-03-02', '3月2日'],
      ['2021-03-02', '3月2日'],
      ['2021-03-05', '3月5日'],
      ['2021-01-01', '2021年'],
    ]);
  });
  test('without a year heading too, and a sentence left unfinished still continues its entry', () => {
    expect(entriesOf('2021年大事记\n3月2日\n新图书馆开馆。\n东湖公园完成改造，全区\n新增绿地十公顷。\n').map((r) => [r[1], r[5]])).toEqual([
      ['2021-03-02', '新图书馆开馆。'],
      ['2021-03-02', '东湖公园完成改造，全区新增绿地十公顷。'],
    ]);
  });
  test('a date line followed by an unindented, unmarked line is that entry’s date, not a heading', () => {
    expect(entriesOf('2021年大事记\n3月2日\n新图书馆开馆。\n').map((r) => [r[4], r[5]])).toEqual([['3月2日', '新图书馆开馆。']]);
  });
  test('a dated first line is a title only above a date line, and only when it names a month', () => {
    const titled = parseChronicle('2021年3月本市要闻\n3月2日\n- 新图书馆开馆。\n');
    expect([titled.title, titled.entries.length]).toEqual(['2021年3月本市要闻', 1]);
    expect(parseChronicle('2021年3月本市要闻\n- 新图书馆开馆。\n').title).toBeNull();
    expect(parseChronicle('2021年本市要闻\n3月2日\n- 新图书馆开馆。\n').title).toBeNull();
    expect(parseChronicle('2021年3月，本市召开大会。\n3月2日\n- 新图书馆开馆。\n').title).toBeNull();
  });
  test('a date heading with nothing under it is a heading, not an entry', () => {
    const doc = parseChronicle('2021年3月本市要闻\n3月1日\n3月2日\n- 新图书馆开馆。\n');
    expect(doc.entries).toHaveLength(1);
    expect(doc.headings.map((h) => h.text)).toEqual(['2021年3月本市要闻', '3月1日', '3月2日']);
  });
  test('a record block’s side label raises no unresolved date; its separators are furniture', () => {
    const text = '校史\n----------\n10.8\n2016年10月8日\n学院举办校庆\n----------\n10.12\n2009年10月12日\n新校区启用\n';
    expect(codes(text, ['unresolved-date', 'undated-entry', 'page-furniture'])).toEqual(['page-furniture', 'page-furniture']);
  });
  test('an on-this-day title names one day: with two days, or a year, year-only entries keep the year', () => {
    expect(entriesOf('历史上的今天 5月3日、5月4日\n1950年：甲事。\n').map((r) => r[3])).toEqual(['year']);
    expect(entriesOf('2020年5月3日大事记\n1950年：甲事。\n').map((r) => r[3])).toEqual(['year']);
  });
  test('a side label above a full date line is in the entry’s span, not its text, and raises nothing', () => {
    const text = '校史\n10.8\n2016年10月8日\n学院举办校庆。\n10.12\n2009年10月12日\n新校区启用。\n';
    const doc = parseChronicle(text);
    expect(doc.entries.map((e) => [text.slice(e.span.start, e.span.start + 4), e.text])).toEqual([
      ['10.8', '学院举办校庆。'],
      ['10.1', '新校区启用。'],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).toEqual([]);
  });
  test('a number line above a date that writes no year is no side label', () => {
    expect(codes('大事记\n10.8\n10月8日\n学院举办校庆。\n', ['unresolved-date', 'undated-entry']).length).toBeGreaterThan(0);
  });
  test('a caption bullet under an entry dated only by its heading is an item of its own', () => {
    expect(entriesOf('大事记\n2016年\n☆学院举办校庆。\n☆新校区启用。\n').map((r) => r[5])).toEqual(['学院举办校庆。', '新校区启用。']);
  });
  test('a line repeating the date further down an entry starts a new one', () => {
    expect(entriesOf('校史\n2016年10月8日\n学院举办校庆\n庆典在礼堂举行。\n2016年10月8日，新校区启用。\n').map((r) => r[5])).toEqual([
      '学院举办校庆庆典在礼堂举行。',
      '新校区启用。',
    ]);
  });
  test('the day of an on-this-day title may stand on its own line right under it', () => {
    expect(entriesOf('本校历史上的今天\n5月3日\n1950年：学校举行成立大会。\n').map((r) => [r[1], r[4]])).toEqual([['1950-05-03', '1950年']]);
    // Not when the line under the title is a side label above a full date.
    expect(entriesOf('大事记\n5月3日\n2013\n2013年5月3日，学校举行大会。\n1950年，建校。\n').map((r) => r[3])).toEqual(['day', 'year']);
  });
  test('a bullet that never follows a date is no same-period mark', () => {
    expect(entriesOf('大事记\n1950年，甲事。\n⊙乙事。\n').map((r) => r[1])).toEqual(['1950-01-01', null]);
  });
  test('a short line above the events of its heading stays a section heading; alone at the end it is one too', () => {
    const doc = parseChronicle('县志\n1950年\n政治\n成立县人民政府。\n1951年\n附录\n');
    expect(doc.headings.map((h) => h.text)).toEqual(['县志', '1950年', '政治', '1951年', '附录']);
    expect(doc.entries).toHaveLength(1);
  });
  test('▲ with no entry above has no date to share', () => {
    expect(entriesOf('大事记\n▲甲事。\n▲乙事。\n').map((r) => r[1])).toEqual([null, null]);
  });
});

describe('direction', () => {
  test('a newest-first chronicle reports no date-out-of-order for its own direction', () => {
    expect(codes('大事记\n- 2020-05-01: 丙。\n- 2019-03-01: 乙。\n- 2018-01-01: 甲。\n', ['date-out-of-order'])).toEqual([]);
  });
  test('a step against the document’s direction is reported', () => {
    expect(codes('大事记\n- 2020-05-01: 丙。\n- 2019-03-01: 乙。\n- 2019-09-01: 丁。\n- 2018-01-01: 甲。\n', ['date-out-of-order'])).toEqual(['date-out-of-order']);
  });
});

describe('the heading stack carries the calendar', () => {
  test('entries under a pre-1912 reign-year heading are marked lunar; under a Minguo one they are not', () => {
    const seen: Array<string | undefined> = [];
    const probe = { name: 'probe', schema: z.never(), extract: (ctx: ExtractContext) => (seen.push(ctx.heading.calendar), []) };
    createParser({ extractors: [probe] }).parse('大事记\n清顺治二年（1645年）\n九月，海州大水。\n民国4年（1915年）\n设立盐务局。\n');
    expect(seen).toEqual(['lunar', undefined]);
  });
});

describe('section labels around headings and day lines', () => {
  test('（一）2015年, 第三部分　2017年, ■四月: a label or a bullet before a year or month is still a heading', () => {
    const r = parseChronicle('某学会大事记\n（一）2015年\n1．1月10日，学会召开理事会。\n（二）2016年\n2．4月2日，学会举办论坛。\n第三部分　2017年\n3．5月6日，学会换届。\n■四月\n9日　学会召开会议。\n');
    expect(r.headings.filter((h) => h.kind !== 'title').map((h) => [h.kind, h.year, h.month])).toEqual([['year', 2015, null], ['year', 2016, null], ['year', 2017, null], ['month', null, 4]]);
    expect(r.entries.map((e) => e.date?.start)).toEqual(['2015-01-10', '2016-04-02', '2017-05-06', '2017-04-09']);
  });
  test('a period above a year heading is a section (二、全面建设社会主义时期（1957—1966）, 第二编　…)', () => {
    const r = parseChronicle('某县大事记\n一、过渡时期（1949—1956）\n\n1949年\n10月，县人民政府成立。\n二、全面建设社会主义时期（1957—1966）\n\n1958年\n8月，成立人民公社。\n第二编　社会主义革命和建设时期\n1960年\n5月，修水库。\n');
    expect(r.entries.map((e) => e.date?.start)).toEqual(['1949-10-01', '1958-08-01', '1960-05-01']);
    expect(r.headings.filter((h) => h.kind === 'section')).toHaveLength(3);
  });
  test('a labelled period right above a year heading, and the others voting with it (三、 over an entry of its own)', () => {
    const r = parseChronicle('某县大事记\n一、过渡时期（1949—1956）\n1949年\n10月，县人民政府成立。\n二、建设时期（1957—1965）\n1958年\n8月，成立人民公社。\n三、“文化大革命”时期（1966—1976）\n“文化大革命”期间，全县党政机关陷于瘫痪。\n1971年\n9月，传达文件。\n10、11月间，全县开展运动。\n');
    expect(r.entries.map((e) => [e.label, e.date?.text, e.date?.start, e.date?.end])).toEqual([
      [null, '10月', '1949-10-01', '1949-10-31'],
      [null, '8月', '1958-08-01', '1958-08-31'],
      [null, '“文化大革命”期间', '1966-01-01', '1976-12-31'],
      [null, '9月', '1971-09-01', '1971-09-30'],
      [null, '10、11月间', '1971-10-01', '1971-11-30'],
    ]);
  });
  test('一、组织建设 above a day alone on its line is a section, not an entry', () => {
    const r = parseChronicle('某学会2018年大事记\n一、组织建设\n1月10日\n学会召开常务理事会。\n3月5日\n学会召开理事会。\n二、学术交流\n4月2日\n学会举办论坛。\n');
    expect(r.entries.map((e) => [e.date?.start, e.text])).toEqual([
      ['2018-01-10', '学会召开常务理事会。'],
      ['2018-03-05', '学会召开理事会。'],
      ['2018-04-02', '学会举办论坛。'],
    ]);
  });
  test('a numbered entry that names its day near its start is dated by it (1. 沈国良于1月3日主持…)', () => {
    const r = parseChronicle('某镇2020年大事记\n1. 镇党委书记沈国良于1月3日主持召开镇党委会议。\n2. 镇长陆建峰2月5日带队检查安全生产。\n3. 全镇完成2020年度工作目标。\n');
    expect(r.entries.map((e) => [e.label, e.date?.start, e.date?.precision])).toEqual([['1', '2020-01-03', 'day'], ['2', '2020-02-05', 'day'], ['3', '2020-01-01', 'year']]);
  });
  test('a line led by a meeting\'s name and a wide gap is an entry dated by the date after the gap', () => {
    // no heading: the lines started nothing (the first was unparsed text, the next glued on)
    const plain = parseChronicle('某区2022年大事记\n区委十四届十次全会　1月10日召开。全会审议通过工作要点。\n1月12日　区政府召开常务会议。\n区人大常委会第三次会议  1月20日至21日举行。\n');
    expect(plain.entries.map((e) => [e.date?.start, e.date?.end, e.date?.text, e.text.slice(0, 6)])).toEqual([
      ['2022-01-10', '2022-01-10', '1月10日', '区委十四届十'],
      ['2022-01-12', '2022-01-12', '1月12日', '区政府召开常'],
      ['2022-01-20', '2022-01-21', '1月20日至21日', '区人大常委会'],
    ]);
    // under a month heading: the day, not the month
    const month = parseChronicle('某区2022年大事记\n1月\n管委会第5次主任办公会议\t1月22日召开。\n');
    expect(month.entries.map((e) => [e.date?.start, e.date?.precision])).toEqual([['2022-01-22', 'day']]);
    // a single space is no gap, and a sentence that runs on from the entry above stays in it
    const run = parseChronicle('某区2022年大事记\n1月5日　区委召开常委会会议，\n会议决定　1月10日召开全会。\n区委全会 1月10日召开。\n');
    expect(run.entries).toHaveLength(1);
  });
  test('a 年谱\'s year heading with its sexagenary year and the subject\'s age is a heading, not an entry', () => {
    const r = parseChronicle('陈伯衡先生年谱\n1921年（民国十年　辛酉）　一岁\n农历八月十五日，生于浙江省绍兴县。\n1958年　三十八岁\n浙江师范学院与杭州大学合并。\n');
    expect(r.entries.map((e) => [e.date?.start, e.date?.end, e.text])).toEqual([
      ['1921-09-16', '1921-09-16', '生于浙江省绍兴县。'],
      ['1958-01-01', '1958-12-31', '浙江师范学院与杭州大学合并。'],
    ]);
    expect(r.headings.filter((h) => h.kind === 'year').map((h) => h.year)).toEqual([1921, 1958]);
    expect(r.diagnostics.filter((d) => d.code === 'era-year-mismatch')).toEqual([]);
  });
  test('a 年表\'s age cell after the year is no text, and the month or day after it dates the entry', () => {
    const r = parseChronicle('林素秋年表\n1918年　1岁　3月12日，生于福建省福州市。\n1941年　二十四岁　6月，大学毕业。\n1943年　26岁　任教于中学。\n');
    expect(r.entries.map((e) => [e.date?.start, e.date?.end, e.date?.text, e.text])).toEqual([
      ['1918-03-12', '1918-03-12', '3月12日', '生于福建省福州市。'],
      ['1941-06-01', '1941-06-30', '6月', '大学毕业。'],
      ['1943-01-01', '1943-12-31', '1943年', '任教于中学。'],
    ]);
    expect(r.entries.flatMap((e) => e.figures)).toEqual([]);
  });
  test('in a Word export that indents every paragraph, an undated paragraph after a finished entry is an entry', () => {
    const r = parseChronicle('白沙镇2021年大事记\n9月\n　　9月3日，副县长张海燕到白沙镇检查开学准备工作。\n　　全镇开展秋季森林防火宣传。\n　　9月9日，召开会议，\n　　　　研究防汛工作。\n');
    expect(r.entries.map((e) => [e.date?.start, e.date?.precision, e.text])).toEqual([
      ['2021-09-03', 'day', '副县长张海燕到白沙镇检查开学准备工作。'],
      ['2021-09-01', 'month', '全镇开展秋季森林防火宣传。'],
      ['2021-09-09', 'day', '召开会议，研究防汛工作。'],
    ]);
  });
  test('a table row with an empty date cell after a finished row is another event of that date; after an unfinished one it wraps', () => {
    const text = '某县2023年大事记\n时间\t事件\n1月12日\t县长陈立新带队检查春运安全工作。\n\t县政府召开全县农村人居环境整治工作推进会。\n1月16日\t市长郭志刚到县调研，\n\t县委书记黄振宇陪同。\n';
    const r = parseChronicle(text);
    expect(r.entries.map((e) => [e.date?.start, e.date?.rule, e.text])).toEqual([
      ['2023-01-12', 'month-day', '县长陈立新带队检查春运安全工作。'],
      ['2023-01-12', 'row-above', '县政府召开全县农村人居环境整治工作推进会。'],
      ['2023-01-16', 'month-day', '市长郭志刚到县调研，县委书记黄振宇陪同。'],
    ]);
    // the date stays where it is written: in the row above
    expect(text.slice(r.entries[1]!.date!.span.start, r.entries[1]!.date!.span.end)).toBe('1月12日');
    expect(contractProblems(text, r)).toEqual([]);
  });
  test('a news headline over its dated paragraph starts that entry, after a finished one or a heading', () => {
    const r = parseChronicle('南康区2023年度大事记\n【10月】\n南康至赣州高速公路扩容工程开工\n10月12日，南康至赣州高速公路扩容工程开工仪式举行。\n▲10月19日，南康区获批创建知识产权保护中心。\n\n南康家具城入选国家级夜间消费集聚区\n10月30日，文化和旅游部公布名单，南康家具城榜上有名。\n');
    expect(r.entries.map((e) => [e.date?.start, e.text.slice(0, 8)])).toEqual([
      ['2023-10-12', '南康至赣州高速公'],
      ['2023-10-19', '南康区获批创建知'],
      ['2023-10-30', '南康家具城入选国'],
    ]);
    // a short line that repeats nothing of the line below is no headline: it opens no entry
    const s = parseChronicle('某镇2021年大事记\n1月3日，镇党委召开会议。\n组织建设工作\n1月9日，召开座谈会。\n');
    expect(s.entries.map((e) => e.date?.start)).toEqual(['2021-01-03', '2021-01-09']);
  });
  test('an undated entry under a heading of years (1966年—1976年) happened somewhen in them', () => {
    const r = parseChronicle('某研究所所史大事记\n1964年\n3月，研究所扩建。\n1966年—1976年\n“文化大革命”期间，科研工作基本停顿。\n1977年\n5月，恢复招收研究生。\n');
    expect(r.entries.map((e) => [e.date?.start, e.date?.end])).toEqual([['1964-03-01', '1964-03-31'], ['1966-01-01', '1976-12-31'], ['1977-05-01', '1977-05-31']]);
  });
  test('1.20-22 at an entry start is a range of days', () => {
    const r = parseChronicle('某区2019年大事记\n1.12　区委召开全会。\n1.20-22　区人代会召开。\n');
    expect(r.entries.map((e) => [e.date?.text, e.date?.start, e.date?.end])).toEqual([['1.12', '2019-01-12', '2019-01-12'], ['1.20-22', '2019-01-20', '2019-01-22']]);
  });
});

describe('a yearbook\'s running heads', () => {
  test('alone on a line after the title, a running head is page furniture, not part of the entry above', () => {
    const r = parseChronicle('新市镇2020年大事记\n1月3日　镇党委召开会议。\n新市镇年鉴（2021）\n温江年鉴 2021\n大事记\n1月9日　召开座谈会。\n');
    expect(r.entries.map((e) => e.text)).toEqual(['镇党委召开会议。', '召开座谈会。']);
    expect(r.diagnostics.filter((d) => d.code === 'page-furniture')).toHaveLength(3);
  });
  test('as the first line it is the title', () => {
    expect(parseChronicle('新市镇年鉴（2021）\n1月3日　镇党委召开会议。\n').title).toBe('新市镇年鉴（2021）');
  });
});

describe('Taiwan\'s tables: a school year or a Minguo year, then the date', () => {
  test('學年度 | 日期: the date cell, in the school year (January to July in its second calendar year)', () => {
    const r = parseChronicle('某國小校史\n學年度\t日期\t記事\n104\t105.3.15\t與某大學簽約。\n104\t9月1日\t開學典禮。\n104\t2月15日\t校慶運動會。\n105\t\t新建禮堂落成。\n');
    expect(r.entries.map((e) => [e.date?.text, e.date?.start, e.date?.end])).toEqual([
      ['105.3.15', '2016-03-15', '2016-03-15'],
      ['9月1日', '2015-09-01', '2015-09-01'],
      ['2月15日', '2016-02-15', '2016-02-15'],
      ['105', '2016-08-01', '2017-07-31'],
    ]);
  });
  test('壹、 and 一、 sections above lines led by 民國 and 中華民國 dates', () => {
    const r = parseChronicle('某國民中學校史\n壹、校史沿革\n民國九十年八月一日　改制為完全中學。\n民國九十一年三月五日　新建大樓落成。\n貳、近年紀要\n民國一○○年十月　完成耐震工程。\n中華民國一百零九年三月七日　舉辦校慶。\n');
    expect(r.entries.map((e) => [e.date?.start, e.text])).toEqual([
      ['2001-08-01', '改制為完全中學。'],
      ['2002-03-05', '新建大樓落成。'],
      ['2011-10-01', '完成耐震工程。'],
      ['2020-03-07', '舉辦校慶。'],
    ]);
  });
  test('under a school-year heading, January to July are in its second calendar year', () => {
    const r = parseChronicle('某國小校史\n88學年度\n8月1日　新任校長到任。\n2月15日　校慶運動會。\n2019学年\n9月1日　开学典礼。\n3月5日　春季运动会。\n');
    expect(r.title).toBe('某國小校史');
    expect(r.entries.map((e) => e.date?.start)).toEqual(['1999-08-01', '2000-02-15', '2019-09-01', '2020-03-05']);
    expect(r.diagnostics.map((d) => d.code)).not.toContain('date-out-of-order');
  });
  test('壹、 and 貳、 head sections above a table too: they are never events', () => {
    const r = parseChronicle('某高級中學校史\n壹、校史沿革\n民國五十七年八月一日　奉令創立。\n貳、近年大事紀要\n學年度\t日期\t記事\n104\t104.8.1\t校長續任。\n');
    expect(r.entries.map((e) => [e.label, e.date?.start, e.text])).toEqual([[null, '1968-08-01', '奉令創立。'], [null, '2015-08-01', '校長續任。']]);
    expect(r.headings.filter((h) => h.kind === 'section').map((h) => h.text)).toEqual(['壹、校史沿革', '貳、近年大事紀要', '學年度日期記事']);
  });
  test('年度 | 日期 with 108 in the year column: Minguo years', () => {
    const r = parseChronicle('某公司大事紀\n年度\t日期\t記事\n108\t3月5日\t董事會通過年度預算。\n');
    expect(r.entries.map((e) => e.date?.start)).toEqual(['2019-03-05']);
  });
});

describe('a table whose first column numbers the rows (序号)', () => {
  test('the number is the label, the date is in the second column, the event in the third', () => {
    const r = parseChronicle('某学会2018年大事记\n序号\t时间\t事项\t地点\n1\t1月12日\t学会召开常务理事会\t北京\n2\t3月—5月\t学会开展科普讲座\t全国各地\n');
    expect(r.entries.map((e) => [e.label, e.date?.text, e.date?.start, e.text.slice(0, 6)])).toEqual([
      ['1', '1月12日', '2018-01-12', '学会召开常务'],
      ['2', '3月—5月', '2018-03-01', '学会开展科普'],
    ]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain('no-entries');
  });
});

describe('a PDF line that stops mid-phrase', () => {
  test('a date opening the next line is inside the sentence (…于 / 11月3日在广州召开), not a new entry', () => {
    const r = parseChronicle('某学会2017年大事记\n1月8日，学会决定，第十二届全国声学学术会议于\n11月3日在广州召开，会员可于\n2018年1月前提交论文。\n3月5日，学会召开常务理事会。\n');
    expect(r.entries.map((e) => [e.date?.start, e.text])).toEqual([
      ['2017-01-08', '学会决定，第十二届全国声学学术会议于11月3日在广州召开，会员可于2018年1月前提交论文。'],
      ['2017-03-05', '学会召开常务理事会。'],
    ]);
  });
  test('after a finished sentence, or a line with no preposition at its end, a date still opens an entry', () => {
    const r = parseChronicle('某学会2017年大事记\n1月8日，学会召开理事会\n3月5日，学会召开常务理事会。\n');
    expect(r.entries.map((e) => e.date?.start)).toEqual(['2017-01-08', '2017-03-05']);
  });
});

describe('Minguo years written without 民國 (Taiwan: 108年6月, 107年 headings)', () => {
  const dates = (text: string) => parseChronicle(text).entries.map((e) => [e.date?.text ?? null, e.date?.start ?? null, e.date?.precision ?? null]);
  test('under a title in traditional script, 107年 is a year heading and 108年6月 an entry date', () => {
    const r = parseChronicle('某某高級中學大事紀要\n\n107年\n8月1日　林美惠校長就任。\n\n108年\n2月15日　締結姊妹校。\n108年6月　第60屆畢業典禮。\n109.3.15　舉辦校慶運動會。\n');
    expect(r.headings.map((h) => [h.kind, h.text, h.year])).toEqual([['title', '某某高級中學大事紀要', null], ['year', '107年', 2018], ['year', '108年', 2019]]);
    expect(r.entries.map((e) => [e.date?.text, e.date?.start, e.date?.precision])).toEqual([
      ['8月1日', '2018-08-01', 'day'],
      ['2月15日', '2019-02-15', 'day'],
      ['108年6月', '2019-06-01', 'month'],
      ['109.3.15', '2020-03-15', 'day'],
    ]);
  });
  test('a 民國 heading above says so for simplified text too', () => {
    expect(dates('某某学校大事记\n民国107年\n8月1日　校长就任。\n108年\n108年6月，举行毕业典礼。\n')).toEqual([
      ['8月1日', '2018-08-01', 'day'],
      ['108年6月', '2019-06-01', 'month'],
    ]);
  });
  test('in a simplified chronicle with no 民國 anywhere, 108年 is no year heading', () => {
    const r = parseChronicle('某某公司大事记\n2019年\n108年\n6月1日，举行年会。\n');
    expect(r.headings.filter((h) => h.kind === 'year').map((h) => h.text)).toEqual(['2019年']);
  });
});

describe('the subject a title names', () => {
  const rows: Array<[string, string | null]> = [
    ['2020年智能输配电设备产业技术创新战略联盟大事记', '智能输配电设备产业技术创新战略联盟'],
    ['泉州海洋职业学院大事记', '泉州海洋职业学院'],
    ['某某科技公司大事记', '某某科技公司'],
    // the period after the subject is not part of it
    ['某某学会2016年大事记', '某某学会'],
    ['泉州海洋职业学院2019年度大事记', '泉州海洋职业学院'],
    ['某某大学2018—2019学年大事记', '某某大学'],
    ['某某集团（2010-2020年）大事记', '某某集团'],
    ['某某市2021年1—6月大事记', '某某市'],
    ['中国某某协会二〇二一年大事记', '中国某某协会'],
    ['某某研究院1958-2018大事记', '某某研究院'],
    ['宁山县人民政府2023年工作大事记', '宁山县人民政府'],
    ['宁山县人民政府2023年第一季度工作大事记', '宁山县人民政府'],
    // a news site's lead and 年度 without a year
    ['回眸2023：南康区年度大事记', '南康区'],
    ['2023·南康区大事记', '南康区'],
    // histories name themselves otherwise: 党史, 村志, 所史, 校史沿革, 会史, 发展历程
    ['中共临江县地方党史大事记', '中共临江县'],
    ['柳家湾村志', '柳家湾村'],
    ['某某研究所所史大事记', '某某研究所'],
    ['某某机床厂史', '某某机床厂'],
    ['國立某某高級中學校史沿革暨大事紀要', '國立某某高級中學'],
    ['澳門濠江街坊互助總會會史', '澳門濠江街坊互助總會'],
    ['某某集团发展历程', '某某集团'],
    ['《石泉县志》——大事记(1990年)', '石泉县'],
    // a category alone names no one
    ['公司大事记', null],
    ['学校大事记（2018年）', null],
    ['本会大事记', null],
    ['2015年度协会大事记', null],
    ['全县大事记', null],
    ['大事记', null],
  ];
  test.each(rows)('%s → %s', (title, want) => {
    expect(subjectOfTitle(title)).toBe(want);
  });
});

/**
 * `SegmentOptions.labels` (parseStream's door): the numbering rewound to an entry's start, then
 * installed where that entry is read again behind other headings, judges the labels below it as
 * the whole document would.
 */
describe('label numbering carried from one text to another', () => {
  const labelCodes = (seg: Segmentation) => seg.diagnostics.filter((d) => d.code === 'duplicate-label' || d.code === 'label-gap').map((d) => [d.code, d.entry]);
  const first = '1990年大事记\n1、3月1日，甲。\n2、3月2日，乙。\n一、3月3日，丙。\n（1）3月4日，丁。\n（2）3月5日，戊。\n';

  test('rewinding undoes the checks at and after the offset, and only those', () => {
    const seg = segment(first, { labels: { trace: true } });
    expect(labelCodes(seg)).toEqual([]);
    // Before `（2）`: families arabic (1, 2), chinese (一), bracket (1).
    const at = seg.entries[4]!.span.start;
    const second = '1990年大事记\n（2）3月5日，戊。\n（1）3月6日，己。\n二、3月7日，庚。\n1、3月8日，辛。\n3、3月9日，壬。\n';
    const next = segment(second, { labels: { trace: false, from: { at: second.indexOf('（2）'), numbering: seg.labelsAt!(at) } } });
    // `（1）` repeats under 一; `二` restarts the bracket family; `1、` repeats; `3、` follows 1.
    expect(labelCodes(next)).toEqual([['duplicate-label', 2], ['duplicate-label', 4], ['label-gap', 5]]);
    // The same as in one text, four entries further down.
    const one = segment(first + second.split('\n').slice(2).join('\n'));
    expect(labelCodes(one)).toEqual([['duplicate-label', 6], ['duplicate-label', 8], ['label-gap', 9]]);
  });

  test('a heading above the installed numbering does not restart it; one below it does', () => {
    const carried = (text: string) => {
      const seg = segment(first, { labels: { trace: true } });
      const numbering = seg.labelsAt!(seg.entries[4]!.span.start);
      return labelCodes(segment(text, { labels: { trace: false, from: { at: text.indexOf('（2）'), numbering } } }));
    };
    expect(carried('1990年大事记\n1991年\n（2）3月5日，戊。\n1、3月8日，辛。\n')).toEqual([['duplicate-label', 2]]);
    expect(carried('1990年大事记\n1991年\n（2）3月5日，戊。\n1992年\n1、3月8日，辛。\n')).toEqual([]);
  });

  test('no log and no rewinding unless asked', () => {
    expect(segment(first).labelsAt).toBeUndefined();
  });
});
