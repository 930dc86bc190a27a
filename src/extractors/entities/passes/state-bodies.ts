/**
 * Party and state bodies by rule: a level (省市县区…) and a body word (委, 人民政府, 政协, 总工会,
 * 发改委…) with its department (市委宣传部), after their place (石狮市委, 福建省委教育工委) or
 * alone at a word start (县政府, 省人民政府). The place part comes from the places pass, so it
 * is a gazetteer unit or a stem the unit rules accepted, never a verb or a fragment.
 */
import { BODY_DEPARTMENTS, BODY_LEVELS, BODY_PREFIXES, STATE_BODIES } from '../lexicon.js';
import { List } from '../lookup.js';
import { THIS_ONE } from '../patterns.js';
import { codeSet } from '../scanner.js';
import { wordAt, wordEndingAt } from '../../../text.js';
import type { Scanner } from '../scanner.js';

/** Longest first, so 人民政府 is tried before 政府 and 委员会 before 委. */
const byLength = (list: readonly string[]): readonly string[] => [...list].sort((a, b) => b.length - a.length);
const BODIES = byLength(STATE_BODIES);
const DEPARTMENTS = byLength(BODY_DEPARTMENTS);
const PREFIXES = byLength(BODY_PREFIXES);
/** The level characters, by UTF-16 code. */
const LEVEL = codeSet(BODY_LEVELS);
/** Characters after 委 that make another word of it: 委托, 委派, 委屈. */
const NOT_COMMITTEE_NEXT = '托派屈婉任';

export function scanStateBodies(sc: Scanner): void {
  const { s, n } = sc;
  for (let k = 0; k < n - 1; k++) {
    if (LEVEL[s.charCodeAt(k)] !== 1) continue;
    const body = wordAt(BODIES, s, k + 1);
    if (!body) continue;
    let end = k + 1 + body.length;
    if (body.endsWith('委') && end < n && NOT_COMMITTEE_NEXT.includes(s[end]!)) continue;
    // 人大代表, 政协委员: a title of a member, not the body.
    if ((body === '人大' || body === '政协') && (s.startsWith('代表', end) || s.startsWith('委员', end))) continue;
    const department = body.endsWith('委') || body.endsWith('政府') ? wordAt(DEPARTMENTS, s, end) : undefined;
    if (department) end += department.length;
    // 县委书记, 县委常委: the title starts at the level (its committee prefix), or right after the body.
    const titled = sc.titleAt(k) !== undefined || sc.titleAt(end) !== undefined || sc.lex.at(List.titleCore, end) !== 0;
    let start = placeBefore(sc, k);
    if (start < 0) {
      // Alone: 县政府, 省人民政府 at a word start; not 本县政府 (this county's), nor before a title,
      // where the level and body belong to the title (县委书记).
      if (titled || !standsAlone(sc, k)) continue;
      start = k;
    }
    const prefix = wordEndingAt(PREFIXES, s, start);
    if (prefix) start -= prefix.length;
    sc.add({ type: 'organization', start, end, rule: 'state-body' });
  }
}

/** Where the place chain before the level at `k` starts (石狮市|委, 石狮市|市委, 福建省泉州市|委), or -1. */
function placeBefore(sc: Scanner, k: number): number {
  const place = sc.hitEndingAt(k + 1, 'place') ?? sc.hitEndingAt(k, 'place');
  if (!place || place.start >= k) return -1;
  let start = place.start;
  for (let prev = sc.hitEndingAt(start, 'place'); prev; prev = sc.hitEndingAt(start, 'place')) start = prev.start;
  return start;
}

/** Whether a body without a place starts a word at `k`. */
function standsAlone(sc: Scanner, k: number): boolean {
  if (THIS_ONE.test(sc.s.slice(Math.max(0, k - 1), k + 2))) return false;
  if (k === 0 || sc.boundaryAt(k - 1)) return true;
  if (wordEndingAt(PREFIXES, sc.s, k, -Infinity) !== undefined) return true;
  return sc.lex.before(List.leftStop, k) !== 0;
}
