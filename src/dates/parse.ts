/**
 * The syntax of a date expression, with no context: what the text WRITES (2020年, 8日, 翌年,
 * 上旬, a range, a list, 下午3时, 起). `resolve.ts` turns that into ISO dates with the context.
 * Keeping the two apart lets one parse serve an entry's own date and every date in its body.
 */
import { parseNumber } from '../numbers.js';
import type { TimeOfDay } from '../schema.js';
import { eraOf, eraYear } from './eras.js';
import type { LunarFestival } from './lunar.js';
import {
  BARE_NUMBER,
  DAY,
  DECADE_EDGE,
  DECADE_EDGE_YEARS,
  DOUBLE_HOUR,
  ERA_PERIOD,
  ERA_YEAR,
  FESTIVAL,
  FESTIVAL_NAMES,
  FIRST_CHARACTERS,
  FOUR_DIGIT_YEAR,
  LIST_SEPARATOR,
  LUNAR_DAY,
  LUNAR_PREFIX,
  MINGUO_ACADEMIC,
  MINGUO_YEAR,
  MONTH,
  MONTH_PART,
  NUMERIC_DATE,
  OPEN_END_PREFIXES,
  OPEN_END_PREFIX_NOT_BEFORE,
  OPEN_END_SUFFIX,
  OPEN_START_PREFIXES,
  OPEN_START_SUFFIX,
  PERIOD,
  PERIOD_NOT_BEFORE,
  PM_WORDS,
  RANGE_SEPARATOR,
  RECENT,
  RELATIVE_DAY,
  RELATIVE_DAY_OFFSET,
  RELATIVE_DAY_TIME,
  RELATIVE_GUARDS,
  RELATIVE_MONTH,
  RELATIVE_MONTH_OFFSET,
  RELATIVE_YEAR,
  RELATIVE_YEAR_OFFSET,
  SEXAGENARY_DAY,
  SHORT_DECADE,
  SHORT_MINGUO_DATE,
  SHORT_MINGUO_YEAR,
  TENS_CHARACTERS,
  TIME_OF_DAY,
  TIME_WORD,
  WEEKDAY,
  YEAR,
  YEAR_NOTE,
  YEAR_PART,
} from './patterns.js';

/**
 * A written component: a number (2020, 8), a move from the reference (翌年 = +1), or a decade
 * written with two digits (80年代: tens 8), placed in the reference year's century.
 */
export type Component =
  | { kind: 'abs'; value: number }
  | { kind: 'rel'; offset: number }
  /** `centuries`: 上世纪 (-1) and 本世纪 (0) move from the reference year's century. */
  | { kind: 'decade'; tens: number; centuries?: number };

/** The fixed-date holidays (solar) and the lunar festivals. */
export type FestivalName = 'new-year' | 'national-day' | 'labour-day' | LunarFestival;

/** A period inside a year or month. */
export type Part =
  | { kind: 'xun'; n: 1 | 2 | 3; to?: 2 | 3 }
  | { kind: 'season'; n: 0 | 1 | 2 | 3 }
  | { kind: 'quarter'; n: 1 | 2 | 3 | 4 }
  | { kind: 'half'; n: 1 | 2 }
  | { kind: 'year-edge'; edge: 'start' | 'mid' | 'end' }
  | { kind: 'festival'; name: FestivalName; period: boolean; eve?: true }
  /** 近日 / 日前: recently. */
  | { kind: 'recent' }
  /** 康熙年间（1662～1722年）: every year of a reign, up to `to`. */
  | { kind: 'years'; to: number };

/** 0 year, 1 month, 2 day: how fine a component is. */
export type Level = 0 | 1 | 2;

/** One date as written. */
export interface Point {
  year?: Component;
  month?: Component;
  day?: Component;
  /** 年度 is the calendar year; 学年度 an academic year (Minguo ones start in August). */
  yearKind?: 'fiscal' | 'academic' | 'academic-minguo' | 'decade';
  /** 60年代初 / 中期 / 中后期 / 末: the years of the decade it covers (DECADE_EDGE_YEARS). */
  decadeYears?: readonly [number, number];
  part?: Part;
  /** A time of day the words themselves name: 当晚, 次晨. */
  timeOfDay?: 'morning' | 'evening';
  /** `九月己未`: the day named by its sexagenary name (finest level 2, no `day`). */
  sexagenary?: string;
  /** 闰五月: a leap month (lunar only). */
  leap?: boolean;
  /**
   * How the text marks a lunar date: `written` (农历, 正月, 初二, 闰, a lunar festival) is lunar
   * anywhere; `numerals` (a month in Chinese numerals) is lunar only under a pre-1912 reign year.
   */
  lunar?: 'written' | 'numerals';
  /** The point's own year is a Chinese reign year (清康熙十六年春): its months are lunar. */
  eraCalendar?: 'lunar';
  /** The reign year and its bracketed Gregorian year disagree; the bracket was taken. */
  conflict?: string;
  /** Coarsest and finest written level. */
  top: Level;
  finest: Level;
  rule: string;
}

/** A whole expression as written. */
export interface Syntax {
  start: number;
  end: number;
  first: Point;
  second?: Point;
  list?: Point[];
  timeOfDay?: TimeOfDay;
  open?: 'start' | 'end';
  rule: string;
}

