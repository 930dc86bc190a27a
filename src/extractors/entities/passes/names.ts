/**
 * Names looked for verbatim: the user's dictionary, and the names carried from earlier entries.
 */
import type { Scanner } from '../scanner.js';
import { NAME_TYPES, NameIndex } from '../name-index.js';

/** Every mention of the names of `names`: by type, then by name in list order, then by offset. */
export function findNames(sc: Scanner, names: NameIndex, rule: 'dictionary' | 'known'): void {
  for (const type of NAME_TYPES) {
    for (const { start, end } of names.mentions(sc.s, type)) {
      if (rule === 'known') {
        if (sc.overlaps(start, end)) continue;
        if (type !== 'organization' && !sc.placeLeftOk(start)) continue;
      }
      sc.add({ type, start, end, rule });
    }
  }
}
