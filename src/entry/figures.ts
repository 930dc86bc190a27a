/**
 * `dashiji/figures`: the figure rules and the Chinese number reader on their own. `findFigures`
 * reads the text and its folded view (`fold(text)`, same length) and returns offsets into both.
 *
 * @example
 * import { findFigures, fold, parseNumber } from 'dashiji/figures';
 * parseNumber('29.79亿'); // 2979000000
 * findFigures('投入约３亿元', fold('投入约３亿元'));
 *
 * @module dashiji/figures
 */
export { findFigures } from '../extractors/figures/index.js';
export type { FigureHit, FindFiguresOptions, Qualifier } from '../extractors/figures/index.js';
export { parseNumber } from '../numbers.js';
export { fold } from '../text.js';
