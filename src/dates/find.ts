/**
 * The two scanners: every date in an entry body (`findTimes`), and the date an entry starts
 * with (`matchEntryDate`). Both read the FOLDED text and return offsets into it.
 */
import { daysInMonth, fromIso, seasonSpan, toIso } from './calendar.js';
import { dashiji } from '../errors.js';
import { isTraditional, simplify } from '../text.js';
import { lunarSeasonSpan } from './lunar.js';
import { parseExpression, parseExpressionWithPrefix, readNumber, writtenYear, type Syntax } from './parse.js';
import {
  AFTER_BARE,
  BARE_MINGUO_YEAR,
  BARE_YEAR,
  ENTRY_DATE_CLOSE,
  ENTRY_DATE_OPEN,
  ENTRY_ENGLISH_MONTH,
  ENTRY_SEASON,
  ENTRY_SEASON_PAIR,
  ENTRY_SEPARATOR,
  ENTRY_WITHIN,
  ENTRY_CHINESE_DAY,
  ENTRY_HISTORIC_PERIOD,
  ENTRY_MONTH_PAIR,
  HISTORIC_PERIOD_FIRST,
  HISTORIC_PERIODS,
  ERA_BRACKET_ENTRY,
  ANNO_ENTRY,
  NUMERIC_MONTH,
  NUMERIC_MONTH_DAY,
  RANGE_SEPARATOR,
  SCAN_AT,
  SCAN_FIRST,
  SHORT_MINGUO_ENTRY_YEAR,
  SHORT_MINGUO_MONTH,
  SHORT_YEAR_AHEAD,
} from './patterns.js';
import { bodyBase, entryBase, resolveSyntax, type Base } from './resolve.js';
import type { DateContext, DateMatch, DateMatchValue, EntryDateOptions } from './types.js';

function toMatch(syn: Syntax, base: Base): DateMatch {
  const { value, ambiguous, conflict } = resolveSyntax(syn, base);
  const match: DateMatch = { start: syn.start, end: syn.end, value };
  if (ambiguous !== undefined) match.ambiguous = ambiguous;
  if (conflict !== undefined) match.conflict = conflict;
  return match;
}

/**
 * Every time expression in an entry body, in order and non-overlapping. One pass finds where an
 * expression may start (`SCAN`, tried where SCAN_FIRST allows); the component parser runs only
 * there. A decimal in a sentence (`3.6亿元`, `29.79`) is never a date here: month.day forms are
 * entry-date only.
 */
export function findTimes(norm: string, ctx: DateContext): DateMatch[] {
  const out: DateMatch[] = [];
  let base = bodyBase(ctx);
  const n = norm.length;
  let minguo: boolean | undefined = ctx.minguo;
  for (let at = 0; at < n; ) {
    // The next place SCAN matches: a table lookup per character, SCAN only where one can start.
    // SCAN_AT's lastIndex is set right before each test, so re-entrant calls cannot disturb it.
    let hit = at;
    for (; hit < n; hit++) {
      if (SCAN_STARTS[norm.charCodeAt(hit)] !== 1) continue;
      SCAN_AT.lastIndex = hit;
      if (SCAN_AT.test(norm)) break;
    }
    if (hit >= n) break;
    if (minguo === undefined && shortYearAt(norm, hit)) minguo = isTraditional(norm);
    const syn = parseExpression(norm, hit, at, minguo === true);
    if (syn) {
      const match = toMatch(syn, base);
      out.push(match);
      base = lastMonthWritten(base, syn, match);
      at = syn.end;
    } else {
      at = hit + 1;
    }
  }
  return out;
}

/** A date read in the Minguo count (民國108年, 108年6月, a 學年度 cell): years count from 1912 around it. */
export function isMinguoDate(date: { readonly rule?: string | undefined } | null): boolean {
  return date?.rule?.includes('minguo') === true;
}

/**
 * A two- or three-digit year may start at `i` (`108年`, `109.3`), not inside a longer number: only
 * then is the script of the text looked at (DateContext.minguo).
 */
function shortYearAt(norm: string, i: number): boolean {
  if (i > 0 && norm.charCodeAt(i - 1) >= 0x30 && norm.charCodeAt(i - 1) <= 0x39) return false;
  SHORT_YEAR_AHEAD.lastIndex = i;
  return SHORT_YEAR_AHEAD.test(norm);
}

/** 1 for each UTF-16 code unit of SCAN_FIRST. */
const SCAN_STARTS = new Uint8Array(0x10000);
for (let k = 0; k < SCAN_FIRST.length; k++) SCAN_STARTS[SCAN_FIRST.charCodeAt(k)] = 1;

