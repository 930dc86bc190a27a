/**
 * From what the text writes to ISO dates: fill what it leaves out from the context, and turn
 * periods into inclusive start/end days. Pure arithmetic on numbers (calendar.ts): no clock.
 *
 * Choices (documented in the module README table):
 * - 上旬 / 中旬 / 下旬: days 1–10, 11–20, 21–last (precision `xun`); 月初 / 月中 / 月底 / 月末 are
 *   the same three xun.
 * - Seasons, meteorological: 春 3–5, 夏 6–8, 秋 9–11, 冬 12 to February of the next year. A winter
 *   named from a January or February reference (冬季 in a 2021-01 entry) is the one that began
 *   the December before.
 * - 年初 = January–February, 年中 = June–July, 年底 / 年末 / 岁末 = December (precision `month`).
 * - 年度 is the calendar year. 学年度 with a Minguo number (78學年度, or a bare `78` read as
 *   minguo-academic) is the Taiwan school year, 1 August to 31 July; with a four-digit year it is
 *   the mainland school year, 1 September to 31 August. Both have precision `year`.
 * - Lunar dates (lunar.ts): a point is lunar when the text says so (农历, 正月, 腊月, 闰, 初二, a
 *   lunar festival), or when its month is written in Chinese numerals under a pre-1912 reign
 *   year (the heading's `calendar`, or a reign year in the same expression); then `implied`
 *   includes `calendar`. A lunar month is its first..last Gregorian day (precision `month`); a
 *   gazetteer's season under a reign year is three lunar months (秋 = 七月–九月).
 * - Festivals are days: 春节 = 正月初一, 元宵, 端午, 七夕, 中秋, 重阳 their lunar days, 除夕 the last
 *   day of 腊月; 元旦, 五一 (劳动节), 国庆 / 十一 fixed days (国庆期间: 1–7 October).
 * - 近日 / 日前 (recently) in a body is the entry's own date; as an entry's date, the year in force.
 * - 80年代: the decade in the reference year's century, or the one before when that decade has
 *   not begun yet (80年代 in a 2016 chronicle is the 1980s).
 * - A reign year with a bracketed Gregorian year (康熙四十七年（1710年）): the bracket wins; a
 *   disagreement is reported in `conflict`.
 */
import type { Precision } from '../schema.js';
import { addDays, addMonths, daysInMonth, fromIso, monthSpan, seasonSpan, toIso } from './calendar.js';
import { lunarDay, lunarDaysSpan, lunarFestivalDay, lunarMonthSpan, lunarSeasonSpan, sexagenaryDay } from './lunar.js';
import type { Component, Part, Point, Syntax } from './parse.js';
import type { DateAnchor, DateContext, DateMatchValue, ImpliedPart } from './types.js';

/** What context a point is read against. */
export interface Base {
  /** Year for a date that writes none, and the year 是年 / 翌年 move from. */
  year: number | null;
  /** Month for a day that writes none (14日). */
  month: number | null;
  /** Month that 是月 / 次月 move from. */
  refMonth: { y: number; m: number } | null;
  /** Days that 同日 / 次日 move from. */
  refDay: { start: string; end: string } | null;
  /**
   * When the reference spans two months (11月30至12月4日, 5月11至6月18日), a bare day is in the
   * LAST month written: `2日`, and `20至23日` after 5月11至6月18日, are in December and June.
   */
  endMonth: { y: number; m: number } | null;
  /** Set when `year` is a guess: the message to report. */
  guess: string | null;
  /** `lunar` under a pre-1912 reign year: months in Chinese numerals are lunar. */
  calendar: 'lunar' | null;
  /** The lunar month the start of a range landed in: 初五 / 十八日 after it are its days. */
  lunarMonth: { y: number; m: number; leap: boolean } | null;
  /** What 近日 (recently) means here: the entry's own date in a body; null for an entry's date. */
  recent: { start: string; end: string; precision: Precision } | null;
  /** `year` is the entry above's (no heading or title says it): a history's decade is the nearer century's. */
  forward: boolean;
  /** `year` is a school year's first (DateContext.academic): January to July are in the next. */
  academic: boolean;
}

