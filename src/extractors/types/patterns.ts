/**
 * The patterns of the `types` extractor, as literals. Triggers themselves are plain words
 * (searched with indexOf); only the gap of an `A…B` trigger and the book-title guard are
 * regular expressions. Both are linear: a negated class with a bounded, lazy repeat.
 */

/** What may stand between the two halves of `A…B`: up to 12 characters of the same clause. */
export const GAP = /[^，。；！？：,.;!?:\s]{1,12}?/;

/** A book, paper or article title: 《武汉雷神山医院顺利通电 3 天架设 7 公里电缆》. */
export const BOOK_TITLE = /《[^《》]*》/g;

/** The gap marker in a trigger: `选举…为`. The ASCII `...` is accepted too. */
export const GAP_MARK = /…|\.\.\./;

/** Characters a regular expression treats specially, for quoting literal trigger halves. */
export const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/-]/g;
