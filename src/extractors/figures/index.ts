/**
 * The `figures` extractor: every money amount, headcount, count, measure, percentage and ordinal
 * in an entry body, as FigureSchema records. The reading itself is `findFigures` (find.ts), a
 * pure function; this file only wires it into the pipeline.
 */
import { claimedRanges, defineExtractor } from '../../extractor.js';
import { FigureSchema } from '../../schema.js';
import type { Figure, Span } from '../../schema.js';
import { findFigures } from './find.js';
import type { FigureHit } from './find.js';

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
    return findFigures(ctx.text, ctx.norm, { exclude }).map((hit) => {
      const { text, span } = ctx.item(hit.start, hit.end);
      return figureOf(hit, text, span);
    });
  },
});

const OPTIONAL = ['currency', 'qualifier', 'of'] as const;

/**
 * A hit as a record, its fields in the schema's order, made by one object literal of its final
 * shape: a spread would put the fields after the first few in a separate property array (40
 * bytes more per figure). Computed keys keep one literal per count of optional fields.
 */
function figureOf(hit: FigureHit, text: string, span: Span): Figure {
  const { kind, value, unit, approx } = hit;
  const keys: Array<(typeof OPTIONAL)[number]> = [];
  for (const k of OPTIONAL) if (hit[k] !== undefined) keys.push(k);
  const [a, b, c] = keys;
  if (a === undefined) return { kind, value, unit, approx, text, span };
  if (b === undefined) return { kind, value, unit, approx, [a]: hit[a], text, span };
  if (c === undefined) return { kind, value, unit, approx, [a]: hit[a], [b]: hit[b], text, span };
  return { kind, value, unit, approx, [a]: hit[a], [b]: hit[b], [c]: hit[c], text, span };
}
