/**
 * Names looked for verbatim: the user's dictionary, and the names carried from earlier entries.
 */
import { sortInPlace } from '../../../sorted.js';
import type { Scanner } from '../scanner.js';
import { NAME_TYPES, NameIndex } from '../name-index.js';

/** Leftmost first, then the longest of those starting together. */
const leftmostLongest = (a: { start: number; end: number }, b: { start: number; end: number }): number => a.start - b.start || b.end - a.end;

/**
 * Every mention of the names of `names`, by type; a dictionary's by name in list order, then by
 * offset; carried names by offset.
 */
export function findNames(sc: Scanner, names: NameIndex, rule: 'dictionary' | 'known'): void {
  for (const type of NAME_TYPES) {
    const found = names.mentions(sc.s, type);
    // Carried names by place: the leftmost first, the longest of those starting together. Where two
    // overlap, the first wins, whichever entry taught it first.
    if (rule === 'known') sortInPlace(found, leftmostLongest);
    for (const { start, end } of found) {
      if (rule === 'known') {
        if (sc.overlaps(start, end)) continue;
        if (type !== 'organization' && !sc.placeLeftOk(start)) continue;
      }
      sc.add({ type, start, end, rule });
    }
  }
}
