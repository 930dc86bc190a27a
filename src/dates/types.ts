/**
 * The date module's public types. Offsets are always into the string the caller scanned (a
 * folded entry body or line); the caller maps them to original-input spans.
 */
import type { Precision, TimeOfDay } from '../schema.js';

/** A resolved date or period that other dates are read against. */
export interface DateAnchor {
  start: string;
  end: string;
  precision: Precision;
}

/** What the reader knows around an expression: headings, the entry's date, the previous entry's. */
export interface DateContext {
  /** The year in force: the nearest year heading, else the chronicle's year (title). */
  year: number | null;
  /** The month heading in force, if any. */
  month: number | null;
  /** The entry's own date: resolves 8日上午, 14日, 同日, 次日 … inside the body. */
  anchor: DateAnchor | null;
  /** The previous entry's own date: resolves 同日 / 是日 / 同月 at an entry's start. */
  previous: DateAnchor | null;
  /**
   * `lunar` under a pre-1912 Chinese reign-year heading (matchHeading's `calendar`): months and
   * days written in Chinese numerals there are lunar dates. Arabic numerals stay Gregorian.
   */
  calendar?: 'lunar';
  /**
   * Years count from 1912 (民國): two- or three-digit years are Minguo ones (`108年6月`,
   * `109.3.15`, `111年` at an entry's start). The parser sets it where the chronicle shows it: a
   * 民國 year heading or date above, or a title in traditional script. Unset, a text in
   * traditional script reads such years so by itself; `false`, never.
   */
  minguo?: boolean;
  /**
   * The year in force is a school year (`88學年度`, `2019学年`, a year heading that starts in
   * August): a month from January to July written without its year is in the next calendar year.
   */
  academic?: boolean;
}

/**
 * Which components of a date came from context rather than from the text. `calendar`: the text
 * does not say 农历, and the lunar calendar was decided by the heading above it.
 */
export type ImpliedPart = 'year' | 'month' | 'day' | 'calendar';

/** A resolved date: the contract's TimeExpression without text and span (the caller adds them). */
export interface DateMatchValue {
  start: string;
  end: string;
  precision: Precision;
  open?: 'start' | 'end';
  timeOfDay?: TimeOfDay;
  implied?: ImpliedPart[];
  list?: string[];
  /** Set when the text is a lunar date; `start` and `end` are still Gregorian. */
  calendar?: 'lunar';
  /** The rule that produced the value, e.g. `month-day`, `range(month-day..day)`, `relative-day`. */
  rule: string;
}

/** One date expression found in a string. */
export interface DateMatch {
  /** Offsets of the expression in the scanned string. */
  start: number;
  end: number;
  /** null when the expression is a date but cannot be resolved (7月28日 with no year known). */
  value: DateMatchValue | null;
  /** Set when a rule had to guess; says what it guessed. */
  ambiguous?: string;
  /**
   * Set when the text contradicts itself and a rule chose: `康熙四十七年（1710年）` (康熙47 is
   * 1708; the bracketed Gregorian year wins). Reported as a warning.
   */
  conflict?: string;
}

/** How a bare number at an entry's start (a table cell `78`) is read. */
export type BareYearMode = 'gregorian' | 'minguo' | 'minguo-academic';

export interface EntryDateOptions {
  /** How a bare number at the start reads: `2013` (gregorian, default), `78` (minguo, 1989), `78` (minguo-academic, 1989-08-01..1990-07-31). */
  bareYear?: BareYearMode;
  /**
   * The year of the first year heading BELOW the entry, when no year is known above it (a
   * chronicle page that starts mid-year). The entry's year is then guessed as this minus one and
   * the match says so in `ambiguous`.
   */
  nextHeadingYear?: number | null;
}

/** A heading line's meaning: what it sets for the entries under it. */
export interface HeadingMatch {
  kind: 'year' | 'month' | 'section';
  year: number | null;
  month: number | null;
  /** `lunar` for a pre-1912 Chinese reign year (`清顺治二年（1645年）`): copy it into DateContext. */
  calendar?: 'lunar';
  /** The span of years a reign heading names as a whole (`清康熙年间（1662～1722年）`). */
  years?: { from: number; to: number };
  /** A reign year that disagrees with its bracketed Gregorian year: the message of a warning. */
  conflict?: string;
  /** A school year (`88學年度`, `2019学年`): `year` is the one it starts in (see DateContext.academic). */
  academic?: true;
  /**
   * A reign year with its Gregorian year in brackets (`大德四年(1300)`): the era's name and the
   * Gregorian year of its 元年, so that a later `大德七年` on its own reads as 1303.
   */
  era?: { name: string; first: number };
}
