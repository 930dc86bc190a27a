/**
 * PDF input: the reference fixture printed by Chromium on seven A5 pages (lines and pages wrap
 * mid-sentence, CJK glyphs named by Kangxi radicals) gives the text's 42 entries, dates and
 * people; a printed table keeps its cells apart; scans and encrypted files are refused clearly.
 * The files are made by scripts/make-format-fixtures.mjs.
 */
import { describe, expect, test } from 'vitest';
import { dropPageNumbers, dropRunningLines, pageLines } from '../../src/io/pdf.js';
import { locateRecords, parseChronicle, readChronicle } from '../../src/index.js';
import { contractProblems } from '../helpers/contract-problems.js';
import { expectLikeTheText, formatFile } from '../helpers/formats.js';



describe('the fixture printed to PDF', async () => {
  const source = await readChronicle(formatFile('fixture.pdf'));
  const doc = locateRecords(parseChronicle(source.text), source);

  test('gives the text\'s 42 entries with their labels, dates and people', () => {
    expectLikeTheText(source, doc, 'pdf', 'text');
  });

  test('the spans keep the contract against the extracted text', () => {
    expect(contractProblems(source.text, doc)).toEqual([]);
  });

  test('the browser\'s running header and footer on each page are left out', () => {
    expect(source.text).not.toMatch(/file:\/\/|\d{1,2}:\d{2} [AP]M|\d\/7/);
    expect(source.text.split('\n')[0]).toBe('2020 年智能输配电设备产业技术创新战略联盟大事记');
  });

  test('radicals from the CJK font are read as ideographs (⽉ ⽇ → 月 日)', () => {
    expect(source.text).not.toMatch(/[\u2e80-\u2fdf]/);
    expect(source.text).toContain('2020 年 1 月 4 日');
  });

  test('each entry is told its page, or its pages when it runs over a page break', () => {
    expect(source.pageStarts).toHaveLength(7);
    expect(doc.entries[0]).toMatchObject({ page: 1 });
    expect(doc.entries[0]).not.toHaveProperty('pages');
    const spanning = doc.entries.filter((e) => e.pages !== undefined);
    expect(spanning.length).toBeGreaterThan(0);
    for (const e of spanning) {
      expect(e).not.toHaveProperty('page');
      expect(e.pages![1]).toBe(e.pages![0]! + 1);
      // The entry's text really starts before the second page and ends after it starts.
      expect(e.span.start).toBeLessThan(source.pageStarts![e.pages![1]! - 1]!);
      expect(e.span.end).toBeGreaterThan(source.pageStarts![e.pages![1]! - 1]!);
    }
    const pages = doc.entries.map((e) => e.page ?? e.pages![0]!);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(Math.max(...doc.entries.map((e) => e.page ?? e.pages!.at(-1)!))).toBe(7);
  });
});

describe('a table printed to PDF', () => {
  test('each row is a line, its cells TAB-separated, and the rows are entries', async () => {
    const source = await readChronicle(formatFile('table.pdf'));
    expect(source.text.split('\n').filter((l) => l.includes('\t'))).toEqual([
      '2021年3月2日\t理事会在北京召开第一次会议，审议年度',
      '2021年5月18日\t秘书处组织成员单位赴杭州调研，考察智',
      '2021年9月9日\t联盟发布团体标准2项，参与单位共计15',
    ]);
    const doc = parseChronicle(source.text);
    expect(doc.entries.map((e) => e.date?.start)).toEqual(['2021-03-02', '2021-05-18', '2021-09-09']);
  });
});

