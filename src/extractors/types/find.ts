/**
 * Reading event types: a pure function over one entry body, so it can be tested without the
 * pipeline. The vocabulary is compiled once per `eventTypes()` call.
 */
import { fold, simplify } from '../../text.js';
import { BOOK_TITLE, GAP, GAP_MARK, REGEX_SPECIAL } from './patterns.js';

/** A trigger found in the body, in body offsets. */
export interface TriggerHit {
  start: number;
  end: number;
}

/** One type found in the body, with every trigger occurrence, in body offsets. */
export interface TypeHit {
  type: string;
  triggers: TriggerHit[];
}

/** A plain trigger word, with every type it signals; `types` is empty for a guard. */
interface Literal {
  word: string;
  types: string[];
}

interface Gapped {
  pattern: RegExp;
  types: string[];
}

/** A vocabulary ready for matching: literal words merged across types, gapped triggers compiled. */
export interface CompiledVocabulary {
  readonly literals: readonly Literal[];
  /** Literal words by their first character, longest first: one pass over the body finds them all. */
  readonly byFirst: ReadonlyMap<number, readonly Literal[]>;
  readonly gapped: readonly Gapped[];
  /** Type names in table order, for stable output. */
  readonly types: readonly string[];
}

/**
 * Compile a type table and guard words. A word listed under two types signals both (a user may
 * want that); a guard never signals anything, it only takes its place from shorter triggers.
 * Words are kept in the matching view (`simplify`), so a word written in either script matches text
 * in either script.
 */
export function compileVocabulary(table: Readonly<Record<string, readonly string[]>>, guards: readonly string[] = []): CompiledVocabulary {
  const literals = new Map<string, Set<string>>();
  const gapped = new Map<string, Set<string>>();
  const add = (trigger: string, type: string | null) => {
    const folded = simplify(fold(trigger));
    const target = GAP_MARK.test(folded) ? gapped : literals;
    let set = target.get(folded);
    if (!set) target.set(folded, (set = new Set()));
    if (type !== null) set.add(type);
  };
  for (const [type, triggers] of Object.entries(table)) for (const t of triggers) add(t, type);
  for (const g of guards) add(g, null);
  const list = [...literals].filter(([word]) => word !== '').map(([word, types]) => ({ word, types: [...types] }));
  const byFirst = new Map<number, Literal[]>();
  for (const literal of list) {
    const first = literal.word.charCodeAt(0);
    let bucket = byFirst.get(first);
    if (!bucket) byFirst.set(first, (bucket = []));
    bucket.push(literal);
  }
  for (const bucket of byFirst.values()) bucket.sort((a, b) => b.word.length - a.word.length);
  return {
    literals: list,
    byFirst,
    gapped: [...gapped].map(([trigger, types]) => ({
      pattern: new RegExp(
        trigger
          .split(GAP_MARK)
          .map((part) => part.replace(REGEX_SPECIAL, '\\$&'))
          .join(GAP.source),
        'g',
      ),
      types: [...types],
    })),
    types: Object.keys(table),
  };
}

interface Candidate {
  start: number;
  end: number;
  types: string[];
}

/** Options of `findEventTypes`. */
export interface FindEventTypesOptions {
  /** Body ranges whose triggers do not count (names of organizations and places). */
  exclude?: ReadonlyArray<readonly [number, number]>;
}

/**
 * Every type the body speaks of, with all its trigger occurrences. Overlapping triggers: the
 * longest match wins (代表大会 over 大会, 投入使用 over 投入, 合作社 — a guard — over 合作); a
 * trigger inside a book title 《…》 or an excluded range never counts. Types come out in the
 * order of their first trigger.
 *
 * @param folded the folded body (`ctx.norm`): offsets are the body's.
 */
export function findEventTypes(folded: string, vocabulary: CompiledVocabulary, options: FindEventTypesOptions = {}): TypeHit[] {
  // Traditional text is read through the matching view, where the vocabulary lives.
  const norm = simplify(folded);
  const candidates: Candidate[] = [];
  // One pass: at each position, the words that start with its character (a handful at most).
  for (let at = 0; at < norm.length; at++) {
    const code = norm.charCodeAt(at);
    const bucket = vocabulary.byFirst.get(code);
    if (!bucket) continue;
    for (const { word, types } of bucket) {
      if (norm.startsWith(word, at)) candidates.push({ start: at, end: at + word.length, types });
    }
  }
  for (const { pattern, types } of vocabulary.gapped) {
    pattern.lastIndex = 0;
    for (const m of norm.matchAll(pattern)) candidates.push({ start: m.index, end: m.index + m[0].length, types });
  }
  // Characters inside names and book titles, marked once: a trigger wholly inside them does not count.
  const excludedAt = new Uint8Array(norm.length);
  for (const [s, e] of options.exclude ?? []) excludedAt.fill(1, Math.max(0, s), Math.min(norm.length, e));
  for (const m of norm.matchAll(BOOK_TITLE)) excludedAt.fill(1, m.index, m.index + m[0].length);
  const inside = (c: Candidate) => {
    for (let i = c.start; i < c.end; i++) if (!excludedAt[i]) return false;
    return true;
  };

  // Longest first, then leftmost: a greedy pass keeps every candidate no longer one overlaps.
  // Occupied characters are marked, so the pass is linear in the body, not in candidates².
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const occupied = new Uint8Array(norm.length);
  const taken: Candidate[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (occupied[i]) free = false;
    if (!free) continue;
    occupied.fill(1, c.start, c.end);
    taken.push(c);
  }
  const byType = new Map<string, TriggerHit[]>();
  for (const c of taken.sort((a, b) => a.start - b.start)) {
    if (c.types.length === 0 || inside(c)) continue;
    for (const type of c.types) {
      let list = byType.get(type);
      if (!list) byType.set(type, (list = []));
      list.push({ start: c.start, end: c.end });
    }
  }
  return [...byType].map(([type, triggers]) => ({ type, triggers }));
}
