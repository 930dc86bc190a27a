/**
 * Newspapers, broadcasters and news sites by their general suffixes: 泉州晚报, 石狮日报 (the
 * suffix is evidence enough), 中国教育报, 中国网 (报 and 网 after a place), 人民网、光明网纷纷转载
 * (a verb of publishing after the name or its list). Words that merely end so (电网, 汇报, 申报)
 * never are.
 */
import { MEDIA_FILLERS, MEDIA_SUFFIXES, MEDIA_VERBS, NOT_MEDIA_WORDS, STRONG_MEDIA_SUFFIXES } from '../lexicon.js';
import { codeSet } from '../scanner.js';
import { wordAt, wordEndingAt } from '../../../text.js';
import type { Scanner } from '../scanner.js';

/** Longest first: 都市报 before 报. */
const SUFFIXES = [...MEDIA_SUFFIXES].sort((a, b) => b.length - a.length);
/** Last characters of the suffixes, by UTF-16 code: the cheap first test at every offset. */
const LAST = codeSet(SUFFIXES.map((w) => w.slice(-1)).join(''));
/** Characters after 网 / 报 that make another word of them: 网站, 网络, 报告, 报名, 报道. */
const NEXT_BLOCKS: Readonly<Record<string, string>> = { 网: '站络点格民友页店购址红上下', 报: '告名道到考价表销账批送刊社' };
const HAN_OR_LATIN = /^[\p{Script=Han}A-Za-z]+$/u;

export function scanMedia(sc: Scanner): void {
  const { s, n } = sc;
  for (let e = 2; e <= n; e++) {
    if (LAST[s.charCodeAt(e - 1)] !== 1) continue;
    const last = s[e - 1]!;
    if (e < n && NEXT_BLOCKS[last]?.includes(s[e]!)) continue;
    const suffix = wordEndingAt(SUFFIXES, s, e, 1);
    if (!suffix) continue;
    const k = e - suffix.length;
    const b = sc.orgStart(k, 8);
    const name = s.slice(b, k);
    if (name.length < 2 || name.length > 8 || !HAN_OR_LATIN.test(name)) continue;
    if (sc.insideTitle(b, e) || sc.overlaps(b, e, 'person')) continue;
    let notMedia = false;
    for (let len = 2; len <= Math.min(4, e - b); len++) if (NOT_MEDIA_WORDS.has(s.slice(e - len, e))) notMedia = true;
    if (notMedia) continue;
    const placeFirst = sc.placeStartingAt(b) !== undefined && sc.placeStartingAt(b)!.end < e;
    if (!STRONG_MEDIA_SUFFIXES.has(suffix) && !placeFirst && !publishedAfter(s, e) && !listedBefore(sc, b)) continue;
    sc.add({ type: 'organization', start: b, end: e, rule: 'media' });
  }
}

const FILLERS = [...MEDIA_FILLERS].sort((a, b) => b.length - a.length);
/** Characters that end a list item: punctuation and space. */
const ITEM_END = /[、,.;:!?，。；：！？\s]/;

/**
 * Whether a verb of publishing follows at `e`, past the other names of a 、-list and a few
 * adverbs: 人民网、光明网、中国网纷纷转载, 泉州晚报等媒体报道.
 */
function publishedAfter(s: string, e: number): boolean {
  let j = e;
  for (let guard = 0; guard < 6 && s[j] === '、'; guard++) {
    let k = j + 1;
    while (k < s.length && k - j <= 9 && !ITEM_END.test(s[k]!)) {
      if (wordAt(MEDIA_VERBS, s, k) !== undefined) return true;
      k++;
    }
    j = k;
  }
  for (let guard = 0; guard < 3; guard++) {
    const filler = wordAt(FILLERS, s, j);
    if (!filler) break;
    j += filler.length;
  }
  return wordAt(MEDIA_VERBS, s, j) !== undefined;
}

/** Whether a medium found just before, across a 、, vouches for this one (人民网、光明网、中国网转载). */
function listedBefore(sc: Scanner, b: number): boolean {
  if (b < 1 || sc.s[b - 1] !== '、') return false;
  const prev = sc.hitEndingAt(b - 1, 'organization');
  return prev?.rule === 'media';
}
