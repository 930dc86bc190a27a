/**
 * The pipeline, and the one place where its order lives:
 *
 *   text → normalize (fold, same length: spans need no second map)
 *        → segment into title, headings and entries (each entry's own date resolved in context)
 *        → extractors, in configuration order, per entry (a later one may read an earlier one's
 *          output: figures read times, so a number inside a date is never a figure)
 *        → item validation against each extractor's schema (a bad item becomes a diagnostic)
 *        → refiners, over the whole document (cross-entry checks such as date order)
 *        → the record, whose shape is `chronicleSchemaFor(extractors)`.
 */
import { z } from 'zod';
import { checkOptions, LangSchema } from './options.js';
import { checkZodVersion } from './extractor.js';
import { dashiji } from './errors.js';
import type { AnyExtractor, DocumentContext, ExtractContext, TaggedToken, Word } from './extractor.js';
import { chronicleSchemaFor } from './schema.js';
import { DiagnosticSchema } from './schema.js';
import type { BaseEntry, DateValue, Diagnostic, Heading, Span } from './schema.js';
import { buildBody, segment } from './segment/index.js';
import type { EntryBody, LabelNumbering, OffsetMap, SegmentedEntry, SegmentOptions } from './segment/index.js';
import { defaultSegmenter, isSegmenterUnavailable } from './words.js';
import type { Segmenter } from './words.js';
import { yearOfTitle } from './dates/headings.js';
import { collapseBreaks, fold } from './text.js';
import { diagnostic, phrase } from './diagnostics/registry.js';
import type { Lang } from './diagnostics/registry.js';

/** The items an extractor yields. */
type ItemOf<X> = X extends { readonly schema: infer S extends z.ZodType } ? z.output<S> : never;

/** One array per extractor, keyed by the extractor's name. */
export type ExtractedFields<E extends readonly AnyExtractor[]> = {
  [X in E[number] as X['name']]: Array<ItemOf<X>>;
};

/** An entry: the base fields plus the output of every configured extractor. */
export type ChronicleEntry<E extends readonly AnyExtractor[]> = BaseEntry & ExtractedFields<E>;

/** A parsed chronicle, typed by its parser's extractors. */
export interface Chronicle<E extends readonly AnyExtractor[]> {
  title: string | null;
  year: number | null;
  subject: string | null;
  headings: Heading[];
  entries: Array<ChronicleEntry<E>>;
  diagnostics: Diagnostic[];
}

/** What a refiner may do besides editing the document: report problems as data. */
export interface RefineContext {
  /** The original input. */
  readonly source: string;
  /** The language of this run's diagnostic messages (the parser's `lang`). */
  readonly lang: Lang;
  report(diagnostic: Diagnostic): void;
}

/**
 * A whole-document step after extraction: cross-entry checks, canonical names, clean-ups.
 * It may edit the document it is given (a fresh object of this parse) and returns nothing.
 */
export interface Refiner {
  readonly name: string;
  refine(doc: Chronicle<readonly AnyExtractor[]>, ctx: RefineContext): void;
}

/** A parser's configuration. Frozen once given to `createParser`. */
export interface ParserConfig<E extends readonly AnyExtractor[] = readonly AnyExtractor[]> {
  /** Extractors, run in this order; each name becomes an entry key. */
  readonly extractors: E;
  /** Refiners, run in this order after extraction. */
  readonly refiners?: readonly Refiner[];
  /** The word segmenter extractors use through `ctx.words()`; jieba by default (loaded lazily). */
  readonly segmenter?: Segmenter;
  /** The year the chronicle covers, when its text does not say it. */
  readonly year?: number;
  /**
   * Read the text as Markdown (`true`, for a `.md` file), as plain text (`false`), or decide from
   * the text (default: only text that is clearly Markdown is read as Markdown).
   */
  readonly markdown?: boolean;
  /**
   * Validate extracted items against their extractor's schema: `true` (default) for extractors not
   * marked `trusted` (yours), `'all'` for every extractor, `false` for none.
   */
  readonly validate?: boolean | 'all';
  /** The language of diagnostic messages: `zh` (default) or `en`. Codes and severities do not change. */
  readonly lang?: Lang;
}

/** What `extend` accepts: more extractors and refiners, or other settings. */
export interface ParserExtension<M extends readonly AnyExtractor[]> {
  readonly extractors?: M;
  readonly refiners?: readonly Refiner[];
  readonly segmenter?: Segmenter;
  readonly year?: number;
  readonly markdown?: boolean;
  readonly validate?: boolean | 'all';
  readonly lang?: Lang;
}

