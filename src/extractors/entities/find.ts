/**
 * The entity rules. Word segmenters tag place names fairly well in this genre, but almost no
 * person names and no organizations, so the rules work from what a reader uses: a title next to
 * a name, a surname with one or two given characters in that position, an organization suffix
 * with a left boundary, a place suffix or a gazetteer name, lists (`X、Y等企业`), and the
 * chronicle's own subject. Word boundaries from the segmenter serve only as support: they
 * decide whether a one-character boundary word really stands alone, and they are asked for
 * (see `boundaries.ts`) only where a candidate needs them, after every cheaper test passed.
 *
 * Everything runs on a matching view of the text (folded, traditional → simplified) that has
 * the text's length, so offsets found here are offsets into `text`. The word lists are looked
 * up once per entry, in one pass (see `lookup.ts`); the rules read the result by offset.
 */
import { simplify } from '../../text.js';
import { WordBoundaries } from './boundaries.js';
import { COUNTY_SHORT_FORMS, DIVISION_LIST } from './gazetteer.js';
import type { BoundarySource } from './boundaries.js';
import {
  AMBIGUOUS_PLACES,
  CORPORATE_TITLES,
  LEFT_STOPS,
  NON_GIVEN_CHARS,
  NON_PLACE_CHARS,
  NOT_ORG_NAMES,
  NOT_ORG_SUFFIX_WORDS,
  SUFFIX_GUARDS,
  SURNAMES,
} from './lexicon.js';
import { List, WordIndex, longestEndingAt } from './lookup.js';
import {
  ACTS_AFTER,
  BOUNDARY_CHAR,
  BRACKET_AT,
  BRACKET_BEFORE,
  COUNT_BEFORE,
  ELECT_VERB,
  GENERIC_UNITS,
  HAN_CHAR,
  LATIN_NAME,
  LEADING_DETERMINER,
  ORG_LIST_TAIL,
  PAIR_VERB_AFTER,
  PARTY_COMMITTEE,
  PEOPLE_AFTER_DENG,
  THIS_ONE,
  TITLE_BLOCKERS,
} from './patterns.js';

/** The three kinds of entity of the contract. */
export type EntityType = 'person' | 'organization' | 'place';

/**
 * One entity found in an entry body: offsets into `text`, plus the rule that produced it, so
 * that a wrong answer can be traced to its rule in a minute.
 */
export interface EntityHit {
  type: EntityType;
  start: number;
  end: number;
  role?: string;
  canonical?: string;
  rule: string;
}

/** Names the caller already knows, as plain strings, by type. */
export interface NameLists {
  people?: readonly string[];
  organizations?: readonly string[];
  places?: readonly string[];
}

/** What `findEntities` reads: one entry body and its folded view, and optional word lists. */
export interface FindEntitiesInput {
  /** The entry body, page breaks repaired. */
  text: string;
  /** `fold(text)`: same length. */
  norm: string;
  /** The chronicle's subject (from its title), whose short forms get `canonical`. */
  subject: string | null;
  /**
   * The body cut into words (offsets into `text`), when it is at hand; used only as boundary
   * support. Takes precedence over `cut`.
   */
  words?: () => readonly { text: string; start: number; end: number }[];
  /**
   * The segmenter's `cut`, asked only for the stretches between punctuation where a rule needs
   * a word boundary (a few per entry), instead of the whole body. The extractor passes this.
   */
  cut?: (text: string) => readonly string[];
  /** The body cut and tagged; accepted for symmetry with the context, not used by the rules. */
  tagged?: () => readonly { text: string; start: number; end: number; tag: string }[];
  /**
   * Names found in earlier entries of the same chronicle (the extractor passes them), so that
   * `张建琛` named with his title in entry 2 is also found bare in entry 6.
   */
  known?: NameLists | NameIndex;
}

const NAME_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];

/** Two UTF-16 codes as one small integer (a Map key without a string); collisions only cost a test. */
const pairKey = (a: number, b: number): number => ((a & 0x3fff) << 14) | (b & 0x3fff);

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
    return found.sort((a, b) => a.key - b.key || a.start - b.start);
  }
}

// ---------------------------------------------------------------------------------------------
// Character tables and small word sets, built once at module load (immutable afterwards).

/** A table of flags by UTF-16 code for a few characters, to test a position without a regex. */
function codeSet(chars: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/** Characters that are rarely part of a given name (see `NON_GIVEN_CHARS`). */
const NON_GIVEN = codeSet(NON_GIVEN_CHARS);
/** Characters that never end a place stem (see `NON_PLACE_CHARS`). */
const NON_PLACE = codeSet(NON_PLACE_CHARS);
/** Characters after which a name may start: the end of a unit (`招商组谭骞`, `管理处郑伟平`). */
const UNIT_END = codeSet('组处局部司院会厅委办队团所站室科中心');
/** One-character left stops that never stand inside a name (unlike 和平, 同济, 对外, 于都, 将乐). */
const STRONG_STOP = codeSet('的了是在为被把从到赴由给让请获受率');
/** The one-character words of `LEFT_STOPS`. */
const SINGLE_LEFT_STOP = codeSet(LEFT_STOPS.filter((w) => w.length === 1).join(''));
/** The one-character surnames (`SURNAMES` also has compound ones: 欧阳, 司马). */
const SINGLE_SURNAME = codeSet(SURNAMES.filter((w) => w.length === 1).join(''));
/** Characters that may not stand in a place stem before 市/县/区 (`应|瑞金市`, `全县`). */
const STEM_STOP = codeSet('的了和与在是等为及对从省市县区镇乡村');
/** Characters of a company list's first item that end it: a zone's name may not hold them. */
const ZONE_NAME_STOP = codeSet('等和与及的');
/** Characters that end the search for the next punctuation mark of an election list. */
const CLAUSE_END = codeSet(',，。;；!?！？');
/** Characters that end a list introduced by a category noun (`成员单位X、Y，…`). */
const LIST_HEAD_END = codeSet(',，。;；:：!?！？“”"()等');
/** Last characters of `NOT_ORG_SUFFIX_WORDS` and of the `SUFFIX_GUARDS` suffixes: a cheap first test. */
const NOT_ORG_SUFFIX_LAST = codeSet([...NOT_ORG_SUFFIX_WORDS].map((w) => w.slice(-1)).join(''));
const GUARDED_LAST = codeSet(Object.keys(SUFFIX_GUARDS).map((w) => w.slice(-1)).join(''));
/** Single characters of a person list or coordination: `刘建、王祺`, `项南和何载`. */
const LIST_JOINER = codeSet('、和及与');
const COUNT_CHAR = codeSet('0123456789一二三四五六七八九十两几');
const ASCII_DIGIT = codeSet('0123456789');
const LATIN_OR_DIGIT = codeSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
/** Characters before a zone that make it an actor: `与…高新区签署`. */
const PARTNER_BEFORE_CHAR = codeSet('与和同跟');
/** Characters after an administrative suffix that make it another word: 区域, 市场, 县城, 乡村. */
const ADMIN_BLOCKERS: Readonly<Record<string, string>> = {
  区: '域别分划块间位',
  市: '场民值面井',
  县: '城级',
  镇: '压定静',
  乡: '村下亲土愁',
  村: '民庄落',
};
/** County short forms (matching view): alone, they are a place only where the chronicle confirms it. */
const COUNTY_STEMS: ReadonlySet<string> = new Set(COUNTY_SHORT_FORMS.map((w) => simplify(w)));
/** Full names of units (matching view) → the length of the unit word their short form drops. */
const FULL_NAME_UNIT: ReadonlyMap<string, number> = new Map(
  DIVISION_LIST.filter((d) => d.short !== null).map((d) => [simplify(d.name), d.name.length - d.short!.length]),
);
/** Bits of the per-offset start/end tables. */
const TYPE_BIT: Readonly<Record<EntityType, number>> = { person: 1, organization: 2, place: 4 };
const TITLE_BIT = 8;
/** Name lengths tried before a title or anchor, and given-name lengths after a surname. */
const NAME_LENGTHS_BEFORE = [4, 3, 2] as const;
const GIVEN_LENGTHS = [2, 1] as const;
const ELECTED_LENGTHS = [3, 2, 4] as const;
const STEM_LENGTHS_COUNTY = [3, 2, 1] as const;
const STEM_LENGTHS = [3, 2] as const;
const CODE_ZHANG = '长'.charCodeAt(0);
const CODE_WEI = '为'.charCodeAt(0);
const CODE_YOU = '由'.charCodeAt(0);
const CODE_DUN = '、'.charCodeAt(0);
const CODE_DENG = '等'.charCodeAt(0);
const CODE_PAREN_OPEN = '('.charCodeAt(0);
const CODE_PAREN_CLOSE = ')'.charCodeAt(0);
const CODE_ZHOU = '州'.charCodeAt(0);
const CODE_MENG = '盟'.charCodeAt(0);
const CODE_XIAN = '县'.charCodeAt(0);

// ---------------------------------------------------------------------------------------------
// The matching view.

/**
 * `norm` with traditional characters folded to simplified (`simplify`, OpenCC's table): same
 * length, so same offsets. The name of this module's public face for the shared folding.
 */
export function matchingView(norm: string): string {
  return simplify(norm);
}

/** BOUNDARY_CHAR and HAN_CHAR as tables by code: they are asked at almost every position. */
const BOUNDARY_TABLE: Uint8Array = (() => {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    const ch = String.fromCharCode(c);
    if (BOUNDARY_CHAR.test(ch)) table[c] = 1;
    else if (HAN_CHAR.test(ch)) table[c] = 2;
  }
  return table;
})();

