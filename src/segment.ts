/**
 * Segmentation: the original text → title, headings and entries, each with its span in the
 * ORIGINAL input, plus diagnostics for whatever belongs to none of them.
 *
 * Lines are classified on the folded view (same length as the input, so offsets carry over):
 * page furniture, headings (title, year, month, section), entry starts (labels, bullets, table
 * rows, date-led lines) and continuations. Continuation lines are joined to the entry above;
 * that is the page-break repair: `罗\n\n林生` reads `罗林生`, and a real new entry, which always
 * starts with a label, a bullet or a date, is never swallowed.
 */
import { matchEntryDate, matchHeading, yearOfTitle } from './dates/index.js';
import type { DateAnchor, DateContext } from './dates/index.js';
import { parseNumber } from './numbers.js';
import {
  ARABIC_LABEL,
  BRACKET_LABEL,
  BULLET,
  CHINESE_LABEL,
  CHRONICLE_WORD,
  CIRCLED_LABEL,
  DATE_COLUMN_HEADER,
  MARKDOWN_HEADING,
  PAGE_FURNITURE,
  SENTENCE_END,
  TITLE_WORD,
  YEAR_COLUMN_HEADER,
} from './patterns.js';
import type { DateValue, Diagnostic, Heading, Span } from './schema.js';
import { collapseBreaks, fold, isBlank, isCjk, isLineBreak, isZeroWidth } from './text.js';

/** One entry as segmentation sees it: where it stands, its label, its own date and its body. */
export interface SegmentedEntry {
  label: string | null;
  span: Span;
  date: DateValue | null;
  /** The pieces of the original input the body is made of, `[start, end)`, in order. */
  pieces: ReadonlyArray<readonly [number, number]>;
  /** Whether the body has any text (without building it). */
  empty: boolean;
  /** The year and month headings in force above the entry; `calendar` under a pre-1912 reign year. */
  heading: { year: number | null; month: number | null; calendar?: 'lunar' };
}

/**
 * Where each character of an entry body stands in the original input. The body is a few runs of
 * consecutive original characters (one per line, split where a zero-width character was dropped),
 * so the map stores runs, not one offset per character: a body of any length costs a few numbers.
 */
export class OffsetMap {
  /** Body offset where each run starts, increasing. */
  private readonly bodyStarts: Int32Array;
  /** Original offset of each run's first character. */
  private readonly sourceStarts: Int32Array;

  constructor(
    runs: readonly number[],
    /** Original offset just after the body's last character. */
    readonly end: number,
    /** The body's length. */
    readonly length: number,
  ) {
    const n = runs.length >> 1;
    this.bodyStarts = new Int32Array(n);
    this.sourceStarts = new Int32Array(n);
    for (let r = 0; r < n; r++) {
      this.bodyStarts[r] = runs[2 * r]!;
      this.sourceStarts[r] = runs[2 * r + 1]!;
    }
  }

  /** The first body offset whose character stands at or after original offset `original`; `length` when none does. */
  indexOf(original: number): number {
    const n = this.bodyStarts.length;
    for (let r = 0; r < n; r++) {
      const bodyEnd = r + 1 < n ? this.bodyStarts[r + 1]! : this.length;
      const sourceEnd = this.sourceStarts[r]! + (bodyEnd - this.bodyStarts[r]!);
      if (sourceEnd > original) return this.bodyStarts[r]! + Math.max(0, original - this.sourceStarts[r]!);
    }
    return this.length;
  }

  /** Original offset of body character `i`; `at(length)` is the end of the body's last piece. */
  at(i: number): number {
    if (i >= this.length) return this.end;
    let lo = 0;
    let hi = this.bodyStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.bodyStarts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.sourceStarts[lo]! + (i - this.bodyStarts[lo]!);
  }
}

/** Entry body text, its folded view, and where each of its characters stands in the original. */
export interface EntryBody {
  text: string;
  norm: string;
  map: OffsetMap;
}

/** What segmentation returns: the document frame every extractor works inside. */
export interface Segmentation {
  title: string | null;
  year: number | null;
  subject: string | null;
  headings: Heading[];
  entries: SegmentedEntry[];
  diagnostics: Diagnostic[];
}

/** Options that change how the text is read. */
export interface SegmentOptions {
  /** The year the chronicle covers, when the text does not say it (or says it wrongly). */
  year?: number | undefined;
}

interface Line {
  /** Content start and end in the original input, white space trimmed. */
  start: number;
  end: number;
  /** Folded content. */
  norm: string;
}

