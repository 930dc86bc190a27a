/**
 * The entity rules. Word segmenters tag place names fairly well in this genre, but almost no
 * person names and no organizations, so the rules work from what a reader uses: a title next to
 * a name, a surname with one or two given characters in that position, an organization suffix
 * with a left boundary, a place suffix or a gazetteer name, lists (`X、Y等企业`), and the
 * chronicle's own subject. Word boundaries from `words()` (jieba's `cut`) serve only as
 * support: they decide whether a one-character boundary word really stands alone.
 *
 * Everything runs on a matching view of the text (folded, traditional → simplified) that has
 * the text's length, so offsets found here are offsets into `text`.
 */
import {
  ADMIN_SUFFIXES,
  AMBIGUOUS_PLACES,
  AND_STEMS,
  CITIES,
  COMMITTEE_PREFIXES,
  CORE_TITLES,
  CORPORATE_TITLES,
  COUNTRIES,
  HONORIFICS,
  LEFT_STOPS,
  NATIONAL_BODIES,
  NON_GIVEN_CHARS,
  NON_PLACE_CHARS,
  NOT_ORG_NAMES,
  NOT_ORG_SUFFIX_WORDS,
  ORG_LIST_HEADS,
  ORG_SUFFIXES,
  PROVINCES,
  PROVINCE_FULL_NAMES,
  RIGHT_CUES,
  SUFFIX_GUARDS,
  SURNAMES,
  TITLE_MODIFIERS,
  TRAD_TO_SIMP,
  ZONE_SUFFIXES,
} from './lexicon.js';
import {
  ACTS_AFTER,
  BOUNDARY_CHAR,
  BRACKET_AT,
  BRACKET_BEFORE,
  COUNT_BEFORE,
  ELECT_VERB,
  HAN_CHAR,
  LATIN_NAME,
  ORG_LIST_TAIL,
  PAIR_VERB_AFTER,
  PARTNER_BEFORE,
  GENERIC_UNITS,
  LEADING_DETERMINER,
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
  /** The body cut into words (offsets into `text`); used only as boundary support. */
  words?: () => readonly { text: string; start: number; end: number }[];
  /** The body cut and tagged; accepted for symmetry with the context, not used by the rules. */
  tagged?: () => readonly { text: string; start: number; end: number; tag: string }[];
  /**
   * Names found in earlier entries of the same chronicle (the extractor passes them), so that
   * `张建琛` named with his title in entry 2 is also found bare in entry 6.
   */
  known?: NameLists;
}

// ---------------------------------------------------------------------------------------------
// Lexicon indexes, built once at module load (immutable afterwards).

/**
 * A set of words indexed for longest-match lookups without scanning: by the first two
 * characters (and the last two, for matching backwards), each key lists the word lengths that
 * exist for it, longest first. One-character words sit in their own set.
 */
interface WordSet {
  readonly set: ReadonlySet<string>;
  readonly byHead: ReadonlyMap<number, readonly number[]>;
  readonly byTail: ReadonlyMap<number, readonly number[]>;
  readonly single: ReadonlySet<string>;
  /** Flags by UTF-16 code: 1 some word starts with it, 2 some word ends with it (a cheap first test). */
  readonly edge: Uint8Array;
}

function wordSet(list: Iterable<string>): WordSet {
  const set = new Set<string>();
  const byHead = new Map<number, number[]>();
  const byTail = new Map<number, number[]>();
  const single = new Set<string>();
  const edge = new Uint8Array(65536);
  const push = (map: Map<number, number[]>, key: number, len: number): void => {
    const lens = map.get(key);
    if (!lens) map.set(key, [len]);
    else if (!lens.includes(len)) lens.push(len);
  };
  for (const w of list) {
    if (!w || set.has(w)) continue;
    set.add(w);
    edge[w.charCodeAt(0)]! |= 1;
    edge[w.charCodeAt(w.length - 1)]! |= 2;
    if (w.length === 1) single.add(w);
    else {
      push(byHead, pairKey(w, 0), w.length);
      push(byTail, pairKey(w, w.length - 2), w.length);
    }
  }
  for (const lens of byHead.values()) lens.sort((a, b) => b - a);
  for (const lens of byTail.values()) lens.sort((a, b) => b - a);
  return { set, byHead, byTail, single, edge };
}

/** Two UTF-16 code units at `i` as one number: a Map key that costs no string allocation. */
function pairKey(s: string, i: number): number {
  return s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);
}

/** Longest word of `ws` starting at `i`, or ''. */
function matchAt(s: string, i: number, ws: WordSet): string {
  if (i >= s.length || (ws.edge[s.charCodeAt(i)]! & 1) === 0) return '';
  const lens = i + 1 < s.length ? ws.byHead.get(pairKey(s, i)) : undefined;
  if (lens) {
    for (const len of lens) {
      if (i + len > s.length) continue;
      const w = s.slice(i, i + len);
      if (ws.set.has(w)) return w;
    }
  }
  const c = s[i];
  return c !== undefined && ws.single.has(c) ? c : '';
}

/** Longest word of `ws` ending at `end`, or ''. */
function matchBefore(s: string, end: number, ws: WordSet): string {
  if (end <= 0 || (ws.edge[s.charCodeAt(end - 1)]! & 2) === 0) return '';
  const lens = end >= 2 ? ws.byTail.get(pairKey(s, end - 2)) : undefined;
  if (lens) {
    for (const len of lens) {
      if (len > end) continue;
      const w = s.slice(end - len, end);
      if (ws.set.has(w)) return w;
    }
  }
  const c = s[end - 1]!;
  return ws.single.has(c) ? c : '';
}

