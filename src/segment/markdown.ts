/**
 * Step 1, for Markdown: reading lines through a CommonMark parser (micromark with the GFM
 * extensions, the unified ecosystem's), never through regular expressions. markdown-events.ts
 * walks the parser's events to say which characters are text and which are markup, where list
 * items and headings stand; the markup is blanked out of each line's folded view (same length,
 * so every offset is still an offset into the ORIGINAL input), and the line keeps the runs of
 * text it is made of. The plain-text line reader's classification then runs unchanged, and both
 * readers feed one assembly step.
 *
 * Kept as text: headings' and paragraphs' words, emphasis content (`**2024-12-31**` reads as a
 * date), link text, inline code, list markers (they are what starts an entry). Kept out: `#`,
 * `*`/`_` emphasis marks, link URLs and brackets, images, inline HTML (`<br/>`, `<details>`),
 * HTML comments, definitions, bare URLs.
 */
import { fold, isBlank, isLineBreak } from '../text.js';
import { eachTrimmedLine } from './lines.js';
import { MARKUP, TEXT, markdownStructure } from './markdown-events.js';
import type { Line } from './lines.js';

/** Whether text that came without a file name is clearly Markdown (not a plain chronicle that happens to hold a `#`). */
export function looksLikeMarkdown(source: string): boolean {
  let atx = 0;
  let items = 0;
  let inline = 0;
  let checked = 0;
  let tables = 0;
  let previous = '';
  for (const line of source.split(/\r?\n/, 5000)) {
    if (!line.trim()) continue;
    if (++checked > 2000) break;
    if (/^#{1,6}\s+\S/.test(line)) atx++;
    // A table's delimiter row under a row of cells (`|日期|事项|` / `|---|---|`) is Markdown's alone.
    if (DELIMITER_ROW.test(line) && previous.includes('|')) tables++;
    previous = line;
    if (/^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+\S/.test(line)) items++;
    // The head of a line is enough to see its markup; a 10 MB line is not scanned whole.
    if (/\*\*[^*\n]{1,200}\*\*|\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)|<br\s{0,2}\/?>|<\/?details>/i.test(line.length > 4000 ? line.slice(0, 4000) : line)) inline++;
  }
  return tables >= 1 || (atx >= 1 && items + inline >= 2) || (items >= 2 && inline >= 2) || inline >= 3;
}

/** A GFM table's delimiter row with at least two columns: `|---|:--:|`, `--- | ---`. */
const DELIMITER_ROW = /^ {0,3}\|? {0,8}:?-{3,20}:? {0,8}(?:\| {0,8}:?-{3,20}:? {0,8}){1,50}\|? {0,8}$/;

/**
 * The CommonMark parser is quadratic in two shapes: the emphasis delimiters of one paragraph
 * (40,000 `*a` take 35 s) and the nesting depth of containers (1,000 staircase list items, 35 s).
 * A text with a paragraph of more than MAX_DELIMITERS `*`/`_`, or a line nested deeper than
 * MAX_DEPTH, is not given to it (the caller reads it as plain lines and says so); below both
 * bounds its work per line is bounded, so reading stays linear.
 */
const MAX_DELIMITERS = 512;
const MAX_DEPTH = 32;

/** Whether the text is safe to give to the Markdown parser (see MAX_DELIMITERS, MAX_DEPTH). */
export function markdownIsTractable(source: string): boolean {
  let delimiters = 0;
  let lineStart = true;
  let depth = 0;
  let spaces = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      // A blank line ends a paragraph: its delimiters no longer count.
      if (lineStart && depth === 0) delimiters = 0;
      lineStart = true;
      depth = 0;
      spaces = 0;
      continue;
    }
    if (lineStart) {
      if (c === 0x20) {
        spaces++;
        continue;
      }
      if (c === 0x09) {
        spaces += 4;
        continue;
      }
      if (c === 0x3e || ((c === 0x2d || c === 0x2a || c === 0x2b) && source.charCodeAt(i + 1) === 0x20)) {
        depth++;
        if (depth + (spaces >> 2) > MAX_DEPTH) return false;
        continue;
      }
      // `1. ` / `2) `: an ordered list marker nests like a bullet.
      let d = i;
      while (d < i + 9 && source.charCodeAt(d) >= 0x30 && source.charCodeAt(d) <= 0x39) d++;
      if (d > i && (source.charCodeAt(d) === 0x2e || source.charCodeAt(d) === 0x29) && source.charCodeAt(d + 1) === 0x20) {
        depth++;
        if (depth + (spaces >> 2) > MAX_DEPTH) return false;
        i = d + 1;
        continue;
      }
      if (depth + (spaces >> 2) > MAX_DEPTH) return false;
      lineStart = false;
    }
    if ((c === 0x2a || c === 0x5f) && ++delimiters > MAX_DELIMITERS) return false;
  }
  return true;
}

/** Whether the text at `k` starts a table cell: the markup before it, past blanks, is a `|`. */
function cellStart(source: string, mask: Uint8Array, k: number, lineStart: number): boolean {
  let j = k - 1;
  while (j > lineStart && isBlank(source.charCodeAt(j))) j--;
  return j >= lineStart && source.charCodeAt(j) === 0x7c && mask[j] === MARKUP;
}

/**
 * The lines of a Markdown document: the same `Line` records the plain reader gives, with markup
 * blanked out of `norm`, `runs` holding the text pieces, and `block` saying whether the line is a
 * heading, a list item (top level or nested), text, or markup alone.
 */
export function readMarkdownLines(source: string): Line[] {
  const { mask, items, headings } = markdownStructure(source);
  const folded = fold(source);
  let masked = '';
  let runStart = 0;
  for (let i = 0; i < source.length; i++) {
    if (mask[i] === MARKUP && !isLineBreak(source.charCodeAt(i)) && folded.charCodeAt(i) !== 0x20) {
      masked += folded.slice(runStart, i) + ' ';
      runStart = i + 1;
    }
  }
  masked = runStart === 0 ? folded : masked + folded.slice(runStart);

  const lines: Line[] = [];
  let h = 0;
  eachTrimmedLine(source, (s, e, lineStart, gapBefore) => {
    const runs: Array<[number, number, true?]> = [];
    for (let k = s; k < e; ) {
      if (mask[k] === MARKUP) {
        k++;
        continue;
      }
      let t = k;
      while (t < e && mask[t] === TEXT) t++;
      // A table cell after the first is a unit of its own: `|3月1日|县政府召开会议|县政府办|`
      // reads `县政府召开会议 县政府办`, never one name across the cells.
      runs.push(runs.length > 0 && cellStart(source, mask, k, s) ? [k, t, true] : [k, t]);
      k = t;
    }
    // Blanks around removed markup (`论文被录用 ![图](x.png)`) are not text either.
    while (runs.length) {
      const r = runs[runs.length - 1]!;
      let end = r[1];
      while (end > r[0] && isBlank(source.charCodeAt(end - 1))) end--;
      if (end > r[0]) {
        r[1] = end;
        break;
      }
      runs.pop();
    }
    const norm = masked.slice(s, e);
    while (h < headings.length && headings[h]![1] <= s) h++;
    const inHeading = h < headings.length && headings[h]![0] <= s;
    const textAt = norm.length - norm.trimStart().length;
    const depth = items.get(s + textAt) ?? items.get(s);
    const block: Line['block'] = norm.trim() === '' ? 'markup' : inHeading ? 'heading' : depth === undefined ? 'text' : depth > 1 ? 'nested-item' : 'item';
    lines.push({ start: s, end: e, norm, gapBefore, indent: s - lineStart, runs, block });
  });
  return lines;
}