/** A configured parser: immutable; `extend` returns a new one. */
export interface Parser<E extends readonly AnyExtractor[]> {
  readonly config: Readonly<ParserConfig<E>>;
  /**
   * Parse a chronicle. Never throws on odd text: problems are in `diagnostics`. Throws once, with
   * the platform and the package to install, when the default segmenter (jieba) cannot load here.
   */
  parse(text: string): Chronicle<E>;
  /**
   * A new parser with more extractors and refiners. An extractor whose name is already
   * configured replaces that one in place (e.g. `entities({ people: [...] })`); the rest append.
   */
  extend<const M extends readonly AnyExtractor[] = []>(extension: ParserExtension<M>): Parser<[...E, ...M]>;
  /** The zod schema of what `parse` returns, including every extractor's key. */
  schema(): z.ZodType<Chronicle<E>>;
  /** The JSON Schema of what `parse` returns. */
  jsonSchema(): Record<string, unknown>;
}

const RESERVED = new Set(['ordinal', 'label', 'span', 'date', 'text']);

const SegmenterShape = z.custom<Segmenter>(
  (v) => typeof v === 'object' && v !== null && typeof (v as { cut?: unknown }).cut === 'function',
  'an object with a cut(text) method',
);

const ConfigSchema = z.strictObject({
  extractors: z.array(
    z.custom<AnyExtractor>(
      (v) =>
        typeof v === 'object' &&
        v !== null &&
        typeof (v as AnyExtractor).name === 'string' &&
        typeof (v as AnyExtractor).extract === 'function' &&
        (v as AnyExtractor).schema instanceof z.ZodType &&
        isNameList((v as AnyExtractor).after),
      'an extractor: { name: string, schema: a zod schema, extract(ctx), after?: string[] }',
    ),
  ),
  refiners: z
    .array(
      z.custom<Refiner>(
        (v) => typeof v === 'object' && v !== null && typeof (v as Refiner).refine === 'function',
        'a refiner: { name: string, refine(doc, ctx) }',
      ),
    )
    .optional(),
  segmenter: SegmenterShape.optional(),
  year: z.number().int().min(-9999).max(9999).optional(),
  markdown: z.boolean().optional(),
  validate: z.union([z.boolean(), z.literal('all')]).optional(),
  lang: LangSchema.optional(),
});

/** `after` is optional; when given, a list of extractor names. */
function isNameList(after: unknown): boolean {
  return after === undefined || (Array.isArray(after) && after.every((name) => typeof name === 'string'));
}

/**
 * Every `after` rule holds: a named extractor that is configured comes earlier. One that is not
 * configured is no error (the built-in steps each work alone; see `Extractor.after`).
 */
function checkOrder(extractors: readonly AnyExtractor[]): void {
  const names = extractors.map((x) => x.name);
  extractors.forEach((x, i) => {
    for (const before of x.after ?? []) {
      const at = names.indexOf(before);
      if (at >= i || before === x.name) {
        throw dashiji(`extractor \`${x.name}\` must run after \`${before}\`, which is not before it (order: ${names.join(', ')})`);
      }
    }
  });
}

/** Throw at once, naming the option, when a configuration is misused (unified's frozen-processor style). */
function checkConfig(config: unknown, where: string): void {
  const extractors = (config as { extractors?: unknown } | null)?.extractors;
  if (Array.isArray(extractors)) for (const x of extractors) checkZodVersion(x);
  checkOptions(ConfigSchema, config, where, 'extractors, refiners, segmenter, year, markdown, validate, lang');
  const names = new Set<string>();
  for (const x of (config as ParserConfig).extractors) {
    if (RESERVED.has(x.name)) throw dashiji(`extractor name \`${x.name}\` is a reserved entry field`);
    if (!/^[A-Za-z_$][\w$]*$/.test(x.name)) throw dashiji(`extractor name \`${x.name}\` must be an identifier`);
    if (names.has(x.name)) throw dashiji(`two extractors are named \`${x.name}\``);
    names.add(x.name);
  }
  checkOrder((config as ParserConfig).extractors);
}

/** Tokens with offsets: segmenters return words only, so find each in turn. */
function locate(text: string, words: readonly string[]): Word[] {
  const out: Word[] = [];
  let at = 0;
  for (const w of words) {
    const i = text.indexOf(w, at);
    if (i < 0) continue;
    out.push({ text: w, start: i, end: i + w.length });
    at = i + w.length;
  }
  return out;
}

