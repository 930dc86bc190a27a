/**
 * The word lists of the entity rules as one trie, and one pass over an entry that records, for
 * every offset, the longest word of each list that starts there and the longest that ends there.
 * The rules then read a typed array where they used to slice a substring and look it up in a Set,
 * list by list, at every offset (seven passes, a string allocation per probe).
 *
 * The trie's root is a table by UTF-16 code; deeper edges sit in one open-addressing hash of
 * (node, code) pairs, so a step costs a multiply and a compare and allocates nothing.
 */
import {
  ADMIN_SUFFIXES,
  AND_STEMS,
  COMMITTEE_PREFIXES,
  CORE_TITLES,
  COUNTRIES,
  WORLD_CITIES,
  HONORIFICS,
  LEFT_STOPS,
  NATIONAL_BODIES,
  OFFICE_VERBS,
  ORG_LIST_HEADS,
  ROLE_NOUNS,
  ORG_SUFFIXES,
  TAIWAN_CITIES,
  HK_MACAU_PLACES,
  RIGHT_CUES,
  SURNAMES,
  TITLE_MODIFIERS,
  ZONE_SUFFIXES,
} from './lexicon.js';
import { COUNTRY_LIST, COUNTY_SHORT_FORMS, DIVISION_NAMES, MAJOR_SHORT_FORMS } from './gazetteer.js';
import { simplify } from '../../text.js';

/**
 * The lists, one bit each in a trie node's flags. A title is `[committee prefix][modifier]core`
 * (`县委常务副书记`), so titles are three lists combined at lookup time rather than every
 * combination spelled out.
 */
export const List = {
  titlePrefix: 0,
  titleModifier: 1,
  titleCore: 2,
  /** Compound surnames (欧阳, 司马); the one-character ones are a character table of the rules. */
  surname: 3,
  honorific: 4,
  rightCue: 5,
  leftStop: 6,
  orgSuffix: 7,
  zone: 8,
  admin: 9,
  andStem: 10,
  national: 11,
  listHead: 12,
  /** Words after which the first item of a company list starts: 莅临联盟成员|厦门万久. */
  listCut: 13,
  /** GB/T 2260 units (full names and short forms), countries. */
  gazetteer: 14,
  /** Suffixes a gazetteer stem may carry (`江西省`, `厦门市`, `新疆维吾尔自治区`). */
  gazetteerSuffix: 15,
  // Characters a rule starts from, kept as one-character lists so that the same pass finds them.
  /** First characters of the election verbs (`ELECT_VERB`). */
  electFirst: 16,
  /** First characters of the words after a name: 先生, 一行, 等人, 团队, 主持. */
  anchorFirst: 17,
  /** First characters of a company list's end: 等企业, 3家企业. */
  listTailFirst: 18,
  /** Partners before an organization: 与, 和, 同. */
  partner: 19,
  /** Verbs of taking an office (当选, 出任): a name before, a title after. */
  officeVerb: 20,
  /** What a person is, before the name (教师张伟): `ROLE_NOUNS`. */
  roleNoun: 21,
} as const;
export type ListId = (typeof List)[keyof typeof List];
const LIST_COUNT = 22;
/** Lists whose occurrences rules visit one by one: `WordIndex.occurrences`. */
const SCANNED: readonly ListId[] = [
  List.titleCore, List.gazetteer, List.admin, List.zone, List.orgSuffix, List.national, List.listHead,
  List.electFirst, List.anchorFirst, List.listTailFirst, List.partner, List.officeVerb, List.roleNoun,
];
/** Title words: an occurrence of any of them is an occurrence of `titleCore` for `occurrences`. */
const TITLE_PARTS = (1 << List.titlePrefix) | (1 << List.titleModifier) | (1 << List.titleCore);
/** Lists asked by end (`before`); the others are asked by start (`at`), or only walked (title parts). */
const BY_END = [List.leftStop, List.orgSuffix, List.andStem, List.listCut, List.zone].reduce<number>((bits, l) => bits | (1 << l), 0);
const BY_START = [
  List.titleCore, List.surname, List.honorific, List.rightCue, List.orgSuffix, List.zone, List.admin, List.national,
  List.listHead, List.gazetteer, List.gazetteerSuffix, List.roleNoun,
].reduce<number>((bits, l) => bits | (1 << l), 0);

