/**
 * `dashiji/dates`: the date rules on their own, for a caller who wants dates without the pipeline
 * (a heading matcher for another chronicle format, a date column in a spreadsheet). Every finder
 * reads a FOLDED string (`fold(text)`, same length, so offsets are offsets into `text`).
 *
 * @example
 * import { findTimes, fold } from 'dashiji/dates';
 * findTimes(fold('4月24日至25日'), { year: 2020, month: null, anchor: null, previous: null });
 *
 * @module dashiji/dates
 */
export { findTimes, matchEntryDate, matchHeading, yearOfTitle } from '../dates/index.js';
export type { BareYearMode, DateAnchor, DateContext, DateMatch, DateMatchValue, EntryDateOptions, HeadingMatch, ImpliedPart } from '../dates/index.js';
export { fold } from '../text.js';