const FINE: ReadonlySet<Precision> = new Set<Precision>(['day', 'xun', 'month']);

function fromAnchor(a: DateAnchor) {
  const s = fromIso(a.start);
  const e = fromIso(a.end);
  return { s, e, fine: FINE.has(a.precision), day: a.precision === 'day' };
}

/** The base for an expression inside an entry body: the entry's own date first. */
export function bodyBase(ctx: DateContext): Base {
  const a = ctx.anchor;
  if (a) {
    const { s, e, fine, day } = fromAnchor(a);
    const spansMonths = day && (s.y !== e.y || s.m !== e.m);
    return {
      year: s.y,
      month: fine ? s.m : ctx.year === s.y ? ctx.month : null,
      refMonth: fine ? { y: s.y, m: s.m } : ctx.month !== null && ctx.year === s.y ? { y: s.y, m: ctx.month } : null,
      refDay: day ? { start: a.start, end: a.end } : null,
      endMonth: spansMonths ? { y: e.y, m: e.m } : null,
      guess: null,
      calendar: ctx.calendar ?? null,
      lunarMonth: null,
      recent: { start: a.start, end: a.end, precision: a.precision },
      forward: false,
      academic: false,
    };
  }
  // An undated entry: its body reads against the headings, and 同日 against the previous entry.
  const prev = ctx.previous ? fromAnchor(ctx.previous) : null;
  const year = ctx.year ?? prev?.s.y ?? null;
  return {
    year,
    month: ctx.month,
    refMonth: ctx.month !== null && year !== null ? { y: year, m: ctx.month } : prev?.fine ? { y: prev.s.y, m: prev.s.m } : null,
    refDay: prev?.day && ctx.previous ? { start: ctx.previous.start, end: ctx.previous.end } : null,
    endMonth: null,
    guess: null,
    calendar: ctx.calendar ?? null,
    lunarMonth: null,
    recent: null,
    forward: false,
    academic: false,
  };
}

/** The base for an entry's own date: headings first, then the previous entry. */
export function entryBase(ctx: DateContext, nextHeadingYear?: number | null): Base {
  const prev = ctx.previous ? fromAnchor(ctx.previous) : null;
  // After 2008—2010年 (or 2018年8月至2019年2月), 次年 is 2011 and 同年5月 is in 2019: the range's end.
  // A winter (1976年冬, into February 1977) is still its own year's: 翌年春 is 1977.
  let year = ctx.year ?? (prev ? (ctx.previous!.precision === 'season' ? prev.s.y : prev.e.y) : null);
  let guess: string | null = null;
  if (year === null && typeof nextHeadingYear === 'number') {
    year = nextHeadingYear - 1;
    guess = `年份未知：条目在“${nextHeadingYear}年”标题之前，推定为${year}年 (year guessed as the heading below minus one)`;
  }
  // A month heading newer than the previous entry is the month in force: `二月` / `上旬　…` is
  // February's, though the entry above was in January.
  const heading = ctx.month !== null && year !== null ? { y: year, m: ctx.month } : null;
  const headingNewer = heading !== null && (!prev?.fine || prev.s.y * 12 + prev.s.m < heading.y * 12 + heading.m);
  // Every field written in the same order as bodyBase's, none spread in: one object shape.
  return {
    year,
    month: ctx.month ?? (prev?.fine && prev.s.y === year ? prev.s.m : null),
    refMonth: headingNewer ? heading : prev?.fine ? { y: prev.s.y, m: prev.s.m } : heading,
    refDay: prev?.day && ctx.previous ? { start: ctx.previous.start, end: ctx.previous.end } : null,
    endMonth: null,
    guess,
    calendar: ctx.calendar ?? null,
    lunarMonth: null,
    recent: null,
    forward: ctx.year === null && prev !== null,
    academic: ctx.academic === true && ctx.year !== null,
  };
}

