/**
 * readChronicle: the reader chosen by content first and name second (or forced), what spans
 * refer to, lossy decoding reported as a `replaced-bytes` warning, NUL bytes refused anywhere,
 * and locateRecords mapping a parse into what the spans refer to.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { locateRecords, parseChronicle, readChronicle } from '../../src/index.js';
import { detectFormat } from '../../src/io/index.js';
import type { InputFormat } from '../../src/index.js';

const FIXTURE_PATH = new URL('../../fixtures/2020-power-alliance-chronicle.txt', import.meta.url).pathname;
const FIXTURE = readFileSync(FIXTURE_PATH, 'utf8');
const FORMATS = (name: string) => new URL(`../fixtures-extra/formats/${name}`, import.meta.url).pathname;
const bytes = (s: string | Buffer) => new Uint8Array(typeof s === 'string' ? Buffer.from(s) : s);
const dir = mkdtempSync(join(tmpdir(), 'dashiji-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the reader is chosen by content first, name second', () => {
  const rows: Array<[string, Uint8Array, string, InputFormat]> = [
    ['a PDF named .txt', bytes('%PDF-1.7\n'), 'a.txt', 'pdf'],
    ['a PDF with junk before its header', bytes('\r\n%PDF-1.4\n'), 'a', 'pdf'],
    ['a ZIP named .pdf', bytes(Buffer.from([0x50, 0x4b, 0x03, 0x04])), 'a.pdf', 'docx'],
    ['an old .doc', bytes(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), 'a.doc', 'docx'],
    ['a web page named .txt', bytes('<!DOCTYPE html><p>x</p>'), 'a.txt', 'html'],
    ['a fragment named .html', bytes('<p>2020年</p>'), 'a.HTM', 'html'],
    ['Markdown by name', bytes('# 2020年大事记'), 'a.md', 'md'],
    // Negative cases: a name alone does not make a PDF or a Word file out of text.
    ['text named .pdf', bytes('2020年大事记'), 'a.pdf', 'text'],
    ['text named .docx', bytes('2020年大事记'), 'a.docx', 'text'],
    ['text without a name', bytes('2020年大事记\n<p>x</p>'), '', 'text'],
  ];
  test.each(rows)('%s', (_name, input, name, format) => {
    expect(detectFormat(input, name)).toBe(format);
  });

  test('from forces a reader', async () => {
    const html = bytes('<p>1、2020年1月4日，召开会议。</p><p>2、2020年2月5日，调研。</p>');
    expect((await readChronicle(html)).text).toBe('<p>1、2020年1月4日，召开会议。</p><p>2、2020年2月5日，调研。</p>');
    const asHtml = await readChronicle(html, { from: 'html' });
    expect(asHtml.text).toBe('1、2020年1月4日，召开会议。\n2、2020年2月5日，调研。');
    const error = await readChronicle(bytes('2020年'), { from: 'pdf' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unsupported-format' });
  });
});

test('a GBK web page that declares its charset reads as GBK, spans into the decoded source', async () => {
  const gbk = Buffer.from([0xb4, 0xf3, 0xca, 0xc2, 0xbc, 0xc7]); // 大事记 in GBK
  const input = Buffer.concat([Buffer.from('<html><head><meta charset="gbk"></head><body><p>'), gbk, Buffer.from('</p></body></html>')]);
  const source = await readChronicle(bytes(input), { name: 'page.html' });
  expect(source).toMatchObject({ format: 'html', encoding: 'gbk', text: '大事记' });
  expect(source.source).toContain('<p>大事记</p>');
});

describe('text as before, now with what its spans refer to', () => {
  test('a path and its bytes read the same; spans refer to the text itself', async () => {
    const fromPath = await readChronicle(FIXTURE_PATH);
    expect(fromPath).toMatchObject({ text: FIXTURE, source: FIXTURE, format: 'text', encoding: 'utf-8', spansReferTo: 'text', pageStarts: null, diagnostics: [] });
    expect((await readChronicle(bytes(FIXTURE))).text).toBe(FIXTURE);
    const gbk = new URL('../fixtures-extra/2020-power-alliance-chronicle.gbk.txt', import.meta.url).pathname;
    expect(await readChronicle(gbk)).toMatchObject({ text: FIXTURE, encoding: 'gb18030' });
  });

  test('locateRecords on text changes nothing but a copy', async () => {
    const source = await readChronicle(bytes(FIXTURE));
    const doc = parseChronicle(source.text);
    const located = locateRecords(doc, source);
    expect(located).toEqual(doc);
    expect(located).not.toBe(doc);
  });
});

describe('lossy decoding is reported: replaced-bytes, with the count and the first offset', () => {
  test('stray bytes in UTF-8', async () => {
    const input = Buffer.concat([Buffer.from(FIXTURE.slice(0, 300)), Buffer.from([0xff]), Buffer.from(FIXTURE.slice(300, 600)), Buffer.from([0xfe, 0xff]), Buffer.from(FIXTURE.slice(600))]);
    const source = await readChronicle(bytes(input));
    expect(source.diagnostics).toHaveLength(1);
    const [d] = source.diagnostics;
    expect(d).toMatchObject({ code: 'replaced-bytes', severity: 'warning', span: { start: 300, end: 301 } });
    expect(d!.message).toMatch(/\b3\b.*utf-8.*\b300\b/);
    const doc = locateRecords(parseChronicle(source.text), source);
    expect(doc.diagnostics[0]).toEqual(d);
  });

  test('a GBK paragraph inside a UTF-8 file', async () => {
    const gbkLine = Buffer.from([0xb4, 0xf3, 0xca, 0xc2, 0xbc, 0xc7, 0x0a]); // 大事记 in GBK
    const input = Buffer.concat([Buffer.from(FIXTURE.slice(0, 1000)), gbkLine, Buffer.from(FIXTURE.slice(1000))]);
    const source = await readChronicle(bytes(input));
    expect(source.encoding).toBe('utf-8');
    expect(source.diagnostics.map((d) => [d.code, d.span.start])).toEqual([['replaced-bytes', 1000]]);
  });

  test('clean input has no such diagnostic', async () => {
    expect((await readChronicle(bytes(FIXTURE))).diagnostics).toEqual([]);
  });
});

describe('NUL bytes are refused anywhere, not only in the first 8 KiB', () => {
  test.each([
    ['at the start', Buffer.concat([Buffer.from([0]), Buffer.from(FIXTURE)])],
    ['after 8 KiB of text', Buffer.concat([Buffer.from(FIXTURE.repeat(3)), Buffer.from([0x41, 0, 0x42])])],
    ['at the very end', Buffer.concat([Buffer.from(FIXTURE.repeat(3)), Buffer.from([0])])],
  ])('%s', async (_name, input) => {
    expect(input.length).toBeGreaterThan(0);
    const error = await readChronicle(bytes(input)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ChronicleInputError', code: 'binary-input' });
    expect((error as Error).message).toMatch(/NUL/);
  });

  test('UTF-16 text, whose zero bytes are not NULs, still reads', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXTURE.repeat(3), 'utf16le')]);
    expect((await readChronicle(bytes(utf16))).text).toBe(FIXTURE.repeat(3));
  });
});

describe('the size cap', () => {
  test('bytes over maxSize are refused with too-large', async () => {
    const error = await readChronicle(bytes(FIXTURE), { maxSize: 1000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too-large' });
    expect((error as Error).message).toMatch(/1000 bytes limit/);
  });

  test('a file over maxSize is refused before it is read, named in the message', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, FIXTURE);
    const error = await readChronicle(path, { maxSize: 1024 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too-large' });
    expect((error as Error).message).toContain(path);
    expect((await readChronicle(path, { maxSize: 1024 * 1024 })).text).toBe(FIXTURE);
  });

  test('endless input stops at the cap', async () => {
    const error = await readChronicle('/dev/zero', { maxSize: 64 * 1024 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too-large' });
  });
});

test('PDF, Word and HTML fixtures each say what their spans refer to', async () => {
  const rows: Array<[string, InputFormat, 'text' | 'source']> = [
    ['fixture.pdf', 'pdf', 'text'],
    ['fixture.docx', 'docx', 'text'],
    ['fixture.html', 'html', 'source'],
  ];
  for (const [name, format, refersTo] of rows) {
    const source = await readChronicle(FORMATS(name));
    expect([name, source.format, source.spansReferTo, source.source === source.text]).toEqual([name, format, refersTo, refersTo === 'text']);
  }
});
