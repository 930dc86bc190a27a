/**
 * Reading chronicles as they arrive: text in any common Chinese encoding, Markdown, PDF, Word
 * and web pages. See docs/input-formats.md.
 */
export { DEFAULT_MAX_SIZE, formatSize, parseSize, readBounded, readStdinBounded } from './bytes.js';
export { decodeChronicle, detectEncoding } from './decode.js';
export type { ChronicleEncoding, DecodedChronicle } from './decode.js';
export { ChronicleInputError } from './errors.js';
export type { ChronicleInputErrorCode } from './errors.js';
export type { OffsetMap } from './offsets.js';
export { detectFormat, INPUT_FORMATS, locateRecords, readChronicle, textSource } from './read.js';
export type { ChronicleSource, InputFormat, ReadOptions } from './read.js';
