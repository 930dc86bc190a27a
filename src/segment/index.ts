/**
 * Segmentation: the original text → title, headings and entries, each with its span in the
 * ORIGINAL input, plus diagnostics for whatever belongs to none of them. Three steps, each
 * testable alone:
 *
 *   1. reading lines (lines.ts; markdown.ts for Markdown): each line's kind and features;
 *   2. inferring the layout (layout.ts): which kinds of line begin an entry in THIS document;
 *   3. assembly (assemble.ts): the heading stack, entries, sub-items and captions.
 *
 * Continuation lines are joined to the entry above; that is the page-break repair: `罗\n\n林生`
 * reads `罗林生`, and a real new entry, which starts with a label, a bullet or a date (or, under
 * a heading, follows a finished sentence), is never swallowed.
 */
import { diagnostic } from '../diagnostics/registry.js';
import { fold } from '../text.js';
import { assemble } from './assemble.js';
import type { Segmentation, SegmentOptions } from './assemble.js';
import { inferLayout } from './layout.js';
import { markNotes, readLine, splitLines } from './lines.js';
import type { Line, LineInfo } from './lines.js';
import { looksLikeMarkdown, markdownIsTractable, readMarkdownLines } from './markdown.js';
import { isRunOn, splitRunOn } from './runon.js';

export { buildBody, OffsetMap } from './body.js';
export type { EntryBody } from './body.js';
export { subjectOfTitle } from './assemble.js';
export type { LabelNumbering, Segmentation, SegmentedEntry, SegmentOptions } from './assemble.js';
export type { Layout } from './layout.js';
export { inferLayout } from './layout.js';
export type { LabelFamily, Line, LineInfo, Marker } from './lines.js';
export { matchMarker, readLine, splitLines } from './lines.js';
export { looksLikeMarkdown, markdownIsTractable, readMarkdownLines } from './markdown.js';
export { isRunOn, splitRunOn } from './runon.js';

/** Step 1 for any input: its lines and what each looks like. */
export function readLines(source: string, options: SegmentOptions = {}): { lines: Line[]; infos: LineInfo[]; fallback: boolean; runOn: boolean } {
  const markdown = options.markdown ?? looksLikeMarkdown(source);
  let lines: Line[] | null = null;
  if (markdown && markdownIsTractable(source)) {
    try {
      lines = readMarkdownLines(source);
    } catch {
      // The Markdown parser recurses on nesting (100,000 `>` overflow its stack): such a text is
      // read as plain lines instead, and the caller says so.
      lines = null;
    }
  }
  const fallback = markdown && lines === null;
  // Plain lines, cut at each date-led sentence when the document runs its entries on (runon.ts).
  let runOn = false;
  if (lines === null) {
    const plain = splitLines(source, fold(source));
    runOn = options.runOn ?? isRunOn(plain);
    lines = splitRunOn(plain, runOn);
  }
  // A TAB is folded to a space: a line with no space in its folded text has none to look for.
  const infos = lines.map((line) => readLine(line, line.runs || !line.norm.includes(' ') ? '' : source.slice(line.start, line.end)));
  markNotes(lines, infos);
  return { lines, infos, fallback, runOn };
}

/**
 * Segment a chronicle. Never throws on odd text: whatever cannot be placed becomes an
 * `unparsed-text` diagnostic, so every non-blank character ends up somewhere.
 */
export function segment(source: string, options: SegmentOptions = {}): Segmentation {
  const { lines, infos, fallback } = readLines(source, options);
  const seg = assemble(source, lines, infos, options.layout ?? inferLayout(lines, infos), options);
  if (fallback) {
    seg.diagnostics.unshift({ ...diagnostic('markdown-unreadable', {}, options.lang), span: { start: 0, end: 0 } });
  }
  return seg;
}
