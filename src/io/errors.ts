/**
 * The one error type of reading: input that is not a chronicle we can read at all. Parsing never
 * throws on odd text, but reading must: a PDF without a text layer or an endless stream has no
 * text to give the parser, and a caller has to be told why in words a user can act on.
 */

/** Why a file could not be read; stable, for programs to match (the message is for people). */
export type ChronicleInputErrorCode =
  | 'binary-input'
  | 'unknown-encoding'
  | 'undecodable-input'
  | 'too-large'
  | 'unreadable-file'
  | 'unsupported-format'
  | 'missing-package'
  | 'broken-document'
  | 'encrypted-pdf'
  | 'no-text-layer';

/** The error `readChronicle` and `decodeChronicle` throw for input that is not chronicle text. */
export class ChronicleInputError extends Error {
  override name = 'ChronicleInputError';
  constructor(
    message: string,
    readonly code: ChronicleInputErrorCode,
  ) {
    super(message);
  }
}