/**
 * A bare day takes the LAST month written before it: in `3月5日…，4月2日…，12日`, 12日 is in
 * April. After an expression that writes its own month (not a relative one, not a lunar one), the
 * base for what follows is that expression's last month, in the same year.
 */
function lastMonthWritten(base: Base, syn: Syntax, match: DateMatch): Base {
  const v = match.value;
  const last = syn.second ?? syn.list?.at(-1) ?? syn.first;
  if (!v || v.calendar || last.month?.kind !== 'abs' || (v.precision !== 'day' && v.precision !== 'month' && v.precision !== 'xun')) return base;
  const end = fromIso(v.end);
  if (end.y !== base.year || (end.m === base.month && base.endMonth === null)) return base;
  return { ...base, month: end.m, endMonth: null };
}

function numericValue(y: number | null, m: number | null, d: number | null, rule: string, implied: Array<'year' | 'month'>): DateMatchValue | null {
  if (y === null) return null;
  let value: DateMatchValue;
  if (m === null) value = { start: toIso(y, 1, 1), end: toIso(y, 12, 31), precision: 'year', rule };
  else if (m < 1 || m > 12) return null;
  else if (d === null) value = { start: toIso(y, m, 1), end: toIso(y, m, daysInMonth(y, m)), precision: 'month', rule };
  else if (d < 1 || d > daysInMonth(y, m)) return null;
  else value = { start: toIso(y, m, d), end: toIso(y, m, d), precision: 'day', rule };
  if (implied.length > 0) value.implied = implied;
  return value;
}

/**
 * `唐贞观十年(636),` / `元大德七年(1303)八月,`: a reign year the tables do not hold, dated by its
 * bracket (before the common era too: `(前221)` is -0220); `公元221年` (`gregorian`) likewise. A
 * month and day written after it are read in that year: in the lunar calendar before 1912 under a
 * reign (as under a reign heading), in the Gregorian one after 公元.
 */
function eraBracketEntry(norm: string, i: number, m: RegExpExecArray, base: Base, end: number, gregorian: boolean): DateMatch | null {
  const g = m.groups!;
  const y = writtenYear(g['year']!, g['bce'] !== undefined);
  if (y === null) return null;
  const year: DateMatch = { start: i, end, value: numericValue(y, null, null, gregorian ? 'anno-year' : 'era-bracket-year', []) };
  let after = end;
  while (norm[after] === ' ') after++;
  const syn = parseExpressionWithPrefix(norm, after);
  if (!syn || syn.start !== after) return year;
  const lunar = !gregorian && y < 1912;
  const finer = toMatch(syn, { ...base, year: y, month: null, refMonth: null, refDay: null, endMonth: null, guess: null, calendar: lunar ? 'lunar' : null, lunarMonth: null });
  const v = finer.value;
  if (!v || v.precision === 'year' || fromIso(v.start).y !== y) return year;
  return { start: i, end: finer.end, value: { ...v, rule: `${year.value!.rule}+${v.rule}` } };
}

const CHINESE_DIGITS = '一二三四五六七八九';


const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function execAt(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/** `-1.8` after `1.4` at an entry start: the end of a dotted range, followed by a separator. */
function numericRangeEnd(s: string, i: number, month0?: number): { month: number; day: number; end: number } | null {
  const sep = execAt(RANGE_SEPARATOR, s, i);
  if (!sep) return null;
  const from = RANGE_SEPARATOR.lastIndex;
  const m = execAt(NUMERIC_MONTH_DAY, s, from);
  if (!m || !followedBySeparator(s, NUMERIC_MONTH_DAY.lastIndex)) {
    // 1.20-22: the end is a day of the same month.
    const d = month0 === undefined ? null : execAt(BARE_DAY_END, s, from);
    if (!d || !followedBySeparator(s, BARE_DAY_END.lastIndex)) return null;
    const day = Number(d[0]);
    return day >= 1 && day <= 31 ? { month: month0!, day, end: BARE_DAY_END.lastIndex } : null;
  }
  const month = Number(m.groups!['month']);
  const day = Number(m.groups!['day']);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day, end: NUMERIC_MONTH_DAY.lastIndex } : null;
}

/** The day that ends `1.20-22`. */
const BARE_DAY_END = /\d{1,2}(?![\d./])/y;

function followedBySeparator(s: string, i: number): boolean {
  AFTER_BARE.lastIndex = i;
  return AFTER_BARE.test(s);
}

