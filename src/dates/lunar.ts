/**
 * The Chinese lunisolar calendar (农历), from tyme4ts: a gazetteer's `十二月` under 崇祯十五年,
 * `二月初二`, `九月己未`, and the lunar festivals. Lunar year `y` is the one that starts near the
 * beginning of Gregorian year `y` (崇祯十五年 = lunar 1642, whose 十二月 falls in January 1643).
 *
 * tyme4ts is loaded on first use, synchronously, with `createRequire` (its CommonJS build): the
 * parse API is synchronous, and most chronicles never write a lunar date, so start-up does not
 * pay for the calendar tables. Every function returns null for a date that does not exist
 * (闰三月 in a year without one, 三十 in a 29-day month, 己未 in a month that has no 己未 day).
 */
import { createRequire } from 'node:module';
import { civilFromDays, daysFromCivil, toIso } from './calendar.js';

/** The part of tyme4ts this module uses (its own types, narrowed, so the import stays lazy). */
interface SolarDayLike {
  getYear(): number;
  getMonth(): number;
  getDay(): number;
}
interface LunarDayLike {
  getSolarDay(): SolarDayLike;
  getSixtyCycle(): { getName(): string };
}
interface LunarMonthLike {
  getDayCount(): number;
}
interface Tyme {
  LunarDay: { fromYmd(y: number, m: number, d: number): LunarDayLike };
  LunarMonth: { fromYm(y: number, m: number): LunarMonthLike };
}

let tyme: Tyme | null = null;

function lib(): Tyme {
  // createRequire keeps tyme4ts out of the bundle and out of start-up; it works from both builds.
  tyme ??= createRequire(import.meta.url)('tyme4ts') as Tyme;
  return tyme;
}

/** tyme4ts writes a leap month as a negative month number. */
function monthArg(m: number, leap: boolean): number {
  return leap ? -m : m;
}

function iso(d: SolarDayLike): string {
  return toIso(d.getYear(), d.getMonth(), d.getDay());
}

function valid(y: number, m: number, leap: boolean): boolean {
  return Number.isInteger(y) && y >= 1000 && y <= 2199 && Number.isInteger(m) && m >= 1 && m <= 12 && typeof leap === 'boolean';
}

/** A lunar month: its length and the Gregorian day of its first day (days since 1970-01-01). */
interface MonthInfo {
  length: number;
  first: number;
}

/**
 * Lunar months already computed, keyed by year, month and leap. tyme4ts computes new moons and
 * solar terms from astronomy on every call (a gazetteer of 50 entries spent two thirds of its
 * segmentation there); a month's days are consecutive, so its first day and length say all.
 * Bounded: a text naming more months than this starts over.
 */
const months = new Map<number, MonthInfo | null>();
const MAX_MONTHS = 4096;

function monthInfo(y: number, m: number, leap: boolean): MonthInfo | null {
  if (!valid(y, m, leap)) return null;
  const key = (y * 13 + m) * 2 + (leap ? 1 : 0);
  let info = months.get(key);
  if (info === undefined) {
    try {
      const length = lib().LunarMonth.fromYm(y, monthArg(m, leap)).getDayCount();
      const day = lib().LunarDay.fromYmd(y, monthArg(m, leap), 1).getSolarDay();
      info = { length, first: daysFromCivil(day.getYear(), day.getMonth(), day.getDay()) };
    } catch {
      info = null; // tyme4ts throws on a leap month the year does not have
    }
    if (months.size >= MAX_MONTHS) months.clear();
    months.set(key, info);
  }
  return info;
}

/** Days in lunar month `m` of lunar year `y` (29 or 30), or null when the month does not exist. */
export function lunarMonthLength(y: number, m: number, leap = false): number | null {
  return monthInfo(y, m, leap)?.length ?? null;
}

/**
 * Before 1583 tyme4ts gives Julian calendar days, whose leap days (1500-02-29) the day count of
 * `calendar.ts` does not have: there each day is asked of tyme4ts itself.
 */
const COUNTED_FROM = 1583;