type StartKind = 'label' | 'bullet' | 'table' | 'date';

/**
 * The numbering system a label belongs to. Chronicles nest them (`一、` above `(一)` above `1.`
 * above `(1)` above `①`), and each counts on its own, so label checks run per family.
 */
type LabelFamily = 'arabic' | 'bracket-arabic' | 'bracket-chinese' | 'chinese' | 'circled';

interface EntryStart {
  kind: StartKind;
  /** Where the label stands in the line (`[start, end)`), when there is one. */
  label: readonly [number, number] | null;
  family?: LabelFamily;
  /** Offset in the line where the text after the label or bullet begins. */
  after: number;
}

function splitLines(source: string, norm: string): Line[] {
  const lines: Line[] = [];
  let i = 0;
  const n = source.length;
  while (i <= n) {
    let j = i;
    while (j < n && !isLineBreak(source.charCodeAt(j))) j++;
    let s = i;
    let e = j;
    while (s < e && isBlank(source.charCodeAt(s))) s++;
    while (e > s && isBlank(source.charCodeAt(e - 1))) e--;
    if (e > s) lines.push({ start: s, end: e, norm: norm.slice(s, e) });
    if (j >= n) break;
    i = j + (source.charCodeAt(j) === 0x0d && source.charCodeAt(j + 1) === 0x0a ? 2 : 1);
  }
  return lines;
}

const LABELS: ReadonlyArray<readonly [RegExp, LabelFamily]> = [
  [ARABIC_LABEL, 'arabic'],
  [BRACKET_LABEL, 'bracket-arabic'],
  [CHINESE_LABEL, 'chinese'],
  [CIRCLED_LABEL, 'circled'],
];

