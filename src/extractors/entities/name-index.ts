/**
 * Names looked for verbatim in every entry: the user's dictionary and the names carried from
 * earlier entries of the same chronicle.
 */
import { sortInPlace } from '../../sorted.js';
import { matchingView } from './scanner.js';
import type { EntityType } from './scanner.js';

/** Names the caller already knows, as plain strings, by type. */
export interface NameLists {
  people?: readonly string[];
  organizations?: readonly string[];
  places?: readonly string[];
}

export const NAME_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];

/** Two UTF-16 codes as one small integer (a Map key without a string); collisions only cost a test. */
const pairKey = (a: number, b: number): number => ((a & 0x3fff) << 14) | (b & 0x3fff);

/** Mentions by key number, then by offset. */
const byKeyThenStart = (a: { key: number; start: number }, b: { key: number; start: number }): number => a.key - b.key || a.start - b.start;

/**
 * Names to look for verbatim in every entry (a user dictionary, the names carried from earlier
 * entries), indexed by their first two characters: an entry is read once, not once per name, so a
 * long chronicle whose memory holds thousands of names costs no more per entry than a short one.
 * Names are kept in their matching view; names shorter than two characters are never looked for.
 */
export class NameIndex {
  private readonly keys: Record<EntityType, string[]> = { person: [], organization: [], place: [] };
  /** By type, `pairKey` of a key's first two UTF-16 codes → the key numbers that start so. */
  private readonly byFirst: Record<EntityType, Map<number, number[]>> = {
    person: new Map(), organization: new Map(), place: new Map(),
  };
  /** Bit per type (by `NAME_TYPES` order) of the codes some key starts with: a cheap first test. */
  private firsts: Uint8Array | null = null;

  /** An index of the names of `lists`, in their order. */
  static of(lists: NameLists): NameIndex {
    const index = new NameIndex();
    for (const name of lists.people ?? []) index.add('person', name);
    for (const name of lists.organizations ?? []) index.add('organization', name);
    for (const name of lists.places ?? []) index.add('place', name);
    return index;
  }

  /** Append a name; it is looked for after the names added before it. */
  add(type: EntityType, name: string): void {
    const key = matchingView(name);
    if (key.length < 2) return;
    const first = key.charCodeAt(0);
    const pair = pairKey(first, key.charCodeAt(1));
    const keys = this.keys[type];
    const bucket = this.byFirst[type].get(pair);
    if (bucket) bucket.push(keys.length);
    else this.byFirst[type].set(pair, [keys.length]);
    keys.push(key);
    this.firsts ??= new Uint8Array(65536);
    this.firsts[first]! |= 1 << NAME_TYPES.indexOf(type);
  }

  /** Every occurrence in `s` of a name of `type` (overlapping ones too), by name order, then offset. */
  mentions(s: string, type: EntityType): Array<{ start: number; end: number }> {
    const bit = 1 << NAME_TYPES.indexOf(type);
    const keys = this.keys[type];
    const found: Array<{ key: number; start: number; end: number }> = [];
    const { firsts } = this;
    if (keys.length === 0 || firsts === null) return found;
    const byFirst = this.byFirst[type];
    for (let i = 0; i + 1 < s.length; i++) {
      const c = s.charCodeAt(i);
      if ((firsts[c]! & bit) === 0) continue;
      const bucket = byFirst.get(pairKey(c, s.charCodeAt(i + 1)));
      if (bucket === undefined) continue;
      for (const key of bucket) {
        const k = keys[key]!;
        if (s.startsWith(k, i)) found.push({ key, start: i, end: i + k.length });
      }
    }
    return sortInPlace(found, byKeyThenStart);
  }
}

