import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultParser, parseChronicle } from '../src/index.js';
import { contractProblems } from './helpers/contract-problems.js';

const source = readFileSync(new URL('../fixtures/2020-power-alliance-chronicle.txt', import.meta.url), 'utf8');
const doc = parseChronicle(source);

// Each entry's own date, in order, as a reader of the fixture sees it.
const DATES: Array<[string, string]> = [
  ['2020-01-04', '2020-01-04'], ['2020-01-22', '2020-01-22'], ['2020-03-16', '2020-03-16'], ['2020-04-03', '2020-04-03'],
  ['2020-04-12', '2020-04-12'], ['2020-04-24', '2020-04-24'], ['2020-04-24', '2020-04-25'], ['2020-05-09', '2020-05-09'],
  ['2020-05-09', '2020-05-09'], ['2020-05-18', '2020-05-18'], ['2020-05-21', '2020-05-21'], ['2020-05-22', '2020-05-22'],
  ['2020-05-25', '2020-05-25'], ['2020-06-27', '2020-06-27'], ['2020-07-07', '2020-07-07'], ['2020-07-08', '2020-07-08'],
  ['2020-07-12', '2020-07-14'], ['2020-07-15', '2020-07-15'], ['2020-07-23', '2020-07-23'], ['2020-07-25', '2020-07-25'],
  ['2020-07-27', '2020-07-27'], ['2020-07-28', '2020-07-29'], ['2020-08-08', '2020-08-08'], ['2020-08-09', '2020-08-10'],
  ['2020-08-09', '2020-08-09'], ['2020-08-26', '2020-08-26'], ['2020-08-27', '2020-08-27'], ['2020-09-07', '2020-09-07'],
  ['2020-09-07', '2020-09-07'], ['2020-09-08', '2020-09-08'], ['2020-09-22', '2020-09-22'], ['2020-10-15', '2020-10-15'],
  ['2020-10-16', '2020-10-16'], ['2020-10-23', '2020-10-23'], ['2020-10-30', '2020-10-30'], ['2020-11-04', '2020-11-04'],
  ['2020-11-05', '2020-11-05'], ['2020-11-05', '2020-11-05'], ['2020-12-03', '2020-12-03'], ['2020-12-07', '2020-12-07'],
  ['2020-12-10', '2020-12-10'], ['2020-12-24', '2020-12-24'],
];

describe('the reference chronicle', () => {
  it('reads the title, its year and its subject', () => {
    expect(doc.title).toBe('2020年智能输配电设备产业技术创新战略联盟大事记');
    expect(doc.year).toBe(2020);
    expect(doc.subject).toBe('智能输配电设备产业技术创新战略联盟');
    expect(doc.headings.map((h) => h.kind)).toEqual(['title']);
  });

  it('finds 42 entries with ordinals 1..42 and the labels as written (33 and 34 twice)', () => {
    expect(doc.entries).toHaveLength(42);
    expect(doc.entries.map((e) => e.ordinal)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
    const labels = [...Array.from({ length: 34 }, (_, i) => String(i + 1)), '33', '34', ...Array.from({ length: 6 }, (_, i) => String(i + 35))];
    expect(doc.entries.map((e) => e.label)).toEqual(labels);
  });

  it('dates every entry, ranges inclusive, with the text as written', () => {
    expect(doc.entries.map((e) => [e.date?.start, e.date?.end])).toEqual(DATES);
    expect(doc.entries.every((e) => e.date?.precision === 'day')).toBe(true);
    expect(doc.entries[0]!.date!.text).toBe('2020 年 1 月 4 日');
    expect(doc.entries[6]!.date!.text).toBe('2020年4月24日-25日');
  });

  it('reports the repeated labels, and nothing else that is wrong', () => {
    const codes = doc.diagnostics.map((d) => `${d.code}@${d.entry}`);
    expect(codes).toEqual(['duplicate-label@35', 'duplicate-label@36']);
  });

  it('repairs words and sentences split across page breaks', () => {
    expect(doc.entries[2]!.text).toContain('副市长罗林生等一行人莅临');
    expect(doc.entries[18]!.text).toContain('考察中国（南方)知识产权运营中心');
    expect(doc.entries[29]!.text).toContain('平顶山招商局马丽一行走访');
    expect(doc.entries[38]!.text).toContain('职称评定交流会，为大家解答');
    for (const e of doc.entries) expect(e.text).not.toMatch(/\n/);
  });

  it('keeps the body after the date: no label, no date, no separator', () => {
    expect(doc.entries[0]!.text.startsWith('第二届全国输配电产业苏州论坛')).toBe(true);
    expect(doc.entries[1]!.text.startsWith('获知武汉封城信息后')).toBe(true);
    expect(doc.entries[31]!.text.startsWith('福建电力协会秘书长陈闽新')).toBe(true);
  });

  it('keeps the span invariant for every item the parser returns, and loses nothing', () => {
    expect(contractProblems(source, doc)).toEqual([]);
    const items = doc.entries.reduce((n, e) => n + (e.date ? 1 : 0) + e.times.length + e.figures.length + e.entities.length, 0);
    expect(items).toBeGreaterThan(400);
  });

  it('validates against its own schema', () => {
    expect(defaultParser.schema().safeParse(doc).success).toBe(true);
  });

  it('is deterministic', () => {
    expect(parseChronicle(source)).toEqual(doc);
  });
});
