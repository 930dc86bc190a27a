/**
 * The state every rule pass reads and writes for one entry body: the matching view, the hits so
 * far, the titles, the per-offset word lookups and the lazily asked word boundaries, and the
 * small tests the passes share (is there a left boundary here, does a name start here). The
 * passes themselves live in `passes/`, one file each, run in the order `passes/index.ts`
 * declares.
 */
import { simplify } from '../../text.js';
import { WordBoundaries } from './boundaries.js';
import { PartOfSpeech } from './tags.js';
import type { Tagger } from './tags.js';
import { COUNTY_SHORT_FORMS, DIVISION_LIST } from './gazetteer.js';
import type { PlaceContext } from './gazetteer.js';
import type { BoundarySource } from './boundaries.js';
import {
  LEFT_STOPS,
  NON_GIVEN_CHARS,
  SOFT_GIVEN_CHARS,
  NON_PLACE_CHARS,
  NOT_ORG_SUFFIX_WORDS,
  SUFFIX_GUARDS,
  SURNAMES,
} from './lexicon.js';
import { List, WordIndex } from './lookup.js';
import {
  BOUNDARY_CHAR,
  BRACKET_BEFORE,
  GENERIC_UNITS,
  HAN_CHAR,
  LEADING_DETERMINER,
  PEOPLE_AFTER_DENG,
  THIS_ONE,
} from './patterns.js';


/** The three kinds of entity of the contract. */
export type EntityType = 'person' | 'organization' | 'place';

/**
 * One entity found in an entry body: offsets into `text`, plus the rule that produced it, so
 * that a wrong answer can be traced to its rule in a minute.
 */
/**
 * The rule that produced a hit (chrono's tags): a wrong answer is traced to its rule at once, and
 * later steps read it (a county's short form alone waits for the chronicle to confirm it).
 */
export type RuleName =
  // people
  | 'title-name' | 'name-title' | 'anchor' | 'elected' | 'list' | 'tagged-name' | 'tagged-list' | 'foreign-name' | 'handle'
  // places
  | 'gazetteer' | 'county-stem' | 'place-in-title' | 'admin-suffix' | 'known-stem' | 'zone' | 'quoted-place' | 'landform'
  // organizations
  | 'zone-acting' | 'suffix' | 'party-committee' | 'state-body' | 'media' | 'national' | 'alias-in-brackets'
  | 'name-place-brackets' | 'subject' | 'subject-alias' | 'before-corporate-title' | 'org-list' | 'org-list-head'
  | 'partner' | 'renamed' | 'latin-suffix'
  // any type
  | 'dictionary' | 'known' | 'same-entry';

export interface EntityHit {
  type: EntityType;
  start: number;
  end: number;
  role?: string;
  canonical?: string;
  rule: RuleName;
}

// ---------------------------------------------------------------------------------------------
// Character tables and small word sets, built once at module load (immutable afterwards).

