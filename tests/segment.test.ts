/**
 * Segmentation, end to end through parseChronicle: small chronicles in every format the corpus and
 * the wider world use, each checked for labels, ordinals, dates, repaired text, headings and
 * diagnostics, and for the contract (spans, nothing lost) on every row.
 *
 * Rows are [name, text, expected]. `entries` rows are [label, start, end, precision, text];
 * `null` for start means the entry has no date.
 */
import { describe, expect, test } from 'vitest';
import { parseChronicle } from '../src/index.js';
import type { DefaultChronicle, Precision } from '../src/index.js';
import { contractProblems } from './helpers/contract-problems.js';

type EntryRow = [label: string | null, start: string | null, end: string | null, precision: Precision | null, text: string];

interface Want {
  title?: string | null;
  year?: number | null;
  subject?: string | null;
  headings?: Array<[kind: string, text: string]>;
  entries: EntryRow[];
  /** Diagnostic codes, in order; only those listed in `codes` are compared (default: the segmentation ones). */
  diagnostics?: string[];
  codes?: string[];
}

const SEGMENTATION_CODES = ['duplicate-label', 'label-gap', 'editorial-note', 'page-furniture', 'repeated-title', 'unparsed-text'];

function expectChronicle(text: string, want: Want): DefaultChronicle {
  const doc = parseChronicle(text);
  expect(contractProblems(text, doc)).toEqual([]);
  if (want.title !== undefined) expect(doc.title).toBe(want.title);
  if (want.year !== undefined) expect(doc.year).toBe(want.year);
  if (want.subject !== undefined) expect(doc.subject).toBe(want.subject);
  if (want.headings) expect(doc.headings.map((h) => [h.kind, h.text])).toEqual(want.headings);
  expect(doc.entries.map((e): EntryRow => [e.label, e.date?.start ?? null, e.date?.end ?? null, e.date?.precision ?? null, e.text])).toEqual(want.entries);
  expect(doc.entries.map((e) => e.ordinal)).toEqual(want.entries.map((_, i) => i + 1));
  const codes = want.codes ?? SEGMENTATION_CODES;
  expect(doc.diagnostics.filter((d) => codes.includes(d.code)).map((d) => d.code)).toEqual(want.diagnostics ?? []);
  return doc;
}

const day = (label: string | null, iso: string, text: string): EntryRow => [label, iso, iso, 'day', text];

describe('numbered chronicles: every label style', () => {
  const rows: Array<[string, string, Want]> = [
    [
      'Arabic labels with 、 . ． ) and brackets',
      '2020年大事记\n1、1月4日，甲。\n2. 2月5日，乙。\n3．3月6日，丙。\n4) 4月7日，丁。\n(5) 5月8日，戊。\n（6）6月9日，己。\n',
      {
        title: '2020年大事记',
        year: 2020,
        entries: [
          day('1', '2020-01-04', '甲。'),
          day('2', '2020-02-05', '乙。'),
          day('3', '2020-03-06', '丙。'),
          day('4', '2020-04-07', '丁。'),
          day('(5)', '2020-05-08', '戊。'),
          day('（6）', '2020-06-09', '己。'),
        ],
      },
    ],
    [
      'a label glued to a full date: 1.2020年…',
      '大事记\n1.2020年1月4日，甲。\n2.2020年2月5日，乙。\n',
      { entries: [day('1', '2020-01-04', '甲。'), day('2', '2020-02-05', '乙。')] },
    ],
    [
      'full-width labels and dates',
      '２０２０年大事记\n１、２０２０年１月４日，甲。\n２、２０２０年２月５日，乙。\n',
      { year: 2020, entries: [day('１', '2020-01-04', '甲。'), day('２', '2020-02-05', '乙。')] },
    ],
    [
      'Chinese-numeral labels',
      '大事记\n一、2020年1月4日，甲。\n二、2020年2月5日，乙。\n十一、2020年3月5日，丙。\n',
      { entries: [day('一', '2020-01-04', '甲。'), day('二', '2020-02-05', '乙。'), day('十一', '2020-03-05', '丙。')], diagnostics: ['label-gap'] },
    ],
    [
      'circled labels',
      '2020年大事记\n①1月4日，甲。\n②2月5日，乙。\n③3月6日，丙。\n',
      { entries: [day('①', '2020-01-04', '甲。'), day('②', '2020-02-05', '乙。'), day('③', '2020-03-06', '丙。')] },
    ],
    [
      'nested numbering: (一) restarts under each 一、 with no duplicate, and still reports its own gap',
      '2020年大事记\n一、1月4日，党建工作会议召开。\n（一）1月5日，甲。\n（二）1月6日，乙。\n二、2月4日，业务工作会议召开。\n（一）2月5日，丙。\n（三）2月6日，丁。\n',
      {
        entries: [
          day('一', '2020-01-04', '党建工作会议召开。'),
          day('（一）', '2020-01-05', '甲。'),
          day('（二）', '2020-01-06', '乙。'),
          day('二', '2020-02-04', '业务工作会议召开。'),
          day('（一）', '2020-02-05', '丙。'),
          day('（三）', '2020-02-06', '丁。'),
        ],
        diagnostics: ['label-gap'],
      },
    ],
    [
      'a label alone on its line is no entry: its text is on the next line',
      '2020年大事记\n1、\n1月4日，甲。\n',
      { entries: [[null, '2020-01-04', '2020-01-04', 'day', '甲。']], codes: [] },
    ],
  ];
  test.each(rows)('%s', (_name, text, want) => void expectChronicle(text, want));
});

