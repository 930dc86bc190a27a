/**
 * The date module: every date form a Chinese chronicle uses, resolved in context. All functions
 * are pure and read a FOLDED string (text.ts `fold`); offsets are into that string.
 */
export type { DateAnchor, DateContext, DateMatch, DateMatchValue, EntryDateOptions, BareYearMode, HeadingMatch, ImpliedPart } from './types.js';
export { findTimes, matchEntryDate } from './find.js';
export { matchBracketYearHeading, matchDynastyHeading, matchHeading, matchLearnedEraYear, matchMinguoShortHeading, yearOfTitle } from './headings.js';
export { DateChecks, dateDiagnostics, type DateDiagnostic } from './diagnostics.js';
export { timesExtractor, dateContextOf } from './extractor.js';
