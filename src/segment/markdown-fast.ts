/**
 * A fast path for the Markdown reader's structure (markdown-events.ts): the same mask, list items
 * and headings micromark gives, computed by one pass over the lines and a small inline scanner,
 * for the Markdown a chronicle is written in (headings, nested lists, paragraphs, emphasis, inline
 * links and images, inline code, inline HTML, HTML blocks, footnote and one-line reference
 * definitions at the top level, footnote calls and references; labels are collected first, as a
 * call may come before its definition).
 *
 * micromark reads about 2 MB of Chinese text a second (a state machine call per character, an
 * event object per token, several passes to resolve them), which made it four fifths of the
 * Markdown files' dates-only time. This path declines rather than guesses:
 * - the whole document (`null`) when it holds a construct whose reading depends on more than its
 *   own lines: block quotes, fences, setext underlines, thematic breaks, tables, definitions
 *   other than at the top level (or with text right after them, or over two lines), a `]:` that is
 *   not a definition, task list checkboxes, tabs, a CR alone (CRLF is read), empty list
 *   items, indented code, an HTML block inside a list item;
 * - one paragraph or heading, when its inline content holds what the scanner does not read (an
 *   escape, an entity, `~`, a literal URL or e-mail address, a link or code span over two lines,
 *   nested brackets, an HTML tag with attributes): that paragraph alone goes to micromark, read as a
 *   document of its own (inside as many list items, at the same columns, when it is in items), and
 *   its mask is copied back.
 * tests/segment-markdown-fast.test.ts holds this path to micromark's (and mdast's) answer on the
 * corpus, the tests' snippets and thousands of generated chronicles.
 */
import { htmlBlockNames, htmlRawNames } from 'micromark-util-html-tag-name';
import { classifyCharacter } from 'micromark-util-classify-character';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { linkTextIsUrl, MARKUP, TEXT, type MarkdownStructure } from './markdown-mask.js';

/** Anywhere in the document: what only micromark reads right (see the module comment). */
const DOCUMENT_DECLINES = /[\t\0\ufeff]|\r(?!\n)|\[[ xX]\]/;

/**
 * At a line's first non-blank character: a block quote, a fence, a setext underline (or an empty
 * `-` item), a thematic break.
 */
