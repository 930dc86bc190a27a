/**
 * Step 3 of segmentation: assembly. The lines, read (lines.ts) and placed in this document's
 * layout (layout.ts), become a title, a heading stack (year → month → day), entries with their
 * own dates, and diagnostics for whatever belongs to none of them. Sub-items and photo captions
 * stay inside their parent entry.
 */
import { daysInMonth, fromIso, toIso } from '../dates/calendar.js';
import { DYNASTIES } from '../dates/eras.js';
import { findTimes, matchEntryDate, matchLearnedEraYear, matchMinguoShortHeading, yearOfTitle } from '../dates/index.js';
import { isMinguoDate } from '../dates/find.js';
import type { DateAnchor, DateContext, HeadingMatch } from '../dates/index.js';
import { diagnostic, explain } from '../diagnostics/registry.js';
import { AGE_NUMBER, REVIEW_WORDS } from '../dates/patterns.js';
import { dateProblem } from '../dates/problem.js';
import type { Lang } from '../diagnostics/registry.js';
import { parseNumber } from '../numbers.js';
import { BLOCK_LABEL, CAPTION_WORD, FINANCIAL_NUMERALS, INDEX_CELL, INDEX_COLUMN_HEADER, RUNNING_HEAD, CHRONICLE_WORD, CONTINUES_ABOVE, DANGLING_END, DATE_COLUMN_HEADER, DATE_FIELD, ENDS_WITH_COLON, GENERIC_SUBJECT, SENTENCE_END, TITLE_MONTH_DAY, TITLE_WORD, YEAR_COLUMN_HEADER } from '../patterns.js';
import type { DateValue, Diagnostic, Heading, Span } from '../schema.js';
import { collapseBreaks, fold, isBlank, isTraditional } from '../text.js';
import type { Piece } from './body.js';
import type { Layout } from './layout.js';
import { looksLikeHeading } from './lines.js';
import type { LabelFamily, Line, LineInfo, Marker } from './lines.js';

/** One entry as segmentation sees it: where it stands, its label, its own date and its body. */
export interface SegmentedEntry {
  label: string | null;
  span: Span;
  date: DateValue | null;
  /** The pieces of the original input the body is made of, `[start, end)`, in order. */
  pieces: ReadonlyArray<Piece>;
  /** Whether the body has any text (without building it). */
  empty: boolean;
  /** The year and month headings in force above the entry. */
  heading: { year: number | null; month: number | null; calendar?: 'lunar' };
}

/** What segmentation returns: the document frame every extractor works inside. */
export interface Segmentation {
  title: string | null;
  year: number | null;
  subject: string | null;
  headings: Heading[];
  entries: SegmentedEntry[];
  diagnostics: Diagnostic[];
  /**
   * Only when `SegmentOptions.labels` asked for it: the label numbering as it stood just before
   * `offset` (the start of an entry), rewound in place from where the document left it. Call it
   * once: the numbering it returns is this segmentation's own, not a copy.
   */
  labelsAt?: (offset: number) => LabelNumbering;
}

/** One label family's numbering: its last value and the values seen since it last started. */
interface LabelCount {
  family: LabelFamily;
  last: number | null;
  lastText: string;
  seen: Set<number>;
}

/**
 * The label numbering in force at a point of a document, per family, outermost first (what
 * `duplicate-label` and `label-gap` are judged against). Opaque outside segmentation.
 */
export type LabelNumbering = readonly LabelCount[];

/** How one label check or heading changed the numbering, to rewind it (see `labelsAt`). */
interface LabelUndo {
  /** Where the label or heading stands. */
  at: number;
  /** The families before (a shallow copy: a handful of objects, never their sets). */
  families: LabelCount[];
  /** The family the label counted in, its last value before, and the value it added to `seen`. */
  count: LabelCount | null;
  last: number | null;
  lastText: string;
  added: number | null;
}

/** Options that change how the text is read. */
export interface SegmentOptions {
  /** The year the chronicle covers, when the text does not say it (or says it wrongly). */
  year?: number | undefined;
  /** Read the text as Markdown (a `.md` file); by default only text that is clearly Markdown is. */
  markdown?: boolean | undefined;
  /** The layout to read with, instead of inferring it (parseStream reads every block alike). */
  layout?: Layout | undefined;
  /** Whether entries run on inside paragraphs (runon.ts); by default the text decides. */
  runOn?: boolean | undefined;
  /** The date of the last dated entry above the text (parseStream: what 同日 and ▲ refer to). */
  previous?: DateValue | undefined;
  /** The language of diagnostic messages (`zh` by default). */
  lang?: Lang | undefined;
  /**
   * parseStream: carry label numbering across blocks. `from` is the numbering in force at the
   * block's re-read entry, installed when the line at offset `at` (that entry's start) is reached,
   * after the prelude headings above it, which would otherwise restart it. `trace` keeps a log of
   * label checks so that `Segmentation.labelsAt` can rewind to the next block's re-read entry.
   */
  labels?: { from?: { at: number; numbering: LabelNumbering }; trace: boolean } | undefined;
}