// ---------------------------------------------------------------------------------------------
// The scanner: one per entry, holding the view and what has been found so far.

class Scanner {
  readonly s: string;
  readonly n: number;
  readonly hits: EntityHit[] = [];
  /** Titles found, greedy left to right, non-overlapping. */
  readonly titles: Array<{ start: number; end: number }> = [];
  /** The longest word of every list at every offset of `s`. */
  private readonly lex: WordIndex;
  /** Word boundaries from the segmenter, asked lazily (support only). */
  private readonly cuts: WordBoundaries;
  private readonly placeStems = new Set<string>();
  /**
   * Where, in `table`, the per-offset flags start: bit per type of a hit ending (ends) or
   * starting (starts) there; 8 a title.
   */
  private readonly ends: number;
  private readonly starts: number;

  /** Bytes of the zeroed workspace a scanner needs for a body of length `n`. */
  static size(n: number): number {
    return WordIndex.size(n) + WordBoundaries.size(n) + 2 * (n + 2);
  }

  /** A scanner of one body, keeping its tables in `table` (zero, at least `Scanner.size(n)` long). */
  constructor(
    readonly text: string,
    norm: string,
    source: BoundarySource,
    private readonly table: Uint8Array,
  ) {
    this.s = matchingView(norm);
    const n = (this.n = this.s.length);
    this.lex = new WordIndex(this.s, table, 0);
    this.cuts = new WordBoundaries(text, source, table, WordIndex.size(n));
    this.ends = WordIndex.size(n) + WordBoundaries.size(n);
    this.starts = this.ends + n + 2;
  }

  // -- characters ------------------------------------------------------------------------------

  /** Whether `s[i]` ends a name on its side; true outside the string (like a missing character). */
  private boundaryAt(i: number): boolean {
    return i < 0 || i >= this.n || BOUNDARY_TABLE[this.s.charCodeAt(i)] === 1;
  }

  private hanAt(i: number): boolean {
    return i >= 0 && i < this.n && BOUNDARY_TABLE[this.s.charCodeAt(i)] === 2;
  }

  private codeAt(i: number): number {
    return i >= 0 && i < this.n ? this.s.charCodeAt(i) : -1;
  }

  /** Whether `s[i]` is one of the characters of `table` (false outside the string). */
  private charIn(table: Uint8Array, i: number): boolean {
    return i >= 0 && i < this.n && table[this.s.charCodeAt(i)] === 1;
  }

  // -- word boundaries (support only) ---------------------------------------------------------

  /** Whether a word boundary stands at `i`; true when there is no segmenter to ask. */
  private cutAt(i: number): boolean {
    return this.cuts.at(i);
  }

  /** Whether a word boundary stands at `i`; false when there is no segmenter to ask. */
  private wordStartsAt(i: number): boolean {
    return this.cuts.available && this.cuts.at(i);
  }

  /** Whether the segmenter cuts nowhere strictly inside [b, e). */
  private uncut(b: number, e: number): boolean {
    if (!this.cuts.available || b < 0) return true;
    for (let k = b + 1; k < e; k++) if (this.cuts.at(k)) return false;
    return true;
  }

  // -- shared tests -------------------------------------------------------------------------

  /**
   * Length of a left-context word (verb, preposition) ending at `i` that the segmenter also
   * cuts off; 0 when there is none.
   */
  stopBefore(i: number): number {
    const len = this.lex.before(List.leftStop, i);
    if (len === 0) return 0;
    if (this.cutAt(i) && this.cutAt(i - len)) return len;
    // 升格為德明技術學院: the segmenter glues 為 to the name in traditional text; a particle that
    // never stands inside a name still counts when a word ends right before it.
    if (this.charIn(STRONG_STOP, i - 1) && this.cutAt(i - 1)) return 1;
    return 0;
  }

  hitEndingAt(i: number, type?: EntityType): EntityHit | undefined {
    if (i < 0 || (this.table[this.ends + i]! & (type ? TYPE_BIT[type] : 7)) === 0) return undefined;
    return this.hits.find((h) => h.end === i && (type === undefined || h.type === type));
  }

  overlaps(start: number, end: number, type?: EntityType): boolean {
    return this.hits.some(
      (h) => h.start < end && start < h.end && (type === undefined || h.type === type),
    );
  }

  placeStartingAt(i: number): EntityHit | undefined {
    if (i < 0 || (this.table[this.starts + i]! & TYPE_BIT.place) === 0) return undefined;
    return this.hits.find((h) => h.type === 'place' && h.start === i);
  }

