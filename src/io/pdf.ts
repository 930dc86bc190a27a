/**
 * PDF files to chronicle text with Mozilla's pdfjs-dist (an optional peer dependency: 41 MB that
 * only PDF users should have to install). The text comes from the text layer, page by page;
 * lines are rebuilt from the items' positions (PDF has no lines, only glyph runs placed on a
 * page), cells of a table row are joined by TABs, and running headers and footers and page
 * numbers alone on a page's first or last line are left out. Line wraps and page breaks inside a sentence stay line breaks: the
 * segmenter already joins them as it does for text copied out of a PDF. Spans refer to this
 * text (`--dump-text` prints it); `pageStarts` says where each page begins in it.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldRadicals } from '../text.js';
import { ChronicleInputError } from './errors.js';

/** The text of a PDF and the offset in it where each page starts (page 1 at index 0). */
export interface PdfText {
  text: string;
  pageStarts: number[];
}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

async function loadPdfJs(): Promise<{ pdfjs: PdfJs; root: string }> {
  try {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as PdfJs;
    return { pdfjs, root };
  } catch {
    throw new ChronicleInputError('reading PDF files needs pdfjs-dist (an optional peer dependency, Node >= 20.19): npm install pdfjs-dist', 'missing-package');
  }
}

/**
 * The lines of one page, top to bottom. Items whose baselines lie within half a font size of
 * each other form a line; within a line a gap wider than a font size is a column break (a
 * table cell: TAB), a gap over a seventh of one is a space unless a space is already there.
 */
export function pageLines(items: readonly Item[]): string[] {
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  for (const item of sorted) {
    // Sorted top to bottom, an item can only join the line above it: one comparison each, so a
    // page of many thousand items stays linear.
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - item.y) < Math.max(1, Math.min(line[0]!.size, item.size) * 0.5)) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const item of line) {
      // Blank items (Chromium writes one across a table's column gap) only measure a gap: the
      // gap between the text around them decides what they become.
      if (item.str.trim() === '') continue;
      const gap = item.x - end;
      const size = item.size || 10;
      if (text && gap > size) text = text.trimEnd() + '\t';
      else if (text && gap > size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
      text += item.str;
      end = Math.max(end, item.x + item.width);
    }
    return text.trimEnd();
  });
}

/** A line that is only a page number, its white space removed: `3`, `-3-`, `第3页`, `3/12`, `Page3`. */
const PAGE_NUMBER = /^(?:[-–—]\d{1,4}[-–—]|第\d{1,4}页(?:[,，/]?共\d{1,4}页)?|\d{1,4}\/\d{1,4}|page\d{1,4}(?:of\d{1,4})?|\d{1,4})$/i;

/** `lines` of page `page` without a page number alone on the first or last line. */
export function dropPageNumbers(lines: readonly string[], page: number): string[] {
  const isNumber = (line: string | undefined) => {
    const bare = line?.replace(/\s/g, '') ?? '';
    return PAGE_NUMBER.test(bare) && (/\D/.test(bare) || Number(bare) === page);
  };
  const out = [...lines];
  if (isNumber(out[out.length - 1])) out.pop();
  if (isNumber(out[0])) out.shift();
  return out;
}

/**
 * Running headers and footers: a first or last line that recurs, digits aside, on at least
 * three pages and half of them (a browser's `12/1/26, 3:57 AM` above and `file:///…  1/7` below
 * each page, a chronicle's title repeated as a running head). Dropped from every page it heads
 * or ends; up to two such lines at each end. A line on fewer pages is the text's own.
 */
export function dropRunningLines(pages: readonly (readonly string[])[]): string[][] {
  const out = pages.map((lines) => [...lines]);
  const needed = Math.max(3, Math.ceil(pages.length / 2));
  const key = (line: string | undefined) => (line === undefined ? undefined : line.replace(/\d+/g, '#'));
  for (const end of ['first', 'last'] as const) {
    for (let round = 0; round < 2; round++) {
      const at = (lines: string[]) => (end === 'first' ? lines[0] : lines[lines.length - 1]);
      const counts = new Map<string, number>();
      for (const lines of out) {
        const k = key(at(lines));
        if (k !== undefined && k.trim() !== '') counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      const running = new Set([...counts].filter(([, n]) => n >= needed).map(([k]) => k));
      if (running.size === 0) break;
      for (const lines of out) {
        const k = key(at(lines));
        if (k !== undefined && running.has(k)) end === 'first' ? lines.shift() : lines.pop();
      }
    }
  }
  return out;
}

/** Read a PDF's text layer; throws a ChronicleInputError for encrypted, scanned or broken files. */
export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const { pdfjs, root } = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of (detaches) the buffer it is given: give it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    useSystemFonts: false,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const e = error as { name?: string; message?: string };
    if (e.name === 'PasswordException') {
      throw new ChronicleInputError(`this is an encrypted PDF that needs a password: decrypt it first (qpdf --decrypt --password=… in.pdf out.pdf)`, 'encrypted-pdf');
    }
    throw new ChronicleInputError(`this is not a readable PDF (${e.message ?? String(error)})`, 'broken-document');
  }
  try {
    const pageLineLists: string[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const [a, b, c, d, x, y] = raw.transform as number[];
        items.push({ str: raw.str, x: x!, y: y!, width: raw.width, size: Math.hypot(c!, d!) || Math.hypot(a!, b!) || raw.height });
      }
      pageLineLists.push(pageLines(items));
      page.cleanup();
    }
    const pages = dropRunningLines(pageLineLists).map((lines, i) => dropPageNumbers(lines, i + 1).join('\n'));
    if (pages.every((p) => p.trim() === '')) {
      throw new ChronicleInputError(`this PDF has no text layer (a scanned PDF?): dashiji does no OCR; run OCR first (e.g. ocrmypdf) or use the text`, 'no-text-layer');
    }
    const pageStarts: number[] = [];
    let text = '';
    for (const page of pages) {
      if (text) text += '\n';
      pageStarts.push(text.length);
      text += page;
    }
    // CJK fonts often name their glyphs by the radicals (⽉ for 月): the text gets the ideographs.
    return { text: foldRadicals(text), pageStarts };
  } finally {
    await doc.destroy();
  }
}
