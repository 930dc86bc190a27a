/**
 * The `figures` extractor: every money amount, headcount, count, measure, percentage and ordinal
 * in an entry body, as FigureSchema records. The reading itself is `findFigures` (find.ts), a
 * pure function; this file only wires it into the pipeline.
 */
import { defineExtractor } from '../../extractor.js';
import type { ExtractContext } from '../../extractor.js';
import { FigureSchema } from '../../schema.js';
import type { Span } from '../../schema.js';
import { findFigures } from './find.js';

export { findFigures, QUALIFIERS } from './find.js';
export type { FigureHit, FindFiguresOptions, Qualifier } from './find.js';

/**
 * Figures of one entry. Runs after `times` when that extractor is configured, so a number the
 * date reader claimed (2020年4月24日, 2019 年度) is never also a figure; it guards dates on its
 * own too, so it works with no date extractor at all.
 */
export const figuresExtractor = defineExtractor({
  name: 'figures',
  schema: FigureSchema,
  extract(ctx) {
    const exclude = claimedByTimes(ctx);
    return findFigures(ctx.text, ctx.norm, { exclude }).map(({ start, end, ...fields }) => ({
      ...fields,
      ...ctx.item(start, end),
    }));
  },
});

function spanOf(item: unknown): Span | undefined {
  if (typeof item !== 'object' || item === null || !('span' in item)) return undefined;
  const span = (item as { span: unknown }).span;
  if (typeof span !== 'object' || span === null) return undefined;
  const { start, end } = span as { start?: unknown; end?: unknown };
  return typeof start === 'number' && typeof end === 'number' ? { start, end } : undefined;
}

/**
 * The ranges of the body that the `times` extractor already read, in body offsets. Its spans
 * are in the ORIGINAL input; the body maps to the original monotonically (`ctx.item`), so each
 * end converts with a binary search: O(log n) `item` calls per date, none when there are none.
 */
function claimedByTimes(ctx: ExtractContext): Array<[number, number]> {
  const times = ctx.results['times'];
  if (!times || times.length === 0 || ctx.text.length === 0) return [];
  const n = ctx.text.length;
  const originalStart = (i: number): number => ctx.item(i, i + 1).span.start;
  /** The first body offset whose character starts at or after `original`; n when none does. */
  const toBody = (original: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (originalStart(mid) >= original) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const out: Array<[number, number]> = [];
  for (const t of times) {
    const span = spanOf(t);
    if (!span) continue;
    const start = toBody(span.start);
    const end = toBody(span.end);
    if (end > start) out.push([start, end]);
  }
  return out;
}