/**
 * What a thrown value says, whatever was thrown: a plug-in may throw a string, `null`, or an
 * object whose `message` getter or `toString` itself throws. Reading it must not throw again.
 */
export function describeThrown(error: unknown): string {
  try {
    if (typeof error === 'object' && error !== null && 'message' in error) {
      const message = (error as { message: unknown }).message;
      if (typeof message === 'string') return message;
    }
    return String(error);
  } catch {
    return 'a value that cannot be printed';
  }
}

/** A promise (or any thenable): plug-ins are synchronous, and a returned promise must not leak. */
function isThenable(value: unknown): value is PromiseLike<unknown> {
  try {
    return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
  } catch {
    return false;
  }
}

/** Swallow a returned promise's rejection: the diagnostic has said it all, the host must not crash. */
function settleQuietly(value: PromiseLike<unknown>): void {
  try {
    void Promise.resolve(value).then(undefined, () => {});
  } catch {
    // a thenable whose `then` throws has nothing left to reject
  }
}

/**
 * The segmenter as extractors see it: a `cut` or `tag` that returns a promise fails like a throw
 * (an `extractor-failed` diagnostic), and its rejection is caught instead of killing the host.
 */
function synchronous(segmenter: Segmenter): Segmenter {
  const check = <T>(value: T, method: string): T => {
    if (isThenable(value)) {
      settleQuietly(value);
      throw new Error(`segmenter ${method} returned a promise: it must be synchronous`);
    }
    return value;
  };
  const { tag } = segmenter;
  return {
    cut: (text) => check(segmenter.cut(text), 'cut'),
    ...(tag ? { tag: (text: string) => check(tag.call(segmenter, text), 'tag') } : {}),
  };
}

function spanOf(map: OffsetMap, start: number, end: number): Span {
  if (end <= start) {
    const at = map.at(start);
    return { start: at, end: at };
  }
  return { start: map.at(start), end: map.at(end - 1) + 1 };
}

/** Item texts shorter than this are shared across the document; longer ones are rarely repeated. */
const SHARED_TEXT_MAX = 16;

/**
 * One string per distinct short item text in a document: a chronicle names the same people, places
 * and trigger words thousands of times (会议, 仪式, 崇仁县 …), and each short slice of the input is
 * a fresh copy in V8. Records keep the canonical copy, and the rest is garbage at once.
 */
function shared(texts: Map<string, string>, text: string): string {
  if (text.length > SHARED_TEXT_MAX) return text;
  const known = texts.get(text);
  if (known !== undefined) return known;
  texts.set(text, text);
  return text;
}

/**
 * The short strings of a record item (rule names, units, roles, ISO dates, labels) replaced by the
 * document's one copy of each, as `shared` does for item texts: each is built afresh per item
 * (a rule name is joined from its parts), and a chronicle repeats them on every entry. Only
 * fresh objects of the built-in (trusted) steps are touched; values are equal, so JSON is too.
 */
function shareStrings(item: unknown, texts: Map<string, string>): void {
  if (item === null || typeof item !== 'object' || Array.isArray(item) || Object.isFrozen(item)) return;
  const o = item as Record<string, unknown>;
  // for…in reads the keys from the object's shape (no array of keys per item, as Object.keys makes).
  for (const key in o) {
    if (!Object.hasOwn(o, key)) continue;
    const v = o[key];
    if (typeof v === 'string' && v.length <= SHARED_TEXT_MAX) o[key] = shared(texts, v);
  }
}

