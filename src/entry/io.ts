/**
 * `dashiji/io`: the reading layer on its own, for a caller who holds bytes and wants text without
 * the parser: encoding detection and decoding (UTF-8/16, GB18030/GBK, Big5), which reader a file
 * needs (text, Markdown, PDF, Word, web page), and the default size cap. `readChronicle` and
 * `locateRecords`, which most callers need, are in the package root.
 *
 * @example
 * import { decodeChronicle } from 'dashiji/io';
 * decodeChronicle(bytes).text;
 *
 * @module dashiji/io
 */
export { DEFAULT_MAX_SIZE, decodeChronicle, detectEncoding, detectFormat, INPUT_FORMATS, textSource } from '../io/index.js';
export type { DecodedChronicle, OffsetMap } from '../io/index.js';
