/**
 * `dashiji/entities`: the entity rules, the `--dict` file reader and the per-entry unique list on
 * their own. `findEntities` reads the text and its folded view (`fold(text)`, same length).
 *
 * @example
 * import { parseChronicle } from 'dashiji';
 * import { parseDictionary } from 'dashiji/entities';
 * parseChronicle(text, { dictionary: parseDictionary(readFileSync('names.txt', 'utf8')) });
 *
 * @module dashiji/entities
 */
export { findEntities, parseDictionary, uniqueEntities } from '../extractors/entities/index.js';
export type { EntityHit, EntityType, FindEntitiesInput, NameLists } from '../extractors/entities/index.js';
export { fold } from '../text.js';
