/**
 * Word input: the reference fixture as a .docx (one paragraph per line of the text, runs split
 * mid-word as Word leaves them) gives the text's entries, dates and people; a table's rows come
 * out TAB-separated; an old .doc, a broken ZIP and a ZIP that is not a Word file are refused
 * clearly. The files are made by scripts/make-format-fixtures.mjs.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { locateRecords, parseChronicle, readChronicle } from '../../src/index.js';
import { contractProblems } from '../helpers/contract-problems.js';
import { expectLikeTheText, FIXTURE_TEXT, formatFile } from '../helpers/formats.js';


describe('the fixture as a Word document', async () => {
  const source = await readChronicle(formatFile('fixture.docx'));
  const doc = locateRecords(parseChronicle(source.text), source);

  test('one paragraph a line: the text of the fixture, blank lines aside', () => {
    expect(source.text.split('\n')).toEqual(FIXTURE_TEXT.split('\n').map((l) => l.trim()).filter(Boolean));
  });

  test('gives the text\'s 42 entries, dates and people, spans into the extracted text', () => {
    expectLikeTheText(source, doc, 'docx', 'text');
    expect(contractProblems(source.text, doc)).toEqual([]);
    expect(doc.entries[0]).not.toHaveProperty('page');
  });
});

test('a Word table: rows as lines, cells TAB-separated', async () => {
  const source = await readChronicle(formatFile('table.docx'));
  expect(source.text.split('\n')).toEqual([
    '2021年某联盟大事记',
    '2021年3月2日\t理事会在北京召开第一次会议，审议年度工作计划。',
    '2021年5月18日\t秘书处组织成员单位赴杭州调研，考察智能制造项目3个。',
    '2021年9月9日\t联盟发布团体标准2项，参与单位共计15家。',
  ]);
});

describe('what is not a readable Word document is refused clearly', async () => {
  const notWord = new JSZip();
  notWord.file('xl/workbook.xml', '<workbook/>');
  const rows: Array<[string, Uint8Array, string, RegExp]> = [
    ['a broken ZIP', new Uint8Array(readFileSync(formatFile('broken.docx'))), 'broken-document', /not a readable \.docx.*broken ZIP/],
    ['a ZIP that is not a Word file', await notWord.generateAsync({ type: 'uint8array' }), 'unsupported-format', /not a Word document/],
    ['an old binary .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'unsupported-format', /old binary Word \.doc.*save it as \.docx/],
  ];
  test.each(rows)('%s', async (_name, bytes, code, message) => {
    const error = await readChronicle(bytes, { name: 'x.docx' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ChronicleInputError', code });
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/^x\.docx: /);
    expect((error as Error).message).not.toContain('http');
  });
});