const LINE_DECLINES = /(?:>|```|~~~|(?:=+|-+) *(?:\r?\n|$)|([-*_])(?: *\1){2,} *(?:\r?\n|$))/y;

/** A footnote definition's label (GFM), at a line's first non-blank character, with its content after it. */
const FOOTNOTE_DEFINITION = /\[\^([^\]\s\\[]{1,64})\]: *(?=[^ \r\n])/y;
/** Every `[^label]:` in a document (each must be a definition the line reader finds). */
const FOOTNOTE_LABELS = /\[\^([^\]\s\\[]{1,64})\]:/g;
/** A reference definition on one line: label, destination (no blanks, quotes, parentheses or `<>`), optional `"title"`. */
const REFERENCE_DEFINITION = /\[([^\]\[\\\r\n^][^\]\[\\\r\n]{0,99})\]: *[^ \r\n<>()"']+(?: +"[^"\r\n]*")? *(?=\r?\n|$)/y;
/** The labels of reference definitions at line starts (only there does the line reader take them). */
const REFERENCE_LABELS = /^ {0,3}\[([^\]\[\\\r\n^][^\]\[\\\r\n]{0,99})\]:/gm;
/** A footnote call. */
const FOOTNOTE_CALL = /\[\^([^\]\s\\[]{1,64})\]/y;
/** A list item's marker and the blanks after it (1 to 4, then content). */
const LIST_ITEM = /([-*+]|(\d{1,9})([.)]))( {1,4})(?=[^ \r\n])/y;
/** A list item with nothing on its first line, or with indented code (five blanks) there. */
const EMPTY_OR_CODE_ITEM = /(?:[-*+]|\d{1,9}[.)])(?: *(?:\r?\n|$)| {5})/y;
/** `#` to `######` then a blank or the line's end: an ATX heading. */
const ATX = /#{1,6}(?: |(?=\r?\n|$))/y;
/** An HTML block of kinds 1 to 5 (raw text, comment, processing instruction, declaration, CDATA). */
const HTML_RAW = new RegExp(`<(?:(?:${htmlRawNames.join('|')})(?=[ >\\r\\n]|$)|!|\\?)`, 'iy');
/** An HTML block of kind 6 (a block-level tag name). */
const HTML_BLOCK = new RegExp(`</?(?:${htmlBlockNames.join('|')})(?=[ >\\r\\n]|/>|$)`, 'iy');
/** An inline HTML tag without attributes (`<br/>`, `</b>`). */
const HTML_TAG = /<(?:[A-Za-z][A-Za-z0-9-]* *\/?|\/[A-Za-z][A-Za-z0-9-]* *)>/y;
/** What makes an inline `<` something other than a literal `<` or a simple tag: leave it to micromark. */
const HTML_OTHER = /<[A-Za-z!?/]/y;
/** What micromark reads in a paragraph that this scanner does not (see the module comment). */
const INLINE_DECLINES = /[\\&~]|https?:\/\/|www\.|mailto:|xmpp:|[\w+.-]@[\w.-]/i;

/**
 * A paragraph's or heading's lines: `lines` holds [first character, line end] pairs, flattened;
 * `from` where micromark's copy starts (a heading's `#`, else the first line's text: later lines
 * go whole, container indent and all); `columns` the content columns of the list items it is in.
 */
interface Segments {
  lines: number[];
  from: number;
  columns: number[];
  /** Inside a footnote definition: micromark cannot be handed it alone. */
  inFootnote: boolean;
}

/** An open list item: the column its content starts at and its list's marker (`-`, `*`, `+`, `.` or `)`). */
interface Item {
  content: number;
  marker: string;
}

/**
 * The structure of `source` as micromark gives it, or `null` when this path declines the document.
 * `micromark(text)` reads one paragraph the slow way (a document of its own).
 */
export function fastMarkdownStructure(source: string, micromark: (text: string) => MarkdownStructure): MarkdownStructure | null {
  if (DOCUMENT_DECLINES.test(source)) return null;
  // Footnote labels are known before the text is read: a call may come before its definition.
  const footnotes = new Set<string>();
  if (source.includes('[^')) for (const m of source.matchAll(FOOTNOTE_LABELS)) footnotes.add(normalizeIdentifier(m[1]!));
  // Reference labels too; every `]:` in the document must turn out to end a definition's label.
  const references = new Set<string>();
  let colons = 0;
  for (let at = source.indexOf(']:'); at >= 0; at = source.indexOf(']:', at + 2)) colons++;
  if (colons) for (const m of source.matchAll(REFERENCE_LABELS)) references.add(normalizeIdentifier(m[1]!));
  let defined = 0;
  const mask = new Uint8Array(source.length).fill(MARKUP);
  const itemStarts = new Map<number, number>();
  const headings: Array<[number, number]> = [];
  const items: Item[] = [];
  let paragraph: Segments | null = null;
  let inHtml = false;
  let afterDefinition = false;
  const inline = new Inline(source, mask, micromark, footnotes, references);

  const close = (): boolean => {
    const ok = paragraph === null || inline.read(paragraph);
    paragraph = null;
    return ok;
  };

  for (let lineStart = 0; lineStart <= source.length; ) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const next = lineEnd + 1;
    // A CRLF line ends before its CR (a CR alone is declined).
    if (lineEnd > lineStart && source.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
    let first = lineStart;
    while (first < lineEnd && source.charCodeAt(first) === 0x20) first++;
    if (first === lineEnd) {
      // A blank line ends a paragraph and an HTML block; list items stay open across it.
      if (!close()) return null;
      inHtml = false;
      afterDefinition = false;
      lineStart = next;
      continue;
    }
    if (inHtml) {
      lineStart = next;
      continue;
    }
    const definitionBefore = afterDefinition;
    afterDefinition = false;
    const indent = first - lineStart;
    let level = 0;
    while (level < items.length && items[level]!.content <= indent) level++;
    const column = level ? items[level - 1]!.content : 0;
    const relative = indent - column;
    LINE_DECLINES.lastIndex = first;
    if (LINE_DECLINES.test(source) || isDelimiterRow(source, first, lineEnd)) return null;
    const lazy = paragraph !== null;

    if (relative >= 4) {
      // Indented code cannot interrupt a paragraph: a continuation line.
      if (!lazy || level < items.length) return null;
      paragraph!.lines.push(first, lineEnd);
      lineStart = next;
      continue;
    }
    const c = source.charCodeAt(first);
    if (c === 0x23 /* # */) {
      ATX.lastIndex = first;
      if (ATX.test(source)) {
        if (!close() || (level > 0 && items[0]!.marker === '^')) return null;
        items.length = level;
        if (!heading(source, first, lineEnd, headings, inline)) return null;
        lineStart = next;
        continue;
      }
    }
    if (c === 0x3c /* < */) {
      HTML_BLOCK.lastIndex = first;
      if (HTML_BLOCK.test(source)) {
        // A block-level tag starts an HTML block (it interrupts a paragraph), read here at the top level only.
        if (level > 0) return null;
        if (!close()) return null;
        items.length = 0;
        inHtml = true;
        lineStart = next;
        continue;
      }
      // Any other tag cannot interrupt a paragraph: a continuation line. On a line the list items
      // did not reach, micromark lets a tag alone on its line start an HTML block: declined.
      HTML_RAW.lastIndex = first;
      if (HTML_RAW.test(source) || !lazy || level < items.length) return null;
      paragraph!.lines.push(first, lineEnd);
      lineStart = next;
      continue;
    }
    if (c === 0x5b /* [ */ && level === 0 && !lazy) {
      REFERENCE_DEFINITION.lastIndex = first;
      if (REFERENCE_DEFINITION.test(source)) {
        // A reference definition (it cannot interrupt a paragraph), read at the top level: markup.
        if (!close()) return null;
        items.length = 0;
        defined++;
        afterDefinition = true;
        lineStart = next;
        continue;
      }
    }
    // After a definition micromark's content goes on, and a line reads as it would after a
    // paragraph line but starts a paragraph of its own: not read here.
    if (definitionBefore) return null;
    if (c === 0x5b /* [ */ && level === 0) {
      FOOTNOTE_DEFINITION.lastIndex = first;
      if (FOOTNOTE_DEFINITION.test(source)) {
        // A footnote definition, read at the top level and not after a paragraph line: a container
        // whose later lines are indented four blanks, its content a paragraph.
        if (lazy || !close()) return null;
        items.length = 0;
        items.push({ content: 4, marker: '^' });
        defined++;
        const content = FOOTNOTE_DEFINITION.lastIndex;
        if (startsBlock(source, content)) return null;
        paragraph = { lines: [content, lineEnd], from: content, columns: [4], inFootnote: true };
        lineStart = next;
        continue;
      }
    }
    EMPTY_OR_CODE_ITEM.lastIndex = first;
    if (EMPTY_OR_CODE_ITEM.test(source)) return null;
    LIST_ITEM.lastIndex = first;
    const marker = LIST_ITEM.exec(source);
    if (marker) {
      const kind = marker[3] ?? marker[1]!;
      const sibling = level < items.length && items[level]!.marker === kind;
      // A new list interrupts a paragraph only with a bullet or `1.` (a sibling item always starts).
      const interrupts = !lazy || level < items.length || marker[2] === undefined || marker[2] === '1';
      if (sibling || interrupts) {
        if (level > 0 && items[0]!.marker === '^') return null;
        if (!close()) return null;
        items.length = level;
        items.push({ content: indent + marker[0].length, marker: kind });
        itemStarts.set(first, items.length);
        const content = first + marker[0].length;
        mask.fill(TEXT, first, content);
        if (startsBlock(source, content)) return null;
        paragraph = { lines: [content, lineEnd], from: content, columns: items.map((item) => item.content), inFootnote: false };
        lineStart = next;
        continue;
      }
    }
    if (lazy) {
      paragraph!.lines.push(first, lineEnd);
    } else {
      items.length = level;
      paragraph = { lines: [first, lineEnd], from: first, columns: items.map((item) => item.content), inFootnote: items.length > 0 && items[0]!.marker === '^' };
    }
    lineStart = next;
  }
  if (!close() || defined !== colons) return null;
  return { mask, items: itemStarts, headings };
}

/** Whether a line is a table's delimiter row: `-` with `|` or `:`, and blanks, only. */
function isDelimiterRow(source: string, first: number, lineEnd: number): boolean {
  let dash = false;
  let bar = false;
  for (let i = first; i < lineEnd; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x2d) dash = true;
    else if (c === 0x7c || c === 0x3a) bar = true;
    else if (c !== 0x20) return false;
  }
  return dash && bar;
}