function execAt(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/** 1 for each UTF-16 code unit of a FIRST_CHARACTERS list: a table lookup, no regex. */
function firstTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let k = 0; k < chars.length; k++) table[chars.charCodeAt(k)] = 1;
  return table;
}

const FIRST: { readonly [K in keyof typeof FIRST_CHARACTERS]: Uint8Array } = Object.fromEntries(
  Object.entries(FIRST_CHARACTERS).map(([name, chars]) => [name, firstTable(chars)]),
) as { [K in keyof typeof FIRST_CHARACTERS]: Uint8Array };

/**
 * `execAt`, run only when the character at `i` can start a hit (`first`, from FIRST_CHARACTERS):
 * a failed sticky match costs a regex call and a failed lookup costs nothing.
 */
function execFirst(re: RegExp, first: Uint8Array, s: string, i: number): RegExpExecArray | null {
  return first[s.charCodeAt(i)] === 1 ? execAt(re, s, i) : null;
}

function isAsciiDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

const CHINESE_NUMERALS = '〇零○一二两三四五六七八九十廿卅百千';

function isIdeograph(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** A reign or era year's number as written: 元 is 1, else Chinese or Arabic numerals. */
export function eraNumber(text: string): number | null {
  return text === '元' ? 1 : readNumber(text);
}

/** The years a four-digit ISO date writes: 3000 BCE (-2999) to 2199. */
const FIRST_YEAR = -2999;
const LAST_YEAR = 2199;

/** Whether `y` (astronomical: 1 BCE is 0) is a year a four-digit ISO date writes. */
export function isWritableYear(y: number): boolean {
  return Number.isInteger(y) && y >= FIRST_YEAR && y <= LAST_YEAR;
}

/** A year written in digits, before the common era when `bce` (前811 is -0810); null when out of range. */
export function writtenYear(digits: string, bce: boolean): number | null {
  const y = bce ? 1 - Number(digits) : Number(digits);
  return isWritableYear(y) && !(bce && y > 0) ? y : null;
}

/** parseNumber, with 廿/卅 spelled out (it reads a lone 廿 but returns null for 廿一). */
export function readNumber(text: string): number | null {
  // Plain ASCII digits (nearly every date): exactly what parseNumber returns, without its passes.
  const n = text.length;
  if (n > 0 && n <= 15) {
    let digits = true;
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c < 0x30 || c > 0x39) {
        digits = false;
        break;
      }
    }
    if (digits) return Number(text);
  }
  return parseNumber(text.replace(TENS_CHARACTERS, (c) => (c === '廿' ? '二十' : '三十')));
}

function guarded(word: string, s: string, start: number, end: number): boolean {
  const guard = RELATIVE_GUARDS[word];
  if (!guard) return true;
  const before = s[start - 1];
  const after = s[end];
  if (guard.notBefore && before !== undefined && guard.notBefore.includes(before)) return false;
  if (guard.notAfter && after !== undefined && guard.notAfter.includes(after)) return false;
  return true;
}

/** `前后`, `左右`, `间` after a date, before a separator: part of the date's text, not of the body. */
const AROUND_SUFFIX = /(?:前后|前後|左右|之间|之間|期间|期間|间|間)(?=[ ,，、。;；:：]|$)/y;

/** The last day after a dotted date: `-11` in `2020.10.8-11` (not a number or a date going on). */
const DOTTED_DAY_END = /(?:-{1,2}|~|至) ?(?<day>\d{1,2})(?![\d./月日号號-])/y;
/** `2021.03.05—03.11`: a dotted range's end with its own month. */
const DOTTED_MONTH_DAY_END = /(?:-{1,2}|~|至) ?(?<month>\d{1,2})[./](?<day>\d{1,2})(?![\d./月日号號-])/y;

/** Whether a month (`7月`, `三月`, `正月`) starts at `p`. */
function isMonthAhead(s: string, p: number): boolean {
  MONTH.lastIndex = p;
  return MONTH.test(s);
}

function skipSpace(s: string, p: number): number {
  return s[p] === ' ' ? p + 1 : p;
}

function yearPart(g: Record<string, string | undefined>): Part | null {
  if (g['half']) return { kind: 'half', n: g['half'] === '上' ? 1 : 2 };
  if (g['quarter'] || g['quarterShort']) {
    const q = readNumber(g['quarter'] ?? g['quarterShort']!);
    return q !== null && q >= 1 && q <= 4 ? { kind: 'quarter', n: q as 1 | 2 | 3 | 4 } : null;
  }
  if (g['season']) return { kind: 'season', n: '春夏秋冬'.indexOf(g['season']) as 0 | 1 | 2 | 3 };
  const edge = g['edge'] ?? g['yearEdge'];
  if (edge) return { kind: 'year-edge', edge: edge === '初' ? 'start' : 'end' };
  if (g['mid']) return { kind: 'year-edge', edge: 'mid' };
  if (g['yearEnd']) return { kind: 'year-edge', edge: 'end' };
  return null;
}

