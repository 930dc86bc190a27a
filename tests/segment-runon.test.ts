/** runon.ts: chronicles whose entries run on inside paragraphs, and those that only look so. */
import { describe, expect, test } from 'vitest';
import { parseChronicle } from '../src/index.js';
import { isRunOn, splitLines, splitRunOn } from '../src/segment/index.js';
import { fold } from '../src/text.js';
import { contractProblems } from './helpers/contract-problems.js';

const linesOf = (text: string) => splitLines(text, fold(text));
const entriesOf = (text: string) => parseChronicle(text).entries.map((e) => [e.date?.start ?? null, e.date?.text ?? null, e.text]);

describe('a run-on chronicle: each date-led sentence is an entry', () => {
  const rows: Array<[string, string, Array<[string | null, string | null, string]>]> = [
    [
      'a month in one paragraph',
      '2019年1月大事记\n1月2日，市委全会召开。1月3日，推进会召开。1月4日—8日，政协会议召开。 1月5日，人代会开幕。\n',
      [
        ['2019-01-02', '1月2日', '市委全会召开。'],
        ['2019-01-03', '1月3日', '推进会召开。'],
        ['2019-01-04', '1月4日—8日', '政协会议召开。'],
        ['2019-01-05', '1月5日', '人代会开幕。'],
      ],
    ],
    [
      'paragraphs by month under a year title, months and 旬',
      '某县2020年大事记\n1月6日，召开县委全会，部署全年工作。1月中旬，开展春节慰问活动。1月28日，县城启动防疫。\n2月3日，企业有序复工。2月下旬，春耕生产全面展开。2月27日，县人大常委会召开会议。\n',
      [
        ['2020-01-06', '1月6日', '召开县委全会，部署全年工作。'],
        ['2020-01-11', '1月中旬', '开展春节慰问活动。'],
        ['2020-01-28', '1月28日', '县城启动防疫。'],
        ['2020-02-03', '2月3日', '企业有序复工。'],
        ['2020-02-21', '2月下旬', '春耕生产全面展开。'],
        ['2020-02-27', '2月27日', '县人大常委会召开会议。'],
      ],
    ],
  ];
  test.each(rows)('%s', (_name, text, want) => {
    expect(entriesOf(text)).toEqual(want);
    expect(contractProblems(text, parseChronicle(text))).toEqual([]);
  });
});

describe('what is not a run-on chronicle', () => {
  test('one entry per line, with a dated sentence inside an entry: the sentence stays in its entry', () => {
    const text = '2020年大事记\n1月4日，项目开工建设，总投资3亿元。5月31日，主体完工。\n2月5日，召开年度工作会议。\n3月6日，举办技能大赛。\n4月7日，签署合作协议。\n';
    expect(isRunOn(linesOf(text))).toBe(false);
    expect(entriesOf(text).map((r) => r[0])).toEqual(['2020-01-04', '2020-02-05', '2020-03-06', '2020-04-07']);
  });
  test('a date without a separator after it does not start a sentence-entry (…工程开工。5月31日竣工。)', () => {
    const text = '大事记\n2020年1月4日，甲工程开工。5月31日竣工。6月1日投用。7月2日验收。8月3日移交。\n';
    expect(isRunOn(linesOf(text))).toBe(false);
  });
  test('too few date-led sentences decide nothing', () => {
    expect(isRunOn(linesOf('大事记\n1月2日，甲会议召开了。1月3日，乙会议召开了。\n'))).toBe(false);
  });
  test('the decision can be given (parseStream decides once for every block)', () => {
    const lines = linesOf('大事记\n1月2日，甲会议召开了。1月3日，乙会议召开了。\n');
    expect(splitRunOn(lines, true).map((l) => l.norm)).toEqual(['大事记', '1月2日,甲会议召开了。', '1月3日,乙会议召开了。']);
    expect(splitRunOn(lines, false)).toBe(lines);
  });
});
