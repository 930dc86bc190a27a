/**
 * Lines that are nothing but a date: year, month and side-label headings, and the year a title
 * names. A heading sets context for the entries under it; it is not an entry itself.
 */
import { DYNASTIES, eraOf } from './eras.js';
import { eraNumber, eraPoint, isWritableYear, readNumber, writtenYear } from './parse.js';
import {
  HEADING_ACADEMIC,
  HEADING_BARE_YEAR,
  HEADING_DAY,
  HEADING_ERA,
  HEADING_ERA_PERIOD,
  HEADING_MINGUO,
  HEADING_MONTH,
  HEADING_WRAPPER,
  HEADING_YEAR,
  HEADING_YEAR_RANGE,
  SHORT_MINGUO_HEADING,
  TITLE_RANGE_AFTER,
  TITLE_RANGE_BEFORE,
  TITLE_YEAR,
} from './patterns.js';
import type { HeadingMatch } from './types.js';

function year(text: string | undefined): number | null {
  if (text === undefined) return null;
  const y = readNumber(text);
  return y !== null && y >= 1000 && y <= 2199 ? y : null;
}

function minguo(text: string | undefined): number | null {
  if (text === undefined) return null;
  const n = eraNumber(text);
  return n !== null && n >= 1 && n <= 200 ? n + 1911 : null;
}

function month(text: string | undefined): number | null {
  if (text === undefined) return null;
  const m = readNumber(text);
  return m !== null && m >= 1 && m <= 12 ? m : null;
}

/**
 * No heading has more than this many non-space characters: the wrapper (`###### `, `十二、`, a
 * bracket pair, a colon) adds at most 14 to the longest inner form (about 25). Longer lines are
 * entries, and skip the regular expressions below.
 */
const MAX_HEADING_CHARS = 64;

/** Whether `s` has at most MAX_HEADING_CHARS characters that no white-space rule could drop. */
function fewNonSpace(s: string): boolean {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Every code point `trim` or `\s` treats as space is in one of these ranges (kept wide on purpose).
    const space = c <= 0x20 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
    if (!space && ++count > MAX_HEADING_CHARS) return false;
  }
  return true;
}

/**
 * A line that is nothing but a date or a year: a heading, not an entry. Markdown hashes,
 * brackets (`【2007年】`) and a trailing colon are allowed around it; any other text makes it
 * an entry (returns null).
 *
 * - `2020年`, `一九五〇年`, `2019年度`, `1955年民國44年`, `民國44年`, bare `2013` → kind `year`.
 * - `一月`, `1月`, `十二月份`, `2015年8月` → kind `month`; the side label `11月 2008` is month 11
 *   of 2008.
 * - A day alone (`7月11日`, `3月20号 2013`, `2020年1月4日`) → kind `section` with its year and
 *   month: in the side-label layout it labels the next entry, whose text repeats the full
 *   date, so it must not become an entry of its own; it still sets year and month.
 * - A span of years (`1955—1958年`) → kind `section`, year null (no single year is in force).
 * - A reign or era year with its Gregorian year in brackets (`清顺治二年（1645年）`) → kind `year`.
 */
export function matchHeading(normLine: string): HeadingMatch | null {
  // A reign or era the table does not hold (宋嘉定三年(1210年)) still has its bracketed year.
  return matchDateHeading(normLine) ?? matchBracketYearHeading(normLine) ?? matchDynastyHeading(normLine);
}

/**
 * `107年`, `【99年度】`: a Minguo year written without 民國, alone on its line. Only a heading where
 * years count from 1912 (DateContext.minguo): the caller knows, the line does not.
 */
export function matchMinguoShortHeading(normLine: string): HeadingMatch | null {
  if (normLine.length > 24) return null;
  const m = SHORT_MINGUO_HEADING.exec(headingInner(normLine));
  return m ? { kind: 'year', year: Number(m.groups!['roc']) + 1911, month: null } : null;
}

/**
 * A line that is nothing but a dynasty or period (`唐`, `北 魏`, `中华民国`): a section heading
 * that ends the year in force (the reign years under it name their own).
 */
