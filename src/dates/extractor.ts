/**
 * The `times` extractor: every date or period in an entry body, resolved against the entry's
 * own date, the headings above it and the previous entry.
 */
import { defineExtractor, type ExtractContext } from '../extractor.js';
import { TimeExpressionSchema, type DateValue, type TimeExpression } from '../schema.js';
import { diagnostic, explain } from '../diagnostics/registry.js';
import { dateProblem } from './problem.js';
import { chronoTimes } from './chrono.js';
import { findTimes, isMinguoDate } from './find.js';
import { isTraditional } from '../text.js';
import type { DateAnchor, DateContext } from './types.js';

function anchorOf(d: DateValue | null): DateAnchor | null {
  return d ? { start: d.start, end: d.end, precision: d.precision } : null;
}

/** The date context of an entry, as the pipeline gives it to extractors. */
export function dateContextOf(ctx: ExtractContext): DateContext {
  const out: DateContext = {
    year: ctx.heading.year ?? ctx.document.year,
    month: ctx.heading.month,
    anchor: anchorOf(ctx.entry.date),
    previous: anchorOf(ctx.previousDate),
    ...(ctx.heading.calendar ? { calendar: ctx.heading.calendar } : {}),
  };
  if (ctx.heading.calendar) out.calendar = ctx.heading.calendar;
  if (isMinguoDate(ctx.entry.date) || isMinguoDate(ctx.previousDate) || (ctx.document.title !== null && isTraditional(ctx.document.title))) out.minguo = true;
  return out;
}

/**
 * Expressions that cannot be resolved (no year known anywhere, or a reason the date module
 * gives, such as a range that ends before it starts) become `unresolved-date`
 * diagnostics instead of items; expressions resolved by a guess are kept AND reported as
 * `ambiguous-date` (info), so a reader can check the guess. After dashiji's own rules, chrono-node
 * reads the casual references they leave (今天, 周三, 下午3点半: see chrono.ts), in the gaps only.
 */
export const timesExtractor = defineExtractor({
  name: 'times',
  schema: TimeExpressionSchema,
  trusted: true,
  extract(ctx: ExtractContext): TimeExpression[] {
    const items: TimeExpression[] = [];
    const lang = ctx.lang ?? 'zh';
    const date = dateContextOf(ctx);
    const own = findTimes(ctx.norm, date);
    const casual = chronoTimes(ctx.norm, date.anchor, own);
    const matches = casual.length === 0 ? own : [...own, ...casual].sort((a, b) => a.start - b.start);
    for (const match of matches) {
      if (match.value === null) {
        ctx.report({ ...dateProblem(ctx.norm.slice(match.start, match.end), match, lang), start: match.start, end: match.end });
        continue;
      }
      items.push({ ...match.value, ...ctx.item(match.start, match.end) });
      if (match.conflict !== undefined) {
        ctx.report({ ...diagnostic('era-year-mismatch', { reason: explain(match.conflict, lang) }, lang), start: match.start, end: match.end });
      }
      if (match.ambiguous !== undefined) {
        ctx.report({ ...dateProblem('', match, lang), start: match.start, end: match.end });
      }
    }
    return items;
  },
});
