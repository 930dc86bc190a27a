/**
 * Decoding chronicle text as it really arrives (src/io/decode.ts): UTF-8 with and without BOM, UTF-16 with and without
 * BOM, GB18030/GBK and Big5 detected automatically, binary files refused with a clear message,
 * and a few bad bytes kept visible (U+FFFD, counted) instead of turning the whole file into
 * mojibake. The GBK and Big5 files in fixtures-extra/ were made with python3's codecs from the
 * UTF-8 texts beside them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ChronicleInputError, parseChronicle } from '../../src/index.js';
import { decodeChronicle, detectEncoding } from '../../src/io/index.js';
import type { ChronicleEncoding } from '../../src/index.js';

const here = (p: string) => new URL(`../${p}`, import.meta.url);
const FIXTURE = readFileSync(here('../fixtures/2020-power-alliance-chronicle.txt'), 'utf8');
const TRADITIONAL = readFileSync(here('./fixtures-extra/traditional-chronicle.utf8.txt'), 'utf8');
const TAKMING = readFileSync(here('./fixtures-extra/takming-history.utf8.txt'), 'utf8');

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16());
const cat = (...parts: Array<Uint8Array | number[]>) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));


describe('encodings are detected and decoded to the same text', () => {
  const rows: Array<[string, Uint8Array, ChronicleEncoding, string]> = [
    ['UTF-8 without BOM', utf8(FIXTURE), 'utf-8', FIXTURE],
    ['UTF-8 with BOM (the BOM is not text)', cat([0xef, 0xbb, 0xbf], utf8(FIXTURE)), 'utf-8', FIXTURE],
    ['UTF-16 LE with BOM', cat([0xff, 0xfe], utf16le(FIXTURE)), 'utf-16le', FIXTURE],
    ['UTF-16 BE with BOM', cat([0xfe, 0xff], utf16be(FIXTURE)), 'utf-16be', FIXTURE],
    ['UTF-16 LE without BOM (zero high bytes of digits and breaks)', utf16le(FIXTURE), 'utf-16le', FIXTURE],
    ['UTF-16 BE without BOM', utf16be(FIXTURE), 'utf-16be', FIXTURE],
    ['GBK copy of the fixture', new Uint8Array(readFileSync(here('./fixtures-extra/2020-power-alliance-chronicle.gbk.txt'))), 'gb18030', FIXTURE],
    ['GBK copy of a traditional chronicle', new Uint8Array(readFileSync(here('./fixtures-extra/traditional-chronicle.gbk.txt'))), 'gb18030', TRADITIONAL],
    ['Big5 traditional chronicle', new Uint8Array(readFileSync(here('./fixtures-extra/traditional-chronicle.big5.txt'))), 'big5', TRADITIONAL],
    ['Big5 copy of the 德明 history (corpus 03)', new Uint8Array(readFileSync(here('./fixtures-extra/takming-history.big5.txt'))), 'big5', TAKMING],
    ['GBK 大事记 alone (6 bytes)', new Uint8Array([0xb4, 0xf3, 0xca, 0xc2, 0xbc, 0xc7]), 'gb18030', '大事记'],
    ['Big5 大事記 alone (6 bytes)', new Uint8Array([0xa4, 0x6a, 0xa8, 0xc6, 0xb0, 0x4f]), 'big5', '大事記'],
    ['empty file', new Uint8Array(0), 'utf-8', ''],
  ];
  test.each(rows)('%s', (_name, bytes, encoding, text) => {
    expect(detectEncoding(bytes)).toBe(encoding);
    const decoded = decodeChronicle(bytes);
    expect(decoded).toEqual({ text, encoding, replaced: 0 });
  });

  test('a GBK copy of the fixture gives the same records as the UTF-8 one', () => {
    const fromGbk = parseChronicle(decodeChronicle(new Uint8Array(readFileSync(here('./fixtures-extra/2020-power-alliance-chronicle.gbk.txt')))).text);
    expect(fromGbk).toEqual(parseChronicle(FIXTURE));
    expect(fromGbk.entries).toHaveLength(42);
  });

  test('a Big5 traditional chronicle parses like its UTF-8 original', () => {
    const doc = parseChronicle(decodeChronicle(new Uint8Array(readFileSync(here('./fixtures-extra/traditional-chronicle.big5.txt')))).text);
    expect(doc).toEqual(parseChronicle(TRADITIONAL));
    expect(doc.title).toBe('臺北市某協會大事記');
    expect(doc.year).toBe(2020);
    expect(doc.entries.map((e) => [e.label, e.date?.start, e.date?.end])).toEqual([
      ['1', '2020-01-04', '2020-01-04'],
      ['2', '2020-03-12', '2020-03-12'],
      ['3', '2020-05-20', '2020-05-22'],
      ['4', '2020-08-01', '2020-08-31'],
      ['5', '2020-12-31', '2020-12-31'],
    ]);
  });

  test('an explicit encoding wins over detection; gbk is read as its superset gb18030', () => {
    const gbk = new Uint8Array(readFileSync(here('./fixtures-extra/2020-power-alliance-chronicle.gbk.txt')));
    expect(decodeChronicle(gbk, 'gbk')).toEqual({ text: FIXTURE, encoding: 'gbk', replaced: 0 });
    expect(decodeChronicle(gbk, 'gb18030').text).toBe(FIXTURE);
  });
});

describe('bad bytes are kept visible, not hidden in mojibake', () => {
  test('a UTF-8 file with one stray byte stays UTF-8, with one U+FFFD counted', () => {
    const bytes = cat(utf8(FIXTURE.slice(0, 500)), [0xff], utf8(FIXTURE.slice(500)));
    const decoded = decodeChronicle(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.replaced).toBe(1);
    expect(decoded.text).toBe(`${FIXTURE.slice(0, 500)}\ufffd${FIXTURE.slice(500)}`);
  });

  test('a UTF-8 file cut in the middle of its last character stays UTF-8', () => {
    const bytes = utf8(`${FIXTURE}大`).subarray(0, -1);
    const decoded = decodeChronicle(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.replaced).toBe(1);
    expect(decoded.text.startsWith(FIXTURE)).toBe(true);
  });

  test('mostly unreadable bytes in the chosen encoding: undecodable-input', () => {
    expect(() => decodeChronicle(utf8(FIXTURE), 'big5')).toThrow(expect.objectContaining({ code: 'undecodable-input', name: 'ChronicleInputError' }));
    expect(() => decodeChronicle(utf8(FIXTURE), 'big5')).toThrow(/cannot be read as big5/);
  });

  test('an unknown encoding name: unknown-encoding', () => {
    expect(() => decodeChronicle(utf8('大事记'), 'klingon')).toThrow(expect.objectContaining({ code: 'unknown-encoding' }));
  });
});

describe('binary input is refused with a clear message', () => {
  const rows: Array<[string, number[], RegExp]> = [
    ['a PDF', [...Buffer.from('%PDF-1.7\n%\xe2\xe3\n1 0 obj')], /PDF/],
    ['a .docx (ZIP)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], /ZIP.*docx/],
    ['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], /PNG/],
    ['a JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], /JPEG/],
    ['an old .doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], /Word/],
    ['text with NUL bytes', [...Buffer.from('大事记\n1、'), 0, 0, 0, 0x41, 0, 0x42], /NUL/],
    ['NUL bytes on both parities', [0x41, 0, 0, 0x42, 0, 0x43, 0x44, 0], /NUL/],
  ];
  test.each(rows)('%s', (_name, bytes, message) => {
    const input = new Uint8Array(bytes);
    let error: unknown;
    try {
      decodeChronicle(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChronicleInputError);
    expect(error).toMatchObject({ code: 'binary-input', name: 'ChronicleInputError' });
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/convert it to plain text/);
  });
});

describe('line ends and white space as they arrive', () => {
  // The same chronicle with every line-end convention gives the same entries and dates.
  const lines = ['2020年大事记', '', '1、2020年1月4日，副市长罗林生出席。', '2、2020年2月5日，召开会议。'];
  const rows: Array<[string, string]> = [
    ['LF', lines.join('\n')],
    ['CRLF', lines.join('\r\n')],
    ['CR', lines.join('\r')],
    ['U+2028', lines.join('\u2028')],
    ['mixed', `${lines[0]}\r\n${lines[1]}\n${lines[2]}\r${lines[3]}\r\n`],
  ];
  const want = parseChronicle(lines.join('\n'));
  test.each(rows)('%s', (_name, text) => {
    const doc = parseChronicle(text);
    expect(doc.title).toBe(want.title);
    expect(doc.entries.map((e) => [e.label, e.date?.start, e.text])).toEqual(want.entries.map((e) => [e.label, e.date?.start, e.text]));
    for (const e of doc.entries) expect(text.slice(e.span.start, e.span.end)).not.toMatch(/^\s|\s$/);
  });

  test('decoded CRLF text keeps its CRs: spans refer to the decoded string as it is', () => {
    const text = decodeChronicle(utf8(lines.join('\r\n'))).text;
    expect(text).toContain('\r\n');
    const doc = parseChronicle(text);
    expect(text.slice(doc.entries[1]!.span.start, doc.entries[1]!.span.end)).toBe(lines[3]);
  });
});