describe('labels that repeat or skip', () => {
  test('a repeated and a skipped label are kept as written and reported', () => {
    const doc = expectChronicle('大事记\n1、2020年1月4日，甲。\n2、2020年2月5日，乙。\n2、2020年3月5日，丙。\n5、2020年4月5日，丁。\n', {
      entries: [day('1', '2020-01-04', '甲。'), day('2', '2020-02-05', '乙。'), day('2', '2020-03-05', '丙。'), day('5', '2020-04-05', '丁。')],
      diagnostics: ['duplicate-label', 'label-gap'],
    });
    const [dup, gap] = doc.diagnostics.filter((d) => d.code === 'duplicate-label' || d.code === 'label-gap');
    expect(dup).toMatchObject({ severity: 'warning', entry: 3 });
    expect(gap).toMatchObject({ severity: 'warning', entry: 4, message: expect.stringContaining('从 2 跳到 5') });
  });

  test('the reference fixture pattern: 33, 34 written twice', () => {
    const lines = [1, 2, 3, 2, 3, 4].map((n, i) => `${n}、2020年${i + 1}月1日，事${i + 1}。`);
    expectChronicle(`2020年大事记\n${lines.join('\n')}\n`, {
      entries: [1, 2, 3, 2, 3, 4].map((n, i) => day(String(n), `2020-0${i + 1}-01`, `事${i + 1}。`)),
      // 4 follows the second 3: no gap.
      diagnostics: ['duplicate-label', 'duplicate-label'],
    });
  });

  test('numbering that restarts under each year heading: no diagnostics', () => {
    expectChronicle('大事记\n2019年\n1、1月4日，甲。\n2、2月5日，乙。\n2020年\n1、1月4日，丙。\n2、2月5日，丁。\n', {
      year: null,
      headings: [['title', '大事记'], ['year', '2019年'], ['year', '2020年']],
      entries: [day('1', '2019-01-04', '甲。'), day('2', '2019-02-05', '乙。'), day('1', '2020-01-04', '丙。'), day('2', '2020-02-05', '丁。')],
      diagnostics: [],
    });
  });

  test('numbering that restarts under month headings: no diagnostics', () => {
    expectChronicle('2020年大事记\n一月\n1、4日，甲。\n2、5日，乙。\n二月\n1、4日，丙。\n', {
      entries: [day('1', '2020-01-04', '甲。'), day('2', '2020-01-05', '乙。'), day('1', '2020-02-04', '丙。')],
      diagnostics: [],
    });
  });
});

