/**
 * People the rules cannot anchor but the segmenter's tags point at, with guards: a name jieba's
 * dictionary knows (`nr`: 邓小平, 钱三强) standing between a boundary and a cue; an unknown word
 * (`x`) shaped like a name before 同学/老师 or in a list of names (刘荣生、李景皇同学, 马照南、骆沙鸣);
 * foreign names written with · (玛丽·居里), whole. A country or place is never a person: every
 * candidate must pass the same shape tests as the title rules (surname, given-name characters,
 * no gazetteer word).
 */
import { List } from '../lookup.js';
import { SINGLE_SURNAME, codeSet, peopleAfterDengAt } from '../scanner.js';
import type { Scanner } from '../scanner.js';
import { extendPersonLists } from './persons.js';

/** Tags of a word that may be a name: jieba's person tags, and words its dictionary lacks. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'x']);
/** The middle dots of foreign names (·, •, ・, ‧), by UTF-16 code: a regex on `s[d]` would make a string per offset. */
const NAME_DOT = codeSet('·•・‧');

export function scanTaggedPeople(sc: Scanner): void {
  if (sc.pos.available) {
    const { n } = sc;
    for (let i = 0; i < n - 1; i++) {
      const sl = surnameAt(sc, i);
      if (sl === 0) continue;
      for (const len of NAME_LENGTHS) {
        const e = i + sl + len;
        const found = e <= n && candidate(sc, i, e);
        if (found) {
          sc.addPerson({ start: i, end: e }, found);
          i = e - 1;
          break;
        }
      }
    }
  }
  scanForeignNames(sc);
  extendPersonLists(sc);
}

/** Given-name lengths tried, longer first. */
const NAME_LENGTHS = [2, 1] as const;

/** Length of the surname at `i`: 2 compound, 1 single, 0 none. */
function surnameAt(sc: Scanner, i: number): number {
  return sc.compoundSurnameAt(i) ? 2 : sc.charIn(SINGLE_SURNAME, i) ? 1 : 0;
}

/**
 * The rule that takes `[b, e)` as a person, or null. The cheap tests go first (shape, the text
 * after it, the hits found); the segmenter is asked last, about the candidate alone.
 */
function candidate(sc: Scanner, b: number, e: number): 'tagged-name' | 'tagged-list' | null {
  const sl = surnameAt(sc, b);
  if (!sc.givenOk(b + sl, e)) return null;
  const right = sc.rightStrength(e);
  if (right === 0) return null;
  const anchored = sc.lex.at(List.honorific, e) !== 0;
  const joined = sc.s[e] === '、' || (b > 0 && sc.s[b - 1] === '、');
  const threeChars = e - b === 3;
  if (!(anchored || joined || (threeChars && right >= 2))) return null;
  if (!sc.notPlaceName(b, e) || sc.overlaps(b, e) || sc.insideTitle(b, e)) return null;
  const left = sc.leftStrength(b);
  if (left === 0) return null;
  const tag = sc.pos.wordTag(b, e);
  if (tag === undefined || !NAME_TAGS.has(tag)) return null;
  // A name jieba's dictionary knows (邓小平), standing between a boundary and a cue, and still a
  // name when its clause is tagged (纪念章 alone is `nr`, in 证书和纪念章 a noun).
  // It must also stand where people stand: before a cue word (出席, 同志) or in a 、-list, not
  // merely before a full stop (颁发证书和纪念章。: jieba tags 纪念章 `nr`).
  const cued = sc.lex.at(List.rightCue, e) >= 2 || anchored || joined;
  if (tag === 'nr' && threeChars && left >= 2 && cued && tagInClause(sc, b, e) === 'nr') return 'tagged-name';
  // A word it does not know, shaped like a name, before 同学/老师 or in a list of names.
  if (tag !== 'nr' && (anchored || (inNameList(sc, b, e) && !listOfThings(sc, e)))) return 'tagged-list';
  return null;
}