/**
 * The date an entry starts with, at `index` (after any label or bullet). `bodyStart` is the
 * index after the date and its separator (，, 、 ： : spaces, or nothing as in
 * `2020 年 10 月 15 日福建…`). Forms that are only dates at a line start live here: `11/13`,
 * `1.4` under a year heading, a bare `2013`, and with `bareYear` a Minguo cell `78`.
 *
 * With no year known above the entry (a page that starts mid-year), pass `nextHeadingYear`:
 * the year is guessed as that minus one, and `ambiguous` says so. Without it the value is null.
 */
export function matchEntryDate(
  norm: string,
  index: number,
  ctx: DateContext,
  options: EntryDateOptions = {},
): (DateMatch & { bodyStart: number }) | null {
  const plain = matchBareEntryDate(norm, index, ctx, options);
  if (plain) return plain;
  // *  **2024-12-31** 刘凡教授获…, - 🎉 [2025-09-19] 我们的…: the date in emphasis or brackets.
  // The wrapper is part of the date's span (the entry starts with it), the body starts after it.
  let i = index;
  while (norm[i] === ' ') i++;
  const open = execAt(ENTRY_DATE_OPEN, norm, i);
  if (!open || open[0].length === 0) return null;
  const inner = matchBareEntryDate(norm, ENTRY_DATE_OPEN.lastIndex, ctx, options);
  const close = ENTRY_DATE_CLOSE[open.groups!['open']!]!;
  if (!inner) return null;
  let end = inner.end;
  while (norm[end] === ' ') end++;
  if (!norm.startsWith(close, end)) return null;
  inner.start = i;
  inner.end = end + close.length;
  ENTRY_SEPARATOR.lastIndex = inner.end;
  ENTRY_SEPARATOR.exec(norm);
  inner.bodyStart = ENTRY_SEPARATOR.lastIndex;
  return inner;
}