/**
 * An inline link's destination after its `(`, on one line before `limit`: a run without blanks,
 * quotes, `<`, `>` or `\` (balanced parentheses one deep), then an optional `"title"` after a
 * blank, then `)`. [destination start, destination end, offset after `)`], or null.
 */
function destination(source: string, open: number, limit: number): [number, number, number] | null {
  let i = open + 1;
  while (source.charCodeAt(i) === 0x20) i++;
  const start = i;
  let depth = 0;
  for (; i < limit; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x28) {
      if (++depth > 1) return null;
    } else if (c === 0x29) {
      if (depth === 0) break;
      depth--;
    } else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x3c || c === 0x3e || c === 0x22 || c === 0x27 || c === 0x5c) break;
  }
  if (depth) return null;
  const end = i;
  while (source.charCodeAt(i) === 0x20) i++;
  if (i > end && source.charCodeAt(i) === 0x22) {
    const quote = source.indexOf('"', i + 1);
    if (quote < 0 || quote >= limit || source.lastIndexOf('\n', quote) > i) return null;
    i = quote + 1;
    while (source.charCodeAt(i) === 0x20) i++;
  }
  return i < limit && source.charCodeAt(i) === 0x29 ? [start, end, i + 1] : null;
}

/** Whether a list item's first line starts with a block this path does not read inside an item. */
function startsBlock(source: string, at: number): boolean {
  const c = source.charCodeAt(at);
  if (c === 0x3c /* < */) return true;
  if (c === 0x23 /* # */) {
    ATX.lastIndex = at;
    if (ATX.test(source)) return true;
  }
  LIST_ITEM.lastIndex = at;
  if (LIST_ITEM.test(source)) return true;
  EMPTY_OR_CODE_ITEM.lastIndex = at;
  if (EMPTY_OR_CODE_ITEM.test(source)) return true;
  LINE_DECLINES.lastIndex = at;
  return LINE_DECLINES.test(source);
}

