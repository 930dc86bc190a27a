/**
 * The `figures` extractor: every money amount, headcount, count, measure, percentage and ordinal
 * in an entry body, as FigureSchema records. The reading itself is `findFigures` (find.ts), a
 * pure function; this file only wires it into the pipeline.
 */
import { claimedRanges, defineExtractor } from '../../extractor.js';
import { FigureSchema } from '../../schema.js';
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
  trusted: true,
  after: ['times'],
  extract(ctx) {
    const exclude = claimedRanges(ctx, ctx.results['times']);
    return findFigures(ctx.text, ctx.norm, { exclude }).map(({ start, end, ...fields }) => ({
      ...fields,
      ...ctx.item(start, end),
    }));
  },
});