  titleAt(i: number): { start: number; end: number } | undefined {
    if (i < 0 || (this.table[this.starts + i]! & TITLE_BIT) === 0) return undefined;
    return this.titles.find((t) => t.start === i);
  }

  titleEndingAt(i: number): { start: number; end: number } | undefined {
    if (i < 0 || (this.table[this.ends + i]! & TITLE_BIT) === 0) return undefined;
    return this.titles.find((t) => t.end === i);
  }

  insideTitle(start: number, end: number): boolean {
    return this.titles.some((t) => t.start < end && start < t.end);
  }

  add(hit: EntityHit): void {
    if (hit.end <= hit.start) return;
    const bit = TYPE_BIT[hit.type];
    if ((this.table[this.starts + hit.start]! & bit) !== 0 &&
      this.hits.some((h) => h.start === hit.start && h.end === hit.end && h.type === hit.type)) return;
    this.hits.push(hit);
    this.table[this.starts + hit.start]! |= bit;
    this.table[this.ends + hit.end]! |= bit;
  }

  // -- titles -------------------------------------------------------------------------------

  scanTitles(): void {
    const { s } = this;
    let next = 0; // greedy, left to right: no title starts inside the last one
    for (const i of this.lex.occurrences(List.titleCore)) {
      if (i < next) continue;
      const len = this.lex.titleAt(i);
      if (len !== 0 && !TITLE_BLOCKERS.test(s.slice(i + len, i + len + 2))) {
        this.titles.push({ start: i, end: i + len });
        this.table[this.starts + i]! |= TITLE_BIT;
        this.table[this.ends + i + len]! |= TITLE_BIT;
        next = i + len;
      }
    }
  }

  // -- person names ---------------------------------------------------------------------------

  /** Whether a compound surname (欧阳) starts at `i`. */
  private compoundSurnameAt(i: number): boolean {
    return this.lex.at(List.surname, i) === 2;
  }

  private givenOk(from: number, to: number): boolean {
    const { s } = this;
    for (let k = from; k < to; k++) {
      if (k >= this.n) return false;
      const c = s.charCodeAt(k);
      if (BOUNDARY_TABLE[c] !== 2 || NON_GIVEN[c] === 1) return false;
    }
    return true;
  }

  /** How strongly the text after a name ends it: 3 punctuation/end, 2 a cue word, 1 a one-character cue. */
  rightStrength(e: number): number {
    if (this.boundaryAt(e)) return 3;
    if (peopleAfterDengAt(this.s, e)) return 3;
    const cue = this.lex.at(List.rightCue, e);
    if (cue >= 2) return 2;
    if (cue === 1) return 1;
    if (this.lex.at(List.honorific, e) !== 0) return 2;
    return 0;
  }

  /** How strongly the text before a name starts it (3 punctuation/start … 1 a word boundary). */
  leftStrength(b: number): number {
    if (b <= 0 || this.boundaryAt(b - 1)) return 3;
    // The tests that give 2 without the segmenter go first: it is asked only when they fail.
    if (this.hitEndingAt(b, 'organization') || this.hitEndingAt(b, 'place')) return 2;
    if (this.titleEndingAt(b)) return 2;
    if (this.charIn(UNIT_END, b - 1)) return 2;
    if (this.stopBefore(b)) return 2;
    if (this.charIn(LATIN_OR_DIGIT, b - 1)) return 1;
    // 同马丽局长: the segmenter glues 同 to the name, but a function word after a word end counts.
    if (this.charIn(SINGLE_LEFT_STOP, b - 1) && this.cutAt(b - 1)) return 1;
    if (this.wordStartsAt(b)) return 1;
    return 0;
  }

  /** A name that is a place or organization already, or a gazetteer word, is not a person. */
  private notPlaceName(b: number, e: number): boolean {
    // A county's short form (高明, 李沧) is as often a given name: only the major units block a person.
    if (this.lex.is(List.gazetteer, b, e) && !COUNTY_STEMS.has(this.s.slice(b, e))) return false;
    if (this.placeStems.size !== 0 && this.placeStems.has(this.s.slice(b, e))) return false;
    return !this.hits.some((h) => h.type !== 'person' && h.start < e && b < h.end && h.start >= b - 1);
  }

  /** A name starting at `b` (after a title): the best-ended candidate, longer on ties. */
  nameFrom(b: number, minRight = 1): { start: number; end: number } | null {
    let bestEnd = -1;
    let bestScore = -1;
    for (let sl = 2; sl >= 1; sl--) {
      if (sl === 2 ? !this.compoundSurnameAt(b) : !this.charIn(SINGLE_SURNAME, b)) continue;
      for (const gl of GIVEN_LENGTHS) {
        const e = b + sl + gl;
        if (e > this.n || !this.givenOk(b + sl, e)) continue;
        const score = this.rightStrength(e);
        if (score < minRight || !this.notPlaceName(b, e)) continue;
        if (score > bestScore) {
          bestScore = score;
          bestEnd = e;
        }
      }
    }
    if (bestEnd >= 0) return { start: b, end: bestEnd };
    // 张建琛 followed by a verb the cue list lacks: accept a three-character word the segmenter cut.
    if (this.cuts.available && this.charIn(SINGLE_SURNAME, b) && b + 3 <= this.n && this.givenOk(b + 1, b + 3) &&
      this.notPlaceName(b, b + 3) && this.cutAt(b) && this.cutAt(b + 3) && !this.cutAt(b + 1) && !this.cutAt(b + 2)) {
      return { start: b, end: b + 3 };
    }
    return null;
  }

  /** A name ending at `e` (before a title, 等, 一行): the best-started candidate, longer on ties. */
  nameBefore(e: number, minLeft = 1): { start: number; end: number } | null {
    let bestStart = -1;
    let bestScore = -1;
    for (const len of NAME_LENGTHS_BEFORE) {
      const b = e - len;
      if (b < 0) continue;
      for (let sl = 2; sl >= 1; sl--) {
        if (sl === 2 ? !this.compoundSurnameAt(b) : !this.charIn(SINGLE_SURNAME, b)) continue;
        const gl = len - sl;
        if (gl < 1 || gl > 2 || !this.givenOk(b + sl, e)) continue;
        // Nothing beats a name after punctuation; the tests below (and the segmenter) are spared.
        if (bestScore >= 3 || !this.notPlaceName(b, e)) continue;
        let score = this.leftStrength(b);
        // 向马丽局长: a function word that is also a surname loses to the shorter name.
        if (len === 3 && this.lex.before(List.leftStop, b + 1) === 1) score -= 1;
        if (score < minLeft) continue;
        if (score > bestScore) {
          bestScore = score;
          bestStart = b;
        }
      }
    }
    return bestStart >= 0 ? { start: bestStart, end: e } : null;
  }

  private addPerson(span: { start: number; end: number }, rule: string, role?: string): EntityHit | null {
    if (this.overlaps(span.start, span.end, 'person')) return null;
    const hit: EntityHit = { type: 'person', start: span.start, end: span.end, rule };
    if (role) hit.role = role;
    this.add(hit);
    return hit;
  }