function matchBareEntryDate(
  norm: string,
  index: number,
  ctx: DateContext,
  options: EntryDateOptions,
): (DateMatch & { bodyStart: number }) | null {
  const mode = options.bareYear ?? 'gregorian';
  if (mode !== 'gregorian' && mode !== 'minguo' && mode !== 'minguo-academic') {
    throw dashiji(`matchEntryDate: options.bareYear must be 'gregorian', 'minguo' or 'minguo-academic', got ${String(mode)}`);
  }
  let i = index;
  while (norm[i] === ' ') i++;
  // The base is only needed once something matches: most lines that start no date never build it.
  let built: Base | null = null;
  const baseOf = (): Base => (built ??= entryBase(ctx, options.nextHeadingYear));
  let match: DateMatch | null = null;
  let m: RegExpExecArray | null;

  // 108年6月 / 109.3.15 / 111年 in a Minguo chronicle, or on a line in traditional script.
  const minguo = ctx.minguo ?? (shortYearAt(norm, i) && isTraditional(norm));
  // The full grammar first: `2020 年 1 月 4 日` must not stop at a bare `2020`. `三日　…` under a
  // month heading is the 3rd (in a body 三日 is as often three days): read as `3日`, same length.
  const oneDigitDay = ctx.calendar !== 'lunar' && execAt(ENTRY_CHINESE_DAY, norm, i) !== null;
  const view = oneDigitDay ? norm.slice(0, i) + String(CHINESE_DIGITS.indexOf(norm[i]!) + 1) + norm.slice(i + 1) : norm;
  const syn = parseExpressionWithPrefix(view, i, minguo);
  if (syn && syn.start === i) match = toMatch(syn, baseOf());
  else if ((m = execAt(NUMERIC_MONTH, norm, i))) {
    // - 2019-01: …  /  2015.08 …
    const end = NUMERIC_MONTH.lastIndex;
    match = { start: i, end, value: numericValue(Number(m.groups!['year']), Number(m.groups!['month']), null, 'numeric-month', []) };
    if (!match.value) match = null;
  } else if (minguo && (m = execAt(SHORT_MINGUO_ENTRY_YEAR, norm, i)) && followedBySeparator(norm, SHORT_MINGUO_ENTRY_YEAR.lastIndex)) {
    // 111年　學生人數達1,200人 / 99年度 …: a Minguo year alone.
    const y = Number(m.groups!['year']) + 1911;
    match = { start: i, end: SHORT_MINGUO_ENTRY_YEAR.lastIndex, value: numericValue(y, null, null, 'minguo-short-year', []) };
  } else if (minguo && (m = execAt(SHORT_MINGUO_MONTH, norm, i)) && Number(m.groups!['year']) > 12 && followedBySeparator(norm, SHORT_MINGUO_MONTH.lastIndex)) {
    // 109.03　… (13 and above: 12.5 is a month and a day).
    const end = SHORT_MINGUO_MONTH.lastIndex;
    match = { start: i, end, value: numericValue(Number(m.groups!['year']) + 1911, Number(m.groups!['month']), null, 'minguo-numeric-month', []) };
    if (!match.value) match = null;
  } else if (mode !== 'gregorian' && (m = execAt(BARE_MINGUO_YEAR, norm, i)) && followedBySeparator(norm, BARE_MINGUO_YEAR.lastIndex)) {
    // 78<TAB>本系前身「電子資料處理科」成立: a Minguo (academic) year cell.
    const y = Number(m.groups!['year']) + 1911;
    const end = BARE_MINGUO_YEAR.lastIndex;
    match =
      mode === 'minguo'
        ? { start: i, end, value: numericValue(y, null, null, 'bare-minguo-year', []) }
        : { start: i, end, value: { start: toIso(y, 8, 1), end: toIso(y + 1, 7, 31), precision: 'year', rule: 'bare-minguo-academic-year' } };
  } else if ((m = execAt(NUMERIC_MONTH_DAY, norm, i)) && (followedBySeparator(norm, NUMERIC_MONTH_DAY.lastIndex) || numericRangeEnd(norm, m.index + m[0].length, Number(m.groups!['month'])))) {
    // 1.4 开会 under 2020年; 11/13 …; 1.4-1.8 and 1.20-22 (ranges of such dates)
    let end = m.index + m[0].length; // not lastIndex: numericRangeEnd ran the same sticky regex
    const month = Number(m.groups!['month']);
    const day = Number(m.groups!['day']);
    const to = numericRangeEnd(norm, end, month);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      const base = baseOf();
      match = { start: i, end, value: numericValue(base.year, month, day, 'numeric-month-day', ['year']) };
      const last = to ? numericValue(base.year, to.month, to.day, 'numeric-month-day', ['year']) : null;
      if (match.value && last && last.end >= match.value.start) {
        end = match.end = to!.end;
        match.value = { ...match.value, end: last.end, rule: 'range(numeric-month-day..numeric-month-day)' };
      }
      if (match.value && base.guess) match.ambiguous = base.guess;
    }
  } else if ((m = execAt(ENTRY_MONTH_PAIR, norm, i)) && followedBySeparator(norm, ENTRY_MONTH_PAIR.lastIndex)) {
    // 7、8月间，… : the two months, in the year in force.
    const m1 = readNumber(m.groups!['m1']!);
    const m2 = readNumber(m.groups!['m2']!);
    const base = baseOf();
    const end = ENTRY_MONTH_PAIR.lastIndex;
    if (m1 !== null && m2 !== null && m2 === m1 + 1 && base.year !== null) {
      match = { start: i, end, value: { start: toIso(base.year, m1, 1), end: toIso(base.year, m2, daysInMonth(base.year, m2)), precision: 'month', implied: ['year'], rule: 'entry-month-pair' } };
      if (base.guess) match.ambiguous = base.guess;
    }
  } else if (HISTORIC_PERIOD_FIRST.includes(norm[i] ?? '\n') && (m = execAt(ENTRY_HISTORIC_PERIOD, simplify(norm.slice(i, i + 12)), 0))) {
    // 民国初年，… / 抗戰時期，…: the years every history gives that period (read on the simplified view).
    const years = HISTORIC_PERIODS.get(m.groups!['name']!)!;
    const end = i + ENTRY_HISTORIC_PERIOD.lastIndex;
    match = { start: i, end, value: { start: toIso(years[0], 1, 1), end: toIso(years[1], 12, 31), precision: 'year', rule: 'historic-period' } };
  } else if ((m = execAt(ENTRY_WITHIN, norm, i))) {
    // 年内，全县新增就业1万人。 / 月内，… : the year (the month) in force.
    const base = baseOf();
    const month = m.groups!['word']!.startsWith('月') ? base.refMonth : null;
    const end = ENTRY_WITHIN.lastIndex;
    if (base.year === null || (m.groups!['word']!.startsWith('月') && month === null)) match = { start: i, end, value: null };
    else {
      match = { start: i, end, value: month ? numericValue(month.y, month.m, null, 'entry-within', ['year', 'month']) : numericValue(base.year, null, null, 'entry-within', ['year']) };
      if (base.guess) match.ambiguous = base.guess;
    }
  } else if ((m = execAt(ENTRY_SEASON_PAIR, norm, i)) && (('春夏秋冬'.indexOf(m.groups!['first']!) + 1) % 4 === '春夏秋冬'.indexOf(m.groups!['second']!))) {
    // 秋冬之交，… : from the first season's start to the next one's end.
    const n = '春夏秋冬'.indexOf(m.groups!['first']!) as 0 | 1 | 2 | 3;
    const base = baseOf();
    const end = ENTRY_SEASON_PAIR.lastIndex;
    if (base.year === null) match = { start: i, end, value: null };
    else {
      const from = seasonSpan(base.year, n);
      const to = seasonSpan(n === 3 ? base.year + 1 : base.year, ((n + 1) % 4) as 0 | 1 | 2 | 3);
      match = { start: i, end, value: { start: from[0], end: to[1], precision: 'season', implied: ['year'], rule: 'entry-season-pair' } };
      if (base.guess) match.ambiguous = base.guess;
    }
  } else if ((m = execAt(ENTRY_SEASON, norm, i))) {
    // 春，大旱。 (a gazetteer's season entry, under its year heading)
    const n = '春夏秋冬'.indexOf(m.groups!['season']!) as 0 | 1 | 2 | 3;
    const base = baseOf();
    const y = base.year;
    const end = ENTRY_SEASON.lastIndex;
    const bare = end === i + 1 && !followedBySeparator(norm, end); // 冬农商部…: no separator
    const lunar = y !== null && base.calendar === 'lunar' ? lunarSeasonSpan(y, n) : null;
    if (y === null) match = bare ? null : { start: i, end, value: null };
    else if (lunar) {
      // 秋客居板浦… under 清嘉庆二十二年: a gazetteer's season is three lunar months.
      match = { start: i, end, value: { start: lunar[0], end: lunar[1], precision: 'season', implied: ['year', 'calendar'], calendar: 'lunar', rule: 'entry-season' } };
      if (base.guess) match.ambiguous = base.guess;
    } else {
      const [from, to] = seasonSpan(y, n);
      match = { start: i, end, value: { start: from, end: to, precision: 'season', implied: ['year'], rule: 'entry-season' } };
      if (base.guess) match.ambiguous = base.guess;
    }
  } else if ((m = execAt(ENTRY_ENGLISH_MONTH, norm, i)) && followedBySeparator(norm, ENTRY_ENGLISH_MONTH.lastIndex)) {
    // Jan 2019 公司成立 / March - 推出产品 under 2019: an English month inside a Chinese timeline.
    const written = m.groups!['year'];
    const base = written === undefined ? baseOf() : null;
    const y = written !== undefined ? Number(written) : base!.year;
    const month = ENGLISH_MONTHS.indexOf(m.groups!['month']!.slice(0, 3).toLowerCase()) + 1;
    const day = m.groups!['day'] === undefined ? null : Number(m.groups!['day']);
    const end = ENTRY_ENGLISH_MONTH.lastIndex;
    match = { start: i, end, value: numericValue(y, month, day, 'english-month', written === undefined ? ['year'] : []) };
    if (!match.value) match = null;
    else if (base?.guess) match.ambiguous = base.guess;
  } else if ((m = execAt(BARE_YEAR, norm, i)) && followedBySeparator(norm, BARE_YEAR.lastIndex)) {
    // 2013 text, a year in its own column.
    const y = Number(m.groups!['year']);
    if (y >= 1000 && y <= 2199) match = { start: i, end: BARE_YEAR.lastIndex, value: numericValue(y, null, null, 'bare-year', []) };
  } else if ((m = execAt(ERA_BRACKET_ENTRY, norm, i))) {
    match = eraBracketEntry(norm, i, m, baseOf(), ERA_BRACKET_ENTRY.lastIndex, false);
  } else if ((m = execAt(ANNO_ENTRY, norm, i))) {
    // 公元221年，… / 公元前221年，…: the years a four-digit grammar does not read.
    match = eraBracketEntry(norm, i, m, baseOf(), ANNO_ENTRY.lastIndex, true);
  }

  if (!match) return null;
  ENTRY_SEPARATOR.lastIndex = match.end;
  ENTRY_SEPARATOR.exec(norm);
  // `match` is this call's own object: add the field in place (same key order as a copy).
  const out = match as DateMatch & { bodyStart: number };
  out.bodyStart = ENTRY_SEPARATOR.lastIndex;
  return out;
}

