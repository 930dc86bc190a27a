/**
 * Other mentions, in this entry, of a name a rule found (航天银山 twice).
 */
import type { Scanner } from '../scanner.js';

/** Whether a hit before `hits[k]` would have propagated the same name as the same type. */
function seenBefore(sc: Scanner, k: number): boolean {
  const { s, hits } = sc;
  const h = hits[k]!;
  const len = h.end - h.start;
  for (let j = 0; j < k; j++) {
    const g = hits[j]!;
    if (g.type !== h.type || g.end - g.start !== len || g.rule === 'national' || g.rule.startsWith('subject')) continue;
    if (g.start === h.start || s.startsWith(s.slice(h.start, h.end), g.start)) return true;
  }
  return false;
}

/** Other mentions, in this entry, of a name found by a rule (航天银山 twice, 李建成表示). */
export function propagate(sc: Scanner): void {
  const { s, hits } = sc;
  const count = hits.length; // names found by rules, not the mentions added here
  for (let k = 0; k < count; k++) {
    const h = hits[k]!;
    const len = h.end - h.start;
    if (len < 2 || h.type === 'place' || h.rule === 'national' || h.rule.startsWith('subject')) continue;
    // 县政府 is found where it stands alone; 本县政府 is no second mention of it.
    if (h.rule === 'state-body') continue;
    // @dutor is a mention; the same letters inside its link (github.com/dutor) are not.
    if (h.rule === 'handle') continue;
    if (seenBefore(sc, k)) continue;
    const w = s.slice(h.start, h.end);
    for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
      if (sc.overlaps(i, i + w.length, h.type)) continue;
      if (h.type === 'person' && sc.overlaps(i, i + w.length)) continue;
      // A short name's other mentions stand for the same body (大疆 … 大疆推出).
      sc.add(h.canonical === undefined
        ? { type: h.type, start: i, end: i + w.length, rule: 'same-entry' }
        : { type: h.type, start: i, end: i + w.length, rule: 'same-entry', canonical: h.canonical });
    }
  }
}
