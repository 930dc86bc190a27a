/**
 * `readChronicle`: one door for every format a chronicle arrives in. It picks the reader by the
 * content first (a PDF or ZIP signature, an HTML doctype) and by the file name second, so a PDF
 * saved as `.txt` is still read as a PDF; `from` forces a reader. What it returns says what the
 * parser's spans will refer to, and `locateRecords` turns a parse of `text` into records whose
 * spans refer to that: the HTML source for web pages, the extracted text for PDF and Word.
 */
import { lastAtOrBefore } from '../sorted.js';
import type { Diagnostic } from '../schema.js';
import { diagnostic } from '../diagnostics/registry.js';
import type { Lang } from '../diagnostics/registry.js';
import { DEFAULT_MAX_SIZE, formatSize, readBounded } from './bytes.js';
import { decodeChronicle } from './decode.js';
import type { ChronicleEncoding } from './decode.js';
import { ChronicleInputError } from './errors.js';
import { declaredCharset, looksLikeHtml } from './html.js';
import { mapSpan } from './offsets.js';
import type { OffsetMap } from './offsets.js';

/** The formats `readChronicle` reads; `md` is read as text (the parser knows Markdown). */
export const INPUT_FORMATS = ['text', 'md', 'html', 'docx', 'pdf'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Options of `readChronicle`. */
export interface ReadOptions {
  /** Force a reader instead of detecting the format. */
  from?: InputFormat;
  /** Force the text encoding of a text or HTML file (default: detect). */
  encoding?: ChronicleEncoding;
  /** Refuse input larger than this many bytes (default 100 MiB): endless input stops here. */
  maxSize?: number;
  /** The file's name, for messages and the extension when `input` is bytes. */
  name?: string;
  /** The language of the `replaced-bytes` diagnostic: `zh` (default) or `en`. */
  lang?: Lang;
}

/** A chronicle as read: the text the parser sees, and what its spans are mapped to. */
export interface ChronicleSource {
  /** The text to parse (`parser.parse(source.text)`); what `--dump-text` prints. */
  text: string;
  format: InputFormat;
  /** The text encoding used, for text and HTML; null for PDF and Word. */
  encoding: ChronicleEncoding | null;
  /**
   * What spans refer to once `locateRecords` has run: `text` (text, Markdown, PDF, Word: the
   * text above) or `source` (HTML: the page's decoded source, `source` below).
   */
  spansReferTo: 'text' | 'source';
  /** The string spans refer to: the HTML source for web pages, else `text` itself. */
  source: string;
  /** PDF only: the offset in `text` where each page starts (page 1 first). */
  pageStarts: number[] | null;
  /** Problems of reading that the records should carry: `replaced-bytes` for lossy decoding. */
  diagnostics: Diagnostic[];
  /** HTML only: from offsets in `text` to offsets in `source`. */
  map: OffsetMap | null;
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The reader for `bytes`: its signature first, then its name's extension, else text. */
export function detectFormat(bytes: Uint8Array, name = ''): InputFormat {
  // A PDF may have a few bytes of junk before its header; readers look in the first KiB.
  if (startsWith(bytes, PDF) || new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, ZIP)) return 'docx';
  if (startsWith(bytes, OLE)) return 'docx';
  const ext = /\.(?<ext>[a-z0-9]+)$/i.exec(name)?.groups?.ext?.toLowerCase();
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  if (looksLikeHtml(head)) return 'html';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'md';
  return 'text';
}

/** A `replaced-bytes` warning when decoding had to replace unreadable bytes by U+FFFD. */
function replacedBytes(text: string, replaced: number, encoding: ChronicleEncoding, lang: Lang): Diagnostic[] {
  if (replaced === 0) return [];
  const first = text.indexOf('\ufffd');
  return [
    {
      ...diagnostic('replaced-bytes', { count: replaced, encoding, first }, lang),
      span: { start: first, end: first + 1 },
    },
  ];
}

/**
 * Read a chronicle from a path or bytes in any format dashiji reads. PDF, Word and HTML readers
 * are loaded only when such a file comes. Throws a `ChronicleInputError` (with a `code`) for
 * input that cannot be read: too large, binary, encrypted, a scan without text, a broken ZIP.
 */
export async function readChronicle(input: string | Uint8Array, options: ReadOptions = {}): Promise<ChronicleSource> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const name = options.name ?? (typeof input === 'string' ? (input === '-' ? 'stdin' : input) : undefined);
  const bytes = typeof input === 'string' ? readBounded(input, maxSize) : input;
  if (bytes.length > maxSize) throw new ChronicleInputError(`${name ?? 'the input'} is larger than the ${formatSize(maxSize)} limit (raise maxSize)`, 'too-large');
  try {
    return await readBytes(bytes, name ?? '', options);
  } catch (error) {
    // The readers speak of "this"; a caller that named the file gets its name in front.
    if (error instanceof ChronicleInputError && name) throw new ChronicleInputError(`${name}: ${error.message}`, error.code);
    throw error;
  }
}

