/**
 * The `types` extractor: what kind of event each entry reports (meeting, signing, visit …),
 * with every trigger word and its span, so a reader can see WHY an entry got its type. The
 * vocabulary is data (`vocabulary.ts`), the reading is a pure function (`find.ts`); this file
 * is the public face: options, the item schema and the extractor object.
 */
import { z } from 'zod';
import { defineExtractor } from '../../extractor.js';
import type { ExtractContext } from '../../extractor.js';
import { SpanSchema } from '../../schema.js';
import { compileVocabulary, findEventTypes } from './find.js';
import { GAP_MARK } from './patterns.js';
import { EVENT_TYPES, TRIGGER_GUARDS } from './vocabulary.js';

export { EVENT_TYPE_LABELS, EVENT_TYPES, TRIGGER_GUARDS } from './vocabulary.js';
export type { DefaultEventType } from './vocabulary.js';
export { compileVocabulary, findEventTypes } from './find.js';
export type { CompiledVocabulary, FindEventTypesOptions, TriggerHit, TypeHit } from './find.js';

/** One type of one entry: the type name and every trigger occurrence, as written, with its span. */
export const EventTypeSchema = z.object({
  type: z.string().min(1),
  triggers: z
    .array(z.object({ text: z.string(), span: SpanSchema }))
    .min(1)
    .describe('every occurrence of a trigger word of this type in the entry body, in order'),
});
export type EventType = z.infer<typeof EventTypeSchema>;

/** Options of `eventTypes()`. */
export interface EventTypeOptions {
  /**
   * More types, or more triggers for a default type: `{ epidemic: ['疫情', '防控'] }`. A name the
   * defaults have adds its words to theirs; an empty list removes that type. `A…B` is a gapped
   * trigger (A, then B later in the same clause).
   */
  types?: Readonly<Record<string, readonly string[]>>;
  /** Use only `types`, without the defaults (and without the default guards). */
  replace?: boolean;
  /** More guard words: longer words in which a trigger does not mean its type. */
  guards?: readonly string[];
}

const Trigger = z
  .string()
  .min(1, 'a non-empty trigger word')
  .refine((t) => t.split(GAP_MARK).every((part) => part.length > 0), 'a gapped trigger needs words on both sides of …');
const EventTypeOptionsSchema = z.strictObject({
  types: z.record(z.string().min(1, 'a non-empty type name'), z.array(Trigger, 'an array of trigger words')).optional(),
  replace: z.boolean().optional(),
  guards: z.array(z.string().min(1, 'a non-empty guard word'), 'an array of guard words').optional(),
});

/** Misusing the API throws at once, naming the option and what was expected. */
function validateOptions(options: unknown): EventTypeOptions {
  const parsed = EventTypeOptionsSchema.safeParse(options ?? {});
  if (parsed.success) return parsed.data as EventTypeOptions;
  const problems = parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return `unknown option ${issue.keys.map((k) => `"${k}"`).join(', ')} (expected types, replace, guards)`;
    }
    const path = issue.path.length ? issue.path.map(String).join('.') : '(options)';
    const expected = issue.path.length === 0 ? 'an object { types?, replace?, guards? }' : issue.message;
    return `option "${path}": expected ${expected.replace(/^Invalid input: expected /, '')}`;
  });
  throw new TypeError(`dashiji: eventTypes(): ${problems.join('; ')}`);
}

/** The merged table: defaults, then the user's words; an empty user list drops a type. */
function mergeTables(options: EventTypeOptions): Record<string, readonly string[]> {
  const table: Record<string, readonly string[]> = options.replace ? {} : { ...EVENT_TYPES };
  for (const [type, words] of Object.entries(options.types ?? {})) {
    if (words.length === 0) {
      delete table[type];
      continue;
    }
    table[type] = [...new Set([...(table[type] ?? []), ...words])];
  }
  return table;
}

/**
 * The body ranges of the names the `entities` extractor found, when it ran before this one: a
 * trigger inside a name is part of the name (厦门市台商投资企业协会, 联盟职教集团, 李建成).
 * Entity spans are in the ORIGINAL input; the body maps to it monotonically, so each end
 * converts with a binary search over `ctx.item`.
 */
function namesInBody(ctx: ExtractContext): Array<[number, number]> {
  const entities = ctx.results['entities'];
  if (!entities || entities.length === 0 || ctx.text.length === 0) return [];
  const n = ctx.text.length;
  const toBody = (original: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ctx.item(mid, mid + 1).span.start >= original) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const out: Array<[number, number]> = [];
  for (const item of entities) {
    if (typeof item !== 'object' || item === null) continue;
    const { type, span } = item as { type?: unknown; span?: { start?: unknown; end?: unknown } };
    if (type !== 'organization' && type !== 'place' && type !== 'person') continue;
    if (typeof span?.start !== 'number' || typeof span.end !== 'number') continue;
    const start = toBody(span.start);
    const end = toBody(span.end);
    if (end > start) out.push([start, end]);
  }
  return out;
}

/**
 * An event-type extractor with its own vocabulary. Throws a TypeError at once when the
 * options are wrong. Put it after `entities` (as `parser.extend` does) so that trigger words
 * inside names are ignored; it works without entities too.
 *
 * @example
 * const parser = defaultParser.extend({ extractors: [eventTypes({ types: { epidemic: ['疫情', '防控'] } })] });
 * parser.parse(text).entries[0].types; // [{ type: 'meeting', triggers: [{ text: '论坛', span }] }, …]
 */
export function eventTypes(options: EventTypeOptions = {}) {
  const checked = validateOptions(options);
  const guards = [...(checked.replace ? [] : TRIGGER_GUARDS), ...(checked.guards ?? [])];
  const vocabulary = compileVocabulary(mergeTables(checked), guards);
  return defineExtractor({
    name: 'types',
    schema: EventTypeSchema,
    extract(ctx) {
      return findEventTypes(ctx.norm, vocabulary, { exclude: namesInBody(ctx) }).map(({ type, triggers }) => ({
        type,
        triggers: triggers.map(({ start, end }) => ctx.item(start, end)),
      }));
    },
  });
}

/** The `types` extractor with the default vocabulary (EVENT_TYPES). */
export const typesExtractor = eventTypes();