function runExtractors(
  source: string,
  doc: DocumentContext,
  seg: SegmentedEntry,
  body: EntryBody,
  ordinal: number,
  previousDate: DateValue | null,
  config: ParserConfig,
  segmenter: Segmenter,
  diagnostics: Diagnostic[],
  texts: Map<string, string>,
): Record<string, unknown[]> {
  const { text, norm, map } = body;
  let words: Word[] | undefined;
  let tagged: TaggedToken[] | undefined;
  const results: Record<string, unknown[]> = {};
  const validate = config.validate ?? true;
  const lang = config.lang ?? 'zh';
  const ctx: ExtractContext = {
    lang,
    text,
    norm,
    item(start, end) {
      const span = spanOf(map, start, end);
      return { text: shared(texts, collapseBreaks(source.slice(span.start, span.end))), span };
    },
    bodyOffset: (original) => map.indexOf(original),
    entry: { ordinal, label: seg.label, date: seg.date, span: seg.span },
    document: doc,
    heading: seg.heading,
    previousDate,
    segmenter,
    words() {
      words ??= text ? locate(text, segmenter.cut(text)) : [];
      return words;
    },
    tagged() {
      if (tagged) return tagged;
      if (!segmenter.tag || !text) return (tagged = []);
      const tags = segmenter.tag(text);
      const located = locate(text, tags.map((t) => t.word));
      // locate() may skip a word it cannot find; pair tags by position in the located list.
      let k = 0;
      tagged = [];
      for (const t of tags) {
        const w = located[k];
        if (w && w.text === t.word) {
          tagged.push({ text: w.text, start: w.start, end: w.end, tag: t.tag });
          k++;
        }
      }
      return tagged;
    },
    results,
    report(d) {
      diagnostics.push({
        code: d.code,
        severity: d.severity,
        message: d.message,
        span: spanOf(map, d.start, d.end),
        entry: ordinal,
      });
    },
  };
  for (const x of config.extractors) {
    let items: unknown;
    try {
      items = x.extract(ctx);
    } catch (error) {
      // No segmenter at all is an installation problem, not odd text: say it once, clearly.
      if (isSegmenterUnavailable(error)) throw error;
      diagnostics.push({
        ...diagnostic('extractor-failed', { extractor: x.name, reason: phrase('threw', lang, { reason: describeThrown(error) }) }, lang),
        span: seg.span,
        entry: ordinal,
      });
      items = [];
    }
    if (isThenable(items)) {
      settleQuietly(items);
      diagnostics.push({
        ...diagnostic('extractor-failed', { extractor: x.name, reason: phrase('async-extract', lang) }, lang),
        span: seg.span,
        entry: ordinal,
      });
      items = [];
    }
    if (!Array.isArray(items)) {
      diagnostics.push({
        ...diagnostic('invalid-item', { extractor: x.name, reason: phrase('not-an-array', lang, { type: typeof items }) }, lang),
        span: seg.span,
        entry: ordinal,
      });
      items = [];
    }
    if (validate === 'all' || (validate && !x.trusted)) {
      const valid: unknown[] = [];
      for (const item of items as unknown[]) {
        let problem: string;
        try {
          // A schema's own refine or transform may throw: that is the item's problem, not the parse's.
          const r = x.schema.safeParse(item);
          if (r.success) {
            valid.push(r.data);
            continue;
          }
          problem = z.prettifyError(r.error).replace(/\n/g, ' ');
        } catch (error) {
          problem = phrase('schema-threw', lang, { reason: describeThrown(error) });
        }
        diagnostics.push({
          ...diagnostic('invalid-item', { extractor: x.name, reason: problem }, lang),
          span: seg.span,
          entry: ordinal,
        });
      }
      items = valid;
    }
    if (x.trusted) for (const item of items as unknown[]) shareStrings(item, texts);
    // An array built by push keeps room to grow (17 slots for one item, 152 bytes): the record
    // keeps a copy of its exact length, and the grown one dies young.
    results[x.name] = (items as unknown[]).length > 0 ? (items as unknown[]).slice() : (items as unknown[]);
  }
  return results;
}

/**
 * The `year` option wins over the title, as documented, but a title that names another year
 * usually means the option is a mistake (`--year 1991` for a 1990 chronicle): say so.
 */
function yearOverride(headings: readonly Heading[], year: number | undefined, lang: Lang): Diagnostic[] {
  if (year === undefined) return [];
  const title = headings.find((h) => h.kind === 'title');
  const said = title ? yearOfTitle(fold(title.text)) : null;
  if (title === undefined || said === null || said === year) return [];
  return [
    { ...diagnostic('year-overridden', { said, year }, lang), span: title.span },
  ];
}

