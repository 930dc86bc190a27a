/**
 * People the rules cannot anchor but the segmenter's tags point at, with guards: a name jieba's
 * dictionary knows (`nr`: 邓小平, 钱三强) standing between a boundary and a cue; an unknown word
 * (`x`) shaped like a name before 同学/老师 or in a list of names (刘荣生、李景皇同学, 马照南、骆沙鸣);
 * foreign names written with · (玛丽·居里), whole. A country or place is never a person: every
 * candidate must pass the same shape tests as the title rules (surname, given-name characters,
 * no gazetteer word).
 */
import { List } from '../lookup.js';
import { SINGLE_SURNAME } from '../scanner.js';
import type { Scanner } from '../scanner.js';
import type { TaggedToken } from '../tags.js';
import { extendPersonLists } from './persons.js';

/** Tags of a word that may be a name: jieba's person tags, and words its dictionary lacks. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'x']);
/** The middle dots of foreign names: ·, •, ・, ‧. */
const NAME_DOT = /[·•・‧]/;

export function scanTaggedPeople(sc: Scanner): void {
  if (sc.pos.available) {
    for (const t of sc.pos.tokens()) {
      if (!NAME_TAGS.has(t.tag) || !nameShaped(sc, t)) continue;
      const left = sc.leftStrength(t.start);
      const right = sc.rightStrength(t.end);
      const anchored = sc.lex.at(List.honorific, t.end) !== 0;
      const known = t.tag === 'nr' && t.end - t.start === 3 && left >= 2 && right >= 2;
      const listed = t.tag === 'x' && (anchored || inNameList(sc, t)) && left >= 1 && right >= 1;
      if (known || listed) sc.addPerson({ start: t.start, end: t.end }, known ? 'tagged-name' : 'tagged-list');
    }
  }
  scanForeignNames(sc);
  extendPersonLists(sc);
}

/** Surname and one or two given-name characters, not a place, not inside a hit or a title. */
function nameShaped(sc: Scanner, t: TaggedToken): boolean {
  const len = t.end - t.start;
  if (len < 2 || len > 4) return false;
  const sl = sc.compoundSurnameAt(t.start) ? 2 : sc.charIn(SINGLE_SURNAME, t.start) ? 1 : 0;
  if (sl === 0 || len - sl < 1 || len - sl > 2) return false;
  if (!sc.givenOk(t.start + sl, t.end) || !sc.notPlaceName(t.start, t.end)) return false;
  return !sc.overlaps(t.start, t.end) && !sc.insideTitle(t.start, t.end);
}

/** Whether a 、 joins the word to a person found or another name-shaped unknown word. */
function inNameList(sc: Scanner, t: TaggedToken): boolean {
  const { s } = sc;
  if (s[t.end] === '、') {
    if (sc.hits.some((h) => h.type === 'person' && h.start === t.end + 1)) return true;
    const next = sc.pos.at(t.end + 1);
    if (next && NAME_TAGS.has(next.tag) && nameShaped(sc, next)) return true;
  }
  if (t.start > 0 && s[t.start - 1] === '、') {
    if (sc.hitEndingAt(t.start - 1, 'person')) return true;
    const prev = sc.pos.tokens().find((p) => p.end === t.start - 1);
    if (prev && NAME_TAGS.has(prev.tag) && nameShaped(sc, prev)) return true;
  }
  return false;
}

/** 玛丽·居里, 阿卜杜勒·阿齐兹: segmenter words joined by name dots, taken whole. */
function scanForeignNames(sc: Scanner): void {
  const { s, n } = sc;
  for (let d = 1; d < n - 1; d++) {
    if (!NAME_DOT.test(s[d]!) || !sc.hanAt(d - 1) || !sc.hanAt(d + 1)) continue;
    // Left part: back to the word start the segmenter gives, at most four characters.
    let b = d - 1;
    while (b > 0 && d - b < 4 && sc.hanAt(b - 1) && !sc.cutAt(b)) b--;
    // Right part: word after word while another dot follows.
    let e = d + 1;
    for (;;) {
      while (e < n && e - d < 9 && sc.hanAt(e) && !(sc.cutAt(e) && e > d + 1)) e++;
      if (e < n - 1 && NAME_DOT.test(s[e]!) && sc.hanAt(e + 1)) {
        d = e;
        e++;
        continue;
      }
      break;
    }
    if (sc.overlaps(b, e) || sc.lex.is(List.gazetteer, b, e)) continue;
    sc.addPerson({ start: b, end: e }, 'foreign-name');
    d = e;
  }
}
