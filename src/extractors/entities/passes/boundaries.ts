/**
 * Sound starts for organizations found by a suffix or by context: a name never starts with a
 * verb or a function word (参访|嘉泰集团), nor with what is left of a date (2016年|普通高等学校,
 * 2015年度|福建省船员服务行业协会); what is left must still be a name, not a bare suffix (日|学院).
 * An award or project category before a generic suffix (示范学校, 第二批现代学徒制项目建设学校)
 * is a kind of school, not one. Names inside book-title marks are a work's words, not mentions.
 * The segmenter's tags say which words are verbs; without a
 * segmenter only the date rule runs.
 */
import { CATEGORY_ENDINGS, CATEGORY_WORDS, NOT_NAME_START_TAGS } from '../lexicon.js';
import { List } from '../lookup.js';
import { NUMERAL_CHAR } from '../patterns.js';
import { wordAt } from '../../../text.js';
import { PARTY_JOINER } from '../scanner.js';
import type { EntityHit, RuleName, Scanner } from '../scanner.js';

/** The longest title read as a work's name (a play, a book); longer ones are headlines. */
const WORK_NAME_MAX = 10;
/** What a work's name does not hold: punctuation, spaces, digits (a headline or a document's title does). */
const WORK_NAME_BREAK = /[\s\d,.:;!?，。：；！？、“”"]/;
/** Rules whose left edge is a guess (the nearest boundary), and so may need trimming. */
const TRIMMED: ReadonlySet<RuleName> = new Set<RuleName>([
  'suffix', 'media', 'org-list', 'org-list-head', 'before-corporate-title', 'partner', 'name-place-brackets',
]);
/** What a date leaves before a name when its digits ended the name's left search: 年, 年度, 月, 日, 号. */
const DATE_UNITS = ['年度', '年', '月份', '月', '日', '号'] as const;

export function trimOrganizations(sc: Scanner): void {
  dropInsideBookTitles(sc);
  const { s, hits } = sc;
  for (let k = hits.length - 1; k >= 0; k--) {
    const h = hits[k]!;
    if (h.type !== 'organization' || !TRIMMED.has(h.rule)) continue;
    // Where the suffix starts; the end itself for a name found by context (万久总经理).
    const suffixStart = h.end - sc.lex.before(List.orgSuffix, h.end);
    let b = h.start;
    if (b > 0 && NUMERAL_CHAR.test(s[b - 1]!)) {
      const unit = wordAt(DATE_UNITS, s, b);
      if (unit) b += unit.length;
    }
    // 县政府与国网宁山县供电公司: a body read on its own, then 与, starts another party.
    const party = hits.find((o) => o !== h && o.type === 'organization' && o.start === b && o.end < suffixStart - 1);
    if (party && PARTY_JOINER[s.charCodeAt(party.end)] === 1) b = party.end + 1;
    for (let guard = 0; guard < 3 && sc.pos.available && b < suffixStart; guard++) {
      // A name that starts with a place (福建省…) starts well; otherwise the first word, as the
      // segmenter cuts it, is tagged alone.
      if (sc.placeStartingAt(b)) break;
      let w = b + 1;
      while (w < h.end && !sc.cutAt(w)) w++;
      // The first word runs into the suffix, or is the whole name: nothing to drop.
      if (w > suffixStart || w >= h.end) break;
      const tag = sc.pos.wordTag(b, w);
      if (tag === undefined || !NOT_NAME_START_TAGS.has(tag)) break;
      // A numeral starts a name (三达膜), an ordinal does not (第二批).
      if (tag === 'm' && s[b] !== '第') break;
      b = w;
    }
    const name = s.slice(b, suffixStart);
    if (CATEGORY_WORDS.some((w) => name.includes(w)) || CATEGORY_ENDINGS.some((w) => name.endsWith(w))) {
      hits.splice(k, 1);
      continue;
    }
    if (b === h.start) continue;
    hits.splice(k, 1);
    if (h.end - b >= 3 && !sc.genericName(b, suffixStart)) sc.add(trimmed(h, b));
  }
}

function trimmed(h: EntityHit, start: number): EntityHit {
  return { ...h, start };
}

/**
 * 《烈火扬州》 is a play, not a place: inside the marks of a work's name (a short title, no
 * punctuation) a place never counts, nor an organization read by a guessed edge, unless it fills
 * the marks (《泉州晚报》). A headline or a document's title (《武汉雷神山医院顺利通电 3 天架设 7
 * 公里电缆》) is a sentence, whose names are mentions like any other.
 */
function dropInsideBookTitles(sc: Scanner): void {
  const { s, hits } = sc;
  for (let open = s.indexOf('《'); open >= 0; open = s.indexOf('《', open + 1)) {
    const close = s.indexOf('》', open + 1);
    if (close < 0) break;
    if (s.lastIndexOf('《', close - 1) !== open) continue; // nested: the inner pair is read on its own turn
    if (close - open - 1 > WORK_NAME_MAX || WORK_NAME_BREAK.test(s.slice(open + 1, close))) continue;
    for (let k = hits.length - 1; k >= 0; k--) {
      const h = hits[k]!;
      if (h.start <= open || h.end >= close + 1 || h.rule === 'dictionary') continue;
      const whole = h.start === open + 1 && h.end === close;
      if (h.type === 'place' || (h.type === 'organization' && TRIMMED.has(h.rule) && !whole)) hits.splice(k, 1);
    }
  }
}
