/**
 * Organizations by suffix with a left boundary (瑞金市人民政府, ABB公司), the chronicle's subject
 * and its short forms, party committees after 中共, bodies every reader knows, names with a place
 * in brackets (许继(厦门)).
 */
import { GUARDED_LAST, NOT_ORG_SUFFIX_LAST, STRONG_STOP, matchingView } from '../scanner.js';
import type { EntityType, Scanner } from '../scanner.js';
import { NOT_ORG_NAMES, NOT_ORG_SUFFIX_WORDS, SUFFIX_GUARDS } from '../lexicon.js';
import { List, longestEndingAt } from '../lookup.js';
import { BRACKET_AT, COUNT_BEFORE, LATIN_NAME, PARTY_COMMITTEE, SHORT_NAME_AFTER, THIS_ONE } from '../patterns.js';

export function scanOrganizations(sc: Scanner, subject: string | null): void {
  const { s, n, lex } = sc;
  const subjectSuffix = scanSubject(sc, subject);
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
    if (sc.insideTitle(ks, end)) continue; // 台商会长: the 会 is the title's
    // 提高联盟, 暨联盟: where the subject's own suffix stands, the subject's short form was read.
    if (suf === subjectSuffix && sc.hits.some((h) => h.rule.startsWith('subject') && h.end === end)) continue;
    if (sc.hits.some((h) => h.type === 'person' && h.start < end && ks < h.end)) continue;
    let b = sc.orgStart(ks);
    // 区长李华强作政府工作报告: the suffix is inside the phrase that ends a name; no body is named.
    if (insideCuePhrase(sc, b, ks, end)) continue;
    // 王信维为县人民政府: a particle the segmenter glued on is not part of the name.
    while (b < ks - 1 && sc.charIn(STRONG_STOP, b)) b++;
    // A one-character function word left at the start (应瑞金市政府): drop it when a place follows.
    if (b < ks && sc.placeStartingAt(b + 1)) b += 1;
    // A count before a generic noun (10家技师学院) names a kind, not an organization.
    if (COUNT_BEFORE.test(s.slice(Math.max(0, b - 3), b + 1))) continue;
    if (b > 0 && COUNT_BEFORE.test(s.slice(Math.max(0, b - 2), b))) continue;
    // 我校收到福建盼盼食品有限公司: "this school" and what it did are no part of the name; the
    // boundaries pass drops the verb that is left.
    const self = THIS_ONE.exec(s.slice(b, ks));
    if (self && ks - b - self[0].length >= 4) b += self[0].length;
    if (sc.genericName(b, ks)) continue;
    if (end - b < 3 && end - ks < 2) continue;
    if (NOT_ORG_NAMES.has(s.slice(b, end))) continue;
    sc.add({ type: 'organization', start: b, end, rule: 'suffix' });
  }
  // Party committees: 中共陕西省委.
  for (let i = s.indexOf('中共'); i >= 0; i = s.indexOf('中共', i + 2)) {
    const place = sc.placeStartingAt(i + 2);
    if (!place) continue;
    let e = place.end;
    for (let next = sc.placeStartingAt(e); next; next = sc.placeStartingAt(e)) e = next.end;
    PARTY_COMMITTEE.lastIndex = e;
    const m = PARTY_COMMITTEE.exec(s);
    if (m) sc.add({ type: 'organization', start: i, end: e + m[0].length, rule: 'party-committee' });
  }
  // Nationally known bodies: 国网, 南方电网, 国务院.
  let next = 0;
  for (const i of lex.occurrences(List.national)) {
    if (i < next) continue;
    const len = lex.at(List.national, i);
    if (len <= 2 && !(sc.cutAt(i) && sc.cutAt(i + len))) continue;
    if (len <= 2 && sc.hanAt(i - 1) && !sc.stopBefore(i) && !sc.wordStartsAt(i)) continue;
    sc.add({ type: 'organization', start: i, end: i + len, rule: 'national' });
    next = i + len;
  }
  // A name and its place in brackets: 许继(厦门), ABB(厦门).
  for (let i = s.indexOf('('); i >= 0; i = s.indexOf('(', i + 1)) {
    BRACKET_AT.lastIndex = i;
    const m = BRACKET_AT.exec(s);
    if (!m) continue;
    const inner = m.groups!.inner!;
    const close = i + m[0].length;
    const isPlace = sc.hits.some((h) => h.type === 'place' && h.start === i + 1 && h.end === close - 1);
    // An organization named just before: 西安高压电器研究院(XIHARI) → XIHARI, canonical the full name.
    const before = sc.hitEndingAt(i, 'organization');
    if (before && LATIN_NAME.test(inner)) {
      sc.add({
        type: 'organization', start: i + 1, end: close - 1, rule: 'alias-in-brackets',
        canonical: sc.text.slice(before.start, before.end),
      });
      continue;
    }
    if (!isPlace || before) continue;
    if (sc.hits.some((h) => h.type === 'organization' && h.start < i && h.end >= close)) continue;
    const b = sc.orgStart(i, 10);
    if (i - b < 2 || sc.genericName(b, i)) continue;
    if (sc.hits.some((h) => h.type === 'person' && h.start < i && h.end > b)) continue;
    sc.add({ type: 'organization', start: b, end: close, rule: 'name-place-brackets' });
  }
  scanShortNames(sc);
}

