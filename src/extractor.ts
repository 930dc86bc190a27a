/**
 * The plug-in contract. An extractor is a small object: a `name` (the key its output takes on
 * every entry), a zod `schema` of ONE item, and `extract(ctx)` returning an array of items.
 * Everything an extractor may need arrives in one context object, so fields can be added
 * later without breaking anyone's extractor.
 */
import type { z } from 'zod';
import { dashiji } from './errors.js';
import type { DateValue, Severity, Span } from './schema.js';
import type { Lang } from './diagnostics/registry.js';
import type { Segmenter } from './words.js';

/** A word of the entry body, with offsets into `ctx.text`. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** A word with its part-of-speech tag. */
export interface TaggedToken extends Word {
  tag: string;
}

/** What the document around an entry says: the reader's context for resolving it. */
export interface DocumentContext {
  readonly title: string | null;
  /** The year the chronicle covers (title or first year heading). */
  readonly year: number | null;
  /** Who the chronicle is about, from the title. */
  readonly subject: string | null;
}

/** Everything an extractor sees for one entry. Offsets are into `text` (the entry body). */
export interface ExtractContext {
  /** The entry body after its label and own date, page-break artefacts repaired, on one line. */
  readonly text: string;
  /** `text` folded for matching (full-width to ASCII, dashes and spaces unified): same length. */
  readonly norm: string;
  /** Item text (as written, line breaks repaired) and original-input span of `text[start, end)`. */
  item(start: number, end: number): { text: string; span: Span };
  /** The inverse of `item`'s span: the first body offset at or after an ORIGINAL offset. */
  bodyOffset(original: number): number;
  /** The entry being extracted. */
  readonly entry: {
    readonly ordinal: number;
    readonly label: string | null;
    readonly date: DateValue | null;
    readonly span: Span;
  };
  readonly document: DocumentContext;
  /**
   * The year and month set by the nearest year/month heading above the entry, and `calendar:
   * 'lunar'` under a pre-1912 reign-year heading (its months and days are lunar).
   */
  readonly heading: { readonly year: number | null; readonly month: number | null; readonly calendar?: 'lunar' };
  /** The previous entry's own date, for 同日 and friends; null for the first entry. */
  readonly previousDate: DateValue | null;
  /** The configured word segmenter. Prefer `words()`, which is computed once per entry. */
  readonly segmenter: Segmenter;
  /** The body cut into words, computed on first call and shared by all extractors. */
  words(): readonly Word[];
  /** The body cut and tagged, computed on first call; empty when the segmenter cannot tag. */
  tagged(): readonly TaggedToken[];
  /** Output of the extractors that ran before this one, by name. */
  readonly results: Readonly<Record<string, readonly unknown[]>>;
  /**
   * The language of this run's diagnostic messages (the parser's `lang`; `zh` when absent). An
   * extractor with its own codes may use it to pick its wording; `report` keeps the message given.
   */
  readonly lang?: Lang;
  /** Report a problem as data (never throw on odd text). Offsets are into `text`. */
  report(diagnostic: { code: string; severity: Severity; message: string; start: number; end: number }): void;
}

/**
 * The body ranges that earlier extractors' items cover (their spans are in the ORIGINAL input),
 * for an extractor that must not read the same characters again: figures skip what times read,
 * event types skip trigger words inside names. `keep` filters the items.
 */
export function claimedRanges(
  ctx: ExtractContext,
  items: readonly unknown[] | undefined,
  keep: (item: Record<string, unknown>) => boolean = () => true,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!items || ctx.text.length === 0) return out;
  for (const item of items) {
    if (typeof item !== 'object' || item === null || !keep(item as Record<string, unknown>)) continue;
    const span = (item as { span?: { start?: unknown; end?: unknown } }).span;
    if (typeof span?.start !== 'number' || typeof span.end !== 'number') continue;
    const start = ctx.bodyOffset(span.start);
    const end = ctx.bodyOffset(span.end);
    if (end > start) out.push([start, end]);
  }
  return out;
}

/** An extractor: its `name` becomes the entry key, its `schema` validates and types one item. */
export interface Extractor<Name extends string = string, Schema extends z.ZodType = z.ZodType> {
  readonly name: Name;
  readonly schema: Schema;
  extract(ctx: ExtractContext): Array<z.output<Schema>>;
  /**
   * Set by dashiji's built-in extractors, whose output the test suite checks against their schemas
   * (property tests over arbitrary text), so the parser skips per-item validation for speed unless
   * asked (`validate: 'all'`). Leave it unset in your own extractors: their items are validated.
   */
  readonly trusted?: boolean;
  /**
   * The extractors whose output this one reads through `ctx.results` (figures read `times`, so a
   * number inside a date is never a figure). An ordering rule, not a requirement: when a named
   * extractor is configured it must come earlier, and `createParser` / `extend` throw at once
   * otherwise; when it is not configured at all, this one runs without it (`ctx.results[name]` is
   * undefined), so every built-in step also works alone.
   */
  readonly after?: readonly string[];
}

/** Any extractor, whatever its name and item type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyExtractor = Extractor<string, any>;

/**
 * Define an extractor with its name and item type inferred, so that `doc.entries[0][name]` is
 * typed without casts once the extractor is passed to `createParser` or `parser.extend`.
 */
export function defineExtractor<const Name extends string, Schema extends z.ZodType>(
  extractor: Extractor<Name, Schema>,
): Extractor<Name, Schema> {
  checkZodVersion(extractor as unknown);
  // `after` is copied and frozen too: the built-in steps are shared objects, and a caller pushing a
  // name onto `figures().after` must not change every parser's order check.
  const after = Array.isArray(extractor.after) ? { after: Object.freeze([...extractor.after]) } : {};
  return Object.freeze({ ...extractor, ...after });
}

/**
 * A zod 3 schema: it has zod 3's `_def` and `safeParse` but none of zod 4's `_zod` internals. A
 * project on zod 3 gets a type error it cannot read, then a generic "expected a zod schema"; this
 * lets the error name the cause instead.
 */
export function isZod3Schema(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { _def?: unknown; _zod?: unknown; safeParse?: unknown };
  return typeof v._def === 'object' && v._def !== null && v._zod === undefined && typeof v.safeParse === 'function';
}

/** Throw at once when an extractor's schema comes from zod 3: dashiji reads zod 4 schemas only. */
export function checkZodVersion(extractor: unknown): void {
  const x = extractor as { name?: unknown; schema?: unknown } | null;
  if (typeof x !== 'object' || x === null || !isZod3Schema(x.schema)) return;
  const name = typeof x.name === 'string' ? `extractor \`${x.name}\`` : 'an extractor';
  throw dashiji(
    `${name}: dashiji needs zod 4 schemas (this one is zod 3); install zod ^4 in your project and import { z } from 'zod'`,
  );
}