/** A table of flags by UTF-16 code for a few characters, to test a position without a regex. */
export function codeSet(chars: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

const YI = '一'.charCodeAt(0);

/** See `Scanner.givenSoft` and `SOFT_GIVEN_CHARS`. */
const SOFT_GIVEN = codeSet(SOFT_GIVEN_CHARS);

/** Soft given-name characters that are function words linking what follows (为 as, 和 and). */
const LINKING = codeSet('为和同从向');

/** Characters that are rarely part of a given name (see `NON_GIVEN_CHARS`). */
export const NON_GIVEN = codeSet(NON_GIVEN_CHARS);
/** Characters that never end a place stem (see `NON_PLACE_CHARS`). */
export const NON_PLACE = codeSet(NON_PLACE_CHARS);
/** Characters after which a name may start: the end of a unit (`招商组谭骞`, `管理处郑伟平`). */
export const UNIT_END = codeSet('组处局部司院会厅委办队团所站室科中心');
/** One-character left stops that never stand inside a name (unlike 和平, 同济, 对外, 于都, 将乐). */
export const STRONG_STOP = codeSet('的了是在为被把从到赴由给让请获受率');
/** The one-character words of `LEFT_STOPS`. */
export const SINGLE_LEFT_STOP = codeSet(LEFT_STOPS.filter((w) => w.length === 1).join(''));
/** The one-character surnames (`SURNAMES` also has compound ones: 欧阳, 司马). */
export const SINGLE_SURNAME = codeSet(SURNAMES.filter((w) => w.length === 1).join(''));
/** Characters that may not stand in a place stem before 市/县/区 (`应|瑞金市`, `全县`). */
export const STEM_STOP = codeSet('的了和与在是等为及对从以把被将向至到于赴省市县区镇乡村');
/** Characters of a company list's first item that end it: a zone's name may not hold them. */
export const ZONE_NAME_STOP = codeSet('等和与及的');
/** Characters that end the search for the next punctuation mark of an election list. */
export const CLAUSE_END = codeSet(',，。;；!?！？');
/** Characters that end a list introduced by a category noun (`成员单位X、Y，…`). */
export const LIST_HEAD_END = codeSet(',，。;；:：!?！？“”"()等');
/** Last characters of `NOT_ORG_SUFFIX_WORDS` and of the `SUFFIX_GUARDS` suffixes: a cheap first test. */
export const NOT_ORG_SUFFIX_LAST = codeSet([...NOT_ORG_SUFFIX_WORDS].map((w) => w.slice(-1)).join(''));
export const GUARDED_LAST = codeSet(Object.keys(SUFFIX_GUARDS).map((w) => w.slice(-1)).join(''));
/** Single characters of a person list or coordination: `刘建、王祺`, `项南和何载`. */
export const LIST_JOINER = codeSet('、和及与');
/** The characters that join two parties: 甲与乙签约, 甲和乙, 甲同乙. */
export const PARTY_JOINER = codeSet('和及与同');
export const COUNT_CHAR = codeSet('0123456789一二三四五六七八九十两几');
export const ASCII_DIGIT = codeSet('0123456789');
export const LATIN_OR_DIGIT = codeSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
/** Characters before a zone that make it an actor: `与…高新区签署`. */
export const PARTNER_BEFORE_CHAR = codeSet('与和同跟');
/** Characters after an administrative suffix that make it another word: 区域, 市场, 县城, 乡村. */
export const ADMIN_BLOCKERS: Readonly<Record<string, string>> = {
  区: '域别分划块间位',
  市: '场民值面井',
  县: '城级',
  镇: '压定静',
  乡: '村下亲土愁',
  村: '民庄落',
};
/** County short forms (matching view): alone, they are a place only where the chronicle confirms it. */
export const COUNTY_STEMS: ReadonlySet<string> = new Set(COUNTY_SHORT_FORMS.map((w) => simplify(w)));
/** Full names of units (matching view) → the length of the unit word their short form drops. */
export const FULL_NAME_UNIT: ReadonlyMap<string, number> = new Map(
  DIVISION_LIST.filter((d) => d.short !== null).map((d) => [simplify(d.name), d.name.length - d.short!.length]),
);
/** Bits of the per-offset start/end tables. */
export const TYPE_BIT: Readonly<Record<EntityType, number>> = { person: 1, organization: 2, place: 4 };
export const TITLE_BIT = 8;
/** Name lengths tried before a title or anchor, and given-name lengths after a surname. */
export const NAME_LENGTHS_BEFORE = [4, 3, 2] as const;
export const GIVEN_LENGTHS = [2, 1] as const;
export const ELECTED_LENGTHS = [3, 2, 4] as const;
export const STEM_LENGTHS_COUNTY = [3, 2, 1] as const;
export const STEM_LENGTHS = [3, 2] as const;
export const CODE_ZHANG = '长'.charCodeAt(0);
export const CODE_WEI = '为'.charCodeAt(0);
export const CODE_YOU = '由'.charCodeAt(0);
export const CODE_DUN = '、'.charCodeAt(0);
export const CODE_DENG = '等'.charCodeAt(0);
export const CODE_PAREN_OPEN = '('.charCodeAt(0);
export const CODE_PAREN_CLOSE = ')'.charCodeAt(0);
export const CODE_ZHOU = '州'.charCodeAt(0);
export const CODE_MENG = '盟'.charCodeAt(0);
export const CODE_XIAN = '县'.charCodeAt(0);

// ---------------------------------------------------------------------------------------------
// The matching view.

/**
 * `norm` with traditional characters folded to simplified (`simplify`, OpenCC's table): same
 * length, so same offsets. The name of this module's public face for the shared folding.
 */
export function matchingView(norm: string): string {
  return simplify(norm);
}

/**
 * BOUNDARY_CHAR and HAN_CHAR as tables by code, 1 a boundary, else 2 an ideograph: they are asked
 * at almost every position. Built from the runs each class matches in one string of the code units
 * below the surrogates and one of those above (about 3 ms at load, against about 10 for testing the
 * 65,536 units one by one); the 2,048 surrogates are tested one by one, since a decoder turns a lone
 * surrogate into U+FFFD. tests/entities-boundary-table.test.ts holds the table to the one-by-one test.
 */
export const BOUNDARY_TABLE: Uint8Array = (() => {
  const table = new Uint8Array(65536);
  const codes = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) codes[c] = c;
  const decoder = new TextDecoder('utf-16le');
  const below = decoder.decode(codes.subarray(0, 0xd800));
  const above = decoder.decode(codes.subarray(0xe000));
  // HAN_CHAR first, so that BOUNDARY_CHAR overwrites a unit both match, as the one-by-one test did.
  for (const [pattern, value] of [[HAN_CHAR, 2], [BOUNDARY_CHAR, 1]] as const) {
    const runs = new RegExp(`(?:${pattern.source})+`, `${pattern.flags}g`);
    for (const m of below.matchAll(runs)) table.fill(value, m.index, m.index + m[0].length);
    for (const m of above.matchAll(runs)) table.fill(value, 0xe000 + m.index, 0xe000 + m.index + m[0].length);
  }
  for (let c = 0xd800; c < 0xe000; c++) {
    const ch = String.fromCharCode(c);
    if (BOUNDARY_CHAR.test(ch)) table[c] = 1;
    else if (HAN_CHAR.test(ch)) table[c] = 2;
  }
  return table;
})();