/** An ATX heading from its first `#` to the line's end: its content is read as inline text. */
function heading(source: string, at: number, lineEnd: number, headings: Array<[number, number]>, inline: Inline): boolean {
  headings.push([at, lineEnd]);
  let s = at;
  while (source.charCodeAt(s) === 0x23) s++;
  while (s < lineEnd && source.charCodeAt(s) === 0x20) s++;
  let e = lineEnd;
  while (e > s && source.charCodeAt(e - 1) === 0x20) e--;
  // A closing sequence of `#` counts when a blank stands before it (or it is all there is).
  let h = e;
  while (h > s && source.charCodeAt(h - 1) === 0x23) h--;
  if (h < e && (h === s || source.charCodeAt(h - 1) === 0x20)) {
    e = h;
    while (e > s && source.charCodeAt(e - 1) === 0x20) e--;
  }
  // Handed to micromark, the heading is read whole (its content alone could read as another block).
  return e === s || inline.read({ lines: [s, e], from: at, columns: [], inFootnote: false }, true);
}

/**
 * A first line that opens list items with their content at `columns` (`-` and blanks; a blank or
 * three before the marker where the gap is wider than five), or null when a gap cannot be made so.
 */
function listPrefix(columns: number[]): string | null {
  let text = '';
  let column = 0;
  for (const content of columns) {
    const gap = content - column;
    const before = Math.max(0, gap - 5);
    if (gap < 2 || before > 3) return null;
    text += ' '.repeat(before) + '-' + ' '.repeat(gap - before - 1);
    column = content;
  }
  return text;
}

/** Character classes of the inline scan, per character of a paragraph. */
const DATA = 1;
/** A line ending inside a paragraph: text, like data. */
const EOL = 2;
/** Blanks around line endings: text only between two pieces of one text node. */
const BLANK = 3;
/** Markup that ends a text node (emphasis marks, brackets, a destination, a tag, a hard break). */
const NODE = 4;

/** A run of `*` or `_` (CommonMark's delimiter run), as micromark's attention construct sees it. */
interface Run {
  at: number;
  length: number;
  marker: number;
  open: boolean;
  close: boolean;
  /** Turned into data (left over inside an emphasis, or in a link's text once the link is made). */
  dead: boolean;
}