  scanPersons(): void {
    const { s, text, titles } = this;
    const claimed = new Uint8Array(titles.length);
    // Title before name: 秘书长张建琛, 会长(联盟理事单位)邹朝圣.
    for (let k = 0; k < titles.length; k++) {
      const t = titles[k]!;
      let b = t.end;
      if (this.codeAt(b) === CODE_PAREN_OPEN) {
        BRACKET_AT.lastIndex = b;
        const br = BRACKET_AT.exec(s);
        if (br) b += br[0].length;
      }
      const name = this.nameFrom(b);
      if (name) {
        this.addPerson(name, 'title-name', text.slice(t.start, t.end));
        claimed[k] = 1;
      }
    }
    // Name before title: 张建琛秘书长, 郑伟平处长, 谭骞常委、副区长 (role: the nearest title).
    for (let k = 0; k < titles.length; k++) {
      if (claimed[k] === 1) continue;
      const t = titles[k]!;
      const name = this.nameBefore(t.start, 1);
      if (name && !this.insideTitle(name.start, name.end)) {
        this.addPerson(name, 'name-title', text.slice(t.start, t.end));
      }
    }
    // Right anchors: 陈细金先生, 马丽一行, 王祺等人, 钟南山团队, 由余建国主持.
    for (const i of this.lex.occurrences(List.anchorFirst)) {
      if (i < 1) continue;
      const chair = s.startsWith('主持', i);
      const ok = this.lex.at(List.honorific, i) !== 0 || s.startsWith('一行', i) || s.startsWith('团队', i) ||
        s.startsWith('院士', i) || peopleAfterDengAt(s, i) || chair;
      if (!ok) continue;
      const name = this.nameBefore(i, 2);
      if (!name || this.insideTitle(name.start, name.end)) continue;
      if (chair && this.codeAt(name.start - 1) !== CODE_YOU) continue;
      this.addPerson(name, 'anchor');
    }
    this.extendPersonLists();
  }

  /** Elections: 选举那履坤为县政协主席, 王信维为县人民政府县长. Run before organizations. */
  scanElections(): void {
    const { s } = this;
    for (const i of this.lex.occurrences(List.electFirst)) {
      ELECT_VERB.lastIndex = i;
      const v = ELECT_VERB.exec(s);
      if (!v) continue;
      let b = i + v[0].length;
      for (let guard = 0; guard < 8 && b < this.n; guard++) {
        const name = this.electedAt(b);
        if (!name) break;
        const role = this.roleUntilPunct(name.end + 1);
        this.addPerson(name, 'elected', role);
        const stop = this.nextPunct(name.end + 1);
        if (stop >= this.n || !',，;；'.includes(s[stop]!)) break;
        b = stop + 1;
      }
    }
  }

  private electedAt(b: number): { start: number; end: number } | null {
    // After 选举 the verb is evidence enough: any two or three given-name characters before 为
    // (那履坤: a surname too rare for the list).
    for (const len of ELECTED_LENGTHS) {
      const e = b + len;
      if (this.codeAt(e) === CODE_WEI && this.hanAt(b) && this.givenOk(b + 1, e) &&
        this.notPlaceName(b, e)) return { start: b, end: e };
    }
    return null;
  }

  private nextPunct(from: number): number {
    let k = from;
    while (k < this.n && CLAUSE_END[this.s.charCodeAt(k)] === 0) k++;
    return k;
  }

  private roleUntilPunct(from: number): string | undefined {
    const stop = this.nextPunct(from);
    let role: { start: number; end: number } | undefined;
    for (const t of this.titles) if (t.start >= from && t.end <= stop) role = t;
    return role ? this.text.slice(role.start, role.end) : undefined;
  }

  /** Names in a list with a found name: 邹朝圣、陈志河等6名; 刘建、王祺等人; 项南和何载. */
  private extendPersonLists(): void {
    for (let round = 0; round < 12; round++) {
      let grew = false;
      for (const p of this.hits.filter((h) => h.type === 'person')) {
        if (this.charIn(LIST_JOINER, p.end)) {
          const name = this.nameFrom(p.end + 1, 1);
          if (name && !this.titleAt(name.end) && !this.overlaps(name.start, name.end)) {
            if (this.addPerson(name, 'list')) grew = true;
          }
        }
        if (this.codeAt(p.start - 1) === CODE_DUN) {
          const name = this.nameBefore(p.start - 1, 2);
          if (name && !this.titleEndingAt(name.start) && !this.overlaps(name.start, name.end)) {
            if (this.addPerson(name, 'list')) grew = true;
          }
        }
      }
      if (!grew) break;
    }
  }

  // -- places -------------------------------------------------------------------------------

  scanPlaces(): void {
    const { s, lex } = this;
    // Gazetteer names: units of GB/T 2260 (full names and short forms), countries; with their
    // suffix unless a title takes it.
    let next = 0;
    for (const i of lex.occurrences(List.gazetteer)) {
      if (i < next) continue;
      let stemLen = lex.at(List.gazetteer, i);
      // 瑞金市长, 泉州市场: a full name whose unit word starts the next word is its short form.
      const unitLen = FULL_NAME_UNIT.get(s.slice(i, i + stemLen));
      const titled = unitLen !== undefined && this.codeAt(i + stemLen) === CODE_ZHANG;
      const shortened = unitLen !== undefined &&
        (titled || ADMIN_BLOCKERS[s[i + stemLen - 1]!]?.includes(s[i + stemLen] ?? '\u0000') === true);
      if (shortened) stemLen -= unitLen;
      const stemEnd = i + stemLen;
      let end = stemEnd;
      const full = unitLen !== undefined && !shortened;
      // A full name takes no second unit word (石狮市|市委), nor a short form the next word took.
      const sufLen = full || shortened ? 0 : lex.at(List.gazetteerSuffix, end);
      const region = sufLen !== 0 && s.startsWith('地区', end); // 地区 is no part of the name
      // 中共陕西省委: a gazetteer name with its own suffix needs no left boundary.
      if (!(sufLen !== 0 && !region && stemLen >= 2) && !full && !this.placeLeftOk(i)) continue;
      if (sufLen !== 0 && !region && !(sufLen === 1 && this.codeAt(end + 1) === CODE_ZHANG)) end += sufLen;
      const followedByUnit = lex.at(List.admin, end) !== 0 || lex.at(List.zone, end) !== 0;
      const stem = s.slice(i, stemEnd);
      if (end === stemEnd && !followedByUnit && AMBIGUOUS_PLACES.has(stem)) continue;
      // 太白山: the segmenter keeps 白山 inside a longer word.
      if (sufLen === 0 && !full && !followedByUnit && !this.boundaryAt(end) && this.cuts.available && !this.cutAt(stemEnd)) continue;
      const county = end === stemEnd && !full && !titled && COUNTY_STEMS.has(stem);
      if (county && (!this.cuts.available || !this.cutAt(i) || !this.uncut(i, stemEnd))) continue;
      this.add({ type: 'place', start: i, end, rule: county ? 'county-stem' : titled ? 'place-in-title' : 'gazetteer' });
      if (!county) this.placeStems.add(stem);
      next = end;
    }
    // Stems with an administrative suffix: 瑞金市, 崇仁县, 新罗区, 郿县; 瑞金市长 gives 瑞金.
    next = 1;
    for (const k of lex.occurrences(List.admin)) {
      if (k < next) continue;
      const sufLen = lex.at(List.admin, k);
      const first = s.charCodeAt(k);
      if (sufLen === 1 ? first === CODE_ZHOU || first === CODE_MENG : s.startsWith('地区', k)) continue;
      if (this.hits.some((h) => h.type === 'place' && h.start <= k && h.end > k)) continue;
      // 开发区, 新区: the unit ends a zone word (see scanZones).
      if (lex.before(List.zone, k + sufLen) > sufLen) continue;
      if (sufLen === 1 && ADMIN_BLOCKERS[s[k]!]?.includes(s[k + 1] ?? '\u0000')) continue;
      // 召开县一届四次人代会, 简称县政府: a verb before 县 is no stem.
      if (lex.before(List.leftStop, k) >= 2) continue;
      const titleTakes = sufLen === 1 && this.codeAt(k + 1) === CODE_ZHANG;
      const span = this.placeStemBefore(k, sufLen === 1 && first === CODE_XIAN);
      if (span === null) continue;
      const end = titleTakes ? k : k + sufLen;
      this.add({ type: 'place', start: span, end, rule: titleTakes ? 'place-in-title' : 'admin-suffix' });
      this.placeStems.add(s.slice(span, k));
      next = k + sufLen;
    }
    // Stems learned above, used bare: 瑞金经开区, 推介瑞金.
    this.findStems();
    this.scanZones();
  }