// ---------------------------------------------------------------------------------------------
// The scanner: one per entry, holding the view and what has been found so far.

export class Scanner {
  readonly s: string;
  readonly n: number;
  readonly hits: EntityHit[] = [];
  /** Titles found, greedy left to right, non-overlapping. */
  readonly titles: Array<{ start: number; end: number }> = [];
  /** The longest word of every list at every offset of `s`. */
  readonly lex: WordIndex;
  /** The administrative units the chronicle named before this entry (see `PlaceContext`). */
  places: PlaceContext | null = null;
  /** The segmenter's part-of-speech tags, asked on first use (support only). */
  readonly pos: PartOfSpeech;
  /** Word boundaries from the segmenter, asked lazily (support only). */
  readonly cuts: WordBoundaries;
  readonly placeStems = new Set<string>();
  /**
   * Offsets where no name starts: an office verb and what stands between it and its title
   * (肖叶任组织干事, 惠美琬任宣传干事: 任 and 宣 are surnames too).
   */
  readonly noNameAt = new Set<number>();
  /**
   * Where, in `table`, the per-offset flags start: bit per type of a hit ending (ends) or
   * starting (starts) there; 8 a title.
   */
  readonly ends: number;
  readonly starts: number;

  /** Bytes of the zeroed workspace a scanner needs for a body of length `n`. */
  static size(n: number): number {
    return WordIndex.size(n) + WordBoundaries.size(n) + 2 * (n + 2);
  }

  /** A scanner of one body, keeping its tables in `table` (zero, at least `Scanner.size(n)` long). */
  constructor(
    readonly text: string,
    norm: string,
    source: BoundarySource,
    readonly table: Uint8Array,
    tagger?: Tagger,
  ) {
    this.s = matchingView(norm);
    // The segmenter reads the matching view: its dictionary is simplified, and 臺灣光復 cut as
    // written would give it words it has never seen. Same length, so its offsets are the text's.
    this.pos = new PartOfSpeech(this.s, tagger);
    const n = (this.n = this.s.length);
    this.lex = new WordIndex(this.s, table, 0);
    this.cuts = new WordBoundaries(this.s, source, table, WordIndex.size(n));
    this.ends = WordIndex.size(n) + WordBoundaries.size(n);
    this.starts = this.ends + n + 2;
  }

  // -- characters ------------------------------------------------------------------------------