describe('bullets', () => {
  const rows: Array<[string, string, Want]> = [
    [
      'Markdown bullets - * • with date-led text',
      '2020年\n- 1月2日 元旦后。\n* 3月7日,三月。\n• 2020年10月1日 国庆。\n',
      { year: 2020, entries: [day(null, '2020-01-02', '元旦后。'), day(null, '2020-03-07', '三月。'), day(null, '2020-10-01', '国庆。')] },
    ],
    [
      '△ bullets under year headings (corpus 06)',
      '1956年\n△3月1日,宝鸡专署通知撤区并乡。\n△4月14至16日,召开县一届五次人代会。\n1957年\n△6月,县剧团演出。\n',
      {
        year: null,
        headings: [['year', '1956年'], ['year', '1957年']],
        entries: [day(null, '1956-03-01', '宝鸡专署通知撤区并乡。'), [null, '1956-04-14', '1956-04-16', 'day', '召开县一届五次人代会。'], [null, '1957-06-01', '1957-06-30', 'month', '县剧团演出。']],
      },
    ],
    [
      'Markdown heading then ISO-dated bullets (corpus 01)',
      '## 社区发展时间线\n\n- 2019-01-27: 整理中文手册\n- 2018-08-13: 建立 QQ 群\n',
      {
        title: '社区发展时间线',
        headings: [['title', '社区发展时间线']],
        entries: [day(null, '2019-01-27', '整理中文手册'), day(null, '2018-08-13', '建立 QQ 群')],
      },
    ],
    [
      'a bullet glued to its text (typographic bullets need no space)',
      '2020年\n●1月2日，甲。\n★3月7日，乙。\n',
      { entries: [day(null, '2020-01-02', '甲。'), day(null, '2020-03-07', '乙。')] },
    ],
  ];
  test.each(rows)('%s', (_name, text, want) => void expectChronicle(text, want));
});

describe('date-led lines under year and month headings', () => {
  const rows: Array<[string, string, Want]> = [
    [
      'year headings in four forms',
      '一九五〇年\n10月1日 国庆。\n【2007年】\n3月7日 三月。\n1955年民國44年\n4月1日,愚人。\n2008\n5月1日，劳动。\n',
      {
        headings: [['year', '一九五〇年'], ['year', '【2007年】'], ['year', '1955年民國44年'], ['year', '2008']],
        entries: [day(null, '1950-10-01', '国庆。'), day(null, '2007-03-07', '三月。'), day(null, '1955-04-01', '愚人。'), day(null, '2008-05-01', '劳动。')],
      },
    ],
    [
      'month headings: Chinese and Arabic, day-only entries',
      '2020年大事记\n一月\n4日，甲。\n2月\n5日，乙。\n',
      {
        headings: [['title', '2020年大事记'], ['month', '一月'], ['month', '2月']],
        entries: [day(null, '2020-01-04', '甲。'), day(null, '2020-02-05', '乙。')],
      },
    ],
    [
      'date-led lines with every separator (space, comma, full stop of a date)',
      '2020年\n10月1日 甲。\n10月2日,乙。\n10月3日，丙。\n2020年10月4日 丁。\n',
      { entries: [day(null, '2020-10-01', '甲。'), day(null, '2020-10-02', '乙。'), day(null, '2020-10-03', '丙。'), day(null, '2020-10-04', '丁。')] },
    ],
    [
      'year in the title only, indented month-day entries (corpus 05)',
      '《石泉县志》——大事记(1990年)\n\n    3月25日,参加审查会的专家考察坝址。\n    8月,全县遭受暴雨。\n',
      {
        title: '《石泉县志》——大事记(1990年)',
        year: 1990,
        subject: '石泉县',
        entries: [day(null, '1990-03-25', '参加审查会的专家考察坝址。'), [null, '1990-08-01', '1990-08-31', 'month', '全县遭受暴雨。']],
      },
    ],
    [
      'a date on its own line, the text on the next',
      '2020年大事记\n2020年3月7日\n召开会议。\n2020年3月8日\n又召开会议，\n会议决定。\n',
      { entries: [day(null, '2020-03-07', '召开会议。'), day(null, '2020-03-08', '又召开会议，会议决定。')] },
    ],
    [
      'a side label above a year line above the dated text stays a heading (corpus 02)',
      '7月11日\n2013\n2013年7月11日，算法组参加决赛\n9月13日\n2013\n2013年9月13日，举办宣传会\n',
      {
        headings: [['section', '7月11日'], ['year', '2013'], ['section', '9月13日'], ['year', '2013']],
        entries: [day(null, '2013-07-11', '算法组参加决赛'), day(null, '2013-09-13', '举办宣传会')],
      },
    ],
  ];
  test.each(rows)('%s', (_name, text, want) => void expectChronicle(text, want));
});