/** The label or bullet a line starts with, if any. */
function matchMarker(line: string): EntryStart | null {
  for (const [re, family] of LABELS) {
    const m = re.exec(line);
    const at = m?.indices?.groups?.label;
    if (m && at) {
      let after = m[0].length;
      while (after < line.length && line.charCodeAt(after) === 0x20) after++;
      if (after >= line.length) return null; // `1、` alone on a line is not an entry
      const bracketed = family === 'bracket-arabic' && !/^\(\d/.test(m[0]) ? 'bracket-chinese' : family;
      return { kind: 'label', label: at, after, family: bracketed };
    }
  }
  const b = BULLET.exec(line);
  if (b && b[0].length < line.length) return { kind: 'bullet', label: null, after: b[0].length };
  return null;
}

function squashSpaces(text: string): string {
  // Spaces next to CJK are layout, not words: `2020 年智能…` → `2020年智能…`.
  return text
    .replace(/\s+/g, ' ')
    .replace(/ (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) /g, '')
    .trim();
}

/**
 * A cheap necessary condition for `squashSpaces(text) === key`: squashing only drops or merges
 * white space, so a first character that is no space survives it as the first character.
 */
function maySquashTo(text: string, key: string): boolean {
  const c = text.charCodeAt(0);
  if (text.length === 0 || c <= 0x20 || c >= 0x80) return true;
  return key.charCodeAt(0) === c;
}

/** The subject a title names: what stands between its year and 大事记. */
export function subjectOfTitle(title: string): string | null {
  const m = CHRONICLE_WORD.exec(title);
  if (!m) return null;
  const before = title
    .slice(0, m.index)
    .replace(/^[\s\d〇零一二三四五六七八九十]*(?:年度?|學年度)?/, '')
    .replace(/[\s《》〈〉「」『』"“”()（）\-—_:：、,，.·]+/g, '');
  return before.length >= 2 ? before : null;
}

/** A short line naming the genre (大事记, 沿革 …) with no sentence end: a title. */
function isTitleLine(text: string): boolean {
  return text.length <= 80 && TITLE_WORD.test(text) && !/[。；;，,]/.test(text);
}

function labelValue(label: string): number | null {
  // The label is as written: `(1)` or `（1）`, `２` or `2`.
  const inner = fold(label).replace(/^\((.*)\)$/, '$1');
  const code = inner.charCodeAt(0);
  if (inner.length === 1 && code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  if (inner.length === 1 && code >= 0x3251 && code <= 0x325f) return code - 0x3251 + 21;
  if (inner.length === 1 && code >= 0x32b1 && code <= 0x32bf) return code - 0x32b1 + 36;
  return parseNumber(inner);
}

function toAnchor(date: DateValue | null): DateAnchor | null {
  return date ? { start: date.start, end: date.end, precision: date.precision } : null;
}

/**
 * Build an entry body from pieces of the original input: characters are kept as written, zero-width
 * characters dropped, and pieces joined with nothing between CJK (a page break inside a word or a
 * sentence) or with one space between Latin words.
 */
export function buildBody(source: string, pieces: ReadonlyArray<readonly [number, number]>): EntryBody {
  let text = '';
  const runs: number[] = [];
  const run = (from: number, to: number) => {
    if (to <= from) return;
    runs.push(text.length, from);
    text += source.slice(from, to);
  };
  for (const [s, e] of pieces) {
    if (e <= s) continue;
    if (text.length > 0) {
      const before = text.charCodeAt(text.length - 1);
      const after = source.charCodeAt(s);
      if (!isCjk(before) && !isCjk(after)) {
        runs.push(text.length, s - 1);
        text += ' ';
      }
    }
    let runStart = s;
    for (let i = s; i < e; i++) {
      const c = source.charCodeAt(i);
      if (c === 0x09 || isZeroWidth(c)) {
        run(runStart, i);
        if (c === 0x09) {
          runs.push(text.length, i);
          text += ' ';
        }
        runStart = i + 1;
      }
    }
    run(runStart, e);
  }
  const last = pieces.length ? pieces[pieces.length - 1]![1] : 0;
  return { text, norm: fold(text), map: new OffsetMap(runs, last, text.length) };
}

/** A date found on the folded line, turned into a DateValue with an original span. */
function dateValue(
  source: string,
  lineStart: number,
  m: NonNullable<ReturnType<typeof matchEntryDate>>,
  diagnostics: Diagnostic[],
): DateValue | null {
  const span = { start: lineStart + m.start, end: lineStart + m.end };
  if (m.ambiguous !== undefined || !m.value) {
    diagnostics.push({
      code: m.value ? 'ambiguous-date' : 'unresolved-date',
      severity: m.value ? 'info' : 'warning',
      message: m.value ? `日期需推断：${m.ambiguous}` : `无法确定日期（缺少年份等上下文）：${m.ambiguous ?? source.slice(span.start, span.end)}`,
      span,
    });
  }
  if (m.conflict !== undefined) diagnostics.push({ code: 'era-year-mismatch', severity: 'warning', message: m.conflict, span });
  if (!m.value) return null;
  const { start, end, precision, timeOfDay, implied, list, rule, calendar } = m.value;
  const value: DateValue = { start, end, precision, text: collapseBreaks(source.slice(span.start, span.end)), span };
  if (timeOfDay !== undefined) value.timeOfDay = timeOfDay;
  if (implied !== undefined && implied.length) value.implied = implied;
  if (list !== undefined) value.list = list;
  if (calendar !== undefined) value.calendar = calendar;
  value.rule = rule;
  return value;
}

/**
 * Segment a chronicle. Never throws on odd text: whatever cannot be placed becomes an
 * `unparsed-text` diagnostic, so every non-blank character ends up somewhere.
 */
export function segment(source: string, options: SegmentOptions = {}): Segmentation {
  const norm = fold(source);
  const lines = splitLines(source, norm);
  const headings: Heading[] = [];
  const diagnostics: Diagnostic[] = [];
  const entries: SegmentedEntry[] = [];

  // Pass 1: which kinds of entry start does this document use? In a numbered or bulleted
  // chronicle, a line that merely begins with a date after an unfinished sentence is a
  // page-break continuation, not a new entry.
  let marked = 0;
  let dateLed = 0;
  const markers: Array<EntryStart | null> = lines.map((line) => {
    const m = matchMarker(line.norm);
    if (m) marked++;
    else if (/^\d|^[〇零一二三四五六七八九十两]{1,4}月|^[一二三四五六七八九〇零]{4}年/.test(line.norm)) dateLed++;
    return m;
  });
  const markedStyle = marked >= 2 && marked >= dateLed;
  const headingMatches = lines.map((line) => (MARKDOWN_HEADING.test(line.norm) ? null : matchHeading(line.norm)));
  // For a page that starts mid-year (no title year, entries before the first year heading), the
  // date module guesses "the year of the next heading minus one" and says so.
  const nextHeadingYear: Array<number | null> = new Array<number | null>(lines.length).fill(null);
  for (let li = lines.length - 2; li >= 0; li--) {
    const h = headingMatches[li + 1];
    nextHeadingYear[li] = h?.kind === 'year' && h.year !== null ? h.year : nextHeadingYear[li + 1]!;
  }

  let title: string | null = null;
  let docYear: number | null = options.year ?? null;
  let subject: string | null = null;
  let yearInForce: number | null = null;
  let monthInForce: number | null = null;
  // Set by a pre-1912 reign-year heading (清顺治二年（1645年）): months in Chinese numerals are lunar.
  let calendarInForce: 'lunar' | null = null;
  const headingInForce = (): SegmentedEntry['heading'] =>
    calendarInForce ? { year: yearInForce, month: monthInForce, calendar: calendarInForce } : { year: yearInForce, month: monthInForce };
  let yearColumn: 'gregorian' | 'minguo' | 'minguo-academic' | undefined;
  let inTable = false;
  let previousDate: DateValue | null = null;
  // Per label family, in the order the families first appear (outermost first): the last value
  // and the values seen since the family's numbering last started.
  const families: Array<{ family: LabelFamily; last: number | null; lastText: string; seen: Set<number> }> = [];

  interface Open {
    label: string | null;
    start: number;
    end: number;
    date: DateValue | null;
    pieces: Array<[number, number]>;
    heading: { year: number | null; month: number | null; calendar?: 'lunar' };
    dateOnly: boolean;
  }
  let open: Open | null = null;

  // The context only changes at headings and entries: reuse it (and its anchor) until it does.
  let cached: DateContext | null = null;
  let cachedDate: DateValue | null = null;
  const context = (): DateContext => {
    const year = yearInForce ?? docYear;
    const date = open?.date ?? previousDate;
    if (cached === null || cached.year !== year || cached.month !== monthInForce || cachedDate !== date || (cached.calendar ?? null) !== calendarInForce) {
      cached = { year, month: monthInForce, anchor: null, previous: toAnchor(date) };
      if (calendarInForce) cached.calendar = calendarInForce;
      cachedDate = date;
    }
    return cached;
  };

  const close = (): void => {
    if (!open) return;
    const o = open;
    open = null;
    const empty = !o.pieces.some(([s, e]) => {
      for (let i = s; i < e; i++) if (!isBlank(source.charCodeAt(i))) return true;
      return false;
    });
    entries.push({ label: o.label, span: { start: o.start, end: o.end }, date: o.date, pieces: o.pieces, empty, heading: o.heading });
    if (o.date) previousDate = o.date;
  };

  // Heading and title texts are taken from the SOURCE, not the folded line, so that they read as
  // written (`《石泉县志》——大事记`, not `--`) and satisfy the span invariant. `from` skips a
  // Markdown `## ` in the text only: the span keeps the whole line, so the markup is not lost.
  const sourceText = (line: Line, from = 0): string => squashSpaces(source.slice(line.start + from, line.end));
  let titleKey: string | null = null;

  const setTitle = (line: Line, from: number): void => {
    const text = sourceText(line, from);
    title = text;
    titleKey = squashSpaces(line.norm.slice(from));
    docYear = options.year ?? yearOfTitle(fold(text)) ?? docYear;
    subject = subjectOfTitle(fold(text));
    addHeading({ kind: 'title', text, year: docYear, month: null, span: { start: line.start, end: line.end } });
  };

  const resetLabels = (): void => {
    families.length = 0;
  };

  const addHeading = (h: Heading): void => {
    headings.push(h);
    if (h.kind === 'year' && h.year !== null) {
      yearInForce = h.year;
      monthInForce = null;
      docYear ??= h.year;
    } else if (h.kind === 'month' && h.month !== null) {
      if (h.year !== null) yearInForce = h.year;
      monthInForce = h.month;
    }
    if (h.kind !== 'title') resetLabels();
  };

  const checkLabel = (label: string, family: LabelFamily, span: Span): void => {
    const value = labelValue(label);
    if (value === null) return;
    const ordinal = entries.length + (open ? 2 : 1);
    // A label of an outer family starts the numbering of every family inside it afresh:
    // `一、 (1) (2) 二、 (1)` has no duplicate.
    let level = families.findIndex((f) => f.family === family);
    if (level < 0) level = families.push({ family, last: null, lastText: '', seen: new Set() }) - 1;
    else families.length = level + 1;
    const state = families[level]!;
    const { last: lastLabel, lastText, seen: seenLabels } = state;
    if (seenLabels.has(value)) {
      diagnostics.push({
        code: 'duplicate-label',
        severity: 'warning',
        message: `条目编号 ${label} 重复（第 ${ordinal} 条）`,
        span,
        entry: ordinal,
      });
    } else if (lastLabel !== null && value !== lastLabel + 1) {
      diagnostics.push({
        code: 'label-gap',
        severity: 'warning',
        message: `条目编号从 ${lastText} 跳到 ${label}（第 ${ordinal} 条）`,
        span,
        entry: ordinal,
      });
    }
    seenLabels.add(value);
    state.last = value;
    state.lastText = label;
  };

  /**
   * A line that is a date and nothing else is a side label (`7月11日` above `2013` above
   * `2013年7月11日，…`) only when another entry start follows it. When the next line starts
   * nothing (no label, bullet, date or heading), that line is the date's text:
   * `2020年3月7日` / `召开会议。` is one entry.
   */
  const bodyFollows = (li: number): boolean => {
    const own = matchEntryDate(lines[li]!.norm, 0, context(), { nextHeadingYear: nextHeadingYear[li]! });
    if (!own || own.start !== 0 || own.bodyStart < lines[li]!.norm.length) return false;
    let k = li + 1;
    while (k < lines.length && PAGE_FURNITURE.test(lines[k]!.norm)) k++;
    const next = lines[k];
    if (!next || headingMatches[k] || markers[k] || MARKDOWN_HEADING.test(next.norm)) return false;
    const dm = matchEntryDate(next.norm, 0, context(), { nextHeadingYear: nextHeadingYear[k]! });
    return !(dm && dm.start === 0);
  };

  const unparsed = (line: Line, why: string, code = 'unparsed-text'): void => {
    diagnostics.push({
      code,
      severity: 'info',
      message: why,
      span: { start: line.start, end: line.end },
    });
  };

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const text = line.norm;

    if (PAGE_FURNITURE.test(text)) {
      unparsed(line, `页眉页脚或页码，未计入条目：${text}`, 'page-furniture');
      continue;
    }
    if (titleKey !== null && maySquashTo(text, titleKey) && squashSpaces(text) === titleKey && (entries.length > 0 || open)) {
      unparsed(line, '重复的标题行（分页处），未计入条目', 'repeated-title');
      continue;
    }

    const md = MARKDOWN_HEADING.exec(text);
    const mdFrom = md?.indices?.groups?.text?.[0] ?? 0;

    // The title comes first even when it starts with a year (`2020 年…大事记`).
    if (title === null && entries.length === 0 && !open && isTitleLine(md ? md.groups!.text! : text)) {
      setTitle(line, mdFrom);
      continue;
    }

    // Headings: a line that is nothing but a year or a month sets the context below it.
    const headingOnly = headingMatches[li];
    const dateAlone = headingOnly?.kind === 'section' && headingOnly.month !== null && bodyFollows(li);
    if (headingOnly && !dateAlone) {
      close();
      if (headingOnly.kind === 'year') calendarInForce = headingOnly.calendar ?? null;
      if (headingOnly.conflict) diagnostics.push({ code: 'era-year-mismatch', severity: 'warning', message: headingOnly.conflict, span: { start: line.start, end: line.end } });
      addHeading({
        kind: headingOnly.kind,
        text: sourceText(line),
        year: headingOnly.year,
        month: headingOnly.month,
        span: { start: line.start, end: line.end },
      });
      continue;
    }

    // Table rows: cells separated by tabs, the first a date or, under a year column, a year.
    const rawTab = source.slice(line.start, line.end).indexOf('\t');
    if (rawTab > 0 && !md) {
      const firstCell = text.slice(0, rawTab).trim();
      const header = YEAR_COLUMN_HEADER.exec(firstCell);
      if (header || DATE_COLUMN_HEADER.test(firstCell)) {
        close();
        const kind = header?.groups?.kind;
        yearColumn = kind === '學年度' || kind === '学年度' ? 'minguo-academic' : kind === '民國' || kind === '民国' ? 'minguo' : header ? 'gregorian' : undefined;
        inTable = true;
        addHeading({ kind: 'section', text: sourceText(line), year: null, month: null, span: { start: line.start, end: line.end } });
        continue;
      }
      const m = matchEntryDate(text, 0, context(), { nextHeadingYear: nextHeadingYear[li]!, ...(yearColumn ? { bareYear: yearColumn } : {}) });
      if (m && m.end <= rawTab) {
        close();
        const date = dateValue(source, line.start, m, diagnostics);
        let bodyStart = rawTab + 1;
        while (bodyStart < text.length && isBlank(text.charCodeAt(bodyStart))) bodyStart++;
        open = {
          label: null,
          start: line.start,
          end: line.end,
          date,
          pieces: [[line.start + bodyStart, line.end]],
          heading: headingInForce(),
          dateOnly: false,
        };
        continue;
      }
    } else if (inTable) {
      inTable = false;
      yearColumn = undefined;
    }

    const marker = md ? null : markers[li]!;
    let start: EntryStart | null = marker;
    let dm: ReturnType<typeof matchEntryDate> = null;
    const at = marker ? marker.after : 0;
    // The label is blanked out (same length, so offsets hold) for the date reader, whose left
    // boundary check would otherwise see `3．3月6日` as the decimal `3.3` followed by 月.
    const dateLine = at > 0 ? ' '.repeat(at) + text.slice(at) : text;
    if (!md) dm = matchEntryDate(dateLine, at, context(), { nextHeadingYear: nextHeadingYear[li]! });
    if (!start && dm && dm.start === 0) {
      const prev = open ? source.slice(open.start, open.end) : '';
      const continuation = open !== null && markedStyle && !open.dateOnly && !SENTENCE_END.test(fold(prev.slice(-2)));
      if (!continuation || dateAlone) start = { kind: 'date', label: null, after: 0 };
    }

    if (start) {
      close();
      const label = start.label ? source.slice(line.start + start.label[0], line.start + start.label[1]) : null;
      if (label !== null) checkLabel(label, start.family ?? 'arabic', { start: line.start, end: line.end });
      const date = dm && dm.start === start.after ? dateValue(source, line.start, dm, diagnostics) : null;
      const bodyStart = dm && dm.start === start.after ? dm.bodyStart : start.after;
      open = {
        label,
        start: line.start,
        end: line.end,
        date,
        pieces: bodyStart < text.length ? [[line.start + bodyStart, line.end]] : [],
        heading: headingInForce(),
        dateOnly: bodyStart >= text.length,
      };
      continue;
    }

    if (open) {
      // A date-only line followed by a heading-like line was a side label; otherwise the text
      // below a date-only line is that entry's body.
      open.pieces.push([line.start, line.end]);
      open.end = line.end;
      open.dateOnly = false;
      continue;
    }

    // Before the first entry: the title, a section heading, or text that belongs to nothing.
    const headingText = sourceText(line, mdFrom);
    if (title === null && entries.length === 0 && headings.length === 0 && headingText.length <= 60 && !SENTENCE_END.test(text.replace(/[)）]$/, ''))) {
      setTitle(line, mdFrom);
      continue;
    }
    if (md || (headingText.length <= 30 && !/[。，,；;]/.test(text))) {
      addHeading({ kind: 'section', text: headingText, year: null, month: null, span: { start: line.start, end: line.end } });
      continue;
    }
    unparsed(line, '不属于任何条目的文字');
  }
  close();

  // A date-only line immediately followed by another entry start carried no body: it was a side
  // label (`3月20号 2013` above `2013年3月20号，…`). It stays an entry only if it has text.
  const kept: SegmentedEntry[] = [];
  for (const e of entries) {
    if (e.empty && e.date && e.label === null) {
      headings.push({
        kind: 'section',
        text: squashSpaces(source.slice(e.span.start, e.span.end)),
        year: null,
        month: null,
        span: e.span,
      });
      continue;
    }
    kept.push(e);
  }
  headings.sort((a, b) => a.span.start - b.span.start);
  // No entries at all is worth saying: the wrong file, a page that failed to load, a format the
  // segmenter does not know. The span is empty so it claims no text as its own.
  if (kept.length === 0) {
    const blank = lines.length === 0;
    diagnostics.push({
      code: blank ? 'empty-input' : 'no-entries',
      severity: 'warning',
      message: blank ? '输入为空（或只有空白）' : '没有找到任何条目',
      span: { start: 0, end: 0 },
    });
  }
  // A chronicle with several year headings and no year in its title covers several years: it has
  // no single year, and its entries take theirs from the headings above them.
  const titleYear = headings.find((h) => h.kind === 'title')?.year ?? null;
  const headingYears = new Set(headings.filter((h) => h.kind === 'year').map((h) => h.year));
  const year = options.year ?? titleYear ?? (headingYears.size > 1 ? null : docYear);
  return { title, year, subject, headings, entries: kept, diagnostics };
}
