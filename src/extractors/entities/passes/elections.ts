/**
 * Elections and appointments: 选举那履坤为县政协主席 names a person whatever the surname list says.
 */
import { CLAUSE_END, CODE_WEI, ELECTED_LENGTHS } from '../scanner.js';
import type { Scanner } from '../scanner.js';
import { List } from '../lookup.js';
import { ELECT_VERB } from '../patterns.js';

/** Elections: 选举那履坤为县政协主席, 王信维为县人民政府县长. Run before organizations. */
export function scanElections(sc: Scanner): void {
  const { s } = sc;
  for (const i of sc.lex.occurrences(List.electFirst)) {
    ELECT_VERB.lastIndex = i;
    const v = ELECT_VERB.exec(s);
    if (!v) continue;
    let b = i + v[0].length;
    for (let guard = 0; guard < 8 && b < sc.n; guard++) {
      const name = electedAt(sc, b);
      if (!name) break;
      const role = roleUntilPunct(sc, name.end + 1);
      sc.addPerson(name, 'elected', role);
      const stop = nextPunct(sc, name.end + 1);
      if (stop >= sc.n || !',，;；'.includes(s[stop]!)) break;
      b = stop + 1;
    }
  }
}

function electedAt(sc: Scanner, b: number): { start: number; end: number } | null {
  // After 选举 the verb is evidence enough: any two or three given-name characters before 为
  // (那履坤: a surname too rare for the list).
  for (const len of ELECTED_LENGTHS) {
    const e = b + len;
    if (sc.codeAt(e) === CODE_WEI && sc.hanAt(b) && sc.givenOk(b + 1, e) &&
      sc.notPlaceName(b, e)) return { start: b, end: e };
  }
  return null;
}

function nextPunct(sc: Scanner, from: number): number {
  let k = from;
  while (k < sc.n && CLAUSE_END[sc.s.charCodeAt(k)] === 0) k++;
  return k;
}

function roleUntilPunct(sc: Scanner, from: number): string | undefined {
  const stop = nextPunct(sc, from);
  let role: { start: number; end: number } | undefined;
  for (const t of sc.titles) if (t.start >= from && t.end <= stop) role = t;
  return role ? sc.text.slice(role.start, role.end) : undefined;
}