  private placeLeftOk(i: number): boolean {
    if (i <= 0 || !this.hanAt(i - 1)) return true;
    // Without a segmenter every other case is accepted too.
    if (!this.cuts.available) return true;
    if (this.hitEndingAt(i, 'place')) return true;
    if (this.stopBefore(i)) return true;
    return this.wordStartsAt(i);
  }

  /** Where the stem before the unit at `k` starts (one character allowed before 县: 郿县). */
  private placeStemBefore(k: number, county: boolean): number | null {
    const { s } = this;
    for (const len of county ? STEM_LENGTHS_COUNTY : STEM_LENGTHS) {
      const b = k - len;
      if (b < 0) continue;
      let ok = true;
      for (let j = b; j < k; j++) if (!this.hanAt(j) || STEM_STOP[s.charCodeAt(j)] === 1) ok = false;
      if (!ok || this.charIn(NON_PLACE, k - 1) || (len === 1 && this.charIn(NON_PLACE, b))) continue;
      if (this.insideTitle(b, k) || this.overlaps(b, k, 'person')) continue;
      const plainLeft = b === 0 || this.boundaryAt(b - 1) || this.hitEndingAt(b, 'place') !== undefined ||
        (b >= 2 && s.startsWith('中共', b - 2));
      // No left boundary without asking the segmenter, and no left-context word to ask about.
      if (!plainLeft && this.lex.before(List.leftStop, b) === 0) continue;
      // A stem the segmenter does not cut inside (应|瑞金市 is not a stem 应瑞金).
      if (len > 1 && !this.uncut(b, k)) continue;
      const left = plainLeft || this.stopBefore(b) !== 0;
      // The segmenter must not run a word across the stem's start (`推介瑞金市`: 介瑞金 is not a stem).
      if (left && (!this.cuts.available || this.wordStartsAt(b))) return b;
    }
    return null;
  }

  private findStems(): void {
    const { s } = this;
    for (const stem of this.placeStems) {
      if (stem.length < 2) continue;
      for (let i = s.indexOf(stem); i >= 0; i = s.indexOf(stem, i + 1)) {
        if (this.hits.some((h) => h.type === 'place' && h.start <= i && h.end >= i + stem.length)) continue;
        if (this.overlaps(i, i + stem.length, 'person')) continue;
        if (!this.placeLeftOk(i)) continue;
        this.add({ type: 'place', start: i, end: i + stem.length, rule: 'known-stem' });
      }
    }
  }

  /** Zones and parks after a place: 瑞金经开区, 马鞍山经济开发区, 龙岩市新罗区龙雁组团科创园. */
  private scanZones(): void {
    const { s } = this;
    let next = 1;
    for (const k of this.lex.occurrences(List.zone)) {
      if (k < next) continue;
      const zoneLen = this.lex.at(List.zone, k);
      const end = k + zoneLen;
      // The zone's name is the place chain right before it, or a short name right after a place.
      let start = -1;
      const direct = this.hitEndingAt(k, 'place');
      if (direct?.rule.startsWith('zone')) continue; // 开发区园区: one zone
      if (direct) {
        start = direct.start;
        for (let prev = this.hitEndingAt(start, 'place'); prev; prev = this.hitEndingAt(start, 'place')) start = prev.start;
      } else {
        for (let b = k - 1; b >= Math.max(0, k - 6); b--) {
          if (!this.hanAt(b)) break;
          if (this.hitEndingAt(b, 'place')) {
            // 新罗区龙雁组团科创园; not 新罗区政府签署红电孵化园 nor 博望区等产业园区.
            if (k - b >= 2 && !this.anyCharIn(ZONE_NAME_STOP, b, k) && !this.overlaps(b, k, 'organization') &&
              !this.hasStopInside(b - 1, k + 1)) start = b;
            break;
          }
        }
      }
      if (start < 0) continue;
      const acts = this.charIn(PARTNER_BEFORE_CHAR, start - 1) && sticky(ACTS_AFTER, s, end, 3);
      this.add({ type: acts ? 'organization' : 'place', start, end, rule: acts ? 'zone-acting' : 'zone' });
      next = end;
    }
  }

  private anyCharIn(table: Uint8Array, b: number, e: number): boolean {
    for (let k = b; k < e; k++) if (this.charIn(table, k)) return true;
    return false;
  }

  // -- organizations ---------------------------------------------------------------------------

  /** Where an organization name that ends at `end` starts: the nearest left boundary. */
  orgStart(end: number, maxLen = 30): number {
    const { s } = this;
    let i = end;
    const min = Math.max(0, end - maxLen);
    while (i > min) {
      const c = s.charCodeAt(i - 1);
      if (c === CODE_PAREN_CLOSE) {
        const m = BRACKET_BEFORE.exec(s.slice(Math.max(0, i - 16), i));
        if (m && i - m[0].length > 0 && !this.boundaryAt(i - m[0].length - 1)) {
          i -= m[0].length;
          continue;
        }
        break;
      }
      if (BOUNDARY_TABLE[c] === 1 || ASCII_DIGIT[c] === 1) break;
      const and = this.lex.before(List.andStem, i);
      if (and !== 0) {
        i -= and;
        continue;
      }
      // A title ends the name (董事长刘世立) unless the suffix follows it (中央顾问委员会).
      if ((i !== end && this.titleEndingAt(i)) || this.hitEndingAt(i, 'person')) break;
      if (this.stopBefore(i)) break;
      i--;
    }
    return i;
  }

