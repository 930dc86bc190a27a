/**
 * The one way dashiji builds an error it throws. Parsing user text never throws (odd text becomes
 * diagnostics); what does throw is misuse of the API (a wrong option, extractors out of order) and
 * a few inputs the caller chose (a dictionary file with lines that fit no section). Every such
 * message starts with `dashiji:`, so a user who sees it in a stack of other libraries' errors knows
 * at once whose it is and that it is about how dashiji was called.
 */

/** What went wrong: the API was called wrongly (`usage`, a TypeError) or a given input is unusable (`input`). */
export type DashijiErrorKind = 'usage' | 'input';

/**
 * An error with the `dashiji:` prefix. Misuse of the API is a `TypeError`, as the platform does for
 * a wrong argument (so `catch (e) { if (e instanceof TypeError) … }` keeps working); an unusable
 * input the caller handed over (a dictionary file) is a plain `Error`. Returned, not thrown, so the
 * throw site reads `throw dashiji(…)` and TypeScript still sees the branch end.
 *
 * @example
 * throw dashiji('extractor `figures` must run after `times`, which is not before it');
 */
export function dashiji(message: string, kind: DashijiErrorKind = 'usage', options?: { cause?: unknown }): Error {
  const text = message.startsWith('dashiji: ') ? message : `dashiji: ${message}`;
  return kind === 'usage' ? new TypeError(text, options) : new Error(text, options);
}