/** The short name a text gives a body right after it: 深圳市大疆创新科技有限公司（以下简称“大疆”）. */
function scanShortNames(sc: Scanner): void {
  const { s } = sc;
  for (let i = s.indexOf('简称'); i >= 0; i = s.indexOf('简称', i + 2)) {
    let k = i;
    if (s.startsWith('以下', k - 2)) k -= 2;
    const c = s[k - 1];
    if (c === '(' || c === ',' || c === '，') k--;
    const body = sc.hitEndingAt(k, 'organization');
    if (!body) continue;
    SHORT_NAME_AFTER.lastIndex = i + 2;
    const m = SHORT_NAME_AFTER.exec(s);
    if (!m) continue;
    const name = m.groups!['quoted'] ?? m.groups!['bare']!;
    const start = m.index + m[0].indexOf(name);
    sc.add({
      type: 'organization', start, end: start + name.length, rule: 'alias-in-brackets',
      canonical: sc.text.slice(body.start, body.end),
    });
  }
}

/** The subject and its short forms: 智能输配电设备产业技术创新战略联盟, 输配电产业联盟, 联盟. */
/**
 * Whether the subject's suffix at `k`, read back to `b`, ends another body's name (in 江南理工大学's chronicle:
 * 清华大学, 南京理工大学, 德国声学学会, 滨海市中医院), which the suffix rule then reads: the
 * segmenter keeps the suffix inside a longer word, or a place or a proper name of two or more
 * characters stands right before it. The subject's short form stands after anything else
 * (促进联盟, 来联盟, 在厦联盟, 学校).
 */
function namedBefore(sc: Scanner, b: number, k: number): boolean {
  if (b === 0 || !sc.hanAt(b - 1)) return false;
  if ((b === k && !sc.cutAt(k)) || sc.hitEndingAt(b, 'place')) return true;
  const last = sc.pos.words(Math.max(0, b - 6), b).at(-1);
  return last !== undefined && last.end === b && last.end - last.start >= 2 && NAME_TAGS.has(last.tag);
}

/** A suffix that names a legal form (有限公司, 股份有限公司, 有限责任公司): a body's name ends with it, nobody is called by it alone. */
const LEGAL_FORM = /有限|股份|责任/;

/** jieba's tags of places and proper names (ns place, nr person, nz other proper noun, nt body). */
const NAME_TAGS: ReadonlySet<string> = new Set(['ns', 'nr', 'nrt', 'nz', 'nt']);

function scanSubject(sc: Scanner, subject: string | null): string {
  if (!subject) return '';
  const subj = matchingView(subject.replace(/\s+/g, ''));
  if (subj.length < 2) return '';
  const { s } = sc;
  const sufLen = longestEndingAt(subj, subj.length, List.orgSuffix);
  const type: EntityType = sufLen !== 0 || longestEndingAt(subj, subj.length, List.admin) === 0
    ? 'organization' : 'place';
  for (let i = s.indexOf(subj); i >= 0; i = s.indexOf(subj, i + subj.length)) {
    sc.add({ type, start: i, end: i + subj.length, canonical: subject, rule: 'subject' });
  }
  if (type !== 'organization' || sufLen < 2) return '';
  const suf = subj.slice(subj.length - sufLen);
  const body = subj.slice(0, subj.length - sufLen);
  const guard = SUFFIX_GUARDS[suf];
  for (let k = s.indexOf(suf); k >= 0; k = s.indexOf(suf, k + sufLen)) {
    if (sc.hits.some((h) => h.rule === 'subject' && h.start <= k && h.end >= k + sufLen)) continue;
    if (guard?.next && k + sufLen < sc.n && guard.next.includes(s[k + sufLen]!)) continue;
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
    while (b < k && !sc.cutAt(b)) b++;
    // 有限公司 alone never means "the company": 上海张江生物科技有限公司 is another one.
    if (b === k && LEGAL_FORM.test(suf)) continue;
    if (namedBefore(sc, b, k)) continue;
    sc.add({ type: 'organization', start: b, end: k + sufLen, canonical: subject, rule: 'subject-alias' });
  }
  return suf;
}

/** Whether a phrase that ends a name (`作政府工作报告`: RIGHT_CUES) starts in [b, ks) and runs over `end`. */
function insideCuePhrase(sc: Scanner, b: number, ks: number, end: number): boolean {
  for (let k = Math.max(b, ks - 2); k < ks; k++) if (k + sc.lex.at(List.rightCue, k) >= end) return true;
  return false;
}