interface Resolved {
  start: string;
  end: string;
  precision: Precision;
  implied: ImpliedPart[];
  ambiguous?: string;
  /** The year and month the point landed in, for the end of a range to inherit. */
  y: number;
  m: number | null;
  /** Set when the point is a lunar date (`m` is then a lunar month); `implied` says if by context. */
  lunar?: { leap: boolean };
  conflict?: string;
}

const RANK: Readonly<Record<Precision, number>> = { day: 0, xun: 1, month: 2, season: 3, quarter: 4, half: 5, year: 6 };

function finer(a: Precision, b: Precision): Precision {
  return RANK[a] <= RANK[b] ? a : b;
}

function partSpan(part: Part, y: number, m: number | null, base: Base, yearImplied: boolean, lunar: { leap: boolean } | null): Omit<Resolved, 'implied' | 'y' | 'm'> | null {
  switch (part.kind) {
    case 'xun': {
      if (m === null) return null;
      if (lunar) {
        const span = lunarDaysSpan(y, m, (part.n - 1) * 10 + 1, (part.to ?? part.n) * 10, lunar.leap);
        return span && { start: span[0], end: span[1], precision: 'xun' };
      }
      const from = (part.n - 1) * 10 + 1;
      const last = part.to ?? part.n;
      const to = last === 3 ? daysInMonth(y, m) : last * 10;
      return { start: toIso(y, m, from), end: toIso(y, m, to), precision: 'xun' };
    }
    case 'season': {
      if (lunar) {
        const span = lunarSeasonSpan(y, part.n);
        return span && { start: span[0], end: span[1], precision: 'season' };
      }
      // 冬 in a January or February entry is the winter that began the December before.
      const wy = part.n === 3 && yearImplied && base.refMonth && base.refMonth.m <= 2 ? y - 1 : y;
      const [start, end] = seasonSpan(wy, part.n);
      return { start, end, precision: 'season' };
    }
    case 'quarter': {
      const first = part.n * 3 - 2;
      return { start: toIso(y, first, 1), end: monthSpan(y, first + 2)[1], precision: 'quarter' };
    }
    case 'half':
      return part.n === 1
        ? { start: toIso(y, 1, 1), end: toIso(y, 6, 30), precision: 'half' }
        : { start: toIso(y, 7, 1), end: toIso(y, 12, 31), precision: 'half' };
    case 'year-edge':
      if (part.edge === 'start') return { start: toIso(y, 1, 1), end: monthSpan(y, 2)[1], precision: 'month' };
      if (part.edge === 'mid') return { start: toIso(y, 6, 1), end: toIso(y, 7, 31), precision: 'month' };
      return { start: toIso(y, 12, 1), end: toIso(y, 12, 31), precision: 'month' };
    case 'festival': {
      if (part.eve) {
        // 五一劳动节来临之际, 国庆前夕: the seven days before the holiday.
        const day = partSpan({ kind: 'festival', name: part.name, period: false }, y, m, base, yearImplied, lunar);
        return day && { start: addDays(day.start, -7), end: addDays(day.start, -1), precision: 'day' };
      }
      if (part.name === 'new-year') return { start: toIso(y, 1, 1), end: toIso(y, 1, 1), precision: 'day' };
      if (part.name === 'labour-day') return { start: toIso(y, 5, 1), end: toIso(y, 5, 1), precision: 'day' };
      if (part.name === 'national-day')
        return { start: toIso(y, 10, 1), end: toIso(y, 10, part.period ? 7 : 1), precision: 'day' };
      const day = lunarFestivalDay(part.name, y);
      return day === null ? null : { start: day, end: day, precision: 'day' };
    }
    case 'recent':
      // 近日 as an entry's date, or in an undated entry: the year in force is all that is known.
      if (base.recent) return { start: base.recent.start, end: base.recent.end, precision: base.recent.precision };
      return { start: toIso(y, 1, 1), end: toIso(y, 12, 31), precision: 'year' };
    case 'years':
      return { start: toIso(y, 1, 1), end: toIso(part.to, 12, 31), precision: 'year' };
  }
}