/** The Gregorian day of lunar `y`-`m`-`d`, or null. */
export function lunarDay(y: number, m: number, d: number, leap = false): string | null {
  const info = monthInfo(y, m, leap);
  if (info === null || !Number.isInteger(d) || d < 1 || d > info.length) return null;
  if (y < COUNTED_FROM) return iso(lib().LunarDay.fromYmd(y, monthArg(m, leap), d).getSolarDay());
  const day = civilFromDays(info.first + d - 1);
  return toIso(day.y, day.m, day.d);
}

/** The sexagenary (干支) names of days, 甲子 first: a day's name is its day count modulo 60. */
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const CYCLE: readonly string[] = Array.from({ length: 60 }, (_, k) => STEMS[k % 10]! + BRANCHES[k % 12]!);
/** 1970-01-01 was a 辛巳 day (index 17 of the cycle). */
const CYCLE_AT_EPOCH = 17;

/** First and last Gregorian day (inclusive) of lunar month `m` of year `y`, or null. */
export function lunarMonthSpan(y: number, m: number, leap = false): [string, string] | null {
  const length = lunarMonthLength(y, m, leap);
  if (length === null) return null;
  return [lunarDay(y, m, 1, leap)!, lunarDay(y, m, length, leap)!];
}

/** Days `from`..`to` of a lunar month (a 旬 of a lunar month), `to` clamped to the month's length. */
export function lunarDaysSpan(y: number, m: number, from: number, to: number, leap = false): [string, string] | null {
  const length = lunarMonthLength(y, m, leap);
  if (length === null) return null;
  const start = lunarDay(y, m, from, leap);
  const end = lunarDay(y, m, Math.min(to, length), leap);
  return start && end ? [start, end] : null;
}

/**
 * `九月己未`: the day of lunar month `m` whose sexagenary (干支) name is `name`. A month has 29
 * or 30 days and the cycle 60, so a name names at most one day of it; null when it names none.
 */
export function sexagenaryDay(y: number, m: number, name: string, leap = false): string | null {
  const info = monthInfo(y, m, leap);
  if (info === null) return null;
  const length = info.length;
  if (y >= COUNTED_FROM) {
    for (let d = 1; d <= length; d++) {
      if (CYCLE[(((info.first + d - 1 + CYCLE_AT_EPOCH) % 60) + 60) % 60] === name) return lunarDay(y, m, d, leap);
    }
    return null;
  }
  for (let d = 1; d <= length; d++) {
    const day = lib().LunarDay.fromYmd(y, monthArg(m, leap), d);
    if (day.getSixtyCycle().getName() === name) return iso(day.getSolarDay());
  }
  return null;
}

/** The lunar seasons: 春 is months 1–3, 夏 4–6, 秋 7–9, 冬 10–12 (`n` 0–3). */
export function lunarSeasonSpan(y: number, n: 0 | 1 | 2 | 3): [string, string] | null {
  const first = lunarMonthSpan(y, n * 3 + 1);
  const last = lunarMonthSpan(y, n * 3 + 3);
  return first && last ? [first[0], last[1]] : null;
}

/** The lunar festivals as lunar month and day; 除夕 is the last day of 腊月 (month 12). */
export const LUNAR_FESTIVALS = {
  'spring-festival': [1, 1],
  lantern: [1, 15],
  'dragon-boat': [5, 5],
  qixi: [7, 7],
  'mid-autumn': [8, 15],
  'double-ninth': [9, 9],
  'new-years-eve': [12, 0],
} as const satisfies Record<string, readonly [number, number]>;

export type LunarFestival = keyof typeof LUNAR_FESTIVALS;

/**
 * The Gregorian day of a lunar festival in Gregorian year `y`: the one that falls in that year.
 * 除夕 of Gregorian year `y` closes lunar year `y - 1` (it falls in January or February).
 */
export function lunarFestivalDay(name: LunarFestival, y: number): string | null {
  const [m, d] = LUNAR_FESTIVALS[name];
  if (d !== 0) return lunarDay(y, m, d);
  const length = lunarMonthLength(y - 1, 12);
  return length === null ? null : lunarDay(y - 1, 12, length);
}