function monthPart(g: Record<string, string | undefined>): Part | null {
  // 5月中下旬: two xun together.
  const pair = g['xunPair'];
  if (pair) return pair === '上中' ? { kind: 'xun', n: 1, to: 2 } : { kind: 'xun', n: 2, to: 3 };
  const xun = g['xun'];
  if (xun) return { kind: 'xun', n: xun === '上' ? 1 : xun === '中' ? 2 : 3 };
  const edge = g['edge'] ?? g['monthEdge'];
  if (edge) return { kind: 'xun', n: edge === '初' ? 1 : 3 };
  if (g['mid']) return { kind: 'xun', n: 2 };
  return null;
}

function festival(m: RegExpExecArray): Part {
  const name = m.groups!['name']!;
  const period = m.groups!['period'] !== undefined;
  const row = FESTIVAL_NAMES.find(([prefix]) => name.startsWith(prefix));
  const part: Part = { kind: 'festival', name: (row?.[1] ?? 'national-day') as FestivalName, period };
  if (m.groups!['eve'] !== undefined) part.eve = true;
  return part;
}

const SOLAR_FESTIVALS: ReadonlySet<string> = new Set(['new-year', 'national-day', 'labour-day']);

/** 清顺治二年（1645年）, 大正12年: the year, the bracket's verdict, and whether months are lunar. */
export function eraPoint(m: RegExpExecArray): { year: number; eraCalendar?: 'lunar'; conflict?: string } | null {
  const g = m.groups!;
  const era = eraOf(g['era']!);
  if (!era) return null;
  const n = eraNumber(g['num']!);
  const counted = n === null ? null : eraYear(era, n);
  const bracket = g['bracket'] === undefined ? null : Number(g['bracket']);
  // 新朝（9～23年）aside, a bracket is the Gregorian year of the reign year before it.
  const year = bracket !== null && bracket >= 1000 && bracket <= 2199 ? bracket : counted;
  if (year === null) return null;
  const out: { year: number; eraCalendar?: 'lunar'; conflict?: string } = { year };
  if (era.calendar === 'lunar' && year < 1912) out.eraCalendar = 'lunar';
  if (counted !== null && bracket !== null && counted !== bracket) {
    out.conflict = `${g['era']}${g['num']}年应为${counted}年，括注为${bracket}年，取括注 (reign year ${counted}, bracket ${bracket}: the bracket wins)`;
  }
  return out;
}

/** A point plus a trailing bare number that only a range separator can give a unit. */
interface PointParse {
  point: Point;
  end: number;
  bare?: { value: string; start: number; end: number };
}

/**
 * One point at `i`: [year] [month] [day] with their parts, or a relative word, or a period,
 * or a festival. Returns null when nothing date-like starts exactly at `i`.
 */