  /** Whether `name` (the part before the suffix) is only generic words: 县, 市, 县园区, 经开区. */
  private genericName(b: number, e: number): boolean {
    let rest = this.s.slice(b, e);
    if (!rest) return true;
    // 本县第一座水电站, 目前本系: a reference to "this one", not a name.
    if (THIS_ONE.test(rest)) return true;
    rest = rest.replace(LEADING_DETERMINER, '');
    return GENERIC_UNITS.test(rest);
  }

  scanOrganizations(subject: string | null): void {
    const { s, n, lex } = this;
    const subjectSuffix = this.scanSubject(subject);
    // Suffixes with a left boundary: 瑞金市人民政府, 厦门市工业和信息化局行业管理处, ABB公司.
    for (const k of lex.occurrences(List.orgSuffix)) {
      if (k < 1) continue;
      const foundLen = lex.at(List.orgSuffix, k);
      // 省人民政府: judge the name by the longest suffix that ends here (人民政府, not 政府).
      const end = k + foundLen;
      const ks = end - lex.before(List.orgSuffix, end);
      const suf = s.slice(ks, end);
      const guard = GUARDED_LAST[s.charCodeAt(end - 1)] === 1 ? SUFFIX_GUARDS[suf] : undefined;
      if (guard?.next && end < n && guard.next.includes(s[end]!)) continue;
      if (guard?.prev && guard.prev.includes(s[ks - 1]!)) continue;
      if (NOT_ORG_SUFFIX_LAST[s.charCodeAt(end - 1)] === 1 &&
        (NOT_ORG_SUFFIX_WORDS.has(s.slice(ks - 2, end)) || NOT_ORG_SUFFIX_WORDS.has(s.slice(ks - 1, end)))) continue;
      if (this.insideTitle(ks, end)) continue; // 台商会长: the 会 is the title's
      // 提高联盟, 暨联盟: where the subject's own suffix stands, the subject's short form was read.
      if (suf === subjectSuffix && this.hits.some((h) => h.rule.startsWith('subject') && h.end === end)) continue;
      if (this.hits.some((h) => h.type === 'person' && h.start < end && ks < h.end)) continue;
      let b = this.orgStart(ks);
      // 王信维为县人民政府: a particle the segmenter glued on is not part of the name.
      while (b < ks - 1 && this.charIn(STRONG_STOP, b)) b++;
      // A one-character function word left at the start (应瑞金市政府): drop it when a place follows.
      if (b < ks && this.placeStartingAt(b + 1)) b += 1;
      // A count before a generic noun (10家技师学院) names a kind, not an organization.
      if (COUNT_BEFORE.test(s.slice(Math.max(0, b - 3), b + 1))) continue;
      if (b > 0 && COUNT_BEFORE.test(s.slice(Math.max(0, b - 2), b))) continue;
      if (this.genericName(b, ks)) continue;
      if (end - b < 3 && end - ks < 2) continue;
      if (NOT_ORG_NAMES.has(s.slice(b, end))) continue;
      this.add({ type: 'organization', start: b, end, rule: 'suffix' });
    }
    // Party committees: 中共陕西省委.
    for (let i = s.indexOf('中共'); i >= 0; i = s.indexOf('中共', i + 2)) {
      const place = this.placeStartingAt(i + 2);
      if (!place) continue;
      let e = place.end;
      for (let next = this.placeStartingAt(e); next; next = this.placeStartingAt(e)) e = next.end;
      PARTY_COMMITTEE.lastIndex = e;
      const m = PARTY_COMMITTEE.exec(s);
      if (m) this.add({ type: 'organization', start: i, end: e + m[0].length, rule: 'party-committee' });
    }
    // Nationally known bodies: 国网, 南方电网, 国务院.
    let next = 0;
    for (const i of lex.occurrences(List.national)) {
      if (i < next) continue;
      const len = lex.at(List.national, i);
      if (len <= 2 && !(this.cutAt(i) && this.cutAt(i + len))) continue;
      if (len <= 2 && this.hanAt(i - 1) && !this.stopBefore(i) && !this.wordStartsAt(i)) continue;
      this.add({ type: 'organization', start: i, end: i + len, rule: 'national' });
      next = i + len;
    }
    // A name and its place in brackets: 许继(厦门), ABB(厦门).
    for (let i = s.indexOf('('); i >= 0; i = s.indexOf('(', i + 1)) {
      BRACKET_AT.lastIndex = i;
      const m = BRACKET_AT.exec(s);
      if (!m) continue;
      const inner = m.groups!.inner!;
      const close = i + m[0].length;
      const isPlace = this.hits.some((h) => h.type === 'place' && h.start === i + 1 && h.end === close - 1);
      // An organization named just before: 西安高压电器研究院(XIHARI) → XIHARI, canonical the full name.
      const before = this.hitEndingAt(i, 'organization');
      if (before && LATIN_NAME.test(inner)) {
        this.add({
          type: 'organization', start: i + 1, end: close - 1, rule: 'alias-in-brackets',
          canonical: this.text.slice(before.start, before.end),
        });
        continue;
      }
      if (!isPlace || before) continue;
      if (this.hits.some((h) => h.type === 'organization' && h.start < i && h.end >= close)) continue;
      const b = this.orgStart(i, 10);
      if (i - b < 2 || this.genericName(b, i)) continue;
      if (this.hits.some((h) => h.type === 'person' && h.start < i && h.end > b)) continue;
      this.add({ type: 'organization', start: b, end: close, rule: 'name-place-brackets' });
    }
  }

  /** The subject and its short forms: 智能输配电设备产业技术创新战略联盟, 输配电产业联盟, 联盟. */
  private scanSubject(subject: string | null): string {
    if (!subject) return '';
    const subj = matchingView(subject.replace(/\s+/g, ''));
    if (subj.length < 2) return '';
    const { s } = this;
    const sufLen = longestEndingAt(subj, subj.length, List.orgSuffix);
    const type: EntityType = sufLen !== 0 || longestEndingAt(subj, subj.length, List.admin) === 0
      ? 'organization' : 'place';
    for (let i = s.indexOf(subj); i >= 0; i = s.indexOf(subj, i + subj.length)) {
      this.add({ type, start: i, end: i + subj.length, canonical: subject, rule: 'subject' });
    }
    if (type !== 'organization' || sufLen < 2) return '';
    const suf = subj.slice(subj.length - sufLen);
    const body = subj.slice(0, subj.length - sufLen);
    const guard = SUFFIX_GUARDS[suf];
    for (let k = s.indexOf(suf); k >= 0; k = s.indexOf(suf, k + sufLen)) {
      if (this.hits.some((h) => h.rule === 'subject' && h.start <= k && h.end >= k + sufLen)) continue;
      if (guard?.next && k + sufLen < this.n && guard.next.includes(s[k + sufLen]!)) continue;
      // Extend left while the characters read, in order, as a subsequence of the subject's name.
      let j = body.length;
      let b = k;
      while (b > 0) {
        const at = body.lastIndexOf(s[b - 1]!, j - 1);
        if (at < 0) break;
        j = at;
        b--;
      }
      // A partial first character run (进联盟) is not part of the alias: keep whole segmenter words.
      while (b < k && !this.cutAt(b)) b++;
      this.add({ type: 'organization', start: b, end: k + sufLen, canonical: subject, rule: 'subject-alias' });
    }
    return suf;
  }