describe('traditional characters and tables', () => {
  test('a traditional 大事記 with 民國 year heading', () => {
    expectChronicle('臺北市某協會大事記\n\n民國一百零九年\n1、1月4日，第二屆會員大會召開。\n2、3月12日，舉辦植樹活動。\n', {
      title: '臺北市某協會大事記',
      subject: '臺北市某協會',
      year: 2020,
      entries: [day('1', '2020-01-04', '第二屆會員大會召開。'), day('2', '2020-03-12', '舉辦植樹活動。')],
    });
  });

  test('a 學年度 table: Minguo academic years in the first column (corpus 03)', () => {
    expectChronicle('歷史沿革\n學年度\t重要事件\n78\t本系前身「電子資料處理科」成立\n83\t改名為資訊管理科\n', {
      title: '歷史沿革',
      headings: [['title', '歷史沿革'], ['section', '學年度重要事件']],
      entries: [
        [null, '1989-08-01', '1990-07-31', 'year', '本系前身「電子資料處理科」成立'],
        [null, '1994-08-01', '1995-07-31', 'year', '改名為資訊管理科'],
      ],
    });
  });

  test('a table with a date column', () => {
    expectChronicle('2020年大事记\n日期\t事件\n1月4日\t召开会议\n2月5日\t举办活动\n', {
      entries: [day(null, '2020-01-04', '召开会议'), day(null, '2020-02-05', '举办活动')],
    });
  });
});

describe('page-break repair', () => {
  const rows: Array<[string, string, Want]> = [
    [
      'a name, a bracket and a word broken by a blank line join with nothing',
      '2020年大事记\n1、1月4日，副市长罗\n\n林生出席。\n2、2月5日，中国（南\n\n方)知识产权中心成立。\n3、3月6日，平顶山招商\n\n局马丽来访。\n',
      { entries: [day('1', '2020-01-04', '副市长罗林生出席。'), day('2', '2020-02-05', '中国（南方)知识产权中心成立。'), day('3', '2020-03-06', '平顶山招商局马丽来访。')] },
    ],
    [
      'Latin words wrapped across lines join with one space',
      '2020年大事记\n1、1月4日，the GMT\ncommunity met in\nBeijing.\n2、2月5日，乙\nAB公司成立。\n',
      { entries: [day('1', '2020-01-04', 'the GMT community met in Beijing.'), day('2', '2020-02-05', '乙AB公司成立。')] },
    ],
    [
      'a date-led line after an unfinished sentence in a numbered chronicle continues the entry',
      '1、2020年1月4日，会议决定\n2020年3月6日起实施新规。\n2、2020年3月7日，乙。\n',
      { entries: [day('1', '2020-01-04', '会议决定2020年3月6日起实施新规。'), day('2', '2020-03-07', '乙。')] },
    ],
    [
      'a real new entry is never swallowed: a label after an unfinished line',
      '2020年大事记\n1、1月4日，甲召开会议，\n2、2月5日，乙。\n',
      { entries: [day('1', '2020-01-04', '甲召开会议，'), day('2', '2020-02-05', '乙。')] },
    ],
    [
      'a real new entry is never swallowed: a date-led line in a date-led chronicle',
      '2020年\n3月5日，甲召开会议，会议决定\n3月7日，乙。\n',
      { entries: [day(null, '2020-03-05', '甲召开会议，会议决定'), day(null, '2020-03-07', '乙。')] },
    ],
  ];
  test.each(rows)('%s', (_name, text, want) => void expectChronicle(text, want));
});

