/**
 * Titles (秘书长, 县委常务副书记), greedy left to right: the anchors of most person rules.
 */
import { TITLE_BIT } from '../scanner.js';
import type { Scanner } from '../scanner.js';
import { List } from '../lookup.js';
import { TITLE_BLOCKERS } from '../patterns.js';

export function scanTitles(sc: Scanner): void {
  const { s } = sc;
  let next = 0; // greedy, left to right: no title starts inside the last one
  for (const i of sc.lex.occurrences(List.titleCore)) {
    if (i < next) continue;
    const len = sc.lex.titleAt(i);
    if (len !== 0 && !TITLE_BLOCKERS.test(s.slice(i + len, i + len + 2))) {
      sc.titles.push({ start: i, end: i + len });
      sc.table[sc.starts + i]! |= TITLE_BIT;
      sc.table[sc.ends + i + len]! |= TITLE_BIT;
      next = i + len;
    }
  }
}
