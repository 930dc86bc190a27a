/**
 * The built-in steps, one factory each: `times()`, `figures()`, `entities(dictionary?)`,
 * `eventTypes(options?)`. A user composes a parser from calls, the same way whether a step takes
 * options or not, instead of remembering which steps are constants (`timesExtractor`) and which
 * are functions. The steps themselves live in their own modules; this file only gives the two
 * without options the same face as the two with.
 */
import { z } from 'zod';
import { timesExtractor } from './dates/extractor.js';
import { figuresExtractor } from './extractors/figures/index.js';
import { checkOptions } from './options.js';

export { entities } from './extractors/entities/index.js';
export type { EntityOptions } from './extractors/entities/index.js';
export { eventTypes } from './extractors/types/index.js';
export type { EventTypeOptions } from './extractors/types/index.js';

/** A step without options still refuses one, so `times({ year: 2020 })` is not silently ignored. */
const NoOptions = z.strictObject({}).optional();

/**
 * The `times` extractor: every date or period in an entry body, resolved against the entry's own
 * date, the headings above it and the previous entry. Takes no options (the year comes from the
 * parser's `year` or the text).
 *
 * @example
 * createParser({ extractors: [times(), figures()] });
 */
export function times(options?: Record<string, never>): typeof timesExtractor {
  checkOptions(NoOptions, options, 'times()', 'no options');
  return timesExtractor;
}

/**
 * The `figures` extractor: money, headcounts, counts, measures, percentages and ordinals. Declares
 * `after: ['times']`: with `times` configured it must come later, so a number inside a date is
 * never also a figure; without `times` it guards dates on its own.
 *
 * @example
 * createParser({ extractors: [times(), figures()] }).parse(text).entries[0].figures;
 */
export function figures(options?: Record<string, never>): typeof figuresExtractor {
  checkOptions(NoOptions, options, 'figures()', 'no options');
  return figuresExtractor;
}
