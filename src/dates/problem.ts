/**
 * The one diagnostic of a date that needs a second look, the same from an entry's own date
 * (segment) and from a date in the body (the times extractor): one code per situation.
 */
import { diagnostic, explain, phrase } from '../diagnostics/registry.js';
import type { Lang } from '../diagnostics/registry.js';

/**
 * A date read with a guess (`ambiguous-date`, the guess as reason) or not placed at all (`unresolved-date`, with the date module's reason or "no year or month in its context").
 */
export function dateProblem(text: string, m: { readonly value?: unknown; readonly ambiguous?: string | undefined }, lang: Lang): ReturnType<typeof diagnostic> {
  if (m.value) return diagnostic('ambiguous-date', { reason: explain(m.ambiguous ?? '', lang) }, lang);
  return diagnostic('unresolved-date', { text, reason: m.ambiguous === undefined ? phrase('no-context', lang) : explain(m.ambiguous, lang) }, lang);
}