const TITLES = wordSet(
  (function* () {
    for (const core of CORE_TITLES) {
      yield core;
      for (const mod of TITLE_MODIFIERS) yield mod + core;
      for (const pre of COMMITTEE_PREFIXES) {
        yield pre + core;
        for (const mod of TITLE_MODIFIERS) yield pre + mod + core;
      }
    }
  })(),
);
const SURNAME_SET = wordSet(SURNAMES);
const COMPOUND_SURNAMES = new Set(SURNAMES.filter((s) => s.length === 2));
const HONORIFIC_SET = wordSet(HONORIFICS);
const RIGHT_CUE_SET = wordSet(RIGHT_CUES);
const LEFT_STOP_SET = wordSet(LEFT_STOPS);
const ORG_SUFFIX_SET = wordSet(ORG_SUFFIXES);
const ZONE_SET = wordSet(ZONE_SUFFIXES);
const ADMIN_SET = wordSet(ADMIN_SUFFIXES);
const AND_STEM_SET = wordSet(AND_STEMS);
const NATIONAL_SET = wordSet(NATIONAL_BODIES);
const LIST_HEAD_SET = wordSet(ORG_LIST_HEADS);
/** Words after which the first item of a company list starts: 莅临联盟成员|厦门万久. */
const LIST_CUT_SET = wordSet([...ORG_LIST_HEADS, '成员', '企业', '单位', '公司', '会员']);
const NON_GIVEN = new Set(NON_GIVEN_CHARS);
const NON_PLACE = new Set(NON_PLACE_CHARS);
const GAZETTEER = wordSet([...PROVINCES, ...PROVINCE_FULL_NAMES, ...CITIES, ...COUNTRIES]);
/** Suffixes a gazetteer stem may carry (`江西省`, `厦门市`, `新疆维吾尔自治区`). */
const GAZETTEER_SUFFIX = wordSet(['省', '市', '自治区', '特别行政区', '自治州', '盟', '地区', '州']);
/** Characters after which a name may start: the end of a unit (`招商组谭骞`, `管理处郑伟平`). */
const UNIT_END_CHARS = new Set('组处局部司院会厅委办队团所站室科中心');
/** One-character left stops that never stand inside a name (unlike 和平, 同济, 对外, 于都, 将乐). */
const STRONG_STOPS = new Set('的了是在为被把从到赴由给让请获受率');
/** Characters after an administrative suffix that make it another word: 区域, 市场, 县城, 乡村. */
const ADMIN_BLOCKERS: Readonly<Record<string, string>> = {
  区: '域别分划块间位',
  市: '场民值面井',
  县: '城级',
  镇: '压定静',
  乡: '村下亲土愁',
  村: '民庄落',
};
/** Bits of the per-offset start/end tables. */
const TYPE_BIT: Readonly<Record<EntityType, number>> = { person: 1, organization: 2, place: 4 };
/** Single characters of a person list or coordination: `刘建、王祺`, `项南和何载`. */
const LIST_JOINERS = new Set('、和及与');

// ---------------------------------------------------------------------------------------------
// The matching view.

/** `norm` with traditional characters folded to simplified: same length, so same offsets. */
export function matchingView(norm: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < norm.length; i++) {
    const simp = SIMPLIFIED[norm.charCodeAt(i)]!;
    if (simp !== 0) {
      out += norm.slice(run, i) + String.fromCharCode(simp);
      run = i + 1;
    }
  }
  return run === 0 ? norm : out + norm.slice(run);
}

/** `TRAD_TO_SIMP` as a table by UTF-16 code (0: unchanged), for a fast scan. */
const SIMPLIFIED: Uint16Array = (() => {
  const table = new Uint16Array(65536);
  for (const [t, simp] of TRAD_TO_SIMP) table[t.charCodeAt(0)] = simp.charCodeAt(0);
  return table;
})();

/** A table of flags by UTF-16 code for a few characters, to test a position without a regex. */
function codeSet(chars: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
const ANCHOR_FIRST = codeSet('先女同夫老小一等团院主');
const ELECT_FIRST = codeSet('选推任聘增补');
const LIST_TAIL_FIRST = codeSet('等0123456789一二三四五六七八九十两几');
const COUNT_CHAR = codeSet('0123456789一二三四五六七八九十两几');
const PARTNER_CHAR = codeSet('与和同');

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
const isBoundaryChar = (c: string | undefined): boolean => c === undefined || BOUNDARY_TABLE[c.charCodeAt(0)] === 1;
const isHan = (c: string | undefined): boolean => c !== undefined && BOUNDARY_TABLE[c.charCodeAt(0)] === 2;
const isLatinOrDigit = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);

// ---------------------------------------------------------------------------------------------
// The scanner: one per entry, holding the view and what has been found so far.

class Scanner {
  readonly s: string;
  readonly n: number;
  readonly hits: EntityHit[] = [];
  /** Titles found, greedy left to right, non-overlapping. */
  readonly titles: Array<{ start: number; end: number }> = [];
  private wordEdges: Uint8Array | null | undefined;
  private readonly placeStems = new Set<string>();
  /** By offset: bit per type of a hit ending (ends) or starting (starts) there; 8 a title. */
  private readonly ends: Uint8Array;
  private readonly starts: Uint8Array;