describe('page furniture and repeated titles', () => {
  test('between entries and inside one: kept out of the text, reported as info', () => {
    const text =
      '2020年大事记\n1、1月4日，甲召开会议，\n\n- 3 -\n\n会议决定。\n2、2月5日，乙召开会议，\n第 2 页\n2020年大事记\n会议决定。\n第2页 共10页\n3、3月5日，丙。\n';
    const doc = expectChronicle(text, {
      entries: [day('1', '2020-01-04', '甲召开会议，会议决定。'), day('2', '2020-02-05', '乙召开会议，会议决定。'), day('3', '2020-03-05', '丙。')],
      diagnostics: ['page-furniture', 'page-furniture', 'repeated-title', 'page-furniture'],
    });
    for (const d of doc.diagnostics.filter((x) => x.code === 'page-furniture' || x.code === 'repeated-title')) {
      expect(d.severity).toBe('info');
      expect(['- 3 -', '第 2 页', '2020年大事记', '第2页 共10页']).toContain(text.slice(d.span.start, d.span.end));
    }
    // Furniture inside entry 1 lies inside its span, and nothing of it is in the text.
    const e1 = doc.entries[0]!;
    const furniture = doc.diagnostics.find((d) => d.code === 'page-furniture')!;
    expect(furniture.span.start).toBeGreaterThan(e1.span.start);
    expect(furniture.span.end).toBeLessThan(e1.span.end);
    expect(e1.text).not.toContain('3');
  });

  const furniture = ['- 3 -', '－ ４ －', '第 2 页', '第2页 共10页', '3/12', 'Page 3 of 12', '12'];
  test.each(furniture)('%s between two lines of one entry', (f) => {
    expectChronicle(`2020年大事记\n1、1月4日，甲召开\n${f}\n会议。\n2、2月5日，乙。\n`, {
      entries: [day('1', '2020-01-04', '甲召开会议。'), day('2', '2020-02-05', '乙。')],
      diagnostics: ['page-furniture'],
    });
  });

  // Lines that look a little like furniture but are text: they must stay in the entry.
  const expectNone = ['- 3 -个', '第2页面', '3/12日', '第二页', '2013'];
  test.each(expectNone)('%s is not furniture', (line) => {
    const doc = parseChronicle(`2020年大事记\n1、1月4日，甲召开\n${line}\n2、2月5日，乙。\n`);
    expect(doc.diagnostics.filter((d) => d.code === 'page-furniture')).toEqual([]);
  });
});

describe('notes, footnotes and credit lines', () => {
  test('a 注： block and its ①② lines are notes, after the entries or between them', () => {
    expectChronicle('某区2021年大事记\n2月3日　区长刘伟到企业调研①。\n注：①此次调研共走访企业12家。\n②数据来源：区统计局。\n2月8日　全区招商引资大会召开。\n注：\n本条目据区委办公室提供资料整理，\n有删节。\n', {
      entries: [day(null, '2021-02-03', '区长刘伟到企业调研①。'), day(null, '2021-02-08', '全区招商引资大会召开。')],
      diagnostics: ['editorial-note', 'editorial-note', 'editorial-note', 'editorial-note', 'editorial-note'],
    });
  });
  test('a footnote ①… answers a mark inside an entry above; ① before a date is still a label', () => {
    // the footnotes made every entry a labelled one and glued the real ones together
    expectChronicle('某协会2020年大事记\n9月9日　协会召开常务理事会。①\n12月25日　协会召开理事会。②\n\n①本届理事会共有理事87名。\n②会议审议通过了新章程。\n', {
      entries: [day(null, '2020-09-09', '协会召开常务理事会。①'), day(null, '2020-12-25', '协会召开理事会。②')],
      diagnostics: ['editorial-note', 'editorial-note'],
    });
    expectChronicle('某区2021年大事记\n①1月5日，区委召开全会。\n②1月9日，区政府召开常务会。\n', {
      entries: [day('①', '2021-01-05', '区委召开全会。'), day('②', '2021-01-09', '区政府召开常务会。')],
    });
  });
  test('a credit line in brackets is a note; a bracketed sentence of an entry is not', () => {
    expectChronicle('赣州市博物馆2019年大事记\n12月27日，藏品数据库建设项目通过专家验收。\n（赣州市博物馆办公室　供稿）\n', {
      entries: [day(null, '2019-12-27', '藏品数据库建设项目通过专家验收。')],
      diagnostics: ['editorial-note'],
    });
    expectChronicle('某馆2019年大事记\n12月27日，项目通过验收，\n（专家组由省文物局组织）。\n', {
      entries: [day(null, '2019-12-27', '项目通过验收，（专家组由省文物局组织）。')],
    });
  });
});

describe('white space and invisible characters', () => {
  test('tabs, ideographic spaces, NBSP and zero-width characters', () => {
    const text = '2020年大事记\n\t1、1月4日，\u3000甲召开\u200b会议。\n\u3000\u30002、2月5日，乙\u00a0AB\u200d公司。\n';
    expectChronicle(text, { entries: [day('1', '2020-01-04', '甲召开会议。'), day('2', '2020-02-05', '乙\u00a0AB公司。')] });
  });

  test('a BOM at the start is not text', () => {
    expectChronicle('\ufeff2020年大事记\n1、1月4日，甲。\n', { title: '2020年大事记', entries: [day('1', '2020-01-04', '甲。')] });
  });
});