describe('PDFs that have no text to give are refused with a clear error', () => {
  const rows: Array<[string, string, RegExp]> = [
    ['scanned.pdf', 'no-text-layer', /no text layer.*OCR/],
    ['encrypted.pdf', 'encrypted-pdf', /encrypted PDF.*password/],
  ];
  test.each(rows)('%s', async (name, code, message) => {
    const error = await readChronicle(formatFile(name)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ChronicleInputError', code });
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(name);
  });

  test('a file that says PDF but is not one: broken-document', async () => {
    const error = await readChronicle(new Uint8Array(Buffer.from('%PDF-1.7\n garbage, no objects'))).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ChronicleInputError', code: 'broken-document' });
  });
});

describe('lines are rebuilt from the positions of the text items', () => {
  const item = (str: string, x: number, y: number, width = str.length * 10, size = 10) => ({ str, x, y, width, size });
  const rows: Array<[string, ReturnType<typeof item>[], string[]]> = [
    ['items on one baseline join in x order', [item('月4日', 30, 100), item('2020年1', 0, 100, 30)], ['2020年1月4日']],
    ['a baseline a little off is the same line', [item('召开', 0, 100), item('会议', 20, 101.5)], ['召开会议']],
    ['lower items are later lines', [item('第二行', 0, 80), item('第一行', 0, 100)], ['第一行', '第二行']],
    ['a gap of a quarter font size is a space', [item('ABB', 0, 100, 30), item('Ltd', 32.5, 100)], ['ABB Ltd']],
    ['a gap wider than a font size is a TAB (a table cell)', [item('3月2日', 0, 100, 40), item('会议', 70, 100)], ['3月2日\t会议']],
    ['blank items only measure the gap', [item('3月2日', 0, 100, 40), item(' ', 40, 100, 30), item('会议', 70, 100)], ['3月2日\t会议']],
    ['no gap, no space', [item('罗', 0, 100), item('林生', 10, 100)], ['罗林生']],
  ];
  test.each(rows)('%s', (_name, items, lines) => {
    expect(pageLines(items)).toEqual(lines);
  });
});

describe('page numbers alone on a page\'s first or last line are left out', () => {
  const rows: Array<[string[], number, string[]]> = [
    [['1、2020年1月4日，召开会议。', '3'], 3, ['1、2020年1月4日，召开会议。']],
    [['- 3 -', '正文'], 3, ['正文']],
    [['正文', '第 3 页 共 7 页'], 3, ['正文']],
    [['正文', '3 / 7'], 3, ['正文']],
    // Negative cases: a number that is not this page's, and a number inside the page, stay.
    [['正文', '2020'], 3, ['正文', '2020']],
    [['正文', '5', '正文'], 5, ['正文', '5', '正文']],
  ];
  test.each(rows)('%j on page %i', (lines, page, want) => {
    expect(dropPageNumbers(lines, page)).toEqual(want);
  });
});

describe('running headers and footers: first or last lines that recur on half the pages', () => {
  const page = (n: number, ...body: string[]) => [`12/1/26, 3:57 AM\t大事记`, ...body, `file:///tmp/a.html\t${n}/4`];
  test('recurring first and last lines, digits aside, are dropped from every page', () => {
    const pages = [page(1, '正文一'), page(2, '正文二'), page(3, '正文三'), page(4, '正文四')];
    expect(dropRunningLines(pages)).toEqual([['正文一'], ['正文二'], ['正文三'], ['正文四']]);
  });

  test('a two-line running head goes too', () => {
    const pages = ['甲', '乙', '丙'].map((n) => ['某联盟', '2020年大事记', `正文${n}`]);
    expect(dropRunningLines(pages)).toEqual([['正文甲'], ['正文乙'], ['正文丙']]);
  });

  // Negative cases: lines on fewer than three pages, or fewer than half of them, stay.
  test.each([
    ['two pages only', [['页眉', '正文一'], ['页眉', '正文二']]],
    ['three of eight pages', [...'一二三四五六七八'].map((n, i) => (i < 3 ? ['页眉', `正文${n}`] : [`正文${n}`]))],
    ['entries that differ in more than digits', [1, 2, 3].map((n) => [`${n}、2020年${n}月${n}日，召开会议${'甲乙丙'[n - 1]}。`])],
  ])('%s', (_name, pages) => {
    expect(dropRunningLines(pages)).toEqual(pages);
  });
});