/** The inline scanner: reads a paragraph's segments into the mask, or hands the paragraph to micromark. */
class Inline {
  private kinds = new Uint8Array(256);
  constructor(
    private source: string,
    private mask: Uint8Array,
    private micromark: (text: string) => MarkdownStructure,
    private footnotes: Set<string>,
    private references: Set<string>,
  ) {}

  /** Reads one paragraph or heading (`segments`: its lines); false when micromark disagrees with the block reading. */
  read(paragraph: Segments, isHeading = false): boolean {
    const segments = paragraph.lines;
    const start = segments[0]!;
    const end = segments[segments.length - 1]!;
    if (this.fast(segments, start, end)) return true;
    // micromark reads the paragraph as a document of its own, inside list items at the same
    // columns as in place (so the items' indent on later lines reads as it does there): a line of
    // `-` markers, one per item, then the paragraph as it stands, from its first line's text on.
    const source = this.source;
    // Read alone, a paragraph would lose the document's footnote and reference definitions.
    if (paragraph.inFootnote || ((this.footnotes.size || this.references.size) && source.slice(start, end).includes('['))) return false;
    const prefix = listPrefix(paragraph.columns);
    if (prefix === null) return false;
    // A code span's value is looked up in the input (markdown-events.ts), and that lookup, over a
    // line inside list items, depends on the text before the paragraph: micromark reads the document.
    if (paragraph.columns.length && segments.length > 2 && source.slice(start, end).includes('`')) return false;
    const alone = this.micromark(prefix + source.slice(paragraph.from, end));
    if (alone.items.size !== paragraph.columns.length || alone.headings.length !== (isHeading ? 1 : 0)) return false;
    this.mask.set(alone.mask.subarray(prefix.length), paragraph.from);
    return true;
  }

