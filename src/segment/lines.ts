/**
 * Step 1 of segmentation: reading lines. Each non-blank line of the input becomes a `Line` (where
 * it stands, its folded text) and `readLine` says what the line looks like on its own: a heading,
 * a label or bullet, a table row, a line led by a date, page furniture. Nothing here knows the
 * document around the line, so every answer can be tested alone and computed once.
 */
import { matchHeading } from '../dates/index.js';
import type { HeadingMatch } from '../dates/index.js';
import {
  ARABIC_LABEL,
  BRACKET_LABEL,
  BULLET,
  BULLET_FIRST,
  CHINESE_LABEL,
  CHINESE_LABEL_FIRST,
  CIRCLED_LABEL,
  CIRCLED_LABEL_FIRST,
  DATE_LEAD,
  ENGLISH_MONTH_LINE,
  HTML_COMMENT_LINE,
  MARKDOWN_HEADING,
  PAGE_FURNITURE,
  WEB_BYLINE,
  WEB_FURNITURE,
  SAME_PERIOD_MARK,
  SEPARATOR_LINE,
  SENTENCE_END,
} from '../patterns.js';
import { isBlank } from '../text.js';

/** One non-blank line of the input. */
export interface Line {
  /** Content start and end in the original input, white space trimmed. */
  start: number;
  end: number;
  /** Folded content (Markdown: markup blanked out, same length). */
  norm: string;
  /** A blank line (or the start of the input) stands right above this one. */
  gapBefore: boolean;
  /** White space before the content: an indented photo caption, a nested item. */
  indent: number;
  /** Markdown only: the pieces of the line that are text, not markup, in original offsets. */
  runs?: ReadonlyArray<readonly [number, number, true?]>;
  /** Markdown only: the block the line belongs to. */
  block?: 'heading' | 'item' | 'nested-item' | 'text' | 'markup';
}

/**
 * The numbering system a label belongs to. Chronicles nest them (`一、` above `(一)` above `1.`
 * above `(1)` above `①`), and each counts on its own, so label checks run per family.
 */
export type LabelFamily = 'arabic' | 'bracket-arabic' | 'bracket-chinese' | 'chinese' | 'circled';

/** What starts an entry on a line: a label or a bullet, and where the text after it begins. */
export interface Marker {
  kind: 'label' | 'bullet';
  /** Where the label stands in the line (`[start, end)`); null for a bullet. */
  label: readonly [number, number] | null;
  family: LabelFamily;
  /** Offset in the line where the text after the label or bullet begins. */
  after: number;
  /** `▲ △ □ ◆ ●`: the entry shares the previous entry's date unless it writes its own. */
  samePeriod: boolean;
}

/** What a line looks like on its own. */
export interface LineInfo {
  /** Page numbers, running heads, an HTML comment: kept out of entries and reported. */
  furniture: boolean;
  /** A line of one repeated punctuation mark (`//////////`): furniture that ends a record block. */
  separator: boolean;
  /** A plain-text `## heading`: the offset where its text starts. */
  markdownHeading: number | null;
  /** A line that is nothing but a date, a year or a month (see `matchHeading`). */
  heading: HeadingMatch | null;
  marker: Marker | null;
  /** A date stands at the line's start or right after its label (no context needed to see it). */
  dateLed: boolean;
  /** Starts with a digit or a Chinese month or year: what the layout counts as a date-led line. */
  digitLed: boolean;
  /** Offset of the first TAB in the line (a table row), -1 when none. */
  tab: number;
  /** The line ends a sentence: what follows may start a new entry without a label. */
  sentenceEnd: boolean;
  /**
   * A note, not an event: `注：…` and the lines of its block, a footnote `①…` whose mark an entry
   * above carries, a credit line `（…供稿）` (set by `markNotes`, which also sets `furniture`).
   */
  note?: boolean;
  /**
   * Where a bracketed day that closes the line opens (`…工作报告。（2月18日）`: the offset of `（`),
   * -1 when none: the date of an entry written after its text.
   */
  trailingDate: number;
}

/** A month and day (a year before them allowed) in brackets at a line's end: `（2月18日）`, `(2019年3月5日)`. */
const TRAILING_DATE = /[（(] ?(?:(?:\d{4}|[〇零○一二三四五六七八九]{4}) ?年 ?)?(?:\d{1,2}|[一二三四五六七八九十]{1,3}) ?月 ?(?:\d{1,2}|[一二三四五六七八九十]{1,3}) ?[日号號] ?[)）]$/;

