/**
 * PDF files to chronicle text with Mozilla's pdfjs-dist (an optional peer dependency: 41 MB that
 * only PDF users should have to install). The text comes from the text layer, page by page;
 * lines are rebuilt from the items' positions (PDF has no lines, only glyph runs placed on a
 * page), cells of a table row are joined by TABs, and page numbers alone on a page's first or
 * last line are left out. Line wraps and page breaks inside a sentence stay line breaks: the
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
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const [a, b, c, d, x, y] = raw.transform as number[];
        items.push({ str: raw.str, x: x!, y: y!, width: raw.width, size: Math.hypot(c!, d!) || Math.hypot(a!, b!) || raw.height });
      }
      pages.push(dropPageNumbers(pageLines(items), n).join('\n'));
      page.cleanup();
    }
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