  /** The scanner proper; false when the paragraph holds what it does not read (see the module comment). */
  private fast(segments: number[], start: number, end: number): boolean {
    const source = this.source;
    const length = end - start;
    if (this.kinds.length < length) this.kinds = new Uint8Array(Math.max(length, this.kinds.length * 2));
    const kinds = this.kinds;
    kinds.fill(DATA, 0, length);
    // Line endings and the blanks around them.
    for (let k = 1; k < segments.length - 1; k += 2) {
      const e = segments[k]!;
      const next = segments[k + 1]!;
      let t = e;
      while (t > segments[k - 1]! && source.charCodeAt(t - 1) === 0x20) t--;
      // Two blanks or more before a line ending make a hard break.
      const hard = e - t >= 2;
      kinds.fill(hard ? NODE : BLANK, t - start, e - start);
      // A CRLF line ending is two characters.
      const after = source.charCodeAt(e) === 0x0d ? e + 2 : e + 1;
      kinds.fill(hard ? NODE : EOL, e - start, after - start);
      kinds.fill(hard ? NODE : BLANK, after - start, next - start);
    }
    // Blanks at the paragraph's end are not its text.
    let tail = end;
    while (tail > start && source.charCodeAt(tail - 1) === 0x20) tail--;
    kinds.fill(BLANK, tail - start, length);

    const runs: Run[] = [];
    /** The open `[` or `![`: its offset, whether an image, and the first run after it. */
    let opener = -1;
    let image = false;
    let openerRuns = 0;
    const links: number[] = [];
    /** Code spans' text, unmasked once the paragraph is read (a paragraph handed to micromark leaves the mask alone). */
    const codes: number[] = [];
    let gateFrom = start;
    let budget = 8 * length;
    for (let i = start; i < tail; i++) {
      const c = source.charCodeAt(i);
      if (kinds[i - start] !== DATA) continue;
      switch (c) {
        case 0x2a: // *
        case 0x5f: {
          // _
          let j = i + 1;
          while (source.charCodeAt(j) === c) j++;
          // micromark's classes (1 blank or nothing, 2 punctuation, 0 other) of the characters on
          // either side, as they stand in the input.
          const before = i === start ? 1 : (classifyCharacter(source.charCodeAt(i - 1)) ?? 0);
          const after = j >= end ? 1 : (classifyCharacter(source.charCodeAt(j)) ?? 0);
          const open = !after || (after === 2 && before !== 0);
          const close = !before || (before === 2 && after !== 0);
          runs.push({
            at: i,
            length: j - i,
            marker: c,
            open: c === 0x2a ? open : open && (before !== 0 || !close),
            close: c === 0x2a ? close : close && (after !== 0 || !open),
            dead: false,
          });
          i = j - 1;
          break;
        }
        case 0x60: {
          // ` : a code span on one line, or the backticks are text.
          let j = i + 1;
          while (source.charCodeAt(j) === 0x60) j++;
          const size = j - i;
          let k = j;
          let found = -1;
          // Backtick runs that close nothing would make this search quadratic: past a budget, micromark reads.
          if ((budget -= tail - j) < 0) return false;
          while (k < tail) {
            const d = source.charCodeAt(k);
            if (kinds[k - start] !== DATA) return false;
            if (d === 0x60) {
              let m = k + 1;
              while (source.charCodeAt(m) === 0x60) m++;
              if (m - k === size) {
                found = k;
                break;
              }
              k = m;
            } else k++;
          }
          if (found < 0) {
            i = j - 1;
            break;
          }
          kinds.fill(NODE, i - start, found + size - start);
          // A code span's content is not scanned for URLs, escapes or entities.
          if (INLINE_DECLINES.test(source.slice(gateFrom, j))) return false;
          gateFrom = found;
          // Its value loses one blank on each side when it has both and is not all blanks;
          // markdown-events.ts unmasks the value where it first occurs in the span.
          let value = source.slice(j, found);
          if (value.charCodeAt(0) === 0x20 && value.charCodeAt(value.length - 1) === 0x20 && value.trim() !== '') value = value.slice(1, -1);
          const v = source.indexOf(value, i);
          if (v >= 0 && v + value.length <= found + size) codes.push(v, v + value.length);
          i = found + size - 1;
          break;
        }
        case 0x21: // !
          if (source.charCodeAt(i + 1) !== 0x5b) break;
          if (opener >= 0) return false;
          opener = i;
          image = true;
          openerRuns = runs.length;
          i++;
          break;
        case 0x5b: // [
          if (source.charCodeAt(i + 1) === 0x5e /* ^ */ && this.footnotes.size) {
            FOOTNOTE_CALL.lastIndex = i;
            const call = FOOTNOTE_CALL.exec(source);
            if (call && FOOTNOTE_CALL.lastIndex <= tail && this.footnotes.has(normalizeIdentifier(call[1]!))) {
              // A call of a defined footnote is markup whole.
              if (opener >= 0) return false;
              kinds.fill(NODE, i - start, FOOTNOTE_CALL.lastIndex - start);
              i = FOOTNOTE_CALL.lastIndex - 1;
              break;
            }
          }
          if (opener >= 0) return false;
          opener = i;
          image = false;
          openerRuns = runs.length;
          break;
        case 0x5d: {
          // ]
          if (opener < 0) break;
          // An inline link `[a](u)`, or, when the document defines references, `[a][b]`, `[a][]`
          // or `[a]` with a defined label; anything else leaves the brackets as text.
          let close = -1;
          let target: [number, number, number] | null = null;
          const next = source.charCodeAt(i + 1);
          if (next === 0x28) {
            target = destination(source, i + 1, tail);
            if (!target) return false;
            close = target[2];
          } else if (next === 0x5b) {
            // A second label: on this line, or micromark reads its line ending otherwise.
            let k = i + 2;
            while (k < tail && kinds[k - start] === DATA && source.charCodeAt(k) !== 0x5d && source.charCodeAt(k) !== 0x5b) k++;
            if (k < tail && (kinds[k - start] !== DATA || source.charCodeAt(k) === 0x5b)) return false;
            if (this.references.size) {
              if (k >= tail) return false;
              const text = source.slice(opener + (image ? 2 : 1), i);
              if (this.references.has(normalizeIdentifier(k === i + 2 ? text : source.slice(i + 2, k)))) close = k + 1;
              // `[a][b]` with only `a` defined: micromark's precedence there is not guessed.
              else if (k > i + 2 && this.references.has(normalizeIdentifier(text))) return false;
            }
          } else if (this.references.size && this.references.has(normalizeIdentifier(source.slice(opener + (image ? 2 : 1), i)))) {
            close = i + 1;
          }
          if (close < 0) {
            opener = -1;
            break;
          }
          // Emphasis inside the link's text pairs only there; what is left over there is data.
          this.emphasis(runs, openerRuns, runs.length, start);
          for (let r = openerRuns; r < runs.length; r++) runs[r]!.dead = true;
          if (image) {
            // An image is markup whole, code spans in its text included.
            kinds.fill(NODE, opener - start, close - start);
            while (codes.length && codes[codes.length - 2]! > opener) codes.length -= 2;
          } else {
            kinds[opener - start] = NODE;
            kinds.fill(NODE, i - start, close - start);
            // A reference's text is text even when it repeats a URL (markdown-events.ts: `inLink` is a link's).
            if (target) links.push(opener + 1, i, target[0], target[1] - target[0]);
          }
          if (INLINE_DECLINES.test(source.slice(gateFrom, i + 1))) return false;
          gateFrom = close;
          opener = -1;
          i = close - 1;
          break;
        }
        case 0x3c: {
          // <
          HTML_TAG.lastIndex = i;
          if (HTML_TAG.test(source) && HTML_TAG.lastIndex <= tail) {
            kinds.fill(NODE, i - start, HTML_TAG.lastIndex - start);
            i = HTML_TAG.lastIndex - 1;
            break;
          }
          HTML_OTHER.lastIndex = i;
          if (HTML_OTHER.test(source)) return false;
          break;
        }
        default:
          break;
      }
    }
    if (INLINE_DECLINES.test(source.slice(gateFrom, end))) return false;
    this.emphasis(runs, 0, runs.length, start);
    for (let k = 0; k < codes.length; k += 2) this.mask.fill(TEXT, codes[k], codes[k + 1]);

    // Text nodes: runs of data and line endings (with the blanks between them) not cut by markup.
    // Text nodes come in order, and so do links: one cursor finds the link a node is in.
    let cursor = 0;
    const linkAt = (at: number): number => {
      while (cursor < links.length && links[cursor + 1]! <= at) cursor += 4;
      return cursor < links.length && at >= links[cursor]! ? cursor : -1;
    };
    for (let i = start; i < end; ) {
      const kind = kinds[i - start]!;
      if (kind !== DATA && kind !== EOL) {
        i++;
        continue;
      }
      let last = i;
      let j = i;
      for (; j < end; j++) {
        const k = kinds[j - start]!;
        if (k === DATA || k === EOL) last = j;
        else if (k !== BLANK) break;
      }
      const link = linkAt(i);
      if (link < 0 || !this.repeatsUrl(i, last + 1, start, this.source.substr(links[link + 2]!, links[link + 3]!))) this.mask.fill(TEXT, i, last + 1);
      i = j;
    }
    return true;
  }