/**
 * Visit each non-blank line of `source`, trimmed of blanks at both ends: its offsets, where the raw
 * line starts (for its indent), and whether a blank line (or the start of the input) is above it.
 * One scan for the plain-text reader and the Markdown reader, so both see the same lines.
 */
export function eachTrimmedLine(source: string, visit: (start: number, end: number, lineStart: number, gapBefore: boolean) => void): void {
  let i = 0;
  const n = source.length;
  let gap = true;
  while (i <= n) {
    LINE_BREAK.lastIndex = i;
    const j = LINE_BREAK.test(source) ? LINE_BREAK.lastIndex - 1 : n;
    let s = i;
    let e = j;
    while (s < e && isBlank(source.charCodeAt(s))) s++;
    while (e > s && isBlank(source.charCodeAt(e - 1))) e--;
    if (e > s) {
      visit(s, e, i, gap);
      gap = false;
    } else gap = true;
    if (j >= n) break;
    i = j + (source.charCodeAt(j) === 0x0d && source.charCodeAt(j + 1) === 0x0a ? 2 : 1);
  }
}

/** The line breaks `isLineBreak` knows, searched for natively rather than character by character. */
const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/g;

/** Split the input into its non-blank lines, each trimmed, with the blank line above it noted. */
export function splitLines(source: string, norm: string): Line[] {
  const lines: Line[] = [];
  eachTrimmedLine(source, (start, end, lineStart, gapBefore) => {
    lines.push({ start, end, norm: norm.slice(start, end), gapBefore, indent: start - lineStart });
  });
  return lines;
}

/**
 * Each label pattern with the characters a line it matches starts with (every pattern is anchored
 * and writes its first character out): a line is only given to the patterns its first character
 * can start, which for most lines is none.
 */
const LABELS: ReadonlyArray<readonly [RegExp, LabelFamily, string]> = [
  [ARABIC_LABEL, 'arabic', '0123456789'],
  [BRACKET_LABEL, 'bracket-arabic', '('],
  [CHINESE_LABEL, 'chinese', CHINESE_LABEL_FIRST],
  [CIRCLED_LABEL, 'circled', CIRCLED_LABEL_FIRST],
];

/** The label or bullet a (folded) line starts with, if any. */
export function matchMarker(line: string): Marker | null {
  const first = line[0];
  if (first === undefined) return null;
  for (const [re, family, starts] of LABELS) {
    if (!starts.includes(first)) continue;
    const m = re.exec(line);
    const at = m?.indices?.groups?.label;
    if (m && at) {
      // `13，` is a label only while numbers are small: `2019，…` is a year.
      if (m[0].endsWith(',') && at[1] - at[0] > 3) continue;
      let after = m[0].length;
      while (after < line.length && line.charCodeAt(after) === 0x20) after++;
      if (after >= line.length) return null; // `1、` alone on a line is not an entry
      const bracketed = family === 'bracket-arabic' && !/^\(\d/.test(m[0]) ? 'bracket-chinese' : family;
      return { kind: 'label', label: at, after, family: bracketed, samePeriod: false };
    }
  }
  const b = BULLET_FIRST.includes(first) ? BULLET.exec(line) : null;
  if (b && b[0].length < line.length) return { kind: 'bullet', label: null, after: b[0].length, family: 'arabic', samePeriod: SAME_PERIOD_MARK.test(line) };
  return null;
}

/** A note's first line: `注：`, `注①`, `【注】`, `说明：`, `备注：`, `附注：`. */
const NOTE_START = /^ ?(?:[【\[](?:注|註|注释|註釋|附注|附註|备注|備註|说明|說明)[】\]] ?[:：]?|(?:注|註|注释|註釋|附注|附註|备注|備註|说明|說明) ?[:：]|(?:注|註) ?[\u2460-\u2473])/;
/** A line that credits the text, in brackets: `（赣州市博物馆办公室　供稿）`, `（资料来源：…）`. */
const CREDIT_LINE = /^ ?[(（][^()（）]{0,60}(?:供稿|提供|整理|编订|編訂|编写|編寫|撰稿|执笔|執筆|摄影|攝影|定稿|资料来源|資料來源|来源 ?[:：]|來源 ?[:：])[^()（）]{0,40}[)）]$/;
/** A circled number, the footnote mark: ① … ⑳. */
const isCircled = (code: number): boolean => code >= 0x2460 && code <= 0x2473;
const CIRCLED = /[\u2460-\u2473]/;

/**
 * Mark the lines that are notes (see `LineInfo.note`) as such, and as furniture, so that neither the
 * layout nor the entries count them. A note block runs from `注：` over its `①…` lines and the lines
 * that continue an unfinished one, up to a heading or a dated line; a footnote `①…` counts only
 * when the mark stood inside a line above (a reference), never as an entry's label.
 */
export function markNotes(lines: readonly Line[], infos: LineInfo[]): void {
  let inNote = false;
  let open = false; // the last note line did not end a sentence
  const marks = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.norm;
    const info = infos[i]!;
    const first = text.trimStart().charCodeAt(0);
    const credit = CREDIT_LINE.test(text);
    let note = false;
    if (credit || NOTE_START.test(text)) note = true;
    else if (isCircled(first) && (inNote || marks.has(first))) note = true;
    else if (inNote && open && !info.heading && !info.dateLed && !info.marker) note = true;
    if (!note && (info.heading || info.dateLed || info.marker)) inNote = false;
    if (note) {
      inNote = !credit || inNote;
      open = !info.sentenceEnd;
      info.note = true;
      info.furniture = true;
      continue;
    }
    // Footnote marks inside a line: the references a later `①…` line answers.
    if (!CIRCLED.test(text)) continue;
    const lead = text.length - text.trimStart().length;
    for (let k = lead + 1; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (isCircled(c)) marks.add(c);
    }
  }
}