  constructor(
    readonly text: string,
    norm: string,
    private readonly words: FindEntitiesInput['words'],
  ) {
    this.s = matchingView(norm);
    this.n = this.s.length;
    this.ends = new Uint8Array(this.n + 2);
    this.starts = new Uint8Array(this.n + 2);
  }

  // -- word boundaries (support only) ---------------------------------------------------------

  /** Bit 1: a word starts here; bit 2: a word ends here. Null when no segmenter is given. */
  private edges(): Uint8Array | null {
    if (this.wordEdges !== undefined) return this.wordEdges;
    if (!this.words) return (this.wordEdges = null);
    const edges = new Uint8Array(this.n + 1);
    for (const w of this.words()) {
      if (w.start >= 0 && w.start <= this.n) edges[w.start]! |= 1;
      if (w.end >= 0 && w.end <= this.n) edges[w.end]! |= 2;
    }
    return (this.wordEdges = edges);
  }

  /** Whether a word boundary stands at `i`; true when there is no segmenter to ask. */
  private cutAt(i: number): boolean {
    const e = this.edges();
    if (!e) return true;
    return i <= 0 || i >= this.n || (e[i]! & 3) !== 0;
  }

  /** Whether a word boundary stands at `i`; false when there is no segmenter to ask. */
  private wordStartsAt(i: number): boolean {
    const e = this.edges();
    return e !== null && (i <= 0 || i >= this.n || (e[i]! & 3) !== 0);
  }

  // -- shared tests -------------------------------------------------------------------------

  /** A left-context word (verb, preposition) ending at `i` that the segmenter also cuts off. */
  stopBefore(i: number): string {
    const w = matchBefore(this.s, i, LEFT_STOP_SET);
    if (!w) return '';
    if (this.cutAt(i) && this.cutAt(i - w.length)) return w;
    // 升格為德明技術學院: the segmenter glues 為 to the name in traditional text; a particle that
    // never stands inside a name still counts when a word ends right before it.
    const last = this.s[i - 1]!;
    if (STRONG_STOPS.has(last) && this.cutAt(i - 1)) return last;
    return '';
  }

  hitEndingAt(i: number, type?: EntityType): EntityHit | undefined {
    if (i < 0 || (this.ends[i]! & (type ? TYPE_BIT[type] : 7)) === 0) return undefined;
    return this.hits.find((h) => h.end === i && (type === undefined || h.type === type));
  }

  hitCovering(start: number, end: number, type?: EntityType): EntityHit | undefined {
    return this.hits.find(
      (h) => h.start <= start && h.end >= end && (type === undefined || h.type === type),
    );
  }

  overlaps(start: number, end: number, type?: EntityType): boolean {
    return this.hits.some(
      (h) => h.start < end && start < h.end && (type === undefined || h.type === type),
    );
  }

  placeStartingAt(i: number): EntityHit | undefined {
    if (i < 0 || (this.starts[i]! & TYPE_BIT.place) === 0) return undefined;
    return this.hits.find((h) => h.type === 'place' && h.start === i);
  }

  titleAt(i: number): { start: number; end: number } | undefined {
    if (i < 0 || (this.starts[i]! & 8) === 0) return undefined;
    return this.titles.find((t) => t.start === i);
  }

  titleEndingAt(i: number): { start: number; end: number } | undefined {
    if (i < 0 || (this.ends[i]! & 8) === 0) return undefined;
    return this.titles.find((t) => t.end === i);
  }

  insideTitle(start: number, end: number): boolean {
    return this.titles.some((t) => t.start < end && start < t.end);
  }

  add(hit: EntityHit): void {
    if (hit.end <= hit.start) return;
    const bit = TYPE_BIT[hit.type];
    if ((this.starts[hit.start]! & bit) !== 0 &&
      this.hits.some((h) => h.start === hit.start && h.end === hit.end && h.type === hit.type)) return;
    this.hits.push(hit);
    this.starts[hit.start]! |= bit;
    this.ends[hit.end]! |= bit;
  }

  // -- titles -------------------------------------------------------------------------------

  scanTitles(): void {
    const { s, n } = this;
    for (let i = 0; i < n; ) {
      const t = matchAt(s, i, TITLES);
      if (t && !TITLE_BLOCKERS.test(s.slice(i + t.length, i + t.length + 2))) {
        this.titles.push({ start: i, end: i + t.length });
        this.starts[i]! |= 8;
        this.ends[i + t.length]! |= 8;
        i += t.length;
      } else i++;
    }
  }

  // -- person names ---------------------------------------------------------------------------

  /** Surname lengths possible at `i`, compound first. */
  private surnamesAt(i: number): number[] {
    const out: number[] = [];
    if (COMPOUND_SURNAMES.has(this.s.slice(i, i + 2))) out.push(2);
    if (SURNAME_SET.set.has(this.s[i] ?? '')) out.push(1);
    return out;
  }