  /** Whether a link's text node (its blanks left out) is no entry text (`linkTextIsUrl`). */
  private repeatsUrl(s: number, e: number, start: number, url: string): boolean {
    let value = '';
    for (let i = s; i < e; i++) if (this.kinds[i - start] !== BLANK) value += this.source[i];
    return linkTextIsUrl(value, url);
  }

  /**
   * micromark's `resolveAllAttention` over runs[lo, hi): each closer, left to right, takes the
   * nearest opener of its marker before it (the rule of three permitting); the runs between them
   * turn into data; two marks each when both runs have two, else one.
   */
  private emphasis(runs: Run[], lo: number, hi: number, start: number): void {
    const kinds = this.kinds;
    for (let i = lo; i < hi; i++) {
      const closer = runs[i]!;
      if (closer.dead || !closer.close || closer.length === 0) continue;
      for (let j = i - 1; j >= lo; j--) {
        const opener = runs[j]!;
        if (opener.dead || !opener.open || opener.length === 0 || opener.marker !== closer.marker) continue;
        if ((opener.close || closer.open) && closer.length % 3 && !((opener.length + closer.length) % 3)) continue;
        const use = opener.length > 1 && closer.length > 1 ? 2 : 1;
        opener.length -= use;
        kinds.fill(NODE, opener.at + opener.length - start, opener.at + opener.length + use - start);
        kinds.fill(NODE, closer.at - start, closer.at + use - start);
        closer.at += use;
        closer.length -= use;
        for (let k = j + 1; k < i; k++) runs[k]!.dead = true;
        if (closer.length > 0) i--;
        break;
      }
    }
  }
}