/** Whether a point is a lunar date, and whether the text says so or the context decided it. */
function lunarOf(pt: Point, base: Base): { leap: boolean; implied: boolean } | null {
  if (pt.lunar === 'written') return { leap: pt.leap === true, implied: false };
  const reign = pt.eraCalendar === 'lunar' || base.calendar === 'lunar';
  if (pt.lunar === 'numerals' && reign && pt.month) return { leap: false, implied: pt.eraCalendar !== 'lunar' };
  // 秋，… under 清嘉庆二十二年: a gazetteer's season is three lunar months.
  if (pt.part?.kind === 'season' && reign && !pt.month) return { leap: false, implied: pt.eraCalendar !== 'lunar' };
  return null;
}

function relYear(c: Component | undefined, base: Base): { y: number | null; implied: boolean } {
  if (!c) return { y: null, implied: false };
  if (c.kind === 'abs') return { y: c.value, implied: false };
  if (base.year === null) return { y: null, implied: true };
  if (c.kind === 'rel') return { y: base.year + c.offset, implied: true };
  // 80年代 in a 2016 chronicle: the 1980s; 10年代 in it: the 2010s; a decade about to begin
  // (60年代 in 1958) is that one. Only the chronicle's own year rules out the future.
  const century = Math.floor(base.year / 100) * 100;
  // 上世纪 / 本世纪 count from when the text was written: a history's entries (forward) were
  // written in this century, whatever year the entry above has reached.
  const present = base.forward ? Math.max(century, 2000) : century;
  if (c.centuries !== undefined) return { y: present + c.centuries * 100 + c.tens * 10, implied: true };
  const decade = century + c.tens * 10;
  // In a history the nearer of the two (90年代 after 1985 is the 1990s, after 2000 too).
  if (base.forward) return { y: Math.abs(decade - base.year) <= Math.abs(decade - 100 - base.year) ? decade : decade - 100, implied: true };
  return { y: decade > base.year + 2 ? decade - 100 : decade, implied: true };
}

/** One point read against a base; null when the context cannot supply what the text leaves out. */
/** The year of month `m` when the text leaves it out: under a school year, January to July are its second. */
function schoolYear(base: Base, m: number | null, lunar: unknown): number | null {
  if (base.year === null) return null;
  return base.academic && m !== null && m < 8 && !lunar ? base.year + 1 : base.year;
}

export function resolvePoint(pt: Point, base: Base): Resolved | null {
  const r = resolveDays(pt, base);
  if (r && pt.conflict) r.conflict = pt.conflict;
  return r;
}

