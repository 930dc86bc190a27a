/**
 * Organizations named by context rather than suffix: before a corporate title (万久总经理), in a
 * list closed by 等企业 or opened by 成员单位, and the partner of an organization (X与ABB公司签署).
 */
import { CODE_DENG, CODE_DUN, CODE_PAREN_CLOSE, COUNT_CHAR, LIST_HEAD_END, TYPE_BIT, matchingView, sticky } from '../scanner.js';
import type { RuleName, Scanner } from '../scanner.js';
import { CORPORATE_TITLES, NOT_ORG_NAMES } from '../lexicon.js';
import { List } from '../lookup.js';
import { BRACKET_BEFORE, LATIN_NAME, ORG_LIST_TAIL, PAIR_VERB_AFTER } from '../patterns.js';

/** Organizations named by context, not suffix: 万久总经理, X、Y等企业, 成员单位X、Y, X与ABB公司. */
export function scanContextOrganizations(sc: Scanner): void {
  const { s, n } = sc;
  const addShort = (b: number, e: number, rule: RuleName): void => {
    while (b < e && sc.boundaryAt(b)) b++;
    while (e > b && sc.boundaryAt(e - 1)) e--;
    if (e - b < 2 || e - b > 14) return;
    const w = s.slice(b, e);
    if (NOT_ORG_NAMES.has(w) || sc.genericName(b, e)) return;
    if (sc.insideTitle(b, e)) return;
    if (sc.hits.some((h) => h.type === 'person' && h.start < e && b < h.end)) return;
    if (sc.hits.some((h) => h.type === 'place' && h.start === b && h.end === e)) return;
    if (sc.hits.some((h) => h.type === 'organization' && h.start <= b && h.end >= e)) return;
    if (/[0-9]/.test(w) && !LATIN_NAME.test(w)) return;
    sc.add({ type: 'organization', start: b, end: e, rule });
  };
  // Before a corporate title: 万久总经理邹朝圣, 明翰董事长韩刃.
  for (const t of sc.titles) {
    const title = matchingView(s.slice(t.start, t.end)).replace(/^副/, '');
    if (!CORPORATE_TITLES.has(title) && !CORPORATE_TITLES.has(s.slice(t.start, t.end))) continue;
    if (sc.hits.some((h) => h.end === t.start && (h.type === 'organization' || h.type === 'person'))) continue;
    const b = sc.orgStart(t.start, 10);
    addShort(b, t.start, 'before-corporate-title');
  }
  // Lists closed by 等企业 / N家企业: 厦门万久、滨得利等企业.
  for (const i of sc.lex.occurrences(List.listTailFirst)) {
    if (i < 1) continue;
    const c = s.charCodeAt(i);
    if (c !== CODE_DENG && (s.charCodeAt(i - 1) === CODE_DENG || COUNT_CHAR[s.charCodeAt(i - 1)] === 1)) continue;
    ORG_LIST_TAIL.lastIndex = i;
    if (!ORG_LIST_TAIL.test(s)) continue;
    listItemsBefore(sc, i, addShort, 'org-list', c !== CODE_DENG);
  }
  // Lists after a category noun: 成员单位今日集团、南平创四方，…
  let next = 0;
  for (const i of sc.lex.occurrences(List.listHead)) {
    if (i < next) continue;
    const headLen = sc.lex.at(List.listHead, i);
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
      if (item.length >= 2 && item.length <= 12 && !sc.hasStopInside(b, e)) addShort(b, e, 'org-list-head');
      b = e + 1;
    }
    next = stop + 1;
  }
  // Partners of an organization: 航天银山与ABB公司在…
  for (const i of sc.lex.occurrences(List.partner)) {
    if (i < 1 || i >= n - 1 || (sc.table[sc.starts + i + 1]! & TYPE_BIT.organization) === 0) continue;
    const right = sc.hits.find((h) => h.type === 'organization' && h.start === i + 1);
    if (right && sticky(PAIR_VERB_AFTER, s, right.end, 1)) {
      if (sc.hitEndingAt(i, 'organization') || sc.hitEndingAt(i, 'person')) continue;
      const b = sc.orgStart(i, 10);
      // 希望与联盟开展合作: one short dictionary word is a verb or noun, not a company's name.
      if ((b === 0 || sc.boundaryAt(b - 1)) && !singleShortWord(sc, b, i)) addShort(b, i, 'partner');
    }
  }
}

/** Whether [b, e) is one segmenter word of at most two characters (and not Latin). */
function singleShortWord(sc: Scanner, b: number, e: number): boolean {
  if (!sc.cuts.available || e - b > 2 || LATIN_NAME.test(sc.s.slice(b, e))) return false;
  return sc.uncut(b, e);
}

/**
 * Items of a 、-list that ends at `end`, walking left until an item holds a verb. Before a count
 * without 等 (`厦门万久、滨得利3家企业`) there must be a list: one word before a count is a verb's
 * (`协会组织46家会员企业`).
 */
function listItemsBefore(sc: Scanner, end: number, addShort: (b: number, e: number, rule: RuleName) => void, rule: RuleName, needList = false): void {
  const { s } = sc;
  let e = end;
  for (let guard = 0; guard < 12; guard++) {
    let b = e;
    while (b > 0 && sc.codeAt(b - 1) !== CODE_DUN && e - b < 16) {
      if (sc.codeAt(b - 1) === CODE_PAREN_CLOSE) {
        const m = BRACKET_BEFORE.exec(s.slice(Math.max(0, b - 16), b));
        if (m) {
          b -= m[0].length; // ABB(厦门)、许继(厦门)
          continue;
        }
      }
      if (sc.boundaryAt(b - 1)) break;
      b--;
    }
    if (needList && guard === 0 && sc.codeAt(b - 1) !== CODE_DUN) return;
    // Inside the first item, cut after the rightmost left-context word: 莅临联盟成员厦门万久.
    let cut = b;
    for (let k = e - 1; k > b; k--) {
      if (sc.lex.before(List.listCut, k) !== 0 || sc.titleEndingAt(k) || sc.stopBefore(k)) {
        cut = k;
        break;
      }
    }
    const person = sc.hits.find((h) => h.type === 'person' && h.end > cut && h.start < e);
    if (person) cut = Math.max(cut, person.end);
    const subjectAlias = sc.hits.find((h) => h.rule.startsWith('subject') && h.start >= cut && h.end <= e && h.start === cut);
    if (subjectAlias) cut = subjectAlias.end;
    if (e - cut >= 2) addShort(cut, e, rule);
    if (cut !== b || sc.codeAt(b - 1) !== CODE_DUN) break;
    e = b - 1;
  }
}
