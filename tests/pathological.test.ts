/**
 * Input nobody means to send but everybody does: empty files, white space only, a title and
 * nothing else, a whole file on one line, a million lines, every invisible character, text
 * decoded from a binary file. Each must give valid output (schema, spans, nothing lost) with
 * diagnostics that say what happened, and quickly: the large cases are sized to run in well
 * under 5 s each. Timing itself is measured only in scripts/scaling.mjs, never asserted here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseChronicle } from '../src/index.js';
import type { DefaultChronicle } from '../src/index.js';
import { contractProblems } from './helpers/contract-problems.js';

const FIXTURE = readFileSync(new URL('../fixtures/2020-power-alliance-chronicle.txt', import.meta.url), 'utf8');

function parseValid(text: string): DefaultChronicle {
  const doc = parseChronicle(text);
  expect(contractProblems(text, doc)).toEqual([]);
  return doc;
}

const codes = (doc: DefaultChronicle) => doc.diagnostics.map((d) => d.code);

describe('nothing to parse', () => {
  const rows: Array<[string, string, string]> = [
    ['empty input', '', 'empty-input'],
    ['white space only', ' \n\t\n\u3000\u3000\r\n\u00a0\u200b\n', 'empty-input'],
    ['a title with no entries', '2020年某某联盟大事记\n', 'no-entries'],
    ['prose with no entry start', '这是一段说明文字，并没有任何条目。\n另一段说明。\n', 'no-entries'],
  ];
  test.each(rows)('%s: no entries, one diagnostic that says so', (_name, text, code) => {
    const doc = parseValid(text);
    expect(doc.entries).toEqual([]);
    expect(codes(doc)).toContain(code);
    const d = doc.diagnostics.find((x) => x.code === code)!;
    expect(d.severity).toBe('warning');
    expect(d.span).toEqual({ start: 0, end: 0 });
  });

  test('a title with no entries still names its year and subject', () => {
    const doc = parseValid('2020年某某联盟大事记\n');
    expect(doc).toMatchObject({ title: '2020年某某联盟大事记', year: 2020, subject: '某某联盟' });
  });

  test('entries with no dates: kept, each reported as undated', () => {
    const doc = parseValid('某某大事记\n1、召开会议。\n2、举办活动。\n');
    expect(doc.entries.map((e) => [e.label, e.date, e.text])).toEqual([
      ['1', null, '召开会议。'],
      ['2', null, '举办活动。'],
    ]);
    expect(codes(doc)).toEqual(['undated-entry', 'undated-entry']);
  });
});

describe('odd characters', () => {
  const rows: Array<[string, string]> = [
    ['CR only', '2020年大事记\r1、1月4日，甲。\r2、2月5日，乙。\r'],
    ['CRLF', '2020年大事记\r\n1、1月4日，甲。\r\n2、2月5日，乙。\r\n'],
    ['NEL, LS and PS line breaks', '2020年大事记\u00851、1月4日，甲。\u20282、2月5日，乙。\u2029'],
    ['tabs and ideographic spaces everywhere', '\t2020年\u3000大事记\t\n\u30001、\t1月\u30004日，甲\t乙。\n'],
    ['zero-width characters inside words and dates', '2020年大事记\n1、1\u200b月4日，罗\u200c林\u200d生\u2060出席。\n'],
    ['NBSP and thin spaces', '2020年大事记\n1、1月\u00a04日，ABC\u202fCorp\u2009成立。\n'],
    ['full-width everything', '２０２０年某某联盟大事记\n１．２０２０年１月４日，ＡＢＣ公司（北京）成立，投资１２３万元。\n２．２０２０年２月５日，召开会议。\n'],
    ['lone surrogates and astral characters', '\ud800大事记\n1、2020年1月4日，𠀋𠀋公司\udfff成立。\n'],
    ['C0 controls and DEL', '2020年大事记\n1、1月4日，\u0001甲\u0007乙\u007f。\n'],
    ['text decoded from a PDF by mistake', '%PDF-1.4\n\u0000\u0001stream\nx\u009c\u00ed\u00bd\nendobj\nxref\n0 6\n'],
    ['combining marks and emoji', '2020年大事记\n1、1月4日，Cafe\u0301 👩‍👩‍👧 开业。\n'],
    ['only punctuation', '。。。\n，，，\n、、、\n'],
    ['labels with nothing after them', '1、\n2、\n3、\n'],
    ['deep brackets', `2020年大事记\n1、1月4日，${'（'.repeat(500)}甲${'）'.repeat(500)}。\n`],
  ];
  test.each(rows)('%s: valid output', (_name, text) => {
    parseValid(text);
  });

  test('CR, CRLF and LF give the same entries', () => {
    const lf = parseChronicle('2020年大事记\n1、1月4日，甲。\n2、2月5日，乙。\n');
    for (const br of ['\r', '\r\n']) {
      const doc = parseChronicle(`2020年大事记${br}1、1月4日，甲。${br}2、2月5日，乙。${br}`);
      expect(doc.entries.map((e) => [e.label, e.date?.start, e.text])).toEqual(lf.entries.map((e) => [e.label, e.date?.start, e.text]));
    }
  });

  test('full-width dates and labels resolve like half-width ones', () => {
    const doc = parseValid('２０２０年某某联盟大事记\n１．２０２０年１月４日，投资１２３万元。\n');
    expect(doc.year).toBe(2020);
    expect(doc.entries[0]).toMatchObject({ label: '１', date: { start: '2020-01-04', text: '２０２０年１月４日' } });
    expect(doc.entries[0]!.figures).toMatchObject([{ value: 1230000, text: '１２３万元' }]);
  });
});

describe('size', () => {
  test('one 10 MB line with no line breaks (prose): one unparsed-text diagnostic', () => {
    const text = '会议召开了，大家进行了讨论'.repeat(Math.ceil((10 * 1024 * 1024) / 13 / 3));
    const doc = parseChronicle(text);
    expect(doc.entries).toEqual([]);
    expect(doc.diagnostics.find((d) => d.code === 'unparsed-text')?.span).toEqual({ start: 0, end: text.length });
  });

  // The body holds no number, name or event word on purpose: with those, today's figure, entity
  // and event-type extractors are quadratic in the size of ONE entry (reported to their owners;
  // scripts/scaling.mjs measures it). This test is about segmentation holding 10 MB in one entry.
  test('one 10 MB line that starts an entry: one entry holding all of it', () => {
    const text = `1、2020年1月4日，${'天地玄黄宇宙洪荒'.repeat(Math.ceil((10 * 1024 * 1024) / 8 / 3))}`;
    const doc = parseChronicle(text);
    expect(doc.entries).toHaveLength(1);
    expect(doc.entries[0]!.span).toEqual({ start: 0, end: text.length });
    expect(doc.entries[0]!.text.length).toBe(text.length - '1、2020年1月4日，'.length);
  });

  test('one 10 MB line of ASCII with no break at all', () => {
    const doc = parseValid('x'.repeat(10 * 1024 * 1024));
    expect(codes(doc)).toEqual(['no-entries', 'unparsed-text']);
  });

  test('a million short lines (blank, furniture, text): valid, nothing lost', () => {
    const cycle = ['', '甲。', '- 3 -', '  ', '乙，'];
    const text = Array.from({ length: 1_000_000 }, (_, i) => cycle[i % cycle.length]).join('\n');
    const doc = parseValid(text);
    expect(doc.entries).toEqual([]);
    expect(doc.diagnostics.filter((d) => d.code === 'page-furniture')).toHaveLength(200_000);
  });

  test('the fixture repeated 40 times: 40 × 42 entries, ordinals 1..N', () => {
    const text = Array.from({ length: 40 }, () => FIXTURE).join('\n');
    const doc = parseValid(text);
    expect(doc.entries).toHaveLength(40 * 42);
    expect(doc.headings.filter((h) => h.kind === 'title')).toHaveLength(1);
    expect(codes(doc).filter((c) => c === 'repeated-title')).toHaveLength(39);
  });

  test('ten thousand year headings with one entry each', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `${1000 + (i % 1100)}年\n1、3月4日，甲。`).join('\n');
    const doc = parseValid(text);
    expect(doc.entries).toHaveLength(10_000);
    expect(codes(doc).filter((c) => c === 'duplicate-label' || c === 'label-gap')).toEqual([]);
  });
});