function resolveDays(pt: Point, base: Base): Resolved | null {
  const implied = new Set<ImpliedPart>();
  const written = relYear(pt.year, base);
  let y = written.y;
  if (written.implied) implied.add('year');
  if (pt.year && y === null) return null;
  let m: number | null = null;
  let lunar = lunarOf(pt, base);

  if (pt.month?.kind === 'abs') {
    m = pt.month.value;
  } else if (pt.month?.kind === 'rel') {
    if (!base.refMonth) return null;
    const ym = addMonths(base.refMonth.y, base.refMonth.m, pt.month.offset);
    y = ym.y;
    m = ym.m;
    implied.add('year').add('month');
  }

  if (pt.day?.kind === 'rel') {
    if (!base.refDay) return null;
    const off = pt.day.offset;
    const start = off === 0 ? base.refDay.start : off > 0 ? addDays(base.refDay.end, off) : addDays(base.refDay.start, off);
    const end = off === 0 ? base.refDay.end : start;
    const s = fromIso(start);
    return { start, end, precision: 'day', implied: ['year', 'month', 'day'], y: s.y, m: s.m };
  }

  // 十八日 right after a lunar month in the same expression (十二月十五至十八日): that month's day.
  if (!lunar && m === null && y === null && pt.lunar === 'numerals' && base.lunarMonth && (pt.day || pt.sexagenary)) {
    lunar = { leap: base.lunarMonth.leap, implied: false };
    y = base.lunarMonth.y;
    m = base.lunarMonth.m;
    implied.add('year').add('month');
  }
  const lunarMark = lunar;

  if (pt.day?.kind === 'abs' || pt.sexagenary !== undefined) {
    if (m === null) {
      // 14日 in the body of 2020年7月12日-14日: the anchor's month; 2日 under 11月30至12月4日: the last month.
      if (base.endMonth && y === null) {
        y = base.endMonth.y;
        m = base.endMonth.m;
      } else {
        m = base.month;
      }
      implied.add('month');
    }
    if (y === null) {
      y = schoolYear(base, m, lunar);
      implied.add('year');
    }
    if (y === null || m === null) return null;
    let iso: string | null;
    if (pt.sexagenary !== undefined) iso = lunar ? sexagenaryDay(y, m, pt.sexagenary, lunar.leap) : null;
    else if (pt.day?.kind !== 'abs') iso = null;
    else if (lunar) iso = lunarDay(y, m, pt.day.value, lunar.leap);
    else iso = pt.day.value > daysInMonth(y, m) ? null : toIso(y, m, pt.day.value);
    if (iso === null) return null;
    return withGuess(marked({ start: iso, end: iso, precision: 'day', implied: [...implied], y, m }, lunarMark), implied, base);
  }

  if (pt.part) {
    const needsMonth = pt.part.kind === 'xun';
    if (needsMonth && m === null) {
      if (!base.refMonth) return null;
      y ??= base.refMonth.y;
      m = base.refMonth.m;
      implied.add('month');
      if (!pt.year) implied.add('year');
    }
    if (y === null) {
      y = base.year;
      implied.add('year');
    }
    if (y === null) return null;
    let yy = y;
    // 元旦 / 春节 / 除夕 named in a November or December entry are the coming ones.
    if (pt.part.kind === 'festival' && implied.has('year') && pt.part.name !== 'national-day' && pt.part.name !== 'labour-day' && base.refMonth?.y === y && base.refMonth.m >= 11) yy = y + 1;
    // A festival is lunar by its name; a 旬 only inside a lunar month.
    const partLunar = pt.part.kind === 'festival' || (pt.part.kind === 'xun' && !pt.month) ? null : lunarMark;
    const span = partSpan(pt.part, yy, m, base, implied.has('year'), partLunar);
    if (!span) return null;
    // Field by field, not `...span`: spreading spans of several shapes is a slow generic copy.
    const r: Resolved = { start: span.start, end: span.end, precision: span.precision, implied: [...implied], y: yy, m };
    return withGuess(marked(r, pt.lunar === 'written' ? { leap: false } : partLunar), implied, base);
  }

  if (m !== null) {
    if (y === null) {
      y = schoolYear(base, m, lunar);
      implied.add('year');
    }
    if (y === null) return null;
    const span = lunar ? lunarMonthSpan(y, m, lunar.leap) : monthSpan(y, m);
    if (!span) return null;
    return withGuess(marked({ start: span[0], end: span[1], precision: 'month', implied: [...implied], y, m }, lunarMark), implied, base);
  }

  if (y === null) return null;
  if (pt.yearKind === 'academic-minguo') return withGuess({ start: toIso(y, 8, 1), end: toIso(y + 1, 7, 31), precision: 'year', implied: [...implied], y, m: null }, implied, base);
  if (pt.yearKind === 'decade') {
    // 60年代初: 1960–1963; 中期: 1964–1966; 末: 1967–1969.
    const [from, to] = pt.decadeYears ?? [0, 9];
    return withGuess({ start: toIso(y + from, 1, 1), end: toIso(y + to, 12, 31), precision: 'year', implied: [...implied], y, m: null }, implied, base);
  }
  if (pt.yearKind === 'academic') return withGuess({ start: toIso(y, 9, 1), end: toIso(y + 1, 8, 31), precision: 'year', implied: [...implied], y, m: null }, implied, base);
  return withGuess({ start: toIso(y, 1, 1), end: toIso(y, 12, 31), precision: 'year', implied: [...implied], y, m: null }, implied, base);
}