/** The heading a date can be implied from: the nearest year or month heading, or the title. */
interface ImpliedSource {
  year: number;
  /** The last year of a span of years (`清康熙年间（1662～1722年）`). */
  toYear?: number;
  month: number | null;
  text: string;
  span: Span;
  /** A day heading (`1月6日`, `1月4日至8日`): the exact period it names. */
  day?: Pick<DateValue, 'start' | 'end' | 'precision'>;
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

/** A year digit, Arabic or Chinese. */
const Y = '[0-9０-９〇零○一二三四五六七八九]';
/**
 * The period a title names after its subject (`某某学会2016年大事记`, `XX大学2018—2019学年大事记`,
 * `XX集团（2010-2020年）大事记`, `XX市2021年1—6月大事记`): not part of the subject.
 */
const TRAILING_PERIOD = new RegExp(
  `[\\s(（〔\\[【]*(?:公元)?${Y}{4}\\s*年?(?:\\s*[-—–~～至到]\\s*${Y}{2,4}\\s*年?)?\\s*(?:年度|學年度?|学年度?|年)?` +
    `(?:\\s*[0-9０-９一二三四五六七八九十]{1,2}\\s*(?:[-—–~～至到]\\s*[0-9０-９一二三四五六七八九十]{1,2}\\s*)?月份?)?` +
    `(?:上半年|下半年|第?[一二三四1-4]季度)?[\\s)）〕\\]】]*$`,
);

/** A news site's lead before the subject: `回眸2023：`, `2023·`, `盘点2023 | `. */
const TITLE_LEAD = new RegExp(String.raw`^\s{0,4}(?:(?:${REVIEW_WORDS})\s{0,4})?(?:19|20)\d{2}\s{0,4}[:：·•|｜]\s{0,4}`);

/** The subject a title names: what stands between its year and 大事记. */
export function subjectOfTitle(title: string): string | null {
  const m = CHRONICLE_WORD.exec(title);
  if (!m) return null;
  const before = title
    .slice(0, m.index)
    .replace(TITLE_LEAD, '')
    .replace(/^[\s\d〇零一二三四五六七八九十]*(?:年度?|學年度)?/, '')
    .replace(/(?:工作|重要|重點|重点)$/, '')
    .replace(TRAILING_PERIOD, '')
    .replace(/(?:年度|全年)$/, '')
    .replace(/[\s《》〈〉「」『』"“”()（）\-—_:：、,，.·]+/g, '')
    // 某研究所所史, 某机床厂厂史: the body's last character written again before 史.
    .replace(/([所厂廠会會])\1$/, '$1');
  return before.length >= 2 && !GENERIC_SUBJECT.test(before) ? before : null;
}

/** A short line naming the genre (大事记, 沿革 …) with no sentence end: a title. */
function isTitleLine(text: string): boolean {
  return text.length <= 80 && TITLE_WORD.test(text) && !/[。；;，,]/.test(text);
}

function labelValue(label: string): number | null {
  // Plain ASCII digits (most labels): what parseNumber returns for them, without its passes.
  if (/^\d{1,15}$/.test(label)) return Number(label);
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


/** The period a heading stands for, as the date of an entry that writes none. */
function impliedDate(h: ImpliedSource): DateValue {
  const span = { start: h.span.start, end: h.span.end };
  if (h.day) return { ...h.day, text: h.text, span, implied: ['year', 'month', 'day'], rule: 'heading' };
  if (h.month === null) return { start: toIso(h.year, 1, 1), end: toIso(h.toYear ?? h.year, 12, 31), precision: 'year', text: h.text, span, implied: ['year'], rule: 'heading' };
  return { start: toIso(h.year, h.month, 1), end: toIso(h.year, h.month, daysInMonth(h.year, h.month)), precision: 'month', text: h.text, span, implied: ['year', 'month'], rule: 'heading' };
}

/** How far into a headline's body line its date may stand (`…委员会于2016年7月23-25日在…`). */
const BODY_DATE_REACH = 40;
/** A 年表's age cell after its year: `1岁　`, `二十一岁 `, `21—24岁 ` (sticky, at the body's start). */
const AGE_CELL = new RegExp(String.raw`(?:虚|實|实)?${AGE_NUMBER}(?: ?[-–—~至] ?${AGE_NUMBER})? ?(?:周)?[岁歲](?: +|$)`, 'y');
/**
 * A line led by a short name without punctuation and a wide gap (an ideographic space, a tab or
 * two spaces): `区委十四届十次全会　1月10日召开。`, `管委会第5次主任办公会议　1月22日召开。`. The
 * name is 2–24 characters and does not start with a digit, so a date of its own (`1月10日　…`) or
 * a number label never reads as one. Sticky, read on the source at the line's start: neither the
 * name nor the gap holds a line break, so a match never leaves its line.
 */
/** How far into its line the date after LED_BY_NAME's gap may start. */
const LED_REACH = 64;
const LED_BY_NAME = /[ \u3000]*[^\s\d０-９，。；：,.;:、！？!?“”"（）()][^\s，。；：,.;:、！？!?“”"（）()]{1,23}(?:\u3000+|\t+| {2,})(?=\S)/y;

/** Emoji and pictographs before a date (`🎉 [2025-09-19] …`): decoration, skipped by the date reader. */
const DECORATION = /\p{Extended_Pictographic}|[\u200d\ufe0f\u20e3]/u;

/** Brackets a date may stand in at an entry's start: `[2025-09-19]`, `【2007年】`. */
const CLOSER: Readonly<Record<string, string>> = { '[': ']', '【': '】', '(': ')' };

/** DATE_FIELD, read at a position. */
const DATE_KEY = new RegExp(DATE_FIELD, 'y');
/** The field name before the text of such a record. */
const BODY_KEY = /(?:事件|内容|內容|事项|事項|摘要|记事|記事) ?[:：] ?/y;

/** Where a line's own date may begin: after its label, bullet, any decoration and a field name. */
function dateStartOf(text: string, from: number): number {
  let i = from;
  DATE_KEY.lastIndex = i;
  if (DATE_KEY.test(text)) i = DATE_KEY.lastIndex;
  for (;;) {
    const c = text.codePointAt(i);
    if (c === undefined) return i;
    const ch = String.fromCodePoint(c);
    if (c === 0x20 || DECORATION.test(ch)) i += ch.length;
    else return i;
  }
}

/** A date found on the folded line, turned into a DateValue with an original span. */
function dateValue(
  source: string,
  lineStart: number,
  m: NonNullable<ReturnType<typeof matchEntryDate>>,
  diagnostics: Diagnostic[],
  lang: Lang,
): DateValue | null {
  const span = { start: lineStart + m.start, end: lineStart + m.end };
  if (m.ambiguous !== undefined || !m.value) diagnostics.push({ ...dateProblem(collapseBreaks(source.slice(span.start, span.end)), m, lang), span: { ...span } });
  // 康熙四十七年（1710年）: the bracket wins, and the disagreement is said.
  if (m.conflict !== undefined) diagnostics.push({ ...diagnostic('era-year-mismatch', { reason: explain(m.conflict, lang) }, lang), span: { ...span } });
  if (!m.value) return null;
  const { start, end, precision, timeOfDay, implied, list, rule, calendar } = m.value;
  const text = collapseBreaks(source.slice(span.start, span.end));
  // Most dates have none of the optional fields: one literal, so no property array is added later.
  if (timeOfDay === undefined && (implied === undefined || !implied.length) && list === undefined && calendar === undefined) {
    return { start, end, precision, text, span, rule };
  }
  const value: DateValue = { start, end, precision, text, span };
  if (timeOfDay !== undefined) value.timeOfDay = timeOfDay;
  if (implied !== undefined && implied.length) value.implied = implied;
  if (list !== undefined) value.list = list;
  if (calendar !== undefined) value.calendar = calendar;
  value.rule = rule;
  return value;
}

/**
 * A diagnostic about one entry, built as one object literal. `{ ...diagnostic(…), span, entry }`
 * reads the same but gives every object a hidden class of its own in V8 (a spread followed by
 * more keys is not a shared transition): about 200 bytes more per diagnostic, kept as long as
 * the record, and a chronicle whose numbering restarts has one on nearly every entry.
 */
function entryDiagnostic(d: Pick<Diagnostic, 'code' | 'severity' | 'message'>, span: Span, entry: number): Diagnostic {
  return { code: d.code, severity: d.severity, message: d.message, span: { start: span.start, end: span.end }, entry };
}

/** A line's own date: at `at` in the line, or inside brackets there (`[2025-09-19] …`). */
interface OwnDate {
  match: NonNullable<ReturnType<typeof matchEntryDate>>;
  /** Where the entry's text starts after the date (and its closing bracket). */
  bodyStart: number;
}

/**
 * Assemble a document from its lines. Never throws on odd text: whatever cannot be placed becomes
 * an `unparsed-text` diagnostic, so every non-blank character ends up somewhere.
 */
export function assemble(
  source: string,
  lines: readonly Line[],
  infos: readonly LineInfo[],
  layout: Layout,
  options: SegmentOptions = {},
): Segmentation {
  const headings: Heading[] = [];
  const diagnostics: Diagnostic[] = [];
  const entries: SegmentedEntry[] = [];
  const markedStyle = layout.marked;
  const lang = options.lang ?? 'zh';

  // For a page that starts mid-year (no title year, entries before the first year heading), the
  // date module guesses "the year of the next heading minus one" and says so.
  const nextHeadingYear: Array<number | null> = new Array<number | null>(lines.length).fill(null);
  for (let li = lines.length - 2; li >= 0; li--) {
    const h = infos[li + 1]!.heading;
    nextHeadingYear[li] = h?.kind === 'year' && h.year !== null ? h.year : nextHeadingYear[li + 1]!;
  }

  let title: string | null = null;
  let docYear: number | null = options.year ?? null;
  let subject: string | null = null;
  let yearInForce: number | null = null;
  let monthInForce: number | null = null;
  let calendarInForce: 'lunar' | undefined;
  /** Years count from 1912 here (DateContext.minguo): a 民國 year heading, or a title in traditional script. */
  let minguoHeading = false;
  /** The year in force is a school year (DateContext.academic). */
  let academicInForce = false;
  let minguoTitle = false;
  /** The heading an undated entry takes its period from. */
  let impliedFrom: ImpliedSource | null = null;
  /** A year or month heading (not only the title) stands above: undated lines are events. */
  let underHeading = false;
  /**
   * A date alone on its line that opened an entry (`1月6日` / `召开全会。` / `发布规划。`): the
   * undated events below it, up to the next dated entry or heading, happened that day.
   */
  let dayAlone: ImpliedSource | null = null;
  /** The indent of the items under a day heading (`1月6日` / `  甲事。`): each such line is an item. */
  let itemIndent = -1;
  let yearColumn: 'gregorian' | 'minguo' | 'minguo-academic' | undefined;
  let inTable = false;
  /** The table's first column numbers its rows (序号): the date is in the second. */
  let indexColumn = false;
  let previousDate: DateValue | null = options.previous ?? null;
  // Per label family, in the order the families first appear (outermost first): the last value
  // and the values seen since the family's numbering last started.
  const families: LabelCount[] = [];
  /** The numbering a stream block takes over at its re-read entry, until that line is reached. */
  let carried = options.labels?.from ?? null;
  /** Every change to `families`, in order, when the caller will rewind them (`labelsAt`). */
  const undo: LabelUndo[] | null = options.labels?.trace ? [] : null;

  interface Open {
    label: string | null;
    start: number;
    end: number;
    date: DateValue | null;
    pieces: Piece[];
    heading: SegmentedEntry['heading'];
    implied: ImpliedSource | null;
    dateOnly: boolean;
    /** Opened by a label or bullet, and how far its first line is indented (a caption stands further in). */
    marked: boolean;
    indent: number;
    /** Opened by a date alone on its line; `lines` counts the lines taken so far. */
    dateLine: boolean;
    lines: number;
    /** Only the headline line so far (headline layout): the next dated line is its body. */
    headlineOnly: boolean;
    /** A headline in a layout of dated lines (see `headlineAbove`): its dated line is its body. */
    loose?: boolean;
    /** The last line ends a sentence. */
    ended: boolean;
    /** The last line stops mid-phrase (DANGLING_END): a date opening the next line is inside it. */
    dangling: boolean;
    /** The last line is short and has no punctuation (see `looksLikeHeading`). */
    short: boolean;
    /** The last line ends with a colon: labels restarting at 1 below it are sub-items. */
    colon: boolean;
    /** Inside a sub-item list: the last sub-item's value and how its label is written (`1.`). */
    sub: { last: number; style: string } | null;
    /** How the entry's own label is followed (`、`, `.`): sub-items are written otherwise. */
    style: string;
    hasText: boolean;
  }
  let open: Open | null = null;
  /** Reign titles the chronicle has dated with a bracketed year: name → Gregorian year of its 元年. */
  const learnedEras = new Map<string, number>();

  // The context only changes at headings and entries: reuse it (and its anchor) until it does.
  let cached: DateContext | null = null;
  let cachedDate: DateValue | null = null;
  const context = (): DateContext => {
    const year = yearInForce ?? docYear;
    const date = open?.date ?? previousDate;
    const minguo = minguoHeading || minguoTitle || isMinguoDate(date);
    const academic = academicInForce && yearInForce !== null;
    if (cached === null || cached.year !== year || cached.month !== monthInForce || cachedDate !== date || cached.calendar !== calendarInForce || (cached.minguo === true) !== minguo || (cached.academic === true) !== academic) {
      cached = { year, month: monthInForce, anchor: null, previous: toAnchor(date) };
      if (calendarInForce) cached.calendar = calendarInForce;
      if (minguo) cached.minguo = true;
      if (academic) cached.academic = true;
      cachedDate = date;
    }
    return cached;
  };

  /** Pieces of a line from `from` (an offset in the line) on: the text, without Markdown markup. */
  const piecesOf = (line: Line, from: number): Piece[] => {
    const at = line.start + from;
    if (!line.runs) return at < line.end ? [[at, line.end]] : [];
    const out: Piece[] = [];
    for (const [s, e, own] of line.runs) if (e > at) out.push(own && s >= at ? [s, e, own] : [Math.max(s, at), e]);
    return out;
  };
  /** `pieces` up to `end` (an offset into the source). */
  const clipped = (pieces: Piece[], end: number): Piece[] => pieces.filter(([a]) => a < end).map(([a, b]) => [a, Math.min(b, end)] as Piece);
  const hasText = (pieces: ReadonlyArray<Piece>): boolean =>
    pieces.some(([s, e]) => {
      for (let i = s; i < e; i++) if (!isBlank(source.charCodeAt(i))) return true;
      return false;
    });

  const close = (): void => {
    if (!open) return;
    const o = open;
    open = null;
    let date = o.date;
    // An entry that writes no date of its own under a year or month heading happened in the
    // period the heading names (`implied` says the date is the heading's, not the entry's).
    if (!date && o.implied && (o.label !== null || o.hasText)) date = impliedDate(o.implied);
    entries.push({ label: o.label, span: { start: o.start, end: o.end }, date, pieces: o.pieces, empty: !o.hasText, heading: o.heading });
    if (o.date) previousDate = o.date;
  };

  // Heading and title texts are taken from the SOURCE, not the folded line, so that they read as
  // written (`《石泉县志》——大事记`, not `--`) and satisfy the span invariant. `from` skips a
  // Markdown `## ` in the text only: the span keeps the whole line, so the markup is not lost.
  const sourceText = (line: Line, from = 0): string => {
    if (!line.runs) return squashSpaces(source.slice(line.start + from, line.end));
    return squashSpaces(piecesOf(line, from).map(([s, e, own], k) => (own && k > 0 ? ' ' : '') + source.slice(s, e)).join(''));
  };
  let titleKey: string | null = null;
  /** Where a side label (`12.6`) above a date line starts, until its entry opens. */
  let blockLabel: number | null = null;
  let blockLabelLine: Line | null = null;
  /** The one month-day an "on this day" title names (`历史上的今天 4月20日`): year-only entries happened on it. */
  let titleDay: { month: number; day: number } | null = null;

  const setTitle = (line: Line, from: number): void => {
    const text = sourceText(line, from);
    title = text;
    minguoTitle = isTraditional(text);
    titleKey = squashSpaces(line.norm.slice(from));
    const folded = fold(text);
    docYear = options.year ?? yearOfTitle(folded) ?? docYear;
    titleDay = docYear === null ? dayOfTitle(folded) : null;
    subject = subjectOfTitle(folded);
    const span = { start: line.start, end: line.end };
    addHeading({ kind: 'title', text, year: docYear, month: null, span });
    if (docYear !== null) impliedFrom = { year: docYear, month: null, text, span };
  };

  /** A side label whose entry never opened belongs to nothing: said, so it is not lost. */
  const dropLabel = (): void => {
    if (blockLabelLine !== null && blockLabel !== null) diagnostics.push({ ...diagnostic('unparsed-text', {}, lang), span: { start: blockLabelLine.start, end: blockLabelLine.end } });
    blockLabel = null;
  };

  const addHeading = (h: Heading, calendar?: 'lunar', academic = false): void => {
    dropLabel();
    headings.push(h);
    itemIndent = -1;
    dayAlone = null;
    if (h.kind === 'year' && h.year !== null) {
      yearInForce = h.year;
      monthInForce = null;
      calendarInForce = calendar;
      minguoHeading = h.text.includes('民國') || h.text.includes('民国');
      academicInForce = academic;
      docYear ??= h.year;
      impliedFrom = { year: h.year, month: null, text: h.text, span: h.span };
      underHeading = true;
    } else if (h.kind === 'month' && h.month !== null) {
      if (h.year !== null) yearInForce = h.year;
      monthInForce = h.month;
      const y = yearInForce ?? docYear;
      if (y !== null && calendarInForce === undefined) impliedFrom = { year: y, month: h.month, text: h.text, span: h.span };
      underHeading = true;
    } else if (h.kind === 'section' && h.year === null && h.month === null) {
      // `清康熙年间（1662～1722年）`: a span of years; no single year is in force below it, and an
      // undated event under it happened somewhen in the span.
      const range = yearsOfRange(h.text);
      if (range) {
        impliedFrom = { year: range[0], toYear: range[1], month: null, text: h.text, span: h.span };
        underHeading = true;
      }
    }
    if (h.kind !== 'title' && families.length > 0) {
      undo?.push({ at: h.span.start, families: families.slice(), count: null, last: null, lastText: '', added: null });
      families.length = 0;
    }
  };

  const checkLabel = (label: string, family: LabelFamily, span: Span): void => {
    const value = labelValue(label);
    if (value === null) return;
    const ordinal = entries.length + (open ? 2 : 1);
    // A label of an outer family starts the numbering of every family inside it afresh:
    // `一、 (1) (2) 二、 (1)` has no duplicate.
    const before = undo ? families.slice() : null;
    let level = families.findIndex((f) => f.family === family);
    if (level < 0) level = families.push({ family, last: null, lastText: '', seen: new Set() }) - 1;
    else families.length = level + 1;
    const state = families[level]!;
    const { last: lastLabel, lastText, seen: seenLabels } = state;
    const repeated = seenLabels.has(value);
    if (repeated) {
      diagnostics.push(entryDiagnostic(diagnostic('duplicate-label', { label, entry: ordinal }, lang), span, ordinal));
    } else if (lastLabel !== null && value !== lastLabel + 1) {
      diagnostics.push(entryDiagnostic(diagnostic('label-gap', { previous: lastText, label, entry: ordinal }, lang), span, ordinal));
    }
    if (before) undo?.push({ at: span.start, families: before, count: state, last: lastLabel, lastText, added: repeated ? null : value });
    seenLabels.add(value);
    state.last = value;
    state.lastText = label;
  };

  /** The line's own date at `at`, or in brackets there. */
  const ownDate = (text: string, at: number, li: number, extra: { bareYear?: 'gregorian' | 'minguo' | 'minguo-academic' } = {}): OwnDate | null => {
    // The label is blanked out (same length, so offsets hold) for the date reader, whose left
    // boundary check would otherwise see `3．3月6日` as the decimal `3.3` followed by 月.
    const opts = { nextHeadingYear: nextHeadingYear[li]!, ...extra };
    const closer = CLOSER[text[at] ?? ''];
    if (closer !== undefined) {
      const inner = at + 1;
      const dm = matchEntryDate(' '.repeat(inner) + text.slice(inner), inner, context(), opts);
      if (dm && dm.start === inner && text[dm.end] === closer) {
        let bodyStart = dm.end + 1;
        while (bodyStart < text.length && /[\s,:：，]/.test(text[bodyStart]!)) bodyStart++;
        return { match: dm, bodyStart };
      }
    }
    const view = at > 0 ? ' '.repeat(at) + text.slice(at) : text;
    const dm = matchEntryDate(view, at, context(), opts);
    if (dm && dm.start === at && !(dm.bodyStart < text.length && text.startsWith('  ', dm.end))) return { match: dm, bodyStart: dm.bodyStart };
    // `2019年 \u00a03月\u00a08日`: stray spaces inside a date. Read it with every run of spaces
    // as one, then map the offsets back to the line.
    const compact = compactSpaces(view, at);
    if (!compact) return dm && dm.start === at ? { match: dm, bodyStart: dm.bodyStart } : null;
    const cm = matchEntryDate(compact.view, compact.from, context(), opts);
    if (!cm || cm.start !== compact.from) return dm && dm.start === at ? { match: dm, bodyStart: dm.bodyStart } : null;
    const back = compact.back;
    return { match: { ...cm, start: back(cm.start), end: back(cm.end - 1) + 1, bodyStart: back(cm.bodyStart) }, bodyStart: back(cm.bodyStart) };
  };

  /** `ownDate` read in `year` (a table's year cell, a 年表's year), in its school year when `academic`. */
  const ownDateIn = (year: number, academic: boolean, text: string, at: number, li: number): OwnDate | null => {
    const saved = yearInForce;
    const savedAcademic = academicInForce;
    yearInForce = year;
    academicInForce = academic;
    const own = ownDate(text, at, li);
    yearInForce = saved;
    academicInForce = savedAcademic;
    return own;
  };

  /**
   * A 年表's row, `1918年　1岁　3月12日，生于…`: the age after a year is a cell of its own, not
   * text, and a month or a day right after it dates the entry within that year.
   */
  const agedDate = (own: OwnDate | null, text: string, li: number): OwnDate | null => {
    if (!own || own.match.value?.precision !== 'year') return own;
    AGE_CELL.lastIndex = own.bodyStart;
    const age = AGE_CELL.exec(text);
    if (!age) return own;
    const after = own.bodyStart + age[0].length;
    const { start, end } = own.match.value;
    if (start.slice(0, 4) !== end.slice(0, 4)) return { match: own.match, bodyStart: after };
    const inner = ownDateIn(Number(start.slice(0, 4)), academicInForce, text, after, li);
    const v = inner?.match.value;
    if (inner && v && v.precision !== 'year' && v.start.startsWith(start.slice(0, 4)) && text.slice(inner.match.start, inner.match.end).includes('月')) return inner;
    return { match: own.match, bodyStart: after };
  };

  /**
   * The date after a name and a wide gap at the start of `line` (see LED_BY_NAME), or null. The
   * gap is judged on the source, where an ideographic space or a tab is still itself.
   */
  const ledDate = (line: Line, text: string): OwnDate | null => {
    LED_BY_NAME.lastIndex = line.start;
    const lead = LED_BY_NAME.exec(source);
    if (!lead || lead[0].length >= LED_REACH) return null;
    const at = lead[0].length;
    const m = findTimes(text, context()).find((t) => t.start === at);
    if (!m || m.value === null || m.value.precision === 'year') return null;
    return { match: { ...m, bodyStart: m.end }, bodyStart: 0 };
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
    while (k < lines.length && infos[k]!.furniture) k++;
    const next = lines[k];
    const info = infos[k];
    if (!next || !info || info.heading || info.marker || info.markdownHeading !== null) return false;
    const dm = matchEntryDate(next.norm, 0, context(), { nextHeadingYear: nextHeadingYear[k]! });
    return !(dm && dm.start === 0);
  };

  /** Line `k` (-1: none) is a year or a month heading. */
  const dateHeadingAt = (k: number): boolean => {
    const kind = k >= 0 ? infos[k]!.heading?.kind : undefined;
    return kind === 'year' || kind === 'month';
  };

  /**
   * Line `li` is a news headline over the dated paragraph below it: a line of 8 to 40 characters
   * without sentence punctuation, and the next line opens with its own date (no label) and repeats
   * two characters of it running (`南康家具城入选…` / `10月30日，…南康家具城榜上有名`). A section's
   * name (`组织建设`) is shorter and repeats nothing.
   */
  const headlineAbove = (li: number): boolean => {
    const text = lines[li]!.norm.trim();
    if (text.length < 8 || text.length > 40 || !looksLikeHeading(text) || infos[li]!.heading !== null) return false;
    const k = nextContent(li);
    if (k < 0 || !infos[k]!.dateLed || infos[k]!.marker || infos[k]!.heading !== null) return false;
    const next = lines[k]!.norm;
    for (let i = 0; i + 2 <= text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff && next.includes(text.slice(i, i + 2))) return true;
    }
    return false;
  };

  /** The line before `li` that is not page furniture, or -1. */
  const previousContent = (li: number): number => {
    let k = li - 1;
    while (k >= 0 && infos[k]!.furniture) k--;
    return k;
  };

  /** The next line that is not page furniture, or -1. */
  const nextContent = (li: number): number => {
    let k = li + 1;
    while (k < lines.length && infos[k]!.furniture) k++;
    return k < lines.length ? k : -1;
  };

  /** Line `li` stands above a date line: in record blocks any dated line, else a date alone. */
  const sideLabelAbove = (li: number): boolean => {
    const k = nextContent(li);
    if (k < 0 || !infos[k]!.dateLed) return false;
    // The date line must open the entry, not stand as a heading above items.
    if (itemsFollow(k) || (infos[k]!.heading !== null && !bodyFollows(k))) return false;
    if (layout.separated) return true;
    const next = lines[k]!.norm;
    const own = ownDate(next, 0, k);
    return own !== null && own.bodyStart >= next.length && own.match.value?.implied === undefined;
  };

  /** The next line is an entry that writes only its year (`1936年：…`). */
  const yearLedNext = (li: number): boolean => {
    const k = nextContent(li);
    if (k < 0) return false;
    const at = infos[k]!.marker?.after ?? 0;
    const own = ownDate(lines[k]!.norm, dateStartOf(lines[k]!.norm, at), k);
    return own?.match.value?.precision === 'year' && own.bodyStart < lines[k]!.norm.length;
  };

  /** Bullet, label or indented lines follow line `li`: the items of a date heading. */
  const itemsFollow = (li: number): boolean => {
    const k = nextContent(li);
    if (k < 0 || infos[k]!.heading || infos[k]!.markdownHeading !== null) return false;
    return infos[k]!.marker !== null || lines[k]!.indent > lines[li]!.indent;
  };

  /**
   * A short first line that starts with a year and month and goes on with a name, above a line
   * that is only a date (`2019年1月中國大陸` / `1月1日`): the title of a month's chronicle.
   */
  const periodTitle = (li: number): boolean => {
    const text = lines[li]!.norm;
    if (text.length > 30 || /[。，,；;：:]/.test(text)) return false;
    const own = ownDate(text, 0, li);
    const v = own?.match.value;
    if (!own || !v || v.precision !== 'month' || v.implied?.includes('year') || own.bodyStart >= text.length) return false;
    const k = nextContent(li);
    if (k < 0) return false;
    const next = lines[k]!.norm;
    const date = infos[k]!.heading === null ? ownDate(next, 0, k) : null;
    return infos[k]!.heading !== null || (date !== null && date.bodyStart >= next.length);
  };

  /**
   * A short line that is all a year or month heading holds (`2008` / `公司成立` / `2009`): a
   * heading with nothing under it is no heading, so the line is the heading's event. At the end
   * of the input it is one when the lines above were read so too.
   */
  let soleEvents = 0;
  const soleLine = (li: number): boolean => {
    const k = nextContent(li);
    const h = k < 0 ? null : infos[k]!.heading;
    const sole = k < 0 ? soleEvents > 0 : h !== null && (h.kind !== 'section' || h.month !== null);
    if (sole) soleEvents++;
    return sole;
  };

  const unparsed = (line: Line, said: ReturnType<typeof diagnostic>): void => {
    diagnostics.push({ ...said, span: { start: line.start, end: line.end } });
  };

  // The entries under one heading share its record: a large chronicle has tens of thousands of entries.
  let lastHeading: SegmentedEntry['heading'] | null = null;
  const headingInForce = (): SegmentedEntry['heading'] => {
    const h = lastHeading;
    if (h && h.year === yearInForce && h.month === monthInForce && h.calendar === calendarInForce) return h;
    lastHeading = calendarInForce ? { year: yearInForce, month: monthInForce, calendar: calendarInForce } : { year: yearInForce, month: monthInForce };
    return lastHeading;
  };

  const openEntry = (line: Line, label: string | null, date: DateValue | null, pieces: Piece[], extra: Partial<Open> = {}): void => {
    const heading = headingInForce();
    const start = blockLabel ?? line.start;
    blockLabel = null;
    open = {
      label,
      start,
      end: line.end,
      date,
      pieces,
      heading,
      implied: dayAlone ?? impliedFrom,
      dateOnly: false,
      marked: false,
      indent: line.indent,
      dateLine: false,
      lines: 1,
      headlineOnly: false,
      ended: SENTENCE_END.test(line.norm),
      dangling: DANGLING_END.test(line.norm),
      short: looksLikeHeading(line.norm),
      colon: ENDS_WITH_COLON.test(line.norm),
      sub: null,
      style: '',
      hasText: hasText(pieces),
      ...extra,
    };
  };

  const extend = (o: Open, line: Line, pieces: Piece[]): void => {
    for (const p of pieces) o.pieces.push(p);
    o.end = line.end;
    o.lines++;
    o.dateOnly = false;
    o.headlineOnly = false;
    o.ended = SENTENCE_END.test(line.norm);
    o.dangling = DANGLING_END.test(line.norm);
    o.short = looksLikeHeading(line.norm);
    o.colon = ENDS_WITH_COLON.test(line.norm);
    if (!o.hasText) o.hasText = hasText(pieces);
  };

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const info = infos[li]!;
    const text = line.norm;
    if (carried !== null && line.start >= carried.at) {
      // parseStream: the block's re-read entry counts on from the numbering it had in its own block.
      families.length = 0;
      families.push(...carried.numbering);
      carried = null;
    }

    if (info.furniture || (title !== null && RUNNING_HEAD.test(text.trim()))) {
      // Markup between the lines of one entry (`<br/>`) is part of that entry's span.
      if (line.block === 'markup' && open) {
        (open as Open).end = line.end;
        continue;
      }
      // A separator line ends the record block above it.
      if (info.separator) {
        close();
        dropLabel();
      }
      unparsed(line, diagnostic(info.note ? 'editorial-note' : 'page-furniture', { text: text.trim() }, lang));
      continue;
    }

    if (layout.separated) {
      // Record blocks: the block's entry takes every line below its start up to the next
      // separator (headline, the body that repeats the date, photo captions `☆…`), and its
      // date from the first dated line when the block's first lines wrote none.
      const o = open as Open | null;
      if (o) {
        if (!o.date) {
          const own = ownDate(text, dateStartOf(text, 0), li);
          if (own) o.date = dateValue(source, line.start, own.match, diagnostics, lang);
        }
        extend(o, line, unit(piecesOf(line, 0)));
        continue;
      }
    }
    // `12.6` above a full date line (`2015年12月6日`): a side label, part of the entry's span only.
    if (blockLabel === null && BLOCK_LABEL.test(text) && sideLabelAbove(li)) {
      close();
      blockLabel = line.start;
      blockLabelLine = line;
      continue;
    }
    if (titleKey !== null && maySquashTo(text, titleKey) && squashSpaces(text) === titleKey && (entries.length > 0 || open)) {
      unparsed(line, diagnostic('repeated-title', {}, lang));
      continue;
    }

    const mdFrom = info.markdownHeading ?? 0;
    const isMdHeading = info.markdownHeading !== null || line.block === 'heading';

    // The title comes first even when it starts with a year (`2020 年…大事记`).
    if (title === null && entries.length === 0 && !open && isTitleLine(text.slice(mdFrom).trim())) {
      setTitle(line, mdFrom);
      continue;
    }

    // A subtitle right under the title that names the year: `(2011年5~6月)`, `（1990年）`.
    if (title !== null && entries.length === 0 && !open && docYear === null && headings.length === 1) {
      const y = subtitleYear(text);
      if (y !== null) {
        docYear = options.year ?? y;
        const span = { start: line.start, end: line.end };
        addHeading({ kind: 'section', text: sourceText(line), year: docYear, month: null, span });
        impliedFrom = { year: docYear, month: null, text: sourceText(line), span };
        continue;
      }
      // `河南大学历史上的今天` / `4月20日` / `1936年：…`: the day the title means, on a line of its
      // own right under it, above entries that write their own dates.
      const under = li > 0 && headings[0]!.span.start === lines[li - 1]!.start;
      const day: { month: number; day: number } | null =
        under && titleDay === null && info.heading?.kind === 'section' && info.heading.year === null && yearLedNext(li) ? dayOfTitle(fold(text)) : null;
      if (day !== null) {
        titleDay = day;
        addHeading({ kind: 'section', text: sourceText(line), year: null, month: day.month, span: { start: line.start, end: line.end } });
        continue;
      }
    }

    // `2019年1月中國大陸` above date headings: a title that starts with the period it covers.
    if (title === null && headings.length === 0 && entries.length === 0 && !open && !info.heading && !info.marker && !isMdHeading && periodTitle(li)) {
      setTitle(line, 0);
      continue;
    }

    // `1月6日` (or `1月4日至8日`) alone above bullet or indented items: a day heading, and each
    // item under it is an entry on that day.
    if (!info.marker && (info.heading === null || (info.heading.kind === 'section' && info.heading.month !== null)) && itemsFollow(li)) {
      const own = ownDate(text, dateStartOf(text, mdFrom), li);
      const v = own && own.bodyStart >= text.length ? own.match.value : null;
      if (v && v.precision === 'day') {
        close();
        const span = { start: line.start, end: line.end };
        const y = Number(v.start.slice(0, 4));
        const m = Number(v.start.slice(5, 7));
        addHeading({ kind: 'section', text: sourceText(line, mdFrom), year: y, month: m, span });
        // The items' date points at the date itself, not at the heading's markup (`### 1月6日`).
        const at = { start: line.start + own!.match.start, end: line.start + own!.match.end };
        impliedFrom = { year: y, month: m, text: collapseBreaks(source.slice(at.start, at.end)), span: at, day: { start: v.start, end: v.end, precision: v.precision } };
        underHeading = true;
        itemIndent = lines[nextContent(li)]!.indent;
        continue;
      }
    }

    // Headings: a line that is nothing but a year or a month sets the context below it. A reign
    // year the chronicle bracketed once (`大德四年(1300)`) dates its later years (`大德七年`) too.
    const shortMinguo = info.heading === null && context().minguo === true ? matchMinguoShortHeading(text) : null;
    const headingOnly: HeadingMatch | null = info.heading ?? shortMinguo ?? matchLearnedEraYear(text, learnedEras);
    if (headingOnly?.era) learnEra(learnedEras, headingOnly.era);
    const dateAlone = headingOnly?.kind === 'section' && headingOnly.month !== null && bodyFollows(li);
    if (headingOnly && !dateAlone) {
      close();
      if (headingOnly.conflict) diagnostics.push({ ...diagnostic('era-year-mismatch', { reason: explain(headingOnly.conflict, lang) }, lang), span: { start: line.start, end: line.end } });
      addHeading(
        { kind: headingOnly.kind, text: sourceText(line), year: headingOnly.year, month: headingOnly.month, span: { start: line.start, end: line.end } },
        headingOnly.calendar,
        headingOnly.academic === true,
      );
      if (shortMinguo) minguoHeading = true;
      continue;
    }

    // `二、全面建设社会主义时期（1957—1966）` or `第二编　社会主义建设时期` right above a year or a
    // month heading: a period's section, whatever the layout.
    // Not a short event between two year headings (`2008年` / `公司成立` / `2009年`).
    // Nor the document's first line, which is its title (`某國小校史` / `88學年度`).
    const first = title === null && entries.length === 0 && headings.length === 0;
    if (!first && !info.dateLed && info.trailingDate < 0 && !isMdHeading && !layout.bareEvents && looksLikeHeading(text) && dateHeadingAt(nextContent(li)) && !dateHeadingAt(previousContent(li))) {
      close();
      addHeading({ kind: 'section', text: sourceText(line, mdFrom), year: null, month: null, span: { start: line.start, end: line.end } });
      continue;
    }

    // `一、重要会议` above dated lines, in a document whose labels head sections (layout.ts); `壹、`
    // `貳、` (financial numerals) number sections in any layout, never events.
    const financial = info.marker?.kind === 'label' && info.marker.label != null && FINANCIAL_NUMERALS.includes(text[info.marker.label[0]] ?? '\n');
    if ((layout.sectionLabels || financial) && info.marker?.kind === 'label' && !info.dateLed && looksLikeHeading(text)) {
      close();
      addHeading({ kind: 'section', text: sourceText(line), year: null, month: null, span: { start: line.start, end: line.end } });
      continue;
    }

    // Table rows: cells separated by tabs, the first a date or, under a year column, a year.
    if (info.tab > 0) {
      let rawTab = info.tab;
      let firstCell = text.slice(0, rawTab).trim();
      // 序号 | 时间 | 事项, and rows `1 | 1月12日 | …`: a running number before the date is its label.
      let cellFrom = 0;
      if (INDEX_COLUMN_HEADER.test(firstCell) || (inTable && indexColumn && INDEX_CELL.test(firstCell))) {
        const nextTab = source.slice(line.start, line.end).indexOf('\t', rawTab + 1);
        if (nextTab > 0) {
          cellFrom = rawTab + 1;
          while (cellFrom < nextTab && isBlank(text.charCodeAt(cellFrom))) cellFrom++;
          rawTab = nextTab;
          firstCell = text.slice(cellFrom, rawTab).trim();
        }
      }
      const header = YEAR_COLUMN_HEADER.exec(firstCell);
      if (header || DATE_COLUMN_HEADER.test(firstCell)) {
        indexColumn = cellFrom > 0;
        close();
        const kind = header?.groups?.kind;
        yearColumn = kind === '學年度' || kind === '学年度' ? 'minguo-academic' : kind === '民國' || kind === '民国' ? 'minguo' : header ? 'gregorian' : undefined;
        inTable = true;
        addHeading({ kind: 'section', text: sourceText(line), year: null, month: null, span: { start: line.start, end: line.end } });
        continue;
      }
      // 年度 | 日期 with 108 in the year column: Taiwan's years, though the header does not say 民國.
      const column = yearColumn === 'gregorian' && SHORT_YEAR_CELL.test(firstCell) ? 'minguo' : yearColumn;
      const own = ownDate(text, cellFrom, li, column ? { bareYear: column } : {});
      if (own && own.match.end <= rawTab) {
        close();
        const label = cellFrom > 0 ? source.slice(line.start, line.start + info.tab).trim() : null;
        let date = dateValue(source, line.start, own.match, diagnostics, lang);
        let bodyStart = rawTab + 1;
        while (bodyStart < text.length && isBlank(text.charCodeAt(bodyStart))) bodyStart++;
        const year = own.match.value?.precision === 'year' ? Number(own.match.value.start.slice(0, 4)) : null;
        if (year !== null) {
          // year | date | event: the date cell, read in the year cell's year. Under a school year
          // (學年度 104: August 2015 to July 2016), January to July are in the next calendar year.
          const cell = ownDateIn(year, column === 'minguo-academic', text, bodyStart, li);
          const nextTab = source.slice(line.start, line.end).indexOf('\t', bodyStart);
          if (cell && cell.match.value?.precision !== 'year' && (nextTab < 0 || cell.match.end <= nextTab)) {
            date = dateValue(source, line.start, cell.match, diagnostics, lang);
            bodyStart = nextTab < 0 ? cell.bodyStart : nextTab + 1;
            while (bodyStart < text.length && isBlank(text.charCodeAt(bodyStart))) bodyStart++;
          }
        }
        openEntry(line, label, date, piecesOf(line, bodyStart));
        continue;
      }
    } else if (inTable) {
      const o = open as Open | null;
      if (o !== null && line.indent > 0 && !info.heading && !info.marker && !info.dateLed) {
        // `\t县政府召开…` under `1月12日\t…。`: an empty date cell. After a finished row it is another
        // event of that row's date (which stays where it is written); otherwise the cell wraps.
        if (o.ended && o.date && o.date.rule !== 'heading') {
          const d = o.date;
          close();
          openEntry(line, null, { ...d, span: { ...d.span }, implied: ['year', 'month', 'day'], rule: 'row-above' }, piecesOf(line, 0));
        } else extend(o, line, piecesOf(line, 0));
        continue;
      }
      inTable = false;
      yearColumn = undefined;
      indexColumn = false;
    }

    // A nested list item (a sub-item of the entry above) never starts an entry, nor does a
    // `1. 2. 3.` list under a line that ends with a colon.
    let marker: Marker | null = isMdHeading || (line.block === 'nested-item' && open) ? null : info.marker;
    if (marker && open && subItem(open as Open, marker, text)) marker = null;
    // `  • 甲事` / `      ◦ 细节`: a bullet indented deeper than the item above is its sub-item.
    const nested = marker?.kind === 'bullet' && open !== null && (open as Open).marked && line.block === undefined && line.indent > (open as Open).indent;
    if (nested) marker = null;
    // `☆比赛现场` under an entry with a date of its own: the document's photo-caption bullet.
    const od = (open as Open | null)?.date;
    if (marker?.kind === 'bullet' && !info.dateLed && od && od.rule !== 'heading' && od.rule !== 'same-period' && layout.captionMarks.includes(text.trimStart()[0] ?? '\n')) {
      extend(open as unknown as Open, line, unit(piecesOf(line, 0)));
      continue;
    }
    const at = marker ? dateStartOf(text, marker.after) : dateStartOf(text, 0);
    let own = isMdHeading ? null : agedDate(ownDate(text, at, li), text, li);
    if (own && isEventYear(own, text) && ((marker?.kind === 'label' && layout.headline) || (!marker && ((open as Open | null)?.dateOnly || (underHeading && impliedFrom !== null))))) {
      // `57、2016年教职工“迎新年”中长跑比赛活动` above its dated body line, or
      // `2018年全球智能制造峰会在京举办。` below a label line (`2017.03`) or a heading: the year
      // names the event, it does not date the entry.
      own = null;
    }
    // `学校召开教职工大会。（2月18日）`, where the document dates its entries at their end: the
    // bracket read as a date must close the line.
    let trailing = !marker && !own && !isMdHeading && layout.trailingDates && info.trailingDate >= 0 ? ownDate(text, info.trailingDate, li) : null;
    if (trailing && trailing.match.end + 1 !== text.length) trailing = null;
    // `南康家具城入选国家级夜间消费集聚区` / `10月30日，…南康家具城榜上有名。` after a finished entry
    // (or a heading): a news page's headline over its dated paragraph starts that entry.
    if (!marker && !own && !isMdHeading && !layout.headline && (open === null ? entries.length > 0 || headings.length > 0 : (open as Open).ended) && headlineAbove(li)) {
      close();
      openEntry(line, null, null, unit(piecesOf(line, 0)), { headlineOnly: true, loose: true });
      continue;
    }

    // `区委十四届十次全会　1月10日召开。`: a short name, a wide gap, then the date of the event it
    // names. The date dates the entry; the name stays in its text.
    let led = !marker && !own && !trailing && !isMdHeading ? ledDate(line, text) : null;
    const o = open as Open | null;
    if (led && o !== null && !o.ended && !o.dateOnly) led = null;
    let startsEntry = marker !== null || trailing !== null || led !== null;
    if (!marker && own) {
      if (o && o.headlineOnly && (layout.headline || o.loose === true)) {
        // `1.林华东院长率团参访…` / `2016年1月5日，…`: the body line dates its headline.
        // The body line is kept whole, its date included: the date does not lead the entry.
        o.date = dateValue(source, line.start, own.match, diagnostics, lang);
        extend(o, line, unit(piecesOf(line, 0)));
        continue;
      }
      const continuation = o !== null && !o.dateOnly && ((markedStyle && (layout.headline || !o.ended)) || (o.dangling && o.hasText && !dateAlone));
      // A line indented further than its entry that repeats the entry's date or names a picture
      // is a photo caption. Further than the entry, not merely indented: a gazetteer may indent
      // every entry alike, and two events of one month then stand one under the other.
      const sameDate = o !== null && o.date !== null && own.match.value?.start === o.date.start && own.match.value.end === o.date.end;
      const caption = o !== null && line.indent > o.indent && (CAPTION_WORD.test(text) || sameDate);
      // `2015年12月6日` / `学生获奖` / `2015年12月6日，学生在…`: the body under a date line and
      // its headline repeats the date; it goes on the entry.
      const body = o !== null && o.dateLine && o.lines === 2 && sameDate;
      if ((!continuation && !caption && !body) || dateAlone) startsEntry = true;
      else if (body) {
        extend(o, line, unit(piecesOf(line, 0)));
        continue;
      }
    } else if (!marker && !own && !isMdHeading && (underHeading || dayAlone !== null) && !markedStyle && line.block !== 'nested-item') {
      // An undated event under a year or month heading: an entry of its own when it follows a
      // finished sentence (and, where paragraphs are blank-line separated, a blank line).
      // Where the events under headings are short lines without punctuation (`2008年` / `公司成立`
      // / `推出首款产品`), each such line is one.
      const bare = layout.bareEvents && line.indent <= 0 && looksLikeHeading(text);
      // `3日，学校召开…。` / `会上，…`: a paragraph about the dated event above is part of it.
      const about = o !== null && o.date !== null && o.date.rule !== 'heading' && CONTINUES_ABOVE.test(text.trimStart());
      const fresh =
        o === null
          ? bare || !looksLikeHeading(text) || soleLine(li)
          : !about && (o.ended || (bare && o.short)) && (!layout.paragraphs || line.gapBefore) && (line.indent === itemIndent || line.indent <= o.indent);
      if (fresh) startsEntry = true;
    }

    if (startsEntry) {
      close();
      const label = marker?.label ? source.slice(line.start + marker.label[0], line.start + marker.label[1]) : null;
      if (label !== null && marker) checkLabel(label, marker.family, { start: line.start, end: line.end });
      let dated = own ?? trailing ?? led;
      // `1. 镇党委书记沈国良于1月3日主持召开…`: a numbered entry that names its day near its start,
      // not leading, is dated by it (a headline's body line is handled below, when it comes).
      if (!dated && marker?.kind === 'label' && !layout.headline) {
        const first = findTimes(text, context()).find((m) => m.value !== null && m.start < BODY_DATE_REACH && m.value.precision !== 'year');
        if (first) dated = { match: { ...first, bodyStart: first.end }, bodyStart: marker.after };
      }
      let date = dated ? dateValue(source, line.start, dated.match, diagnostics, lang) : null;
      if (dated) dayAlone = null;
      const prev = previousDate as DateValue | null;
      if (date && titleDay && date.precision === 'year' && date.start.slice(0, 4) === date.end.slice(0, 4)) date = onTheDay(date, titleDay);
      const periodMark = marker?.kind === 'bullet' && layout.periodMarks.includes(text.trimStart()[0] ?? '');
      if (!date && (marker?.samePeriod || periodMark) && prev) {
        // `▲省政府批准…`: the same period as the entry above.
        const span = { start: line.start, end: line.start + 1 };
        date = { start: prev.start, end: prev.end, precision: prev.precision, text: source.slice(span.start, span.end), span, implied: ['year', 'month', 'day'], rule: 'same-period' };
      }
      let bodyStart = own ? own.bodyStart : marker ? marker.after : 0;
      // `2001年：⊙甲事。`: the document's same-period bullet after the date is no text.
      if (own && layout.periodMarks.includes(text[bodyStart] ?? '\n')) while (++bodyStart < text.length && text.charCodeAt(bodyStart) === 0x20);
      // A trailing date ends the text: the body is what stands before its bracket.
      const pieces = own || !trailing ? piecesOf(line, bodyStart) : clipped(piecesOf(line, 0), line.start + info.trailingDate);
      openEntry(line, label, date, pieces, {
        style: marker?.label ? labelStyle(text, marker) : '',
        dateOnly: bodyStart >= text.length,
        dateLine: bodyStart >= text.length,
        marked: marker !== null,
        headlineOnly: layout.headline && marker?.kind === 'label' && !own,
      });
      if (dateAlone && date?.precision === 'day' && date.span) {
        dayAlone = { year: Number(date.start.slice(0, 4)), month: Number(date.start.slice(5, 7)), text: date.text, span: date.span, day: { start: date.start, end: date.end, precision: date.precision } };
      }
      continue;
    }

    // `## 其他纪事` after the entries of `## 2019年`: a Markdown heading ends the entry above.
    if (open && isMdHeading && !layout.headline) {
      close();
      addHeading({ kind: 'section', text: sourceText(line, mdFrom), year: null, month: null, span: { start: line.start, end: line.end } });
      continue;
    }

    if (open) {
      const oo = open as Open;
      if ((line.block === 'nested-item' || nested) && info.marker) {
        // A nested bullet continues its parent: a Markdown list item without its marker (markup),
        // a plain-text one as written, like a `1.` sub-item (the text is the tail of its span).
        extend(oo, line, piecesOf(line, line.block === 'nested-item' ? info.marker.after : 0));
        continue;
      }
      if (oo.headlineOnly && layout.headline && !oo.date) {
        // `26.全国船员教育…` / `全国航海类专业指导委员会于2016年7月23-25日在石狮…`: the body
        // line's first date, near its start, dates the headline even when it does not lead.
        const first = findTimes(text, context()).find((m) => m.value !== null && m.start < BODY_DATE_REACH && m.value.precision !== 'year');
        if (first) oo.date = dateValue(source, line.start, { ...first, bodyStart: first.end }, diagnostics, lang);
      }
      // A date-only line followed by a heading-like line was a side label; otherwise the text
      // below a date-only line is that entry's body (its field name, `事件：`, is no text).
      let from = 0;
      if (oo.dateOnly) {
        BODY_KEY.lastIndex = 0;
        if (BODY_KEY.test(text)) from = BODY_KEY.lastIndex;
      }
      extend(oo, line, oo.headlineOnly && layout.headline ? unit(piecesOf(line, 0)) : piecesOf(line, from));
      continue;
    }

    // Before the first entry: the title, a section heading, or text that belongs to nothing.
    const headingText = sourceText(line, mdFrom);
    if (title === null && entries.length === 0 && headings.length === 0 && headingText.length <= 60 && !SENTENCE_END.test(text.replace(/[)）]$/, ''))) {
      setTitle(line, mdFrom);
      continue;
    }
    if (isMdHeading || looksLikeHeading(text)) {
      addHeading({ kind: 'section', text: headingText, year: null, month: null, span: { start: line.start, end: line.end } });
      continue;
    }
    unparsed(line, diagnostic('unparsed-text', {}, lang));
  }
  close();
  dropLabel();

  // A date-only line immediately followed by another entry start carried no body: it was a side
  // label (`3月20号 2013` above `2013年3月20号，…`). It stays an entry only if it has text.
  const kept: SegmentedEntry[] = [];
  for (const e of entries) {
    if (e.empty && e.date && e.label === null && e.date.rule !== 'heading') {
      headings.push({ kind: 'section', text: squashSpaces(source.slice(e.span.start, e.span.end)), year: null, month: null, span: e.span });
      continue;
    }
    kept.push(e);
  }
  headings.sort((a, b) => a.span.start - b.span.start);
  // No entries at all is worth saying: the wrong file, a page that failed to load, a format the
  // segmenter does not know. The span is empty so it claims no text as its own.
  if (kept.length === 0) {
    const blank = lines.length === 0;
    diagnostics.push({ ...diagnostic(blank ? 'empty-input' : 'no-entries', {}, lang), span: { start: 0, end: 0 } });
  }
  // A chronicle with several year headings and no year in its title covers several years: it has
  // no single year, and its entries take theirs from the headings above them.
  const titleYear = headings.find((h) => h.kind === 'title')?.year ?? null;
  const headingYears = new Set(headings.filter((h) => h.kind === 'year').map((h) => h.year));
  const year = options.year ?? titleYear ?? (headingYears.size > 1 ? null : docYear);
  const seg: Segmentation = { title, year, subject, headings, entries: kept, diagnostics };
  if (undo) seg.labelsAt = (offset) => rewind(families, undo, offset);
  return seg;
}

/** The numbering as it stood before `offset`: the changes at or after it undone, latest first. */
function rewind(families: LabelCount[], undo: LabelUndo[], offset: number): LabelNumbering {
  for (let k = undo.length - 1; k >= 0 && undo[k]!.at >= offset; k--) {
    const u = undo[k]!;
    families.length = 0;
    families.push(...u.families);
    if (u.count) {
      u.count.last = u.last;
      u.count.lastText = u.lastText;
      if (u.added !== null) u.count.seen.delete(u.added);
    }
  }
  return families.slice();
}

/**
 * The line with each run of two or more spaces after `from` (within a date's reach) made one
 * space, and a map from the compact view's offsets back to the line's. Null when there is none.
 */
function compactSpaces(text: string, from: number): { view: string; from: number; back: (i: number) => number } | null {
  const reach = Math.min(text.length, from + 40);
  if (!text.slice(from, reach).includes('  ')) return null;
  const index: number[] = [];
  let view = '';
  for (let i = 0; i < text.length; i++) {
    if (i > from && i < reach && text[i] === ' ' && text[i - 1] === ' ') continue;
    index.push(i);
    view += text[i];
  }
  index.push(text.length);
  const back = (i: number): number => index[Math.max(0, Math.min(i, index.length - 1))]!;
  return { view, from: index.indexOf(from), back };
}

/** A bare year glued to the words after it (`2016年教职工…`, `2018年全球智能制造峰会`): part of a name. */
function isEventYear(own: OwnDate, text: string): boolean {
  const v = own.match.value;
  if (!v || v.precision !== 'year') return false;
  const next = text.charCodeAt(own.match.end);
  return next > 0x2e80 && !/[，。、：]/.test(text[own.match.end] ?? '');
}

/** What follows a label's number: `、`, `.`, `)`, `,` (a bracket label is its own style). */
function labelStyle(text: string, marker: Marker): string {
  return marker.label ? (text[marker.label[1]] ?? '') + marker.family : '';
}

/**
 * A label that numbers a sub-item of the open entry: `1.` right under a line ending with a colon
 * (`会议决定：` / `1. 成立小组；` / `2. 制定计划。`), or the next number of a sub-item list already
 * open, written in a style other than the entries' own. Records the sub-list on the entry.
 */
function subItem(o: { colon: boolean; sub: { last: number; style: string } | null; style: string; label: string | null }, marker: Marker, text: string): boolean {
  if (marker.kind !== 'label' || !marker.label) return false;
  const value = labelValue(text.slice(marker.label[0], marker.label[1]));
  const style = labelStyle(text, marker);
  if (value === null) return false;
  if (o.sub && value === o.sub.last + 1 && style === o.sub.style && style !== o.style) {
    o.sub.last = value;
    return true;
  }
  if (o.colon && value === 1 && o.label !== null && style !== o.style) {
    o.sub = { last: 1, style };
    return true;
  }
  return false;
}

/** Mark the first piece as the start of a unit of its own (see `Piece`). */
function unit(pieces: Piece[]): Piece[] {
  const [first, ...rest] = pieces;
  return first ? [[first[0], first[1], true], ...rest] : pieces;
}

/**
 * The one month and day a title names and no year (`…历史上的今天 4月20日`, `四月二十日`): an
 * "on this day" chronicle, whose entries write only their year. Null when it names none or several.
 */
function dayOfTitle(title: string): { month: number; day: number } | null {
  const all = [...title.matchAll(TITLE_MONTH_DAY)];
  if (all.length !== 1) return null;
  const month = parseNumber(all[0]!.groups!.month!);
  const day = parseNumber(all[0]!.groups!.day!);
  if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { month, day };
}

/**
 * A year-only date in an "on this day" chronicle: that year's month-day from the title, the month
 * and day listed in `implied`. A day the year does not have (2月29日 in 1937) keeps the year.
 */
function onTheDay(date: DateValue, md: { month: number; day: number }): DateValue {
  const year = fromIso(date.start).y;
  if (md.day > daysInMonth(year, md.month)) return date;
  const iso = toIso(year, md.month, md.day);
  return { ...date, start: iso, end: iso, precision: 'day', implied: [...(date.implied ?? []), 'month', 'day'], rule: `${date.rule ?? 'year'}+title-day` };
}

/** `清康熙年间（1662～1722年）`, `1955—1958年`: the first and last year of a heading's span. */
/** A year cell of two or three digits: a Minguo year (`108` under `年度`). */
const SHORT_YEAR_CELL = /^[1-9]\d{1,2}$/;

/** `1662～1722年`, `1966年—1976年`, `1949至1966`: the years a section heading spans. */
const YEARS_RANGE = /(?<from>\d{4})\s{0,3}年?\s{0,3}(?:-{1,2}|~|至|到)\s{0,3}(?<to>\d{4})/;

function yearsOfRange(text: string): [number, number] | null {
  const m = YEARS_RANGE.exec(fold(text));
  if (!m) return null;
  const from = Number(m.groups!.from);
  const to = Number(m.groups!.to);
  return to >= from ? [from, to] : null;
}

/** The year a subtitle names: `(2011年5~6月)`, `（1990年）`, `2011年5月—6月`. */
function subtitleYear(text: string): number | null {
  const m = SUBTITLE_YEAR.exec(text.trim());
  if (!m || !/^[\d 月~至到度-]*$/.test(m.groups!.rest!)) return null;
  const y = Number(m.groups!.year);
  return y >= 1000 && y <= 2199 ? y : null;
}

/** `(2011年5~6月)`, `（1990年）`: a bracketed year, perhaps with months, alone on a line. */
const SUBTITLE_YEAR = /^\( ?(?<year>\d{4}) ?年(?<rest>[^()]{0,16})\)$/;

/** Remember a bracketed era (`宋嘉定` → 1208), under its name without the dynasty too (`嘉定`). */
function learnEra(eras: Map<string, number>, era: { name: string; first: number }): void {
  eras.set(era.name, era.first);
  for (let k = 1; k <= 4 && k < era.name.length - 1; k++) {
    if (DYNASTIES.has(era.name.slice(0, k))) eras.set(era.name.slice(k), era.first);
  }
}
