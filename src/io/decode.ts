/**
 * Reading chronicle files as they really arrive: UTF-8 with or without BOM, UTF-16 with BOM,
 * GB18030/GBK (most older Chinese documents) and Big5 (traditional). Spans in the records refer
 * to the DECODED string (UTF-16 code units), whatever the file's bytes were.
 */
import { TextDecoder } from 'node:util';
import { ChronicleInputError } from './errors.js';

/** Encodings `readChronicle` understands by name (any WHATWG label Node's TextDecoder knows works too). */
export type ChronicleEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'gbk' | 'big5' | (string & {});

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

/**
 * UTF-16 without a BOM (what some Windows tools save as "Unicode"): every chronicle has line
 * breaks and digits, whose UTF-16 code units have a zero high byte, so zeros fall mostly on one
 * byte parity: odd offsets for little-endian, even ones for big-endian. Binary data has zeros on
 * both, and its decoding is full of control characters.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const head = bytes.subarray(0, 8192);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) i % 2 ? odd++ : even++;
  const units = head.length / 2;
  // A few zeros on the other parity are characters such as 一 (U+4E00), whose low byte is zero.
  const order = odd >= 2 && odd >= units / 16 && even <= odd / 8 ? 'utf-16le' : even >= 2 && even >= units / 16 && odd <= even / 8 ? 'utf-16be' : null;
  if (!order) return null;
  // The decoding must read as text: no control characters besides tab, line and page breaks.
  return UTF16_TEXT.test(new TextDecoder(order).decode(head)) ? order : null;
}

/** Text as decoded UTF-16 text reads: no C0 control but tab, LF, VT, FF, CR; no U+FFFD. */
const UTF16_TEXT = /^[^\x00-\x08\x0e-\x1f\ufffd]*$/;

/**
 * Which encoding `bytes` look like: a BOM; BOM-less UTF-16 by where its zero bytes fall; valid
 * UTF-8; else the most plausible of UTF-8 (with a few bad bytes: a truncated last character, one
 * stray byte from an editor), GB18030 and Big5, judged by how many common characters each
 * decoding yields. A UTF-8 file with one bad byte must not be read as GB18030 mojibake.
 */
export function detectEncoding(bytes: Uint8Array): ChronicleEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return utf16;
  try {
    decodeWith(bytes, 'utf-8', true);
    return 'utf-8';
  } catch (error) {
    if (error instanceof ChronicleInputError) throw error;
  }
  const sample = bytes.subarray(0, 64 * 1024);
  let best: ChronicleEncoding = 'gb18030';
  let bestScore = score(decodeWith(sample, 'gb18030'));
  for (const candidate of ['big5', 'utf-8'] as const) {
    const s = score(decodeWith(sample, candidate));
    if (s > bestScore) [best, bestScore] = [candidate, s];
  }
  return best;
}

function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, magic] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return name;
  const head = bytes.subarray(0, 8192);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bomlessUtf16(bytes) !== null;
  if (!utf16 && head.includes(0)) return 'binary data (it contains NUL bytes)';
  return null;
}

/** U+FFFD in a decoding: each is a byte sequence the encoding could not read. */
function countReplaced(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** What `decodeChronicle` returns: the text, the encoding used, and how much could not be read. */
export interface DecodedChronicle {
  text: string;
  encoding: ChronicleEncoding;
  /**
   * How many byte sequences the encoding could not read; each became U+FFFD in `text`. Non-zero
   * means some text is lost: a caller should say so (the CLI warns), since spans still refer to
   * `text` and the parse itself cannot know.
   */
  replaced: number;
}

/**
 * Decode a chronicle from bytes: the encoding is detected unless given. Throws a
 * `ChronicleInputError` naming the problem for binary input (a PDF, a .docx, an image), and for
 * bytes that are mostly unreadable in the chosen encoding (`undecodable-input`: a wrong
 * `encoding`, or not Chinese text at all), rather than returning a page of U+FFFD. A few bad
 * bytes are kept as U+FFFD and counted in `replaced`.
 */
export function decodeChronicle(bytes: Uint8Array, encoding?: ChronicleEncoding): DecodedChronicle {
  const binary = binaryKind(bytes);
  if (binary) {
    // PDF and Word files have a reader of their own: say so before the general advice.
    const reader = /PDF|ZIP/.test(binary) ? 'read it with readChronicle() (dashiji parse reads it directly), or ' : '';
    throw new ChronicleInputError(`this is ${binary}, not text: ${reader}convert it to plain text first (e.g. save as .txt)`, 'binary-input');
  }
  const chosen = encoding ?? detectEncoding(bytes);
  const label = chosen === 'gbk' ? 'gb18030' : chosen;
  let text: string;
  let replaced = 0;
  try {
    text = decodeWith(bytes, label, true);
  } catch (error) {
    if (error instanceof ChronicleInputError) throw error;
    text = decodeWith(bytes, label);
    replaced = countReplaced(text);
  }
  // The first 8 KiB were checked above; a NUL further on (a text file with a binary tail, a
  // stream of zeros) is just as sure a sign that this is not text.
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    throw new ChronicleInputError(`this is binary data (it contains NUL bytes, the first at character ${nul}), not text: convert it to plain text first`, 'binary-input');
  }
  if (replaced > 16 && replaced > text.length / 20) {
    throw new ChronicleInputError(
      `${replaced} of ${text.length} characters cannot be read as ${chosen}: ${encoding ? 'is that the right encoding?' : 'is this Chinese text?'} (try --encoding utf-8, gb18030 or big5)`,
      'undecodable-input',
    );
  }
  return { text, encoding: chosen, replaced };
}
