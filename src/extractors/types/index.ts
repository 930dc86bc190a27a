/**
 * The `types` extractor: what kind of event each entry reports (meeting, signing, visit …),
 * with every trigger word and its span, so a reader can see WHY an entry got its type. The
 * vocabulary is data (`vocabulary.ts`), the reading is a pure function (`find.ts`); this file
 * is the public face: options, the item schema and the extractor object.
 */
import { z } from 'zod';
import { claimedRanges, defineExtractor } from '../../extractor.js';
import { checkOptions } from '../../options.js';
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
  checkOptions(EventTypeOptionsSchema, options ?? {}, 'eventTypes()', 'types, replace, guards');
  // The checked input, not zod's copy: z.record rebuilds the object and drops a `__proto__` key.
  return (options ?? {}) as EventTypeOptions;
}

/**
 * The merged table: defaults, then the user's words; an empty user list drops a type. A Map, not
 * an object literal, so a type named `constructor` or `__proto__` is a type like any other
 * instead of reading (or replacing) Object.prototype.
 */
function mergeTables(options: EventTypeOptions): Record<string, readonly string[]> {
  const table = new Map<string, readonly string[]>(options.replace ? [] : Object.entries(EVENT_TYPES));
  for (const [type, words] of Object.entries(options.types ?? {})) {
    if (words.length === 0) table.delete(type);
    else table.set(type, [...new Set([...(table.get(type) ?? []), ...words])]);
  }
  // fromEntries defines own properties, so `__proto__` stays a key.
  return Object.fromEntries(table);
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
    trusted: true,
    after: ['entities'],
    extract(ctx) {
      const entities = ctx.results['entities'];
      return findEventTypes(ctx.norm, vocabulary, {
        exclude: claimedRanges(ctx, entities, (e) => e.type === 'place' || e.type === 'person'),
        bodies: claimedRanges(ctx, entities, (e) => e.type === 'organization'),
      }).map(({ type, triggers }) => ({
        type,
        triggers: triggers.map(({ start, end }) => ctx.item(start, end)),
      }));
    },
  });
}

/** The `types` extractor with the default vocabulary (EVENT_TYPES). */
export const typesExtractor = eventTypes();