export function parsePoint(s: string, i: number, rangeEnd = false, minguo = false): PointParse | null {
  let p = i;
  const pt: Partial<Point> & { rules: string[] } = { rules: [] };
  let top: Level | null = null;
  let finest: Level | null = null;
  const mark = (level: Level) => {
    if (top === null) top = level;
    finest = level;
  };
  let m: RegExpExecArray | null;

  // 农历五月初五: everything after the word is lunar.
  if ((m = execFirst(LUNAR_PREFIX, FIRST.LUNAR_PREFIX, s, p))) {
    pt.lunar = 'written';
    p = LUNAR_PREFIX.lastIndex;
  }

  // ── year ──
  if ((m = execFirst(ERA_YEAR, FIRST.ERA, s, p))) {
    const era = eraPoint(m);
    if (!era) return null;
    pt.year = { kind: 'abs', value: era.year };
    if (era.eraCalendar) pt.eraCalendar = era.eraCalendar;
    if (era.conflict) pt.conflict = era.conflict;
    pt.rules.push('era-year');
    p = ERA_YEAR.lastIndex;
    mark(0);
  } else if ((m = execFirst(ERA_PERIOD, FIRST.ERA, s, p))) {
    // 清康熙年间（1662～1722年）: the bracket if written, else the reign's own years.
    const era = eraOf(m.groups!['era']!);
    if (!era) return null;
    let from = m.groups!['from'] === undefined ? era.first : Number(m.groups!['from']);
    let to = m.groups!['to'] === undefined ? Math.min(era.last, 2199) : Number(m.groups!['to']);
    // 光绪初年 / 光绪末年: the reign's first or last three years.
    const edge = m.groups!['edge'];
    if (edge === '初年') to = Math.min(to, from + 2);
    else if (edge === '末年') from = Math.max(from, to - 2);
    if (from < 1000 || to > 2199 || to < from) return null;
    pt.year = { kind: 'abs', value: from };
    pt.part = { kind: 'years', to };
    pt.rules.push('era-period');
    p = ERA_PERIOD.lastIndex;
    mark(0);
  } else if ((m = execFirst(SHORT_DECADE, FIRST.SHORT_DECADE, s, p))) {
    const n = readNumber(m.groups!['num']!);
    if (n === null || s[p - 1] === '第' || isAsciiDigit(s[p - 1])) return null;
    const g = m.groups!;
    const century = g['century'] === undefined ? null : readNumber(g['century']);
    // 20世纪60年代 is 1960; 上世纪90年代 is read against the reference year, like 80年代.
    if (century !== null) pt.year = { kind: 'abs', value: (century - 1) * 100 + n };
    else if (g['relative'] !== undefined) pt.year = { kind: 'decade', tens: n / 10, centuries: g['relative'] === '上' ? -1 : 0 };
    else pt.year = { kind: 'decade', tens: n / 10 };
    pt.yearKind = 'decade';
    pt.rules.push(century !== null || g['relative'] !== undefined ? 'century-decade' : 'short-decade');
    p = SHORT_DECADE.lastIndex;
    mark(0);
  } else if ((m = execFirst(YEAR, FIRST.YEAR, s, p))) {
    const y = readNumber(m.groups!['num']!);
    if (y === null || y < 1000 || y > 2199) return null;
    pt.year = { kind: 'abs', value: y };
    const unit = m.groups!['unit']!;
    if (unit.includes('学') || unit.includes('學')) pt.yearKind = 'academic';
    else if (unit === '年度') pt.yearKind = 'fiscal';
    else if (unit === '年代') {
      // 1990年代: the decade; 1995年代 is not one.
      if (y % 10 !== 0) return null;
      pt.yearKind = 'decade';
    }
    pt.rules.push(pt.yearKind === 'decade' ? 'decade' : 'year');
    p = YEAR.lastIndex;
    mark(0);
  } else if ((m = execFirst(MINGUO_YEAR, FIRST.MINGUO_YEAR, s, p))) {
    const roc = eraNumber(m.groups!['num']!);
    if (roc === null || roc < 1 || roc > 200) return null;
    pt.year = { kind: 'abs', value: roc + 1911 };
    const unit = m.groups!['unit'];
    if (unit && unit.endsWith('學年度')) pt.yearKind = 'academic-minguo';
    else if (unit && unit.endsWith('学年度')) pt.yearKind = 'academic-minguo';
    else if (unit === '年度') pt.yearKind = 'fiscal';
    pt.rules.push('minguo');
    p = MINGUO_YEAR.lastIndex;
    mark(0);
  } else if ((m = execFirst(MINGUO_ACADEMIC, FIRST.MINGUO_ACADEMIC, s, p))) {
    const roc = readNumber(m.groups!['num']!);
    if (roc === null || roc < 1 || roc > 200) return null;
    pt.year = { kind: 'abs', value: roc + 1911 };
    pt.yearKind = 'academic-minguo';
    pt.rules.push('minguo-academic');
    p = MINGUO_ACADEMIC.lastIndex;
    mark(0);
  } else if (minguo && (m = execFirst(SHORT_MINGUO_YEAR, FIRST.SHORT_MINGUO_YEAR, s, p))) {
    // 108年6月 in a Minguo chronicle (DateContext.minguo).
    pt.year = { kind: 'abs', value: Number(m.groups!['num']) + 1911 };
    if (m.groups!['unit'] !== undefined) pt.yearKind = 'fiscal';
    pt.rules.push('minguo-short-year');
    p = SHORT_MINGUO_YEAR.lastIndex;
    mark(0);
  } else if ((m = execFirst(RELATIVE_YEAR, FIRST.RELATIVE_YEAR, s, p))) {
    const word = m.groups!['word']!;
    const end = RELATIVE_YEAR.lastIndex;
    if (guarded(word, s, p, end)) {
      pt.year = { kind: 'rel', offset: RELATIVE_YEAR_OFFSET[word] ?? 0 };
      if (word.endsWith('年度')) pt.yearKind = 'fiscal';
      pt.rules.push('relative-year');
      p = end;
      mark(0);
    }
  }

  // 1937年（民国二十六年）7月7日: the year's other count, in brackets, before its month.
  if (pt.year?.kind === 'abs' && !pt.yearKind && (m = execAt(YEAR_NOTE, s, p)) && isMonthAhead(s, YEAR_NOTE.lastIndex)) p = YEAR_NOTE.lastIndex;
  // 咸丰十一年农历三月初三: the calendar named after the year.
  if (pt.year && !pt.lunar && (m = execFirst(LUNAR_PREFIX, FIRST.LUNAR_PREFIX, s, skipSpace(s, p)))) {
    pt.lunar = 'written';
    p = LUNAR_PREFIX.lastIndex;
  }
  if (pt.yearKind === 'decade' && (m = execAt(DECADE_EDGE, s, p))) {
    pt.decadeYears = DECADE_EDGE_YEARS.get(m.groups!['edge']!)!;
    pt.rules.push('decade-edge');
    p = DECADE_EDGE.lastIndex;
  }

  // ── month ──
  let q = pt.year ? skipSpace(s, p) : p;
  if (pt.part) {
    // 康熙年间: a whole reign has no month.
  } else if ((m = execFirst(MONTH, FIRST.MONTH, s, q))) {
    const num = m.groups!['num']!;
    const month = num === '正' || num === '元' ? 1 : num === '腊' || num === '臘' ? 12 : readNumber(num);
    if (month === null) return null;
    pt.month = { kind: 'abs', value: month };
    if (m.groups!['leap'] !== undefined) pt.leap = true;
    // 正月, 腊月, 闰五月 are lunar as written; 五月 is lunar under a reign year (resolve decides).
    if (pt.leap || num === '正' || num === '腊' || num === '臘') pt.lunar = 'written';
    else if (!isAsciiDigit(num[0]) && pt.lunar === undefined) pt.lunar = 'numerals';
    pt.rules.push('month');
    p = MONTH.lastIndex;
    mark(1);
  } else if (!pt.year && (m = execFirst(RELATIVE_MONTH, FIRST.RELATIVE_MONTH, s, p))) {
    const word = m.groups!['word']!;
    const end = RELATIVE_MONTH.lastIndex;
    if (guarded(word, s, p, end)) {
      pt.month = { kind: 'rel', offset: RELATIVE_MONTH_OFFSET[word] ?? 0 };
      pt.rules.push('relative-month');
      p = end;
      mark(1);
    }
  } else if (pt.year && !pt.yearKind && (m = execAt(YEAR_PART, s, p))) {
    const part = yearPart(m.groups!);
    if (part) {
      pt.part = part;
      pt.rules.push(part.kind === 'year-edge' ? 'edge' : part.kind);
      p = YEAR_PART.lastIndex;
    }
  } else if (pt.year && !pt.yearKind && (m = execFirst(FESTIVAL, FIRST.FESTIVAL, s, p))) {
    pt.part = festival(m);
    pt.rules.push('festival');
    p = FESTIVAL.lastIndex;
  }
  if (pt.part?.kind === 'festival' && !SOLAR_FESTIVALS.has(pt.part.name)) pt.lunar = 'written';

  // ── day ──
  if (pt.month) {
    q = skipSpace(s, p);
    if ((m = execFirst(DAY, FIRST.DAY, s, q))) {
      const day = readNumber(m.groups!['num']!);
      if (day === null) return null;
      pt.day = { kind: 'abs', value: day };
      pt.rules.push('day');
      p = DAY.lastIndex;
      mark(2);
    } else if (pt.lunar !== undefined && (m = execAt(LUNAR_DAY, s, q))) {
      // 二月初二, 八月十五 (no 日): a lunar day, only after a month that may be lunar.
      const num = m.groups!['num']!;
      const day = readNumber(num.startsWith('初') ? num.slice(1) : num);
      if (day === null || day < 1 || day > 30) return null;
      if (num.startsWith('初')) pt.lunar = 'written';
      pt.day = { kind: 'abs', value: day };
      pt.rules.push('lunar-day');
      p = LUNAR_DAY.lastIndex;
      mark(2);
    } else if (pt.lunar !== undefined && (m = execAt(SEXAGENARY_DAY, s, q))) {
      // 九月己未: the day of the month whose sexagenary name is 己未.
      pt.sexagenary = m.groups!['name']!;
      pt.rules.push('sexagenary-day');
      p = SEXAGENARY_DAY.lastIndex;
      mark(2);
    } else if ((m = execAt(MONTH_PART, s, p))) {
      const part = monthPart(m.groups!);
      if (part) {
        pt.part = part;
        pt.rules.push('xun');
        p = MONTH_PART.lastIndex;
      }
    }
  } else if (!pt.year) {
    if ((m = execFirst(DAY, FIRST.DAY, s, p))) {
      const text = m[0];
      // 1号线, 3号楼: a day alone must say 日; 一日 alone is too often "one day".
      const num = m.groups!['num']!;
      const before = s[p - 1];
      const after = s[DAY.lastIndex];
      const ok =
        !text.endsWith('号') &&
        !text.endsWith('號') &&
        !(num.length === 1 && !isAsciiDigit(num)) &&
        !(before !== undefined && '每隔第近逾满滿约約'.includes(before)) &&
        // 7月8～13日以日本…: after a range separator the day is certain, 以 starts the sentence.
        !(after !== undefined && (rangeEnd ? '内內后後间間之' : '内內后後间間以之').includes(after));
      if (!ok) return null;
      const day = readNumber(num);
      if (day === null) return null;
      pt.day = { kind: 'abs', value: day };
      if (!isAsciiDigit(num[0])) pt.lunar = 'numerals';
      pt.rules.push('day');
      p = DAY.lastIndex;
      mark(2);
    } else if ((m = execFirst(RELATIVE_DAY, FIRST.RELATIVE_DAY, s, p))) {
      const word = m.groups!['word']!;
      const end = RELATIVE_DAY.lastIndex;
      if (!guarded(word, s, p, end)) return null;
      pt.day = { kind: 'rel', offset: RELATIVE_DAY_OFFSET[word] ?? 0 };
      const tod = RELATIVE_DAY_TIME[word];
      if (tod) pt.timeOfDay = tod;
      pt.rules.push('relative-day');
      p = end;
      mark(2);
    }
  }

  // ── a period or festival alone ──
  if (top === null && !pt.part) {
    if ((m = execFirst(PERIOD, FIRST.PERIOD, s, p))) {
      const g = m.groups!;
      const before = s[p - 1];
      const yearish = g['half'] || g['quarter'] || g['quarterShort'] || g['yearEdge'] || g['yearEnd'];
      // 前三季度 (three quarters together), 三年底, 每月初: counts, not dates.
      if (before !== undefined && (g['quarter'] || g['quarterShort'] || g['half']) && '前后後近每'.includes(before)) return null;
      if (before !== undefined && (g['yearEdge'] || g['monthEdge']) && (PERIOD_NOT_BEFORE.includes(before) || before === '每' || before === '个' || before === '個')) return null;
      const part = g['season'] || yearish ? yearPart(g) : monthPart(g);
      if (!part) return null;
      pt.part = part;
      pt.rules.push(part.kind === 'xun' ? 'xun' : part.kind);
      p = PERIOD.lastIndex;
    } else if ((m = execFirst(FESTIVAL, FIRST.FESTIVAL, s, p))) {
      const part = festival(m);
      if (part.kind === 'festival' && !SOLAR_FESTIVALS.has(part.name)) pt.lunar = 'written';
      pt.part = part;
      pt.rules.push('festival');
      p = FESTIVAL.lastIndex;
    } else if ((m = execFirst(RECENT, FIRST.RECENT, s, p))) {
      pt.part = { kind: 'recent' };
      pt.rules.push('recent');
      p = RECENT.lastIndex;
    }
  }

  if (top === null && !pt.part) {
    if (pt.lunar === 'written') return null; // 农历 with no date after it
    // Nothing written yet: a bare number may still start a range (17至21日, 2019-2020年).
    if ((m = execFirst(BARE_NUMBER, FIRST.BARE_NUMBER, s, p))) {
      const point: Point = { top: 0, finest: 0, rule: 'bare' };
      return { point, end: p, bare: { value: m.groups!['num']!, start: p, end: BARE_NUMBER.lastIndex } };
    }
    return null;
  }

  // Built field by field (same key order as before) rather than from spreads of small objects.
  const point = {} as Point;
  if (pt.year) point.year = pt.year;
  if (pt.month) point.month = pt.month;
  if (pt.day) point.day = pt.day;
  if (pt.yearKind) point.yearKind = pt.yearKind;
  if (pt.decadeYears) point.decadeYears = pt.decadeYears;
  if (pt.part) point.part = pt.part;
  if (pt.timeOfDay) point.timeOfDay = pt.timeOfDay;
  if (pt.sexagenary) point.sexagenary = pt.sexagenary;
  if (pt.leap) point.leap = pt.leap;
  if (pt.lunar) point.lunar = pt.lunar;
  if (pt.eraCalendar) point.eraCalendar = pt.eraCalendar;
  if (pt.conflict) point.conflict = pt.conflict;
  point.top = top ?? 0;
  point.finest = finest ?? 0;
  // Joined by hand: Array#join's generic path costs more than the few concatenations.
  const rules = pt.rules;
  let rule = rules.length > 0 ? rules[0]! : '';
  for (let k = 1; k < rules.length; k++) rule += '-' + rules[k]!;
  point.rule = rule;
  const result: PointParse = { point, end: p };
  // 1月4—8日, 11月30至12月4日: a trailing bare number, one level finer than the last written.
  if (!pt.day && !pt.part && !pt.sexagenary && top !== null && (m = execFirst(BARE_NUMBER, FIRST.BARE_NUMBER, s, skipSpace(s, p)))) {
    const at = BARE_NUMBER.lastIndex - m[0].length;
    result.bare = { value: m.groups!['num']!, start: at, end: BARE_NUMBER.lastIndex };
  }
  return result;
}