  private givenOk(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const c = this.s[k];
      if (!isHan(c) || NON_GIVEN.has(c!)) return false;
    }
    return true;
  }

  /** How strongly the text after a name ends it: 3 punctuation/end, 2 a cue word, 1 a one-character cue. */
  rightStrength(e: number): number {
    const { s, n } = this;
    if (e >= n || isBoundaryChar(s[e])) return 3;
    if (PEOPLE_AFTER_DENG_AT(s, e)) return 3;
    const cue = matchAt(s, e, RIGHT_CUE_SET);
    if (cue.length >= 2) return 2;
    if (cue.length === 1) return 1;
    if (matchAt(s, e, HONORIFIC_SET)) return 2;
    return 0;
  }

  /** How strongly the text before a name starts it (3 punctuation/start … 1 a word boundary). */
  leftStrength(b: number): number {
    const { s } = this;
    if (b <= 0 || isBoundaryChar(s[b - 1])) return 3;
    if (this.stopBefore(b)) return 2;
    if (this.hitEndingAt(b, 'organization') || this.hitEndingAt(b, 'place')) return 2;
    if (this.titleEndingAt(b)) return 2;
    if (UNIT_END_CHARS.has(s[b - 1]!)) return 2;
    if (isLatinOrDigit(s[b - 1])) return 1;
    // 同马丽局长: the segmenter glues 同 to the name, but a function word after a word end counts.
    if (LEFT_STOP_SET.set.has(s[b - 1]!) && this.cutAt(b - 1)) return 1;
    if (this.wordStartsAt(b)) return 1;
    return 0;
  }

  /** A name that is a place or organization already, or a gazetteer word, is not a person. */
  private notPlaceName(b: number, e: number): boolean {
    const w = this.s.slice(b, e);
    if (GAZETTEER.set.has(w) || this.placeStems.has(w)) return false;
    return !this.hits.some((h) => h.type !== 'person' && h.start < e && b < h.end && h.start >= b - 1);
  }

  /** A name starting at `b` (after a title): the best-ended candidate, longer on ties. */
  nameFrom(b: number, minRight = 1): { start: number; end: number } | null {
    let best: { start: number; end: number; score: number } | null = null;
    for (const sl of this.surnamesAt(b)) {
      for (const gl of [2, 1]) {
        const e = b + sl + gl;
        if (e > this.n || !this.givenOk(b + sl, e)) continue;
        const score = this.rightStrength(e);
        if (score < minRight || !this.notPlaceName(b, e)) continue;
        if (!best || score > best.score) best = { start: b, end: e, score };
      }
    }
    if (best) return best;
    // 张建琛 followed by a verb the cue list lacks: accept a three-character word the segmenter cut.
    const e = this.edges();
    if (e && this.surnamesAt(b).includes(1) && (e[b]! & 1) !== 0 && (e[b + 3]! & 2) !== 0) {
      const covered = [b + 1, b + 2].every((k) => (e[k]! & 3) === 0);
      if (covered && this.givenOk(b + 1, b + 3) && this.notPlaceName(b, b + 3)) return { start: b, end: b + 3 };
    }
    return null;
  }

  /** A name ending at `e` (before a title, 等, 一行): the best-started candidate, longer on ties. */
  nameBefore(e: number, minLeft = 1): { start: number; end: number } | null {
    let best: { start: number; end: number; score: number } | null = null;
    for (const len of [4, 3, 2]) {
      const b = e - len;
      if (b < 0) continue;
      for (const sl of this.surnamesAt(b)) {
        const gl = len - sl;
        if (gl < 1 || gl > 2 || !this.givenOk(b + sl, e)) continue;
        let score = this.leftStrength(b);
        // 向马丽局长: a function word that is also a surname loses to the shorter name.
        if (len === 3 && matchBefore(this.s, b + 1, LEFT_STOP_SET) === this.s[b]) score -= 1;
        if (score < minLeft || !this.notPlaceName(b, e)) continue;
        if (!best || score > best.score) best = { start: b, end: e, score };
      }
    }
    return best;
  }

  private addPerson(span: { start: number; end: number }, rule: string, role?: string): EntityHit | null {
    if (this.overlaps(span.start, span.end, 'person')) return null;
    const hit: EntityHit = { type: 'person', start: span.start, end: span.end, rule };
    if (role) hit.role = role;
    this.add(hit);
    return hit;
  }

  scanPersons(): void {
    const { s, text } = this;
    const claimed = new Set<number>();
    // Title before name: 秘书长张建琛, 会长(联盟理事单位)邹朝圣.
    for (const [k, t] of this.titles.entries()) {
      let b = t.end;
      BRACKET_AT.lastIndex = b;
      const br = BRACKET_AT.exec(s);
      if (br) b += br[0].length;
      const name = this.nameFrom(b);
      if (name) {
        this.addPerson(name, 'title-name', text.slice(t.start, t.end));
        claimed.add(k);
      }
    }
    // Name before title: 张建琛秘书长, 郑伟平处长, 谭骞常委、副区长 (role: the nearest title).
    for (const [k, t] of this.titles.entries()) {
      if (claimed.has(k)) continue;
      const name = this.nameBefore(t.start, 1);
      if (name && !this.insideTitle(name.start, name.end)) {
        this.addPerson(name, 'name-title', text.slice(t.start, t.end));
      }
    }
    // Right anchors: 陈细金先生, 马丽一行, 王祺等人, 钟南山团队, 由余建国主持.
    for (let i = 1; i < this.n; i++) {
      if (ANCHOR_FIRST[s.charCodeAt(i)] === 0) continue;
      let ok = false;
      let minLeft = 2;
      if (matchAt(s, i, HONORIFIC_SET)) ok = true;
      else if (s.startsWith('一行', i) || s.startsWith('团队', i) || s.startsWith('院士', i)) ok = true;
      else if (PEOPLE_AFTER_DENG_AT(s, i)) ok = true;
      else if (s.startsWith('主持', i)) {
        ok = true;
        minLeft = 2;
      }
      if (!ok) continue;
      const name = this.nameBefore(i, minLeft);
      if (!name || this.insideTitle(name.start, name.end)) continue;
      if (s.startsWith('主持', i) && s[name.start - 1] !== '由') continue;
      this.addPerson(name, 'anchor');
    }
    this.extendPersonLists();
  }

  /** Elections: 选举那履坤为县政协主席, 王信维为县人民政府县长. Run before organizations. */
  scanElections(): void {
    const { s } = this;
    for (let i = 0; i < this.n; i++) {
      if (ELECT_FIRST[s.charCodeAt(i)] === 0) continue;
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
    for (const len of [3, 2, 4]) {
      const e = b + len;
      if (this.s[e] === '为' && isHan(this.s[b]) && !isBoundaryChar(this.s[b]) && this.givenOk(b + 1, e) &&
        this.notPlaceName(b, e)) return { start: b, end: e };
    }
    return null;
  }

  private nextPunct(from: number): number {
    let k = from;
    while (k < this.n && !/[,，。;；!?！？]/.test(this.s[k]!)) k++;
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
    const { s } = this;
    for (let round = 0; round < 12; round++) {
      let grew = false;
      for (const p of this.hits.filter((h) => h.type === 'person')) {
        if (LIST_JOINERS.has(s[p.end] ?? '')) {
          const name = this.nameFrom(p.end + 1, 1);
          if (name && !this.titleAt(name.end) && !this.overlaps(name.start, name.end)) {
            if (this.addPerson(name, 'list')) grew = true;
          }
        }
        if (s[p.start - 1] === '、') {
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
    const { s, n } = this;
    // Gazetteer names: provinces, cities, countries; with their suffix unless a title takes it.
    for (let i = 0; i < n; i++) {
      const stem = matchAt(s, i, GAZETTEER);
      if (!stem) continue;
      let end = i + stem.length;
      const suf = matchAt(s, end, GAZETTEER_SUFFIX);
      // 中共陕西省委: a gazetteer name with its own suffix needs no left boundary.
      if (!(suf && suf !== '地区' && stem.length >= 2) && !this.placeLeftOk(i)) continue;
      if (suf && suf !== '地区' && !(suf.length === 1 && s[end + 1] === '长')) end += suf.length;
      const followedByUnit = matchAt(s, end, ADMIN_SET) !== '' || matchAt(s, end, ZONE_SET) !== '';
      if (AMBIGUOUS_PLACES.has(stem) && end === i + stem.length && !followedByUnit) continue;
      if (!suf && !this.cutAt(i + stem.length) && !followedByUnit && !isBoundaryChar(s[end])) {
        // 太白山: the segmenter keeps 白山 inside a longer word.
        if (this.edges()) continue;
      }
      this.add({ type: 'place', start: i, end, rule: 'gazetteer' });
      this.placeStems.add(stem);
      i = end - 1;
    }
    // Stems with an administrative suffix: 瑞金市, 崇仁县, 新罗区, 郿县; 瑞金市长 gives 瑞金.
    for (let k = 1; k < n; k++) {
      const suf = matchAt(s, k, ADMIN_SET);
      if (!suf || suf === '地区' || suf === '州' || suf === '盟') continue;
      if (this.hits.some((h) => h.type === 'place' && h.start <= k && h.end > k)) continue;
      if (ZONE_SUFFIXES.some((z) => s.startsWith(z, k - z.length + suf.length) && z.length > suf.length)) continue;
      if (ADMIN_BLOCKERS[suf]?.includes(s[k + suf.length] ?? '\u0000')) continue;
      // 召开县一届四次人代会, 简称县政府: a verb before 县 is no stem.
      if (matchBefore(s, k, LEFT_STOP_SET).length >= 2) continue;
      const titleTakes = suf.length === 1 && s[k + 1] === '长';
      const span = this.placeStemBefore(k, suf);
      if (span === null) continue;
      const end = titleTakes ? k : k + suf.length;
      this.add({ type: 'place', start: span, end, rule: titleTakes ? 'place-in-title' : 'admin-suffix' });
      this.placeStems.add(s.slice(span, k));
      k += suf.length - 1;
    }
    // Stems learned above, used bare: 瑞金经开区, 推介瑞金.
    this.findStems();
    this.scanZones();
  }

  private placeLeftOk(i: number): boolean {
    if (i <= 0 || !isHan(this.s[i - 1])) return true;
    if (this.hitEndingAt(i, 'place')) return true;
    if (this.stopBefore(i)) return true;
    return this.edges() ? this.wordStartsAt(i) : true;
  }

  private placeStemBefore(k: number, suf: string): number | null {
    const { s } = this;
    const lens = suf === '县' ? [3, 2, 1] : [3, 2];
    // First pass: a stem the segmenter does not cut inside (应|瑞金市 is not a stem 应瑞金).
    return this.placeStemPass(k, suf, lens, this.edges() !== null);
  }

  private placeStemPass(k: number, suf: string, lens: number[], whole: boolean): number | null {
    const { s } = this;
    for (const len of lens) {
      if (whole && len > 1 && !this.uncut(k - len, k)) continue;
      const b = k - len;
      if (b < 0) continue;
      let ok = true;
      for (let j = b; j < k; j++) if (!isHan(s[j]) || '的了和与在是等为及对从省市县区镇乡村'.includes(s[j]!)) ok = false;
      if (!ok || NON_PLACE.has(s[k - 1]!) || (len === 1 && NON_PLACE.has(s[b]!))) continue;
      if (this.insideTitle(b, k) || this.overlaps(b, k, 'person')) continue;
      const left = b === 0 || isBoundaryChar(s[b - 1]) || this.hitEndingAt(b, 'place') !== undefined ||
        this.stopBefore(b) !== '' || s.slice(Math.max(0, b - 2), b) === '中共';
      // The segmenter must not run a word across the stem's start (`推介瑞金市`: 介瑞金 is not a stem).
      const aligned = this.edges() ? this.wordStartsAt(b) : left;
      if (left && aligned) return b;
    }
    return null;
  }

  /** Whether the segmenter cuts nowhere strictly inside [b, e). */
  private uncut(b: number, e: number): boolean {
    const edges = this.edges();
    if (!edges || b < 0) return true;
    for (let k = b + 1; k < e; k++) if ((edges[k]! & 3) !== 0) return false;
    return true;
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
    const { s, n } = this;
    for (let k = 1; k < n; k++) {
      const zone = matchAt(s, k, ZONE_SET);
      if (!zone) continue;
      const end = k + zone.length;
      // The zone's name is the place chain right before it, or a short name right after a place.
      let start = -1;
      const direct = this.hitEndingAt(k, 'place');
      if (direct?.rule.startsWith('zone')) continue; // 开发区园区: one zone
      if (direct) {
        start = direct.start;
        for (let prev = this.hitEndingAt(start, 'place'); prev; prev = this.hitEndingAt(start, 'place')) start = prev.start;
      } else {
        for (let b = k - 1; b >= Math.max(0, k - 6); b--) {
          if (!isHan(s[b])) break;
          if (this.hitEndingAt(b, 'place')) {
            // 新罗区龙雁组团科创园; not 新罗区政府签署红电孵化园 nor 博望区等产业园区.
            const clean = !this.hasStopInside(b - 1, k + 1) && !/[等和与及的]/.test(s.slice(b, k)) &&
              !this.overlaps(b, k, 'organization');
            if (k - b >= 2 && clean) start = b;
            break;
          }
        }
      }
      if (start < 0) continue;
      const acts = PARTNER_BEFORE.test(s.slice(0, start)) && sticky(ACTS_AFTER, s, end, 3);
      this.add({ type: acts ? 'organization' : 'place', start, end, rule: acts ? 'zone-acting' : 'zone' });
      k = end - 1;
    }
  }

  // -- organizations ---------------------------------------------------------------------------

  /** Where an organization name that ends at `end` starts: the nearest left boundary. */
  orgStart(end: number, maxLen = 30): number {
    const { s } = this;
    let i = end;
    const min = Math.max(0, end - maxLen);
    while (i > min) {
      const c = s[i - 1]!;
      if (c === ')') {
        const m = BRACKET_BEFORE.exec(s.slice(Math.max(0, i - 16), i));
        if (m && i - m[0].length > 0 && !isBoundaryChar(s[i - m[0].length - 1])) {
          i -= m[0].length;
          continue;
        }
        break;
      }
      if (isBoundaryChar(c) || /[0-9]/.test(c)) break;
      const and = matchBefore(s, i, AND_STEM_SET);
      if (and) {
        i -= and.length;
        continue;
      }
      if (this.stopBefore(i)) break;
      // A title ends the name (董事长刘世立) unless the suffix follows it (中央顾问委员会).
      if ((this.titleEndingAt(i) && i !== end) || this.hitEndingAt(i, 'person')) break;
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
    const { s, n } = this;
    const subjectSuffix = this.scanSubject(subject);
    // Suffixes with a left boundary: 瑞金市人民政府, 厦门市工业和信息化局行业管理处, ABB公司.
    for (let k = 1; k < n; k++) {
      const found = matchAt(s, k, ORG_SUFFIX_SET);
      if (!found) continue;
      // 省人民政府: judge the name by the longest suffix that ends here (人民政府, not 政府).
      const suf = matchBefore(s, k + found.length, ORG_SUFFIX_SET);
      const end = k + found.length;
      const ks = end - suf.length;
      const guard = SUFFIX_GUARDS[suf];
      if (guard?.next && s[end] !== undefined && guard.next.includes(s[end]!)) continue;
      if (guard?.prev && guard.prev.includes(s[ks - 1]!)) continue;
      if (NOT_ORG_SUFFIX_WORDS.has(s.slice(ks - 2, end)) || NOT_ORG_SUFFIX_WORDS.has(s.slice(ks - 1, end))) continue;
      if (this.insideTitle(ks, end)) continue; // 台商会长: the 会 is the title's
      // 提高联盟, 暨联盟: where the subject's own suffix stands, the subject's short form was read.
      if (suf === subjectSuffix && this.hits.some((h) => h.rule.startsWith('subject') && h.end === end)) continue;
      if (this.hits.some((h) => h.type === 'person' && h.start < end && ks < h.end)) continue;
      let b = this.orgStart(ks);
      // 王信维为县人民政府: a particle the segmenter glued on is not part of the name.
      while (b < ks - 1 && STRONG_STOPS.has(s[b]!)) b++;
      // A one-character function word left at the start (应瑞金市政府): drop it when a place follows.
      if (b < ks && this.hits.some((h) => h.type === 'place' && h.start === b + 1)) b += 1;
      // A count before a generic noun (10家技师学院) names a kind, not an organization.
      if (COUNT_BEFORE.test(s.slice(Math.max(0, b - 3), b + 1))) continue;
      if (b > 0 && COUNT_BEFORE.test(s.slice(Math.max(0, b - 2), b))) continue;
      if (this.genericName(b, ks)) continue;
      if (end - b < 3 && suf.length < 2) continue;
      if (NOT_ORG_NAMES.has(s.slice(b, end))) continue;
      this.add({ type: 'organization', start: b, end, rule: 'suffix' });
    }
    // Party committees: 中共陕西省委.
    for (let i = s.indexOf('中共'); i >= 0; i = s.indexOf('中共', i + 2)) {
      const place = this.hits.find((h) => h.type === 'place' && h.start === i + 2);
      if (!place) continue;
      let e = place.end;
      for (let next = this.placeStartingAt(e); next; next = this.placeStartingAt(e)) e = next.end;
      PARTY_COMMITTEE.lastIndex = e;
      const m = PARTY_COMMITTEE.exec(s);
      if (m) this.add({ type: 'organization', start: i, end: e + m[0].length, rule: 'party-committee' });
    }
    // Nationally known bodies: 国网, 南方电网, 国务院.
    for (let i = 0; i < n; i++) {
      const w = matchAt(s, i, NATIONAL_SET);
      if (!w) continue;
      if (w.length <= 2 && !(this.cutAt(i) && this.cutAt(i + w.length))) continue;
      if (w.length <= 2 && isHan(s[i - 1]) && !this.stopBefore(i) && !this.wordStartsAt(i)) continue;
      this.add({ type: 'organization', start: i, end: i + w.length, rule: 'national' });
      i += w.length - 1;
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
      const before = this.hits.find((h) => h.type === 'organization' && h.end === i);
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
    const type: EntityType = matchBefore(subj, subj.length, ORG_SUFFIX_SET) || !matchBefore(subj, subj.length, ADMIN_SET)
      ? 'organization' : 'place';
    for (let i = s.indexOf(subj); i >= 0; i = s.indexOf(subj, i + subj.length)) {
      this.add({ type, start: i, end: i + subj.length, canonical: subject, rule: 'subject' });
    }
    if (type !== 'organization') return '';
    const suf = matchBefore(subj, subj.length, ORG_SUFFIX_SET);
    if (suf.length < 2) return '';
    const body = subj.slice(0, subj.length - suf.length);
    for (let k = s.indexOf(suf); k >= 0; k = s.indexOf(suf, k + suf.length)) {
      if (this.hits.some((h) => h.rule === 'subject' && h.start <= k && h.end >= k + suf.length)) continue;
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
      const guard = SUFFIX_GUARDS[suf];
      if (guard?.next && guard.next.includes(s[k + suf.length] ?? '')) continue;
      this.add({ type: 'organization', start: b, end: k + suf.length, canonical: subject, rule: 'subject-alias' });
    }
    return suf;
  }

  /** Organizations named by context, not suffix: 万久总经理, X、Y等企业, 成员单位X、Y, X与ABB公司. */
  scanContextOrganizations(): void {
    const { s, n } = this;
    const addShort = (b: number, e: number, rule: string): void => {
      while (b < e && isBoundaryChar(s[b])) b++;
      while (e > b && isBoundaryChar(s[e - 1])) e--;
      if (e - b < 2 || e - b > 14) return;
      const w = s.slice(b, e);
      if (NOT_ORG_NAMES.has(w) || this.genericName(b, e)) return;
      if (this.titles.some((t) => t.start < e && b < t.end)) return;
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
    for (let i = 1; i < n; i++) {
      if (LIST_TAIL_FIRST[s.charCodeAt(i)] === 0) continue;
      if (s[i] !== '等' && (s[i - 1] === '等' || COUNT_CHAR[s.charCodeAt(i - 1)] === 1)) continue;
      ORG_LIST_TAIL.lastIndex = i;
      if (!ORG_LIST_TAIL.exec(s)) continue;
      this.listItemsBefore(i, addShort, 'org-list');
    }
    // Lists after a category noun: 成员单位今日集团、南平创四方，…
    for (let i = 0; i < n; i++) {
      const head = matchAt(s, i, LIST_HEAD_SET);
      if (!head || head.length < 2) continue;
      const from = i + head.length;
      let stop = from;
      while (stop < n && stop - from < 60 && !/[,，。;；:：!?！？“”"()等]/.test(s[stop]!)) stop++;
      const items = s.slice(from, stop).split('、');
      if (items.length < 2) {
        i = from - 1;
        continue;
      }
      let b = from;
      for (const item of items) {
        const e = b + item.length;
        if (item.length >= 2 && item.length <= 12 && !this.hasStopInside(b, e)) addShort(b, e, 'org-list-head');
        b = e + 1;
      }
      i = stop;
    }
    // Partners of an organization: 航天银山与ABB公司在…
    for (let i = 1; i < n - 1; i++) {
      if (PARTNER_CHAR[s.charCodeAt(i)] === 0) continue;
      const right = this.hits.find((h) => h.type === 'organization' && h.start === i + 1);
      if (right && sticky(PAIR_VERB_AFTER, s, right.end, 1)) {
        if (this.hitEndingAt(i, 'organization') || this.hitEndingAt(i, 'person')) continue;
        const b = this.orgStart(i, 10);
        // 希望与联盟开展合作: one short dictionary word is a verb or noun, not a company's name.
        if ((isBoundaryChar(s[b - 1]) || b === 0) && !this.singleShortWord(b, i)) addShort(b, i, 'partner');
      }
    }
  }

  /** Whether [b, e) is one segmenter word of at most two characters (and not Latin). */
  private singleShortWord(b: number, e: number): boolean {
    if (!this.edges() || e - b > 2 || LATIN_NAME.test(this.s.slice(b, e))) return false;
    return this.uncut(b, e);
  }

  private hasStopInside(b: number, e: number): boolean {
    for (let k = b + 1; k < e; k++) if (this.stopBefore(k).length >= 2) return true;
    return false;
  }

  /** Items of a 、-list that ends at `end`, walking left until an item holds a verb. */
  private listItemsBefore(end: number, addShort: (b: number, e: number, rule: string) => void, rule: string): void {
    const { s } = this;
    let e = end;
    for (let guard = 0; guard < 12; guard++) {
      let b = e;
      while (b > 0 && s[b - 1] !== '、' && e - b < 16) {
        if (s[b - 1] === ')') {
          const m = BRACKET_BEFORE.exec(s.slice(Math.max(0, b - 16), b));
          if (m) {
            b -= m[0].length; // ABB(厦门)、许继(厦门)
            continue;
          }
        }
        if (isBoundaryChar(s[b - 1])) break;
        b--;
      }
      // Inside the first item, cut after the rightmost left-context word: 莅临联盟成员厦门万久.
      let cut = b;
      for (let k = b + 1; k < e; k++) {
        if (this.stopBefore(k) || matchBefore(s, k, LIST_CUT_SET) || this.titleEndingAt(k)) cut = k;
      }
      const person = this.hits.find((h) => h.type === 'person' && h.end > cut && h.start < e);
      if (person) cut = Math.max(cut, person.end);
      const subjectAlias = this.hits.find((h) => h.rule.startsWith('subject') && h.start >= cut && h.end <= e && h.start === cut);
      if (subjectAlias) cut = subjectAlias.end;
      if (e - cut >= 2) addShort(cut, e, rule);
      if (cut !== b || s[b - 1] !== '、') break;
      e = b - 1;
    }
  }

  // -- user and carried-over names --------------------------------------------------------------

  findNames(lists: NameLists, rule: 'dictionary' | 'known'): void {
    const { s } = this;
    const byType: Array<[EntityType, readonly string[] | undefined]> = [
      ['person', lists.people],
      ['organization', lists.organizations],
      ['place', lists.places],
    ];
    for (const [type, names] of byType) {
      if (!names) continue;
      for (const name of names) {
        const key = matchingView(name);
        if (key.length < 2) continue;
        for (let i = s.indexOf(key); i >= 0; i = s.indexOf(key, i + 1)) {
          if (rule === 'known') {
            if (this.overlaps(i, i + key.length)) continue;
            if (type !== 'organization' && !this.placeLeftOk(i)) continue;
          }
          this.add({ type, start: i, end: i + key.length, rule });
        }
      }
    }
  }

  /** Other mentions, in this entry, of a name found by a rule (航天银山 twice, 李建成表示). */
  propagate(): void {
    const { s } = this;
    const seen = new Set<string>();
    for (const h of [...this.hits]) {
      if (h.type === 'place' || h.rule === 'national' || h.rule.startsWith('subject')) continue;
      const w = s.slice(h.start, h.end);
      if (w.length < 2 || seen.has(h.type + w)) continue;
      seen.add(h.type + w);
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

function PEOPLE_AFTER_DENG_AT(s: string, i: number): boolean {
  if (s[i] !== '等') return false;
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
  let out = hits.filter((h) => {
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
  out.sort((a, b) => a.start - b.start || b.end - a.end || TYPE_RANK[a.type] - TYPE_RANK[b.type]);
  const bySpan = new Map<string, EntityHit>();
  for (const h of out) {
    const key = `${h.start}:${h.end}`;
    const prev = bySpan.get(key);
    if (!prev || (h.rule === 'dictionary' && prev.rule !== 'dictionary')) bySpan.set(key, h);
    else if (prev.type === h.type && prev.canonical === undefined && h.canonical !== undefined) {
      // 输配电产业联盟 found by its suffix and as the subject's short form: one item, with canonical.
      bySpan.set(key, { ...prev, canonical: h.canonical });
    }
  }
  return [...bySpan.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Find the people, organizations and places of one entry body. Pure: the same input gives the
 * same hits. Offsets are into `input.text`; the list is sorted by start and has one item per
 * span (nested spans are allowed: `瑞金市` inside `瑞金市人民政府`).
 */
export function findEntities(input: FindEntitiesInput, dictionary: NameLists = {}): EntityHit[] {
  if (input.norm.length !== input.text.length) {
    throw new Error('findEntities: `norm` must be fold(text), the same length as `text`');
  }
  const sc = new Scanner(input.text, input.norm, input.words);
  sc.findNames(dictionary, 'dictionary');
  sc.scanTitles();
  sc.scanPlaces();
  sc.scanElections();
  sc.scanOrganizations(input.subject);
  sc.scanPersons();
  sc.scanContextOrganizations();
  if (input.known) sc.findNames(input.known, 'known');
  sc.propagate();
  return resolve(sc.hits);
}