function buildParser<E extends readonly AnyExtractor[]>(config: ParserConfig<E>): Parser<E> {
  const frozen: ParserConfig<E> = Object.freeze({
    ...config,
    extractors: Object.freeze([...config.extractors]) as unknown as E,
    ...(config.refiners ? { refiners: Object.freeze([...config.refiners]) } : {}),
  });
  let schema: z.ZodType | undefined;
  const schemaOf = (): z.ZodType<Chronicle<E>> => {
    schema ??= chronicleSchemaFor(frozen.extractors);
    return schema as z.ZodType<Chronicle<E>>;
  };

  /** Segment a text and get ready to extract its entries, one at a time, in any order. */
  const open = (text: string, within: ParseWithin = {}): ParseSession<E> => {
    if (typeof text !== 'string') {
      throw dashiji(`parse(text) expects a string, got ${text === null ? 'null' : typeof text}`);
    }
    const segmenter = synchronous(frozen.segmenter ?? defaultSegmenter());
    const lang = frozen.lang ?? 'zh';
    const seg = segment(text, {
      ...(frozen.year === undefined ? {} : { year: frozen.year }),
      ...(frozen.markdown === undefined ? {} : { markdown: frozen.markdown }),
      lang,
      ...within.segment,
    });
    const doc: DocumentContext = within.document ?? { title: seg.title, year: seg.year, subject: seg.subject };
    within.onDocument?.(doc);
    if (seg.labelsAt) within.onLabels?.(seg.labelsAt);
    // The date before each entry, for 同日 and friends: known from the segmentation alone.
    const previous: Array<DateValue | null> = [];
    let last: DateValue | null = null;
    for (const e of seg.entries) {
      previous.push(last);
      if (e.date) last = e.date;
    }
    const texts = new Map<string, string>();
    return {
      doc,
      starts: seg.entries.map((e) => e.span.start),
      extract(i, diagnostics) {
        const e = seg.entries[i]!;
        const ordinal = i + 1;
        if (!e.date) {
          // One literal, not a spread of `diagnostic(…)` plus keys: V8 would give each its own hidden class.
          const d = diagnostic('undated-entry', { entry: ordinal }, lang);
          diagnostics.push({ code: d.code, severity: d.severity, message: d.message, span: { start: e.span.start, end: e.span.end }, entry: ordinal });
        }
        // Bodies are built one at a time and dropped after extraction: memory holds the records,
        // not a second copy of the input with an offset per character.
        const body = buildBody(text, e.pieces);
        const fields = runExtractors(text, doc, e, body, ordinal, previous[i]!, frozen, segmenter, diagnostics, texts);
        shareStrings(e.date, texts);
        return { ordinal, label: e.label === null ? null : shared(texts, e.label), span: e.span, date: e.date, text: body.text, ...fields } as ChronicleEntry<E>;
      },
      norm: (i) => buildBody(text, seg.entries[i]!.pieces).norm,
      finish(entries, entryDiagnostics) {
        const diagnostics: Diagnostic[] = [...seg.diagnostics, ...yearOverride(seg.headings, frozen.year, lang), ...entryDiagnostics];
        const result: Chronicle<E> = {
          title: seg.title,
          year: seg.year,
          subject: seg.subject,
          headings: seg.headings,
          entries,
          diagnostics,
        };
        refine(result, text, lang, within.skipRefiner);
        diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
        return result;
      },
    };
  };

  /** Run the refiners over a finished document: what they report joins its diagnostics. */
  const refine = (result: Chronicle<E>, text: string, lang: Lang, skip: Refiner | undefined): void => {
    const { diagnostics } = result;
    const whole: Span = { start: 0, end: text.length };
    const refinerFailed = (refiner: string, reason: string) => diagnostic('refiner-failed', { refiner, reason }, lang);
    for (const r of frozen.refiners ?? []) {
      if (r === skip) continue;
      const ctx: RefineContext = {
        source: text,
        lang,
        report(d) {
          const checked = DiagnosticSchema.safeParse(d);
          if (checked.success) diagnostics.push(checked.data);
          else diagnostics.push({ ...refinerFailed(r.name, phrase('invalid-report', lang, { reason: z.prettifyError(checked.error).replace(/\n/g, ' ') })), span: whole });
        },
      };
      // A refiner that throws or returns a promise is reported, never thrown: parse never throws on odd text.
      try {
        const returned: unknown = r.refine(result as unknown as Chronicle<readonly AnyExtractor[]>, ctx);
        if (isThenable(returned)) {
          settleQuietly(returned);
          diagnostics.push({ ...refinerFailed(r.name, phrase('async-refine', lang)), span: whole });
        }
      } catch (error) {
        diagnostics.push({ ...refinerFailed(r.name, phrase('threw', lang, { reason: describeThrown(error) })), span: whole });
      }
    }
  };

  const parseWithin = (text: string, within: ParseWithin = {}): Chronicle<E> => {
    const session = open(text, within);
    const entries: Array<ChronicleEntry<E>> = [];
    const diagnostics: Diagnostic[] = [];
    for (let i = 0; i < session.starts.length; i++) entries.push(session.extract(i, diagnostics));
    return session.finish(entries, diagnostics);
  };

  const parse = (text: string): Chronicle<E> => parseWithin(text);
  const parser: Parser<E> = Object.freeze({
    config: frozen,
    parse,
    extend<const M extends readonly AnyExtractor[] = []>(extension: ParserExtension<M>): Parser<[...E, ...M]> {
      const more = extension.extractors ?? ([] as unknown as M);
      const replaced = frozen.extractors.map((x) => more.find((m) => m.name === x.name) ?? x);
      const appended = more.filter((m) => !frozen.extractors.some((x) => x.name === m.name));
      const { extractors: _more, refiners, ...settings } = extension;
      return createParser({
        ...frozen,
        ...settings,
        extractors: [...replaced, ...appended] as unknown as [...E, ...M],
        refiners: [...(frozen.refiners ?? []), ...(refiners ?? [])],
      });
    },
    schema: schemaOf,
    jsonSchema() {
      return z.toJSONSchema(schemaOf(), { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
    },
  });
  INTERNAL.set(parser as Parser<readonly AnyExtractor[]>, {
    run: parseWithin as Internals['run'],
    open: open as unknown as Internals['open'],
  });
  return parser;
}

/**
 * What `parseStream` needs that `parse` does not offer: read a block with the layout learned from
 * the start of the stream, and share one document context (and so the entity extractor's memory
 * of names) across blocks. Not public: the stream is its only caller.
 */
export interface ParseWithin {
  segment?: SegmentOptions;
  document?: DocumentContext;
  /** Receives the document context the parse used (the stream passes it to the next block). */
  onDocument?: (document: DocumentContext) => void;
  /** Receives `Segmentation.labelsAt` when `segment.labels` asked for it (the stream's label numbering). */
  onLabels?: (labelsAt: (offset: number) => LabelNumbering) => void;
  /** A refiner of the parser's not to run (the stream runs the date checks once, over all blocks). */
  skipRefiner?: Refiner;
}

/**
 * A text segmented and ready for extraction, entry by entry: the parallel parse extracts parts of
 * one document on several threads and puts the records together in entry order. Not public.
 */
export interface ParseSession<E extends readonly AnyExtractor[]> {
  /** The document context every entry of this parse sees (the key of extractors' memory). */
  readonly doc: DocumentContext;
  /** Where each entry starts in the input, in entry order: the number of entries and their place. */
  readonly starts: readonly number[];
  /** The record of entry `i` (0-based); its diagnostics are pushed to `diagnostics`, in parse order. */
  extract(i: number, diagnostics: Diagnostic[]): ChronicleEntry<E>;
  /** The folded body of entry `i`, as its extractors see it (`ctx.norm`). */
  norm(i: number): string;
  /** The document: segmentation diagnostics, then the entries' in order, refiners run, sorted by span. */
  finish(entries: Array<ChronicleEntry<E>>, entryDiagnostics: Diagnostic[]): Chronicle<E>;
}

interface Internals {
  run(text: string, within?: ParseWithin): Chronicle<readonly AnyExtractor[]>;
  open(text: string, within?: ParseWithin): ParseSession<readonly AnyExtractor[]>;
}

const INTERNAL = new WeakMap<Parser<readonly AnyExtractor[]>, Internals>();

function internals(parser: Parser<readonly AnyExtractor[]>): Internals {
  const found = INTERNAL.get(parser);
  if (!found) throw dashiji('not a parser made by createParser()');
  return found;
}

/** The stream's door into a parser (see ParseWithin). */
export function parseWithin<E extends readonly AnyExtractor[]>(parser: Parser<E>, text: string, within: ParseWithin): Chronicle<E> {
  const found = INTERNAL.get(parser as unknown as Parser<readonly AnyExtractor[]>);
  return (found ? found.run(text, within) : parser.parse(text)) as unknown as Chronicle<E>;
}

/** The parallel parse's door into a parser (see ParseSession). */
export function openSession<E extends readonly AnyExtractor[]>(parser: Parser<E>, text: string, within: ParseWithin = {}): ParseSession<E> {
  return internals(parser as unknown as Parser<readonly AnyExtractor[]>).open(text, within) as unknown as ParseSession<E>;
}

/**
 * Create a parser from a configuration. The configuration is checked at once (a wrong option
 * throws a TypeError naming it) and frozen: `extend` returns a new parser.
 */
export function createParser<const E extends readonly AnyExtractor[]>(config: ParserConfig<E>): Parser<E> {
  checkConfig(config, 'createParser()');
  return buildParser(config);
}
