// Six real chronicles in six other formats (fixtures/corpus/README.md says where each comes from).
// None was used to write a rule for itself; each must parse cleanly, as the next chronicle must.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChronicle } from '../src/index.js';
import { contractProblems } from './helpers/contract-problems.js';

const read = (name: string) => readFileSync(new URL(`../fixtures/corpus/${name}`, import.meta.url), 'utf8');

// [file, entries, first entry's date, last entry's date]: counts from the corpus README
const CASES: Array<[string, number, [string, string], [string, string]]> = [
  ['01-gmt-china-community-timeline.txt', 14, ['2019-01-27', '2019-01-27'], ['2012-09-14', '2012-09-14']],
  ['02-jxnu-acs-association-history.txt', 23, ['2008-11-01', '2008-11-30'], ['2016-08-01', '2016-08-31']],
  ['03-takming-im-dept-history-zh-hant.txt', 8, ['1989-08-01', '1990-07-31'], ['2012-08-01', '2013-07-31']],
  ['04-ishoubao-company-history.txt', 17, ['1992-01-01', '1992-12-31'], ['2016-06-01', '2016-06-30']],
  ['05-shiquan-county-1990.txt', 12, ['1990-03-25', '1990-03-25'], ['1990-12-07', '1990-12-07']],
  ['06-meixian-county-1955-1958.txt', 16, ['1955-12-04', '1955-12-06'], ['1958-05-11', '1958-06-18']],
];

describe.each(CASES)('%s', (file, count, first, last) => {
  const source = read(file);
  const doc = parseChronicle(source);

  it(`finds its ${count} entries, every one dated`, () => {
    expect(doc.entries).toHaveLength(count);
    expect(doc.entries.filter((e) => !e.date).map((e) => e.ordinal)).toEqual([]);
    expect([doc.entries[0]!.date!.start, doc.entries[0]!.date!.end]).toEqual(first);
    expect([doc.entries.at(-1)!.date!.start, doc.entries.at(-1)!.date!.end]).toEqual(last);
  });

  it('keeps the contract: schema, spans, nothing lost', () => {
    expect(contractProblems(source, doc)).toEqual([]);
  });

  it('reports no errors', () => {
    expect(doc.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('what each format teaches', () => {
  it('01: ISO dates after Markdown bullets, newest first, with the heading as title', () => {
    const doc = parseChronicle(read('01-gmt-china-community-timeline.txt'));
    expect(doc.title).toBe('社区发展时间线');
    expect(doc.entries[2]!.figures.map((f) => [f.kind, f.value, f.currency])).toContainEqual(['money', 675.7, 'CNY']);
  });

  it('02: side labels and year lines are headings, not entries', () => {
    const doc = parseChronicle(read('02-jxnu-acs-association-history.txt'));
    expect(doc.headings.filter((h) => h.kind === 'year')).toHaveLength(23);
    expect(doc.entries[1]!.date!.text).toBe('2013年3月20号');
    expect(doc.year).toBeNull(); // several years, none in a title
  });

  it('03: a 學年度 table in traditional characters, Minguo academic years', () => {
    const doc = parseChronicle(read('03-takming-im-dept-history-zh-hant.txt'));
    expect(doc.entries.map((e) => e.date!.text)).toEqual(['78', '83', '89', '91', '96', '97', '99', '101']);
    expect(doc.entries[0]!.text).toBe('本系前身「電子資料處理科」成立，初期招收日間部五專部一班');
    expect(doc.diagnostics.filter((d) => d.code === 'unparsed-text')).toHaveLength(2); // the two intro sentences
  });

  it('05: month-day entries take the year from the title', () => {
    const doc = parseChronicle(read('05-shiquan-county-1990.txt'));
    expect(doc.year).toBe(1990);
    expect(doc.entries[9]!.date).toMatchObject({ start: '1990-09-08', timeOfDay: 'evening' });
    expect(doc.entries[9]!.times[0]).toMatchObject({ start: '1990-09-09', text: '9日清晨' });
  });

  it('06: △ bullets under year headings, relative dates, a guessed first year', () => {
    const doc = parseChronicle(read('06-meixian-county-1955-1958.txt'));
    expect(doc.entries.find((e) => e.date?.text === '本月底')!.date).toMatchObject({ start: '1956-06-21', end: '1956-06-30' });
    expect(doc.entries.find((e) => e.date?.text === '是年')!.date).toMatchObject({ start: '1956-01-01', end: '1956-12-31' });
    expect(doc.diagnostics.some((d) => d.code === 'ambiguous-date' && d.entry === undefined)).toBe(true);
  });
});
