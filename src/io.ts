/**
 * Reading chronicle files as they really arrive: UTF-8 with or without BOM, UTF-16 with BOM,
 * GB18030/GBK (most older Chinese documents) and Big5 (traditional). Spans in the records refer
 * to the DECODED string (UTF-16 code units), whatever the file's bytes were.
 */
import { readFileSync } from 'node:fs';
import { TextDecoder } from 'node:util';

/** Encodings `readChronicle` understands by name (any WHATWG label Node's TextDecoder knows works too). */
export type ChronicleEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'gbk' | 'big5' | (string & {});

/** The error `readChronicle` throws for input that is not chronicle text at all. */
export class ChronicleInputError extends Error {
  override name = 'ChronicleInputError';
  constructor(
    message: string,
    readonly code: 'binary-input' | 'unknown-encoding' | 'undecodable-input',
  ) {
    super(message);
  }
}

const MAGIC: ReadonlyArray<readonly [string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (a .docx, .xlsx or .epub?)', [0x50, 0x4b, 0x03, 0x04]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['an old Word/Excel document (.doc/.xls)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an RTF document', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

// Common characters written the same in simplified and traditional Chinese: a correct decoding
// is full of them, a wrong one (GBK bytes read as Big5 or the reverse) hardly has any.
const COMMON = new Set('的一是在不了有人中大上我以他到地出就分成可主年同工也能下子方多定行所得十三之等部度家力里如水高自二理起小物加本去好日四五六七八九月公司市省合作和平全新');

function score(text: string): number {
  let n = 0;
  for (const ch of text) if (COMMON.has(ch)) n++;
  return n - 20 * (text.split('\ufffd').length - 1);
}

function decodeWith(bytes: Uint8Array, label: string, fatal = false): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal, ignoreBOM: false });
  } catch {
    throw new ChronicleInputError(`unknown encoding "${label}"`, 'unknown-encoding');
  }
  return decoder.decode(bytes);
}

/** Which encoding `bytes` look like, and why: BOM, valid UTF-8, or the better of GB18030 and Big5. */
export function detectEncoding(bytes: Uint8Array): ChronicleEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    decodeWith(bytes, 'utf-8', true);
    return 'utf-8';
  } catch (error) {
    if (error instanceof ChronicleInputError) throw error;
  }
  const sample = bytes.subarray(0, 64 * 1024);
  return score(decodeWith(sample, 'big5')) > score(decodeWith(sample, 'gb18030')) ? 'big5' : 'gb18030';
}

function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, magic] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return name;
  const head = bytes.subarray(0, 8192);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && head.includes(0)) return 'binary data (it contains NUL bytes)';
  return null;
}

/**
 * Decode a chronicle from bytes: the encoding is detected unless given. Throws a
 * `ChronicleInputError` naming the problem for binary input (a PDF, a .docx, an image).
 */
export function decodeChronicle(bytes: Uint8Array, encoding?: ChronicleEncoding): { text: string; encoding: ChronicleEncoding } {
  const binary = binaryKind(bytes);
  if (binary) {
    throw new ChronicleInputError(`this is ${binary}, not text: convert it to plain text first (e.g. pdftotext, or save as .txt)`, 'binary-input');
  }
  const chosen = encoding ?? detectEncoding(bytes);
  const label = chosen === 'gbk' ? 'gb18030' : chosen;
  return { text: decodeWith(bytes, label), encoding: chosen };
}

/** Read a chronicle from a path or a Buffer, detecting its encoding (or using the one given). */
export function readChronicle(input: string | Uint8Array, options: { encoding?: ChronicleEncoding } = {}): string {
  const bytes = typeof input === 'string' ? readFileSync(input) : input;
  return decodeChronicle(bytes, options.encoding).text;
}