  /** Organizations named by context, not suffix: 万久总经理, X、Y等企业, 成员单位X、Y, X与ABB公司. */
  scanContextOrganizations(): void {
    const { s, n } = this;
    const addShort = (b: number, e: number, rule: string): void => {
      while (b < e && this.boundaryAt(b)) b++;
      while (e > b && this.boundaryAt(e - 1)) e--;
      if (e - b < 2 || e - b > 14) return;
      const w = s.slice(b, e);
      if (NOT_ORG_NAMES.has(w) || this.genericName(b, e)) return;
      if (this.insideTitle(b, e)) return;
      if (this.hits.some((h) => h.type === 'person' && h.start < e && b < h.end)) return;
      if (this.hits.some((h) => h.type === 'place' && h.start === b && h.end === e)) return;
      if (this.hits.some((h) => h.type === 'organization' && h.start <= b && h.end >= e)) return;
      if (/[0-9]/.test(w) && !LATIN_NAME.test(w)) return;
      this.add({ type: 'organization', start: b, end: e, rule });
    };
    // Before a corporate title: 万久总经理邹朝圣, 明翰董事长韩刃.
    for (const t of this.titles) {
      const title = matchingView(s.slice(t.start, t.end)).replace(/^副/, '');
      if (!CORPORATE_TITLES.has(title) && !CORPORATE_TITLES.has(s.slice(t.start, t.end))) continue;
      if (this.hits.some((h) => h.end === t.start && (h.type === 'organization' || h.type === 'person'))) continue;
      const b = this.orgStart(t.start, 10);
      addShort(b, t.start, 'before-corporate-title');
    }
    // Lists closed by 等企业 / N家企业: 厦门万久、滨得利等企业.
    for (const i of this.lex.occurrences(List.listTailFirst)) {
      if (i < 1) continue;
      const c = s.charCodeAt(i);
      if (c !== CODE_DENG && (s.charCodeAt(i - 1) === CODE_DENG || COUNT_CHAR[s.charCodeAt(i - 1)] === 1)) continue;
      ORG_LIST_TAIL.lastIndex = i;
      if (!ORG_LIST_TAIL.test(s)) continue;
      this.listItemsBefore(i, addShort, 'org-list');
    }
    // Lists after a category noun: 成员单位今日集团、南平创四方，…
    let next = 0;
    for (const i of this.lex.occurrences(List.listHead)) {
      if (i < next) continue;
      const headLen = this.lex.at(List.listHead, i);
      if (headLen < 2) continue;
      const from = i + headLen;
      let stop = from;
      while (stop < n && stop - from < 60 && LIST_HEAD_END[s.charCodeAt(stop)] === 0) stop++;
      const items = s.slice(from, stop).split('、');
      if (items.length < 2) {
        next = from;
        continue;
      }
      let b = from;
      for (const item of items) {
        const e = b + item.length;
        if (item.length >= 2 && item.length <= 12 && !this.hasStopInside(b, e)) addShort(b, e, 'org-list-head');
        b = e + 1;
      }
      next = stop + 1;
    }
    // Partners of an organization: 航天银山与ABB公司在…
    for (const i of this.lex.occurrences(List.partner)) {
      if (i < 1 || i >= n - 1 || (this.table[this.starts + i + 1]! & TYPE_BIT.organization) === 0) continue;
      const right = this.hits.find((h) => h.type === 'organization' && h.start === i + 1);
      if (right && sticky(PAIR_VERB_AFTER, s, right.end, 1)) {
        if (this.hitEndingAt(i, 'organization') || this.hitEndingAt(i, 'person')) continue;
        const b = this.orgStart(i, 10);
        // 希望与联盟开展合作: one short dictionary word is a verb or noun, not a company's name.
        if ((b === 0 || this.boundaryAt(b - 1)) && !this.singleShortWord(b, i)) addShort(b, i, 'partner');
      }
    }
  }

  /** Whether [b, e) is one segmenter word of at most two characters (and not Latin). */
  private singleShortWord(b: number, e: number): boolean {
    if (!this.cuts.available || e - b > 2 || LATIN_NAME.test(this.s.slice(b, e))) return false;
    return this.uncut(b, e);
  }

  private hasStopInside(b: number, e: number): boolean {
    for (let k = b + 1; k < e; k++) if (this.lex.before(List.leftStop, k) >= 2 && this.stopBefore(k) >= 2) return true;
    return false;
  }

  /** Items of a 、-list that ends at `end`, walking left until an item holds a verb. */
  private listItemsBefore(end: number, addShort: (b: number, e: number, rule: string) => void, rule: string): void {
    const { s } = this;
    let e = end;
    for (let guard = 0; guard < 12; guard++) {
      let b = e;
      while (b > 0 && this.codeAt(b - 1) !== CODE_DUN && e - b < 16) {
        if (this.codeAt(b - 1) === CODE_PAREN_CLOSE) {
          const m = BRACKET_BEFORE.exec(s.slice(Math.max(0, b - 16), b));
          if (m) {
            b -= m[0].length; // ABB(厦门)、许继(厦门)
            continue;
          }
        }
        if (this.boundaryAt(b - 1)) break;
        b--;
      }
      // Inside the first item, cut after the rightmost left-context word: 莅临联盟成员厦门万久.
      let cut = b;
      for (let k = e - 1; k > b; k--) {
        if (this.lex.before(List.listCut, k) !== 0 || this.titleEndingAt(k) || this.stopBefore(k)) {
          cut = k;
          break;
        }
      }
      const person = this.hits.find((h) => h.type === 'person' && h.end > cut && h.start < e);
      if (person) cut = Math.max(cut, person.end);
      const subjectAlias = this.hits.find((h) => h.rule.startsWith('subject') && h.start >= cut && h.end <= e && h.start === cut);
      if (subjectAlias) cut = subjectAlias.end;
      if (e - cut >= 2) addShort(cut, e, rule);
      if (cut !== b || this.codeAt(b - 1) !== CODE_DUN) break;
      e = b - 1;
    }
  }

  // -- user and carried-over names --------------------------------------------------------------

  /** Every mention of the names of `names`: by type, then by name in list order, then by offset. */
  findNames(names: NameIndex, rule: 'dictionary' | 'known'): void {
    for (const type of NAME_TYPES) {
      for (const { start, end } of names.mentions(this.s, type)) {
        if (rule === 'known') {
          if (this.overlaps(start, end)) continue;
          if (type !== 'organization' && !this.placeLeftOk(start)) continue;
        }
        this.add({ type, start, end, rule });
      }
    }
  }