/** Marks a lunar point; `implied` gains `calendar` when the heading, not the text, made it lunar. */
function marked(r: Resolved, lunar: { leap: boolean; implied?: boolean } | null): Resolved {
  if (!lunar) return r;
  r.lunar = { leap: lunar.leap };
  if (lunar.implied) r.implied.push('calendar');
  return r;
}

function withGuess(r: Resolved, implied: Set<ImpliedPart>, base: Base): Resolved {
  if (base.guess && implied.has('year') && r.ambiguous === undefined) r.ambiguous = base.guess;
  return r;
}

/** The base for the end of a range or a list item: the start's year and month. */
function followBase(r: Resolved, base: Base, yearShift = 0): Base {
  const lunar = r.lunar && r.m !== null;
  return {
    year: r.y + yearShift,
    // A lunar month is not a Gregorian one: an Arabic day after it takes no month from it.
    month: lunar ? null : r.m,
    refMonth: r.m === null || lunar ? base.refMonth : { y: r.y + yearShift, m: r.m },
    refDay: { start: r.start, end: r.end },
    endMonth: null,
    guess: null,
    calendar: base.calendar,
    lunarMonth: lunar ? { y: r.y + yearShift, m: r.m!, leap: r.lunar!.leap } : null,
    recent: null,
    forward: base.forward,
    // The range's end follows its start's year, not the school year's rule again.
    academic: false,
  };
}

/** A parsed expression read against a base: the value and any guess it made. */
export function resolveSyntax(syn: Syntax, base: Base): { value: DateMatchValue | null; ambiguous?: string; conflict?: string } {
  const r1 = resolvePoint(syn.first, base);
  if (!r1) return { value: null };
  let start = r1.start;
  let end = r1.end;
  let precision = r1.precision;
  let ambiguous = r1.ambiguous;
  let rule = syn.rule;
  let list: string[] | undefined;

  if (syn.second) {
    let r2 = resolvePoint(syn.second, followBase(r1, base));
    // 12月28日至1月3日: an end before the start, with its year not written, is in the next year.
    if (r2 && r2.end < r1.start && !syn.second.year) {
      r2 = resolvePoint(syn.second, followBase(r1, base, 1));
      rule += '+next-year';
    }
    if (!r2 || r2.end < r1.start) return { value: null, ambiguous: '日期范围的终点早于起点 (range ends before it starts)' };
    end = r2.end;
    precision = finer(r1.precision, r2.precision);
  } else if (syn.list) {
    list = [r1.start];
    let prev = r1;
    for (const pt of syn.list.slice(1)) {
      const r = resolvePoint(pt, followBase(prev, base));
      if (!r) return { value: null };
      list.push(r.start);
      if (r.end > end) end = r.end;
      prev = r;
    }
  }

  const value: DateMatchValue = { start, end, precision, rule };
  if (syn.open) value.open = syn.open;
  if (syn.timeOfDay) value.timeOfDay = syn.timeOfDay;
  if (r1.implied.length > 0) value.implied = r1.implied;
  if (list) value.list = list;
  if (r1.lunar) value.calendar = 'lunar';
  const out: { value: DateMatchValue; ambiguous?: string; conflict?: string } = { value };
  if (ambiguous !== undefined) out.ambiguous = ambiguous;
  if (r1.conflict !== undefined) out.conflict = r1.conflict;
  return out;
}