/** `2020-01-04`, `2020/1/4`, `2020.1.4` as a point; with `minguo`, `109.3.15` too. */
function parseNumericDate(s: string, i: number, minguo: boolean): { point: Point; end: number } | null {
  let re = NUMERIC_DATE;
  let m = execAt(re, s, i);
  if (!m && minguo) m = execAt((re = SHORT_MINGUO_DATE), s, i);
  if (!m) return null;
  const end = re.lastIndex;
  // 2020.1.4.5 is a version, not a date (2019-01-27-2019-02-01 is a range, read later).
  if (m.groups!['sep'] === '.' && s[end] === '.' && isAsciiDigit(s[end + 1])) return null;
  const y = Number(m.groups!['year']) + (re === NUMERIC_DATE ? 0 : 1911);
  const month = Number(m.groups!['month']);
  const day = Number(m.groups!['day']);
  if (y < 1000 || y > 2199 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return {
    point: {
      year: { kind: 'abs', value: y },
      month: { kind: 'abs', value: month },
      day: { kind: 'abs', value: day },
      top: 0,
      finest: 2,
      rule: re === NUMERIC_DATE ? 'numeric-date' : 'minguo-numeric-date',
    },
    end,
  };
}

function anyPoint(s: string, i: number, rangeEnd: boolean, minguo: boolean): PointParse | null {
  if (isAsciiDigit(s[i])) {
    const numeric = parseNumericDate(s, i, minguo);
    if (numeric) return numeric;
  }
  return parsePoint(s, i, rangeEnd, minguo);
}

/** A bare number's value at a level, or null when out of range. */
function bareComponent(text: string, level: Level): Component | null {
  const v = readNumber(text);
  if (v === null) return null;
  if (level === 0 && (v < 1000 || v > 2199 || !FOUR_DIGIT_YEAR.test(text))) return null;
  if (level === 1 && (v < 1 || v > 12)) return null;
  if (level === 2 && (v < 1 || v > 31)) return null;
  return { kind: 'abs', value: v };
}

function withBare(point: Point, level: Level, c: Component): Point {
  const name = level === 0 ? 'year' : level === 1 ? 'month' : 'day';
  const out: Point = { ...point, finest: level, rule: point.rule === 'bare' ? `bare-${name}` : `${point.rule}-bare-${name}` };
  if (point.rule === 'bare') out.top = level;
  if (level === 0) out.year = c;
  else if (level === 1) out.month = c;
  else out.day = c;
  return out;
}

function readTimeOfDay(s: string, p: number, evening = false): { value: TimeOfDay; end: number } | null {
  const double = execFirst(DOUBLE_HOUR, FIRST.DOUBLE_HOUR, s, skipSpace(s, p));
  if (double) {
    const hour = ('子丑寅卯辰巳午未申酉戌亥'.indexOf(double.groups!['branch']!) * 2 + 23) % 24;
    return { value: `${String(hour).padStart(2, '0')}:00`, end: DOUBLE_HOUR.lastIndex };
  }
  const m = execFirst(TIME_OF_DAY, FIRST.TIME_OF_DAY, s, skipSpace(s, p));
  if (!m || m[0] === '') return null;
  const g = m.groups!;
  const word = g['word'];
  const end = TIME_OF_DAY.lastIndex;
  if (g['hour'] === undefined) return word ? { value: TIME_WORD[word]!, end } : null;
  let hour = readNumber(g['hour']);
  const minuteText = g['minute'] ?? g['minute2'];
  let minute = minuteText === undefined ? 0 : minuteText === '半' ? 30 : readNumber(minuteText);
  if (hour === null || minute === null || hour > 24 || minute > 59) return null;
  // 下午3时 = 15:00; 当晚8时 = 20:00.
  if (((word && PM_WORDS.has(word)) || (!word && evening)) && hour < 12) hour += 12;
  if (word === '中午' && hour < 6) hour += 12;
  if (hour === 24) hour = 0;
  return { value: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, end };
}

/** The open-period words written before `start`, if any: 从 (open end), 截至 / 到 (open start). */
function prefixBefore(s: string, start: number, limit: number): { start: number; open: 'start' | 'end' } | null {
  const at = s[start - 1] === ' ' && start - 1 > limit ? start - 1 : start;
  // Every prefix word ends with one of a few characters: most dates have none of them before.
  if (at - 1 < limit || !PREFIX_LAST.includes(s[at - 1]!)) return null;
  for (const w of OPEN_END_PREFIXES) {
    const from = at - w.length;
    if (from >= limit && s.startsWith(w, from)) {
      if (w === '自' && from > 0 && OPEN_END_PREFIX_NOT_BEFORE.includes(s[from - 1]!)) return null;
      return { start: from, open: 'end' };
    }
  }
  for (const w of OPEN_START_PREFIXES) {
    const from = at - w.length;
    if (from >= limit && s.startsWith(w, from)) {
      // 到 / 至 alone open a start only at a clause start: 收到2020年度报告 is not "until 2020".
      if ((w === '到' || w === '至') && isIdeograph(s[from - 1])) continue;
      return { start: from, open: 'start' };
    }
  }
  return null;
}

function leftBoundaryOk(s: string, i: number): boolean {
  const c = s[i];
  const before = s[i - 1];
  if (before === undefined) return true;
  // 1,234 and 3.5 are numbers; after a clause comma (，4月2日, folded to `,`) a date may start.
  if (isAsciiDigit(c)) return !(isAsciiDigit(before) || before === '.' || before === ':' || (before === ',' && isAsciiDigit(s[i - 2])));
  if (c !== undefined && CHINESE_NUMERALS.includes(c)) return !(CHINESE_NUMERALS.includes(before) || before === '第');
  return true;
}

const YEAR_NOT_BEFORE = '近约約逾超余餘多第每';

/**
 * The whole expression whose first point starts at `i`: point, range, list, time of day, open
 * words around it. `limit` is how far back an open prefix (从, 截至) may reach: the end of the
 * previous match, so matches never overlap.
 */
export function parseExpression(s: string, i: number, limit: number, minguo = false): Syntax | null {
  if (!leftBoundaryOk(s, i)) return null;
  const r1 = anyPoint(s, i, false, minguo);
  if (!r1) return null;
  if (r1.point.year?.kind === 'abs' && !r1.point.rule.endsWith('numeric-date') && i > 0 && YEAR_NOT_BEFORE.includes(s[i - 1]!)) return null;
  let first = r1.point;
  let end = r1.end;
  let second: Point | undefined;
  let list: Point[] | undefined;

  if (r1.bare) {
    const sep = execAt(RANGE_SEPARATOR, s, r1.bare.end);
    const r2 = sep ? anyPoint(s, RANGE_SEPARATOR.lastIndex, true, minguo) : null;
    let ok = false;
    if (r2 && !r2.bare) {
      const level: Level = first.rule === 'bare' ? r2.point.top : ((first.finest + 1) as Level);
      const c = level <= 2 && r2.point.top <= level ? bareComponent(r1.bare.value, level) : null;
      if (c) {
        first = withBare(first, level, c);
        second = r2.point;
        end = r2.end;
        ok = true;
      }
    }
    if (!ok && first.rule === 'bare') return null;
  } else {
    const sep = execAt(RANGE_SEPARATOR, s, end);
    if (sep) {
      const r2 = anyPoint(s, RANGE_SEPARATOR.lastIndex, true, minguo);
      if (r2 && !r2.bare && r2.point.top <= first.finest && r2.point.rule !== 'bare') {
        second = r2.point;
        end = r2.end;
      }
    }
    // 2020.10.8-11: a dotted date, then the last day of the range.
    if (!second && first.rule.endsWith('numeric-date') && first.day?.kind === 'abs') {
      const d = execAt(DOTTED_DAY_END, s, end);
      const day = d ? Number(d.groups!['day']) : 0;
      if (d && day > first.day.value && day <= 31) {
        second = { ...first, day: { kind: 'abs', value: day } };
        end = DOTTED_DAY_END.lastIndex;
      } else if (first.month?.kind === 'abs') {
        // 2021.07.20-08.05: the last day in a later month of the same year.
        const md = execAt(DOTTED_MONTH_DAY_END, s, end);
        const month = md ? Number(md.groups!['month']) : 0;
        const last = md ? Number(md.groups!['day']) : 0;
        if (md && month <= 12 && last >= 1 && last <= 31 && (month > first.month.value || (month === first.month.value && last > first.day.value))) {
          second = { ...first, month: { kind: 'abs', value: month }, day: { kind: 'abs', value: last } };
          end = DOTTED_MONTH_DAY_END.lastIndex;
        }
      }
    }
    // 6月28日、29日: one item, every day in `list`.
    if (!second && first.day?.kind === 'abs') {
      for (let n = 0; n < 31; n++) {
        const ls = execAt(LIST_SEPARATOR, s, end);
        if (!ls) break;
        const next = anyPoint(s, LIST_SEPARATOR.lastIndex, false, minguo);
        if (!next || next.bare || next.point.day?.kind !== 'abs' || next.point.part) break;
        (list ??= [first]).push(next.point);
        end = next.end;
      }
    }
  }

  const syntax: Syntax = { start: i, end, first, rule: first.rule };
  if (second) {
    syntax.second = second;
    syntax.rule = `range(${first.rule}..${second.rule})`;
  }
  if (list) {
    syntax.list = list;
    syntax.rule = `list(${first.rule})`;
  }
  if (!second && !list && first.day && !first.part) {
    if (first.day.kind === 'abs' && execAt(WEEKDAY, s, end)) syntax.end = end = WEEKDAY.lastIndex;
    if (first.timeOfDay) syntax.timeOfDay = first.timeOfDay;
    const tod = readTimeOfDay(s, end, first.timeOfDay === 'evening');
    if (tod) {
      syntax.timeOfDay = tod.value;
      syntax.end = end = tod.end;
      // 9月1日下午2时至次日凌晨3时半: a range whose ends both carry a time of day.
      const sep = execAt(RANGE_SEPARATOR, s, end);
      const r2 = sep ? anyPoint(s, RANGE_SEPARATOR.lastIndex, true, minguo) : null;
      const tod2 = r2 && !r2.bare && r2.point.day && !r2.point.part && r2.point.top >= first.top ? readTimeOfDay(s, r2.end, r2.point.timeOfDay === 'evening') : null;
      if (r2 && tod2) {
        syntax.second = r2.point;
        syntax.rule = `range(${first.rule}..${r2.point.rule})`;
        syntax.end = end = tod2.end;
      }
    }
  } else if (second?.day?.kind === 'abs' && execAt(WEEKDAY, s, end)) {
    syntax.end = end = WEEKDAY.lastIndex;
  }
  let m = execAt(OPEN_END_SUFFIX, s, end);
  if (m) {
    syntax.open = 'end';
    syntax.end = OPEN_END_SUFFIX.lastIndex;
  } else if ((m = execAt(OPEN_START_SUFFIX, s, end))) {
    syntax.open = 'start';
    syntax.end = OPEN_START_SUFFIX.lastIndex;
  } else if (execAt(AROUND_SUFFIX, s, end)) {
    // 2000年前后，… / 1958年至1960年间，…: the same period, said loosely; the words are the date's.
    syntax.end = AROUND_SUFFIX.lastIndex;
  }
  const prefix = prefixBefore(s, i, limit);
  if (prefix) {
    syntax.start = prefix.start;
    if (!second && syntax.open === undefined) syntax.open = prefix.open;
  }
  if (syntax.open) syntax.rule += `+open-${syntax.open}`;
  return syntax;
}

/** For an entry that starts with an open word (从2020年起, 截至9月底): the expression after it. */
const ALL_OPEN_PREFIXES: readonly string[] = [...OPEN_END_PREFIXES, ...OPEN_START_PREFIXES];

/** The first and the last characters of the open prefixes: where none stands, no prefix does. */
const PREFIX_FIRST = ALL_OPEN_PREFIXES.map((w) => w[0]).join('');
const PREFIX_LAST = ALL_OPEN_PREFIXES.map((w) => w[w.length - 1]).join('');

export function parseExpressionWithPrefix(s: string, i: number, minguo = false): Syntax | null {
  if (i >= s.length || !PREFIX_FIRST.includes(s[i]!)) return parseExpression(s, i, i, minguo);
  for (const w of ALL_OPEN_PREFIXES) {
    if (s.startsWith(w, i)) {
      const inner = parseExpression(s, skipSpace(s, i + w.length), i, minguo);
      if (inner) return inner;
    }
  }
  return parseExpression(s, i, i, minguo);
}