export function matchDynastyHeading(normLine: string): HeadingMatch | null {
  // The longest name with its wrapper and spaces between characters is well under 24.
  if (normLine.length > 24) return null;
  const line = normLine.replace(/[\s#【】\[\]:：]/g, '').replace(/(?:朝|代|时期|時期)$/, '');
  return line.length <= 8 && DYNASTIES.has(line) ? { kind: 'section', year: null, month: null } : null;
}

/** `大德七年` on its own line, under a chronicle that bracketed an earlier year of 大德. */
const ERA_YEAR_LINE = /^(?<name>[^\s\d()（）0-9]{2,6}?)(?<n>元|[一二三四五六七八九十廿卅〇零两]{1,4})年$/;

/**
 * The year of a reign-year line whose era the chronicle itself has dated before (`eras`: name →
 * Gregorian year of its 元年, from HeadingMatch.era): null when the era is not one of them.
 */
export function matchLearnedEraYear(normLine: string, eras: ReadonlyMap<string, number>): HeadingMatch | null {
  if (eras.size === 0) return null;
  const m = ERA_YEAR_LINE.exec(normLine.replace(/\s/g, ''));
  if (!m) return null;
  const first = eras.get(m.groups!['name']!);
  const n = eraNumber(m.groups!['n']!);
  if (first === undefined || n === null || n < 1 || n > 99) return null;
  const y = first + n - 1;
  return isWritableYear(y) ? reignYearHeading(y) : null;
}

/** A reign year's heading: before 1912 its months are lunar. */
function reignYearHeading(y: number): HeadingMatch {
  return y < 1912 ? { kind: 'year', year: y, month: null, calendar: 'lunar' } : { kind: 'year', year: y, month: null };
}

/** The era and reign year before the bracket of a bracketed heading (`宋嘉定三年` → 宋嘉定, 3). */
const ERA_BEFORE_BRACKET = /^(?<name>[^\s\d()]{2,8}?)(?<n>元|[一二三四五六七八九十廿卅〇零两]{1,4})年\s{0,2}\(/;

/** A heading line without its wrapper (HEADING_WRAPPER: `##`, a label, brackets, a colon). */
function headingInner(normLine: string): string {
  return HEADING_WRAPPER.exec(normLine.trim())?.groups?.['inner']?.trim() ?? '';
}

function matchDateHeading(normLine: string): HeadingMatch | null {
  if (normLine.length > MAX_HEADING_CHARS && !fewNonSpace(normLine)) return null;
  const line = headingInner(normLine);
  if (line === '') return null;
  let m: RegExpExecArray | null;
  if ((m = HEADING_YEAR.exec(line))) {
    const y = year(m.groups!['year']);
    return y === null ? null : { kind: 'year', year: y, month: null };
  }
  if ((m = HEADING_ACADEMIC.exec(line))) {
    // 88學年度 (Minguo, from August 1999), 2019学年: the year it starts in, and that it is one.
    const n = Number(m.groups!['num']);
    const y = n < 1000 ? n + 1911 : n;
    return n >= 1 && isWritableYear(y) ? { kind: 'year', year: y, month: null, academic: true } : null;
  }
  if ((m = HEADING_MINGUO.exec(line))) {
    const bracket = year(m.groups!['year']);
    const counted = minguo(m.groups!['roc']);
    const y = bracket ?? counted;
    if (y === null) return null;
    const out: HeadingMatch = { kind: 'year', year: y, month: null };
    if (bracket !== null && counted !== null && bracket !== counted) {
      out.conflict = `民国${m.groups!['roc']}年应为${counted}年，括注为${bracket}年，取括注 (Minguo year ${counted}, bracket ${bracket}: the bracket wins)`;
    }
    return out;
  }
  if ((m = HEADING_ERA.exec(line))) {
    // 清顺治二年（1645年）: a reign year; before 1912 the months under it are lunar.
    const era = eraPoint(m);
    if (era === null) return null;
    const out: HeadingMatch = { kind: 'year', year: era.year, month: null };
    if (era.eraCalendar) out.calendar = era.eraCalendar;
    if (era.conflict) out.conflict = era.conflict;
    return out;
  }
  if ((m = HEADING_ERA_PERIOD.exec(line))) {
    // 清康熙年间（1662～1722年）: a reign as a whole; no single year is in force.
    const era = eraOf(m.groups!['era']!);
    if (!era) return null;
    const from = m.groups!['from'] === undefined ? era.first : Number(m.groups!['from']);
    const to = m.groups!['to'] === undefined ? era.last : Number(m.groups!['to']);
    if (from < 1000 || to > 2199 || to < from) return null;
    const out: HeadingMatch = { kind: 'section', year: null, month: null, years: { from, to } };
    if (era.calendar === 'lunar' && to < 1912) out.calendar = 'lunar';
    return out;
  }
  if ((m = HEADING_BARE_YEAR.exec(line))) {
    const y = year(m.groups!['year']);
    return y === null ? null : { kind: 'year', year: y, month: null };
  }
  if ((m = HEADING_MONTH.exec(line))) {
    const mo = month(m.groups!['month']);
    if (mo === null) return null;
    return { kind: 'month', year: year(m.groups!['year'] ?? m.groups!['year2']), month: mo };
  }
  if ((m = HEADING_DAY.exec(line))) {
    const mo = month(m.groups!['month']);
    const d = readNumber(m.groups!['day']!);
    if (mo === null || d === null || d < 1 || d > 31) return null;
    return { kind: 'section', year: year(m.groups!['year'] ?? m.groups!['year2']), month: mo };
  }
  if ((m = HEADING_YEAR_RANGE.exec(line))) {
    const from = year(m.groups!['from']);
    const to = year(m.groups!['to']);
    return from !== null && to !== null && to >= from ? { kind: 'section', year: null, month: null } : null;
  }
  return null;
}

/**
 * The year a title line names: `2020 年…大事记` → 2020, `《石泉县志》——大事记(1990年)` → 1990,
 * `民國109年…` → 2020, `一九五〇年…` → 1950. A title that names a span (`1955—1958年大事记`,
 * `2019-2020学年`) names no single year: null, and year headings set the years instead.
 */
export function yearOfTitle(normTitle: string): number | null {
  const m = TITLE_YEAR.exec(normTitle);
  if (!m) return null;
  const g = m.groups!;
  const y = g['roc'] !== undefined ? minguo(g['roc']) : year(g['year'] ?? g['paren'] ?? g['bare'] ?? g['lead'] ?? g['after']);
  if (y === null) return null;
  const end = m.index + m[0].length;
  if (TITLE_RANGE_AFTER.test(normTitle.slice(end))) return null;
  if (TITLE_RANGE_BEFORE.test(normTitle.slice(Math.max(0, m.index - 12), m.index))) return null;
  return y;
}

/**
 * `清顺治二年（1645年）`, `民国4年（1915年）`, `乾隆二十四年（1759年）`: a short line whose only
 * date is a year written in a reign or era, with its Gregorian year in brackets. The bracket wins:
 * it is a year heading with that year; before 1912 its months are lunar. `清康熙年间（1662～1722年）`
 * names a span of years: a section heading with no year in force. `matchHeading` falls back to it
 * for reigns and eras its table does not hold; the table's reading (era checks, the span of years) wins.
 */
export function matchBracketYearHeading(normLine: string): HeadingMatch | null {
  const line = normLine.trim();
  if (line.length > 32) return null;
  const m = BRACKET_YEAR_HEADING.exec(line);
  if (!m) return null;
  const g = m.groups!;
  if (g['to'] !== undefined) return { kind: 'section', year: null, month: null };
  // 前811 is 811 BCE: astronomical year -810 (1 BCE is year 0), as ISO 8601 writes it.
  const y = writtenYear(g['bce'] ?? g['year'] ?? g['short']!, g['bce'] !== undefined);
  if (y === null) return null;
  const out = reignYearHeading(y);
  const era = ERA_BEFORE_BRACKET.exec(line);
  const n = era ? eraNumber(era.groups!['n']!) : null;
  if (era && n !== null && n >= 1 && n <= 200) out.era = { name: era.groups!['name']!, first: y - n + 1 };
  return out;
}

/**
 * The reign or era part ends in 年 or 年间; the bracket holds a year or a span of years. A year
 * of one or two digits (`建武十一年(35)`), or before the common era (`宣王十七年(前811)`), only
 * after a reign year written in Chinese numerals.
 */
const BRACKET_YEAR_HEADING =
  /^(?:[^()\d]{1,6}[^()]{0,8}年间?\s{0,2}\(\s{0,2}(?<year>\d{3,4})(?:\s{0,2}[-~]\s{0,2}(?<to>\d{3,4}))?|(?!第|每|前|后|後|同|当|當|本|该|該|这|這|去|今|明)[^()\d]{1,8}?(?:元|[一二三四五六七八九十廿卅〇零两]{1,4})年\s{0,2}\(\s{0,2}(?:(?<short>\d{1,2})|(?:公元)?前\s{0,2}(?<bce>\d{1,4})))\s{0,2}年?\s{0,2}\)$/;