const WORDS_OF: Readonly<Record<ListId, readonly string[]>> = {
  [List.titlePrefix]: COMMITTEE_PREFIXES,
  [List.titleModifier]: TITLE_MODIFIERS,
  [List.titleCore]: CORE_TITLES,
  [List.surname]: SURNAMES.filter((w) => w.length > 1),
  [List.honorific]: HONORIFICS,
  [List.rightCue]: RIGHT_CUES,
  // A body's name can start after an office verb: 李华出任|集团总经理.
  [List.leftStop]: [...LEFT_STOPS, ...OFFICE_VERBS],
  [List.orgSuffix]: ORG_SUFFIXES,
  [List.zone]: ZONE_SUFFIXES,
  [List.admin]: ADMIN_SUFFIXES,
  [List.andStem]: AND_STEMS,
  [List.national]: NATIONAL_BODIES,
  [List.listHead]: ORG_LIST_HEADS,
  [List.listCut]: [...ORG_LIST_HEADS, '成员', '企业', '单位', '公司', '会员'],
  [List.gazetteer]: [...MAJOR_SHORT_FORMS, ...DIVISION_NAMES, ...COUNTY_SHORT_FORMS, ...TAIWAN_CITIES, ...HK_MACAU_PLACES, ...COUNTRY_LIST, ...COUNTRIES, ...WORLD_CITIES],
  [List.gazetteerSuffix]: ['省', '市', '县', '自治区', '特别行政区', '自治州', '盟', '地区', '州'],
  [List.electFirst]: [...'选推任聘增补'],
  [List.anchorFirst]: [...'先女同夫老小一等团院主'],
  [List.listTailFirst]: [...'等0123456789一二三四五六七八九十两几'],
  [List.partner]: [...'与和同'],
  [List.officeVerb]: OFFICE_VERBS,
  [List.roleNoun]: ROLE_NOUNS,
};

// ---------------------------------------------------------------------------------------------
// The trie, built once at module load and never changed afterwards.

/** Node 0 is the root; its edges are `ROOT[code]`. */
const ROOT = new Int32Array(65536);
/** Per node: bit `list` when a word of that list ends here; `HAS_CHILDREN` when it goes on. */
let flags: Uint32Array;
const HAS_CHILDREN = 1 << 31;
let hashNode: Int32Array;
let hashCode: Uint16Array;
let hashChild: Int32Array;
let hashShift = 0;
/** The longest word of any list: the farthest a backward lookup has to reach. */
let maxWordLength = 0;

const slot = (node: number, code: number): number => Math.imul(node * 31 + code, 0x9e3779b1) >>> hashShift;

(function build() {
  // The matching view of every word (the text it is matched against is read through it), and
  // how many characters they have: no more edges than that, so the table is sized once and the
  // trie is built straight into it, without a map of temporary keys to collect.
  const views: string[][] = [];
  let chars = 0;
  for (let list = 0; list < LIST_COUNT; list++) {
    const words: string[] = [];
    for (const written of WORDS_OF[list as ListId]) {
      const word = simplify(written);
      if (!word) continue;
      words.push(word);
      chars += word.length;
      maxWordLength = Math.max(maxWordLength, word.length);
    }
    views.push(words);
  }
  let bits = 4;
  while (1 << bits < chars * 2) bits++;
  hashShift = 32 - bits;
  hashNode = new Int32Array(1 << bits);
  hashCode = new Uint16Array(1 << bits);
  hashChild = new Int32Array(1 << bits);
  const mask = (1 << bits) - 1;
  const nodeFlags = new Uint32Array(chars + 1);
  let nodes = 1;
  for (let list = 0; list < LIST_COUNT; list++) {
    for (const word of views[list]!) {
      let node = 0;
      for (let k = 0; k < word.length; k++) {
        const code = word.charCodeAt(k);
        let next: number;
        let h = 0;
        if (node === 0) next = ROOT[code]!;
        else {
          h = slot(node, code);
          while (hashNode[h] !== 0 && (hashNode[h] !== node || hashCode[h] !== code)) h = (h + 1) & mask;
          next = hashChild[h]!;
        }
        if (next === 0) {
          next = nodes++;
          if (node === 0) ROOT[code] = next;
          else {
            hashNode[h] = node;
            hashCode[h] = code;
            hashChild[h] = next;
          }
          nodeFlags[node] = nodeFlags[node]! | HAS_CHILDREN;
        }
        node = next;
      }
      nodeFlags[node] = nodeFlags[node]! | (1 << list);
    }
  }
  flags = nodeFlags.slice(0, nodes);
})();

/** The child of `node` by `code`, or 0. */
function step(node: number, code: number): number {
  if (node === 0) return ROOT[code]!;
  if ((flags[node]! & HAS_CHILDREN) === 0) return 0;
  const mask = hashNode.length - 1;
  for (let h = slot(node, code); ; h = (h + 1) & mask) {
    const m = hashNode[h]!;
    if (m === 0) return 0;
    if (m === node && hashCode[h] === code) return hashChild[h]!;
  }
}

/** Whether `str[b, e)` is a word of `list`. */
export function isWord(str: string, b: number, e: number, list: ListId): boolean {
  if (b < 0 || e > str.length || e <= b) return false;
  let node = 0;
  for (let k = b; k < e; k++) {
    node = step(node, str.charCodeAt(k));
    if (node === 0) return false;
  }
  return (flags[node]! & (1 << list)) !== 0;
}

