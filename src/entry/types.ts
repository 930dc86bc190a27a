/**
 * `dashiji/types`: the event-type vocabulary and its reader on their own: the default table
 * (`EVENT_TYPES`, type → trigger words), its Chinese labels, the guard words, and `findEventTypes`
 * over a compiled vocabulary. It reads a folded string (`fold(text)`).
 *
 * @example
 * import { compileVocabulary, findEventTypes, fold, EVENT_TYPES } from 'dashiji/types';
 * findEventTypes(fold('召开第一次理事会'), compileVocabulary(EVENT_TYPES));
 *
 * @module dashiji/types
 */
export { EVENT_TYPE_LABELS, EVENT_TYPES, TRIGGER_GUARDS, compileVocabulary, findEventTypes } from '../extractors/types/index.js';
export type { CompiledVocabulary, DefaultEventType, FindEventTypesOptions, TriggerHit, TypeHit } from '../extractors/types/index.js';
export { fold } from '../text.js';