  /** Whether a hit before `hits[k]` would have propagated the same name as the same type. */
  private seenBefore(k: number): boolean {
    const { s, hits } = this;
    const h = hits[k]!;
    const len = h.end - h.start;
    for (let j = 0; j < k; j++) {
      const g = hits[j]!;
      if (g.type !== h.type || g.end - g.start !== len || g.rule === 'national' || g.rule.startsWith('subject')) continue;
      if (g.start === h.start || s.startsWith(s.slice(h.start, h.end), g.start)) return true;
    }
    return false;
  }

  /** Other mentions, in this entry, of a name found by a rule (航天银山 twice, 李建成表示). */
  propagate(): void {
    const { s, hits } = this;
    const count = hits.length; // names found by rules, not the mentions added here
    for (let k = 0; k < count; k++) {
      const h = hits[k]!;
      const len = h.end - h.start;
      if (len < 2 || h.type === 'place' || h.rule === 'national' || h.rule.startsWith('subject')) continue;
      if (this.seenBefore(k)) continue;
      const w = s.slice(h.start, h.end);
      for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
        if (this.overlaps(i, i + w.length, h.type)) continue;
        if (h.type === 'person' && this.overlaps(i, i + w.length)) continue;
        this.add({ type: h.type, start: i, end: i + w.length, rule: 'same-entry' });
      }
    }
  }
}

/** `re` (sticky) matches within `window` characters after `at`. */
function sticky(re: RegExp, s: string, at: number, window: number): boolean {
  for (let k = at; k <= Math.min(s.length, at + window); k++) {
    re.lastIndex = k;
    if (re.test(s)) return true;
  }
  return false;
}

function peopleAfterDengAt(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== CODE_DENG) return false;
  PEOPLE_AFTER_DENG.lastIndex = i;
  return PEOPLE_AFTER_DENG.test(s);
}

// ---------------------------------------------------------------------------------------------
// Resolution: one consistent set of hits.

const TYPE_RANK: Record<EntityType, number> = { person: 0, organization: 1, place: 2 };
/** Organization rules whose hit gives way to a longer organization around it. */
const CONTAINED_RULES = new Set(['national', 'subject', 'subject-alias', 'same-entry', 'known', 'org-list', 'partner']);

function resolve(hits: EntityHit[]): EntityHit[] {
  const dict = hits.filter((h) => h.rule === 'dictionary');
  const crosses = (a: EntityHit, b: EntityHit): boolean =>
    a.start < b.end && b.start < a.end && !(a.start <= b.start && a.end >= b.end) && !(b.start <= a.start && b.end >= a.end);
  let out = dict.length === 0 ? hits : hits.filter((h) => {
    if (h.rule === 'dictionary') return true;
    // The user's names win: no rule hit may cross one, or take its span as another type,
    // or hold one inside it as something else than a place inside an organization.
    return !dict.some(
      (d) => crosses(d, h) || (d.start === h.start && d.end === h.end) ||
        (h.start <= d.start && h.end >= d.end && h.type !== 'place' && h.type !== d.type) ||
        (d.start <= h.start && d.end >= h.end && !(d.type === 'organization' && h.type === 'place')),
    );
  });
  const persons = out.filter((h) => h.type === 'person');
  const orgs = out.filter((h) => h.type === 'organization');
  out = out.filter((h) => {
    if (h.type === 'place') {
      // A place inside a person's name is part of the name (张玉林).
      return !persons.some((p) => p.start < h.end && h.start < p.end);
    }
    if (h.type === 'organization') {
      if (h.rule === 'dictionary') return true;
      if (persons.some((p) => p.role !== undefined && p.start < h.end && h.start < p.end)) return false;
      // Keep the longest of organizations that start together (…信息化局 / …信息化局行业管理处),
      // and drop short forms and known bodies inside a longer name (国网 in 国网电商物联科技…).
      return !orgs.some(
        (o) =>
          o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start &&
          (o.start === h.start || CONTAINED_RULES.has(h.rule)),
      );
    }
    if (h.rule === 'dictionary') return true;
    return !orgs.some((o) => o.rule !== 'dictionary' && o.start <= h.start && o.end >= h.end && h.role === undefined);
  });
  // One item per span: the first by type rank, or the user's name if one has the span. Sorting
  // by (start, end, type) brings the hits of a span together; the sort is stable.
  out.sort((a, b) => a.start - b.start || a.end - b.end || TYPE_RANK[a.type] - TYPE_RANK[b.type]);
  const result: EntityHit[] = [];
  for (let k = 0; k < out.length; ) {
    let chosen = out[k]!;
    let j = k + 1;
    for (; j < out.length && out[j]!.start === chosen.start && out[j]!.end === chosen.end; j++) {
      const h = out[j]!;
      if (h.rule === 'dictionary' && chosen.rule !== 'dictionary') chosen = h;
      else if (chosen.type === h.type && chosen.canonical === undefined && h.canonical !== undefined) {
        // 输配电产业联盟 found by its suffix and as the subject's short form: one item, with canonical.
        chosen = { ...chosen, canonical: h.canonical };
      }
    }
    result.push(chosen);
    k = j;
  }
  return result;
}

const EMPTY_NAMES = new NameIndex();

/**
 * The scanner's tables live in one byte buffer, kept between calls: allocating typed arrays costs
 * more than scanning a short entry. A call takes the spare buffer (zeroing the part it uses) and
 * puts it back when done; a call made while it is out (a segmenter that parses, say) gets a new one.
 */
let spareTable: Uint8Array | null = null;

function borrowTable(size: number): Uint8Array {
  const spare = spareTable;
  spareTable = null;
  if (!spare || spare.length < size) return new Uint8Array(Math.max(size, 2 * (spare?.length ?? 4096)));
  spare.fill(0, 0, size);
  return spare;
}

/**
 * Find the people, organizations and places of one entry body. Pure: the same input gives the
 * same hits. Offsets are into `input.text`; the list is sorted by start and has one item per
 * span (nested spans are allowed: `瑞金市` inside `瑞金市人民政府`).
 */
export function findEntities(input: FindEntitiesInput, dictionary: NameLists | NameIndex = EMPTY_NAMES): EntityHit[] {
  if (input.norm.length !== input.text.length) {
    throw new Error('findEntities: `norm` must be fold(text), the same length as `text`');
  }
  const table = borrowTable(Scanner.size(input.text.length));
  try {
    return scan(input, dictionary, table);
  } finally {
    spareTable = table;
  }
}

function scan(input: FindEntitiesInput, dictionary: NameLists | NameIndex, table: Uint8Array): EntityHit[] {
  const source = input.words ? { words: input.words } : { cut: input.cut };
  const sc = new Scanner(input.text, input.norm, source, table);
  sc.findNames(dictionary instanceof NameIndex ? dictionary : NameIndex.of(dictionary), 'dictionary');
  sc.scanTitles();
  sc.scanPlaces();
  sc.scanElections();
  sc.scanOrganizations(input.subject);
  sc.scanPersons();
  sc.scanContextOrganizations();
  if (input.known) sc.findNames(input.known instanceof NameIndex ? input.known : NameIndex.of(input.known), 'known');
  sc.propagate();
  return resolve(sc.hits);
}
