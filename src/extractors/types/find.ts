/**
 * Reading event types: a pure function over one entry body, so it can be tested without the
 * pipeline. The vocabulary is compiled once per `eventTypes()` call.
 */
import { sortInPlace } from '../../sorted.js';
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
  /** Global, as users and the ReDoS check see it. */
  pattern: RegExp;
  types: string[];
}

/** A gapped trigger as the finder runs it: sticky, tried only where its first character stands. */
interface GappedRun {
  sticky: RegExp;
  types: string[];
  /** Its place in `gapped`: candidates keep the order a pattern-by-pattern scan gives them. */
  index: number;
}

/** A vocabulary ready for matching: literal words merged across types, gapped triggers compiled. */
export interface CompiledVocabulary {
  readonly literals: readonly Literal[];
  /** Literal words by their first character, longest first: one pass over the body finds them all. */
  readonly byFirst: ReadonlyMap<number, readonly Literal[]>;
  readonly gapped: readonly Gapped[];
  /** Type names in table order, for stable output. */
  readonly types: readonly string[];
  /**
   * 1 for every UTF-16 code unit a trigger (literal or gapped) starts with: one table lookup per
   * character of the body decides whether anything needs trying there.
   */
  readonly starts: Uint8Array;
  /** Gapped triggers by their first character, each as a sticky regex. */
  readonly gappedByFirst: ReadonlyMap<number, readonly GappedRun[]>;
  /** Indices in `gapped` of triggers with no first word (`…为`): scanned whole, position by position. */
  readonly ungated: readonly number[];
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
  const starts = new Uint8Array(0x10000);
  for (const first of byFirst.keys()) starts[first] = 1;
  const gappedList: Gapped[] = [];
  const gappedByFirst = new Map<number, GappedRun[]>();
  const ungated: number[] = [];
  for (const [trigger, typeSet] of gapped) {
    const parts = trigger.split(GAP_MARK);
    const pattern = new RegExp(parts.map((part) => part.replace(REGEX_SPECIAL, '\\$&')).join(GAP.source), 'g');
    const types = [...typeSet];
    const index = gappedList.push({ pattern, types }) - 1;
    // A gapped trigger starts with the first character of its first half. `eventTypes()` rejects
    // an empty half, but compileVocabulary takes any table: `…为` is scanned at every position.
    if (parts[0] === '') {
      ungated.push(index);
      continue;
    }
    const first = parts[0]!.charCodeAt(0);
    starts[first] = 1;
    let bucket = gappedByFirst.get(first);
    if (!bucket) gappedByFirst.set(first, (bucket = []));
    bucket.push({ sticky: new RegExp(pattern.source, 'y'), types, index });
  }
  return { literals: list, byFirst, gapped: gappedList, types: Object.keys(table), starts, gappedByFirst, ungated };
}

interface Candidate {
  start: number;
  end: number;
  types: string[];
}

const longestThenLeftmost = (a: Candidate, b: Candidate): number => b.end - b.start - (a.end - a.start) || a.start - b.start;
const byStart = (a: Candidate, b: Candidate): number => a.start - b.start;

/** Options of `findEventTypes`. */
export interface FindEventTypesOptions {
  /** Body ranges whose triggers do not count (names of organizations and places). */
  exclude?: ReadonlyArray<readonly [number, number]>;
  /**
   * Ranges of bodies' names, excluded too, except for a trigger of `SUFFIX_TRIGGER` characters or
   * more that ends the name: it says what the body is (市第十五届人民代表大会 is a congress), where
   * a short one (政协 in 全国政协副主席) or one inside the name (华建设计院) does not.
   */
  bodies?: ReadonlyArray<readonly [number, number]>;
}

/** The shortest trigger that, ending a body's name, still counts (see `bodies`). */
const SUFFIX_TRIGGER = 4;

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
  // Gapped hits per trigger, appended after the literal ones in trigger order (the order a scan
  // of one pattern after another gives: ties in the sort below keep it); `gappedFrom` is where a
  // trigger may match next, as a global scan resumes after its last hit.
  let gappedHits: Candidate[][] | undefined;
  let gappedFrom: number[] | undefined;
  const { starts, byFirst, gappedByFirst } = vocabulary;
  // One pass: at each position whose character starts some trigger, the words that start with it
  // (a handful at most).
  for (let at = 0; at < norm.length; at++) {
    const code = norm.charCodeAt(at);
    if (starts[code] !== 1) continue;
    const bucket = byFirst.get(code);
    if (bucket) {
      for (const { word, types } of bucket) {
        if (norm.startsWith(word, at)) candidates.push({ start: at, end: at + word.length, types });
      }
    }
    const runs = gappedByFirst.get(code);
    if (!runs) continue;
    gappedHits ??= vocabulary.gapped.map(() => []);
    gappedFrom ??= vocabulary.gapped.map(() => 0);
    for (const { sticky, types, index } of runs) {
      if (at < gappedFrom[index]!) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(norm);
      if (!m) continue;
      gappedHits[index]!.push({ start: at, end: at + m[0].length, types });
      gappedFrom[index] = at + m[0].length;
    }
  }
  for (const index of vocabulary.ungated) {
    const { pattern, types } = vocabulary.gapped[index]!;
    gappedHits ??= vocabulary.gapped.map(() => []);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(norm); m !== null; m = pattern.exec(norm)) gappedHits[index]!.push({ start: m.index, end: m.index + m[0].length, types });
  }
  if (gappedHits) for (const hits of gappedHits) for (const c of hits) candidates.push(c);
  // Characters inside names and book titles, marked once: a trigger wholly inside them does not count.
  const excludedAt = new Uint8Array(norm.length);
  for (const [s, e] of options.exclude ?? []) excludedAt.fill(1, Math.max(0, s), Math.min(norm.length, e));
  if (norm.includes('《')) {
    BOOK_TITLE.lastIndex = 0;
    for (let m = BOOK_TITLE.exec(norm); m !== null; m = BOOK_TITLE.exec(norm)) excludedAt.fill(1, m.index, m.index + m[0].length);
  }
  for (const [s, e] of options.bodies ?? []) excludedAt.fill(1, Math.max(0, s), Math.min(norm.length, e));
  const inside = (c: Candidate) => {
    for (let i = c.start; i < c.end; i++) if (!excludedAt[i]) return false;
    if (c.end - c.start >= SUFFIX_TRIGGER && options.bodies?.some(([, e]) => e === c.end) && !options.exclude?.some(([s, e]) => s <= c.start && e >= c.end)) return false;
    return true;
  };

  // Longest first, then leftmost: a greedy pass keeps every candidate no longer one overlaps.
  // Occupied characters are marked, so the pass is linear in the body, not in candidates².
  sortInPlace(candidates, longestThenLeftmost);
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
  for (const c of sortInPlace(taken, byStart)) {
    if (c.types.length === 0 || inside(c)) continue;
    for (const type of c.types) {
      let list = byType.get(type);
      if (!list) byType.set(type, (list = []));
      list.push({ start: c.start, end: c.end });
    }
  }
  return [...byType].map(([type, triggers]) => ({ type, triggers }));
}