/** Length of the longest word of `list` that ends at `end` in any string (0: none). */
export function longestEndingAt(str: string, end: number, list: ListId): number {
  for (let b = Math.max(0, end - maxWordLength); b < end; b++) if (isWord(str, b, end, list)) return end - b;
  return 0;
}

// ---------------------------------------------------------------------------------------------
// The per-entry index.

const SCANNED_BITS = SCANNED.reduce<number>((bits, list) => bits | (1 << list), 0);
const NONE: readonly number[] = Object.freeze([]);

/**
 * For one string (an entry's matching view): the longest word of every list starting and
 * ending at every offset, filled by one left-to-right walk of the trie from each offset.
 */
export class WordIndex {
  private readonly stride: number;
  /** `table[starts + list * stride + i]`: length of the longest word of `list` at `i`; `ends` likewise by end. */
  private readonly starts: number;
  private readonly ends: number;
  /** Offsets where a word of a scanned list starts, ascending, by list. */
  private readonly found: number[][] = [];

  /** Bytes of a zeroed table the index needs for a string of length `n`. */
  static size(n: number): number {
    return 2 * LIST_COUNT * (n + 1);
  }

  /** Index `s`, writing into `table[offset, offset + WordIndex.size(s.length))`, which must be zero. */
  constructor(
    readonly s: string,
    private readonly table: Uint8Array,
    offset: number,
  ) {
    const n = s.length;
    const stride = n + 1;
    this.stride = stride;
    const starts = (this.starts = offset);
    const ends = (this.ends = offset + LIST_COUNT * stride);
    const found = this.found;
    for (let i = 0; i < n; i++) {
      let node = ROOT[s.charCodeAt(i)]!;
      let seen = 0;
      for (let len = 1; node !== 0; len++) {
        const f = flags[node]!;
        seen |= f;
        for (let b = f & BY_START; b !== 0; b &= b - 1) {
          const list = 31 - Math.clz32(b & -b);
          table[starts + list * stride + i] = len; // longer words come later on the walk
        }
        for (let b = f & BY_END; b !== 0; b &= b - 1) {
          const at = ends + (31 - Math.clz32(b & -b)) * stride + i + len;
          if (table[at] === 0) table[at] = len; // earlier starts give longer words
        }
        if (i + len >= n || (f & HAS_CHILDREN) === 0) break;
        node = step(node, s.charCodeAt(i + len));
      }
      if ((seen & TITLE_PARTS) !== 0) seen |= 1 << List.titleCore;
      seen &= SCANNED_BITS;
      while (seen !== 0) {
        const list = 31 - Math.clz32(seen & -seen);
        seen &= seen - 1;
        (found[list] ??= []).push(i);
      }
    }
  }

  /**
   * Offsets where a word of `list` starts, ascending: for a scanned list only (for `titleCore`,
   * where any part of a title starts, so that `titleAt` is worth asking).
   */
  occurrences(list: ListId): readonly number[] {
    return this.found[list] ?? NONE;
  }

  /** Length of the longest word of `list` starting at `i` (0: none); for a list asked by start. */
  at(list: ListId, i: number): number {
    return i < 0 || i >= this.stride ? 0 : this.table[this.starts + list * this.stride + i]!;
  }

  /** Length of the longest word of `list` ending at `end` (0: none); for a list asked by end. */
  before(list: ListId, end: number): number {
    return end <= 0 || end >= this.stride ? 0 : this.table[this.ends + list * this.stride + end]!;
  }

  /** Whether `s[b, e)` is a word of `list`. */
  is(list: ListId, b: number, e: number): boolean {
    return isWord(this.s, b, e, list);
  }

  /** Bit `len` is set for every word of `list` of length `len` (< 31) that starts at `i`. */
  lengthsAt(list: ListId, i: number): number {
    const { s } = this;
    let out = 0;
    let node = 0;
    for (let k = i; k < s.length && k - i < 30; k++) {
      node = step(node, s.charCodeAt(k));
      if (node === 0) break;
      if ((flags[node]! & (1 << list)) !== 0) out |= 1 << (k - i + 1);
    }
    return out;
  }

  /**
   * Length of the longest title at `i`: a core title, optionally after a modifier and a
   * committee prefix (`书记`, `副书记`, `县委书记`, `县委副书记`).
   */
  titleAt(i: number): number {
    let best = 0;
    let prefixes = this.lengthsAt(List.titlePrefix, i) | 1;
    while (prefixes !== 0) {
      const p = 31 - Math.clz32(prefixes & -prefixes);
      prefixes &= prefixes - 1;
      let modifiers = this.lengthsAt(List.titleModifier, i + p) | 1;
      while (modifiers !== 0) {
        const m = 31 - Math.clz32(modifiers & -modifiers);
        modifiers &= modifiers - 1;
        const core = this.at(List.titleCore, i + p + m);
        if (core !== 0 && p + m + core > best) best = p + m + core;
      }
    }
    return best;
  }
}