/** Read one line on its own. `raw` is the line as written (TABs are only visible there). */
export function readLine(line: Line, raw: string): LineInfo {
  const text = line.norm;
  const separator = line.block === undefined && SEPARATOR_LINE.test(text);
  const furniture = line.block === 'markup' || separator || PAGE_FURNITURE.test(text) || HTML_COMMENT_LINE.test(text) || WEB_FURNITURE.test(text) || WEB_BYLINE.test(text);
  const md = line.block === undefined ? MARKDOWN_HEADING.exec(text) : null;
  const markdownHeading = md ? (md.indices?.groups?.text?.[0] ?? 0) : null;
  // A Markdown line may begin with blanked markup (`**1.** …`): read the marker after it.
  const lead = line.block === undefined ? 0 : text.length - text.trimStart().length;
  const marker = md || line.block === 'heading' ? null : shift(matchMarker(lead ? text.slice(lead) : text), lead);
  const rest = marker ? text.slice(marker.after) : text.trimStart();
  return {
    furniture,
    separator,
    markdownHeading,
    heading: md ? null : (matchHeading(text) ?? englishMonthHeading(text)),
    marker,
    dateLed: DATE_LEAD.test(rest),
    digitLed: !marker && /^\d|^[〇零一二三四五六七八九十两]{1,4}月|^[一二三四五六七八九〇零]{4}年/.test(text),
    tab: line.block === undefined ? raw.indexOf('\t') : -1,
    sentenceEnd: SENTENCE_END.test(text),
    trailingDate: trailingDateAt(text),
  };
}

/** The offset of the bracket that opens a trailing date (TRAILING_DATE), -1 when none. */
function trailingDateAt(text: string): number {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0xff09 && last !== 0x29) return -1;
  // The bracketed date is short: only the line's tail is searched, so a long line costs nothing more.
  const from = Math.max(0, text.length - 24);
  const m = TRAILING_DATE.exec(from === 0 ? text : text.slice(from));
  return m ? from + m.index : -1;
}

function shift(marker: Marker | null, by: number): Marker | null {
  if (!marker || by === 0) return marker;
  return { ...marker, label: marker.label ? [marker.label[0] + by, marker.label[1] + by] : null, after: marker.after + by };
}

/** A short line without sentence punctuation: a section heading, or in some layouts a terse event. */
export function looksLikeHeading(text: string): boolean {
  return text.trim().length <= 30 && !/[。，,；;]/.test(text);
}

const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `Sep.`, `September 2015`, `2015 Sep`: a month heading (with its year when written). */
export function englishMonthHeading(text: string): HeadingMatch | null {
  const m = ENGLISH_MONTH_LINE.exec(text.trim());
  if (!m) return null;
  const month = ENGLISH_MONTHS.indexOf(m.groups!.month!.slice(0, 3).toLowerCase()) + 1;
  const y = Number(m.groups!.year1 ?? m.groups!.year2 ?? NaN);
  return { kind: 'month', year: y >= 1000 && y <= 2199 ? y : null, month };
}