/**
 * A text file as a ChronicleSource, synchronously: what `readChronicle` gives for text and
 * Markdown, for callers that already hold the bytes and know they are text.
 */
export function textSource(bytes: Uint8Array, format: 'text' | 'md' = 'text', encoding?: ChronicleEncoding, lang: Lang = 'zh'): ChronicleSource {
  const decoded = decodeChronicle(bytes, encoding);
  return {
    text: decoded.text,
    format,
    encoding: decoded.encoding,
    spansReferTo: 'text',
    source: decoded.text,
    pageStarts: null,
    map: null,
    diagnostics: replacedBytes(decoded.text, decoded.replaced, decoded.encoding, lang),
  };
}

async function readBytes(bytes: Uint8Array, name: string, options: ReadOptions): Promise<ChronicleSource> {
  const format = options.from ?? detectFormat(bytes, name);
  const base = { format, pageStarts: null, map: null, diagnostics: [] as Diagnostic[] };
  switch (format) {
    case 'pdf': {
      if (!startsWith(bytes, PDF) && !new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) {
        throw new ChronicleInputError('this is not a PDF file (no %PDF- header)', 'unsupported-format');
      }
      const { pdfToText } = await import('./pdf.js');
      const { text, pageStarts } = await pdfToText(bytes);
      return { ...base, text, source: text, encoding: null, spansReferTo: 'text', pageStarts };
    }
    case 'docx': {
      if (startsWith(bytes, OLE)) {
        throw new ChronicleInputError(`this is an old binary Word .doc (or another Office 97 file): save it as .docx in Word or LibreOffice (soffice --headless --convert-to docx), or as plain text`, 'unsupported-format');
      }
      const { docxToText } = await import('./docx.js');
      const text = await docxToText(bytes);
      return { ...base, text, source: text, encoding: null, spansReferTo: 'text' };
    }
    case 'html': {
      const declared = bytes[0] === 0xef || bytes[0] === 0xfe || bytes[0] === 0xff ? undefined : declaredCharset(bytes);
      const decoded = decodeChronicle(bytes, options.encoding ?? (declared && isKnownLabel(declared) ? declared : undefined));
      const { htmlToText, loadHtmlParser } = await import('./html.js');
      const { text, map } = htmlToText(await loadHtmlParser(), decoded.text);
      return {
        ...base,
        text,
        source: decoded.text,
        encoding: decoded.encoding,
        spansReferTo: 'source',
        map,
        diagnostics: replacedBytes(decoded.text, decoded.replaced, decoded.encoding, options.lang ?? 'zh'),
      };
    }
    default:
      return textSource(bytes, format, options.encoding, options.lang);
  }
}

function isKnownLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** The part of a parse result `locateRecords` needs: entries with spans, diagnostics. */
interface Locatable {
  entries: ReadonlyArray<{ span: { start: number; end: number } }>;
  diagnostics: readonly Diagnostic[];
}

/**
 * Records of `parser.parse(source.text)` made to refer to what `source.spansReferTo` says: every
 * span in the document (entries, dates, figures, entities, headings, diagnostics, and any custom
 * extractor's items) mapped into the HTML source for a web page; each entry of a PDF told its
 * `page` (or `pages`, when it runs over a page break); the reading diagnostics added first.
 * Returns a new document; `doc` is not changed.
 */
export function locateRecords<D extends Locatable>(doc: D, source: ChronicleSource): D {
  const map = source.map;
  const copy = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => copy(v, ''));
    if (value === null || typeof value !== 'object') return value;
    if (map && key === 'span' && isSpan(value)) return mapSpan(map, value);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = copy(v, k);
    return out;
  };
  const located = copy(doc, '') as D & { entries: Array<Record<string, unknown>>; diagnostics: Diagnostic[] };
  if (source.pageStarts) {
    doc.entries.forEach((entry, i) => {
      const first = pageAt(source.pageStarts!, entry.span.start);
      const last = pageAt(source.pageStarts!, Math.max(entry.span.start, entry.span.end - 1));
      Object.assign(located.entries[i]!, first === last ? { page: first } : { pages: Array.from({ length: last - first + 1 }, (_, k) => first + k) });
    });
  }
  const reading = map ? source.diagnostics.map((d) => ({ ...d, span: mapSpan(map, d.span) })) : source.diagnostics;
  located.diagnostics = [...reading, ...located.diagnostics];
  return located;
}

function isSpan(value: object): value is { start: number; end: number } {
  const v = value as { start?: unknown; end?: unknown };
  return typeof v.start === 'number' && typeof v.end === 'number';
}

/** The 1-based page holding text offset `at`. */
function pageAt(starts: readonly number[], at: number): number {
  return Math.max(0, lastAtOrBefore(starts, at)) + 1;
}