/** The tag of `[b, e)` when its clause (up to punctuation, 40 characters each way) is tagged. */
function tagInClause(sc: Scanner, b: number, e: number): string | undefined {
  let from = b;
  while (from > 0 && b - from < 40 && !sc.boundaryAt(from - 1)) from--;
  let to = e;
  while (to < sc.n && to - e < 40 && !sc.boundaryAt(to)) to++;
  return sc.pos.words(from, to).find((w) => w.start === b && w.end === e)?.tag;
}

/** Whether a 、 joins `[b, e)` to a person found or another name-shaped unknown word. */
function inNameList(sc: Scanner, b: number, e: number): boolean {
  const { s } = sc;
  if (s[e] === '、') {
    if (sc.hits.some((h) => h.type === 'person' && h.start === e + 1)) return true;
    if (unknownNameAt(sc, e + 1, +1)) return true;
  }
  if (b > 0 && s[b - 1] === '、') {
    if (sc.hitEndingAt(b - 1, 'person')) return true;
    if (unknownNameAt(sc, b - 1, -1)) return true;
  }
  return false;
}

/**
 * Whether the 、-list that goes on at `e` closes with 等 and a noun that is no people word:
 * 永寿、景福、宁寿、慈宁等宫 are palaces, 刘建、王祺等人 people.
 */
function listOfThings(sc: Scanner, e: number): boolean {
  const { s } = sc;
  let j = e;
  for (let guard = 0; guard < 8 && s[j] === '、'; guard++) {
    j++;
    for (let k = 0; k < 5 && j < sc.n && s[j] !== '、' && s[j] !== '等' && !sc.boundaryAt(j); k++) j++;
  }
  return s[j] === '等' && !peopleAfterDengAt(s, j) && !sc.boundaryAt(j + 1);
}

/** A name-shaped word the tagger does not know, starting at `at` (dir +1) or ending there (dir -1). */
function unknownNameAt(sc: Scanner, at: number, dir: 1 | -1): boolean {
  for (const len of [3, 2]) {
    const b = dir > 0 ? at : at - len;
    const e = b + len;
    if (b < 0 || e > sc.n) continue;
    const sl = surnameAt(sc, b);
    if (sl === 0 || !sc.givenOk(b + sl, e) || !sc.notPlaceName(b, e)) continue;
    if (sc.pos.wordTag(b, e) === 'x') return true;
  }
  return false;
}

/** Tags a part of a transliterated name may carry: NAME_TAGS, transliterations (nrt), Latin words. */
const FOREIGN_PART_TAGS: ReadonlySet<string> = new Set([...NAME_TAGS, 'nrt', 'eng']);

/** 玛丽·居里, 阿卜杜勒·阿齐兹: segmenter words joined by name dots, taken whole. */
function scanForeignNames(sc: Scanner): void {
  const { n } = sc;
  for (let d = 1; d < n - 1; d++) {
    if (!sc.charIn(NAME_DOT, d) || !sc.hanAt(d - 1) || !sc.hanAt(d + 1)) continue;
    // Left part: back to the word start the segmenter gives, at most four characters.
    let b = d - 1;
    while (b > 0 && d - b < 4 && sc.hanAt(b - 1) && !sc.cutAt(b)) b--;
    const dot = d;
    // Right part: word after word while another dot follows.
    let e = d + 1;
    for (;;) {
      while (e < n && e - d < 9 && sc.hanAt(e) && !(sc.cutAt(e) && e > d + 1)) e++;
      if (e < n - 1 && sc.charIn(NAME_DOT, e) && sc.hanAt(e + 1)) {
        d = e;
        e++;
        continue;
      }
      break;
    }
    if (sc.overlaps(b, e) || sc.lex.is(List.gazetteer, b, e)) continue;
    // 国开大讲堂·国家安全教育公开课: a dot between two common words joins a title's parts, not names.
    if (sc.pos.available) {
      const left = sc.pos.words(b, dot);
      const lt = left[left.length - 1]?.tag;
      const rt = sc.pos.firstWord(dot + 1, e)?.tag;
      if (lt !== undefined && rt !== undefined && !FOREIGN_PART_TAGS.has(lt) && !FOREIGN_PART_TAGS.has(rt)) {
        d = e;
        continue;
      }
    }
    sc.addPerson({ start: b, end: e }, 'foreign-name');
    d = e;
  }
}