  /** Whether `s[i]` ends a name on its side; true outside the string (like a missing character). */
  boundaryAt(i: number): boolean {
    return i < 0 || i >= this.n || BOUNDARY_TABLE[this.s.charCodeAt(i)] === 1;
  }

  hanAt(i: number): boolean {
    return i >= 0 && i < this.n && BOUNDARY_TABLE[this.s.charCodeAt(i)] === 2;
  }

  codeAt(i: number): number {
    return i >= 0 && i < this.n ? this.s.charCodeAt(i) : -1;
  }

  /** Whether `s[i]` is one of the characters of `table` (false outside the string). */
  charIn(table: Uint8Array, i: number): boolean {
    return i >= 0 && i < this.n && table[this.s.charCodeAt(i)] === 1;
  }

  // -- word boundaries (support only) ---------------------------------------------------------

  /** Whether a word boundary stands at `i`; true when there is no segmenter to ask. */
  cutAt(i: number): boolean {
    return this.cuts.at(i);
  }

  /** Whether a word boundary stands at `i`; false when there is no segmenter to ask. */
  wordStartsAt(i: number): boolean {
    return this.cuts.available && this.cuts.at(i);
  }

  /** Whether the segmenter cuts nowhere strictly inside [b, e). */
  uncut(b: number, e: number): boolean {
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


  // -- person names ---------------------------------------------------------------------------

  /** Whether a compound surname (欧阳) starts at `i`. */
  compoundSurnameAt(i: number): boolean {
    return this.lex.at(List.surname, i) === 2;
  }

  givenOk(from: number, to: number): boolean {
    const { s } = this;
    for (let k = from; k < to; k++) {
      if (k >= this.n) return false;
      const c = s.charCodeAt(k);
      // 一 opens two-character given names (陈一鸣, 张一帆); it never ends one (王强一行).
      if (c === YI && k === from && to - from === 2 && BOUNDARY_TABLE[s.charCodeAt(k + 1)] === 2 && NON_GIVEN[s.charCodeAt(k + 1)] !== 1) continue;
      if (BOUNDARY_TABLE[c] !== 2 || NON_GIVEN[c] === 1) return false;
    }
    return true;
  }

  /**
   * Whether `s[from, to)` is a given name only with the characters that are common in names and
   * as common in running text (王为民, 李长春, 张和平, 王建业: SOFT_GIVEN): the callers take such a
   * name only where no name without them ends as well (王强|为公司董事 stays 王强).
   */
  givenSoft(from: number, to: number): boolean {
    let soft = false;
    for (let k = from; k < to; k++) {
      if (k >= this.n) return false;
      const c = this.s.charCodeAt(k);
      if (BOUNDARY_TABLE[c] !== 2) return false;
      if (SOFT_GIVEN[c] === 1) soft = true;
      else if (NON_GIVEN[c] === 1) return false;
    }
    return soft;
  }

  /** How strongly the text after a name ends it: 3 punctuation/end, 2 a cue word, 1 a one-character cue. */
  rightStrength(e: number): number {
    if (this.boundaryAt(e)) return 3;
    if (peopleAfterDengAt(this.s, e)) return 3;
    const cue = this.lex.at(List.rightCue, e);
    // 王明作讲话: a cue of three characters or more ends a name as surely as punctuation (作 is
    // a one-character cue, and 讲话 after 王明作 a cue of its own).
    if (cue >= 3) return 3;
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
  notPlaceName(b: number, e: number): boolean {
    // A county's short form (高明, 李沧) is as often a given name: only the major units block a person.
    if (this.lex.is(List.gazetteer, b, e) && !COUNTY_STEMS.has(this.s.slice(b, e))) return false;
    if (this.placeStems.size !== 0 && this.placeStems.has(this.s.slice(b, e))) return false;
    // A short body every reader knows (华为) gives way to a name it cuts: 副局长宋剑华为组长. A name
    // that is the tail of a body or place (泉州市文联|主席: 文联) is none.
    return !this.hits.some((h) => h.type !== 'person' && h.start < e && b < h.end &&
      ((h.end === e && h.start < b) || (h.rule !== 'national' && h.start >= b - 1)));
  }

  /** A name starting at `b` (after a title): the best-ended candidate, longer on ties. */
  nameFrom(b: number, minRight = 1): { start: number; end: number } | null {
    let bestEnd = -1;
    let bestScore = -1;
    for (let sl = 2; sl >= 1; sl--) {
      if (sl === 2 ? !this.compoundSurnameAt(b) : !this.charIn(SINGLE_SURNAME, b)) continue;
      for (const gl of GIVEN_LENGTHS) {
        const e = b + sl + gl;
        if (e > this.n) continue;
        // A soft given name (王为民) counts half a point less: a plain one ending as well wins.
        const soft = !this.givenOk(b + sl, e);
        if (soft && !this.givenSoft(b + sl, e)) continue;
        // 陳家樂博士宣布: a word that ends names (宣布, 表示) is never one itself.
        if (this.lex.is(List.rightCue, b, e)) continue;
        const raw = this.rightStrength(e);
        const score = soft ? raw - 0.5 : raw;
        if (raw < minRight || !this.notPlaceName(b, e)) continue;
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
        if (gl < 1 || gl > 2) continue;
        const soft = !this.givenOk(b + sl, e);
        // 李英为院长, 明夫和团长: right before a title 为 and 和 are the sentence's, not the name's.
        if (soft && (!this.givenSoft(b + sl, e) || this.charIn(LINKING, e - 1))) continue;
        if (this.noNameAt.size !== 0 && this.noNameAt.has(b)) continue;
        // Nothing beats a name after punctuation; the tests below (and the segmenter) are spared.
        if (bestScore >= 3 || !this.notPlaceName(b, e)) continue;
        let score = this.leftStrength(b);
        // 向马丽局长: a function word that is also a surname loses to the shorter name.
        if (len === 3 && this.lex.before(List.leftStop, b + 1) === 1) score -= 1;
        if (score < minLeft) continue;
        if (soft) score -= 0.5;
        if (score > bestScore) {
          bestScore = score;
          bestStart = b;
        }
      }
    }
    return bestStart >= 0 ? { start: bestStart, end: e } : null;
  }

  addPerson(span: { start: number; end: number }, rule: RuleName, role?: string): EntityHit | null {
    if (this.overlaps(span.start, span.end, 'person')) return null;
    const hit: EntityHit = { type: 'person', start: span.start, end: span.end, rule };
    if (role) hit.role = role;
    this.add(hit);
    return hit;
  }







  // -- places -------------------------------------------------------------------------------


  placeLeftOk(i: number): boolean {
    if (i <= 0 || !this.hanAt(i - 1)) return true;
    // Without a segmenter every other case is accepted too.
    if (!this.cuts.available) return true;
    if (this.hitEndingAt(i, 'place')) return true;
    if (this.stopBefore(i)) return true;
    return this.wordStartsAt(i);
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
      // 县政府与国网宁山县供电公司: 与 after a body or a person joins two parties, even where the
      // segmenter glued it to the name after it (与国|网宁).
      if (i - 1 > min && this.charIn(PARTY_JOINER, i - 1) && (this.hitEndingAt(i - 1, 'organization') || this.hitEndingAt(i - 1, 'person'))) break;
      i--;
    }
    return i;
  }

  /** Whether `name` (the part before the suffix) is only generic words: 县, 市, 县园区, 经开区. */
  genericName(b: number, e: number): boolean {
    let rest = this.s.slice(b, e);
    if (!rest) return true;
    // 本县第一座水电站, 目前本系: a reference to "this one", not a name.
    if (THIS_ONE.test(rest)) return true;
    rest = rest.replace(LEADING_DETERMINER, '');
    return GENERIC_UNITS.test(rest);
  }





  hasStopInside(b: number, e: number): boolean {
    for (let k = b + 1; k < e; k++) if (this.lex.before(List.leftStop, k) >= 2 && this.stopBefore(k) >= 2) return true;
    return false;
  }


  // -- user and carried-over names --------------------------------------------------------------



}


/** `re` (sticky) matches within `window` characters after `at`. */
export function sticky(re: RegExp, s: string, at: number, window: number): boolean {
  for (let k = at; k <= Math.min(s.length, at + window); k++) {
    re.lastIndex = k;
    if (re.test(s)) return true;
  }
  return false;
}

export function peopleAfterDengAt(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== CODE_DENG) return false;
  PEOPLE_AFTER_DENG.lastIndex = i;
  return PEOPLE_AFTER_DENG.test(s);
}

