/**
 * Elections and appointments: 选举那履坤为县政协主席 names a person whatever the surname list says;
 * 于少文当选为主任委员 and 刘洪任县委书记 name one before the verb.
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
  scanOffices(sc);
}

/** The farthest a title may stand after its office verb: a body's name between them (当选为中国农工民主党市委员会主任委员). */
const OFFICE_GAP = 24;
const CODE_REN = '任'.charCodeAt(0);
/** What follows 任 in the words it starts: 任命, 任务, 任何, 任职, 任期, 任教, 任用, 任免, 任意, 任课. */
const REN_WORD_SECOND = '命务何职期教用免意课性凭';

/**
 * A name, an office verb, the title it takes: 于少文当选为主任委员, 刘强当选理事长, 李华出任集团总经理,
 * 刘洪任县委书记, 王建国同志任学校党委书记. Before the organization rules, which would read 刘洪任县委
 * as a body; a person with a role drops the bodies and places across it.
 */
function scanOffices(sc: Scanner): void {
  const { s } = sc;
  let lastTwo = -2;
  for (const i of sc.lex.occurrences(List.officeVerb)) {
    let length = 2;
    if (s.charCodeAt(i) === CODE_REN) {
      // 任 alone: not the 任 of 担任 (found as a word of its own just before), of a title (主任),
      // or of a word it starts (任命, 任务, 任职: 张三任命李四为副校长 makes 李四 the vice-president).
      if (lastTwo === i - 1 || sc.insideTitle(i, i + 1) || REN_WORD_SECOND.includes(s[i + 1] ?? '')) continue;
      length = 1;
    } else {
      lastTwo = i;
    }
    const title = titleTaken(sc, i + length);
    if (!title) continue;
    dropStemsAcross(sc, i);
    for (let k = i; k < title.start; k++) sc.noNameAt.add(k);
    const name = sc.nameBefore(nameEnd(sc, i), 1);
    if (!name || sc.insideTitle(name.start, name.end)) continue;
    // The title touching the name is its role (院士李德仁担任名誉理事长 → 院士), as everywhere else.
    const role = sc.titleEndingAt(name.start) ?? title;
    sc.addPerson(name, 'elected', sc.text.slice(role.start, role.end));
  }
}

/** Where the name before an office verb ends: before 同志, and before a bracketed other name (李超时（李振华）任书记). */
function nameEnd(sc: Scanner, verb: number): number {
  const { s } = sc;
  let end = verb;
  const close = s.charCodeAt(end - 1);
  if (close === 0xff09 || close === 0x29) {
    const open = s.lastIndexOf(close === 0x29 ? '(' : '（', end - 1);
    if (open >= 0 && end - open <= 8) end = open;
  }
  return s.startsWith('同志', end - 2) ? end - 2 : end;
}

/**
 * 刘洪任县委书记, 张明任市长: the place rules read 刘洪任 as the stem of a county (刘洪任县) or of a
 * title's place (刘洪任|市长); a verb with a title after it says the stem is a name and a verb.
 */
function dropStemsAcross(sc: Scanner, verb: number): void {
  const { hits } = sc;
  for (let k = hits.length - 1; k >= 0; k--) {
    const h = hits[k]!;
    if (h.type !== 'place' || (h.rule !== 'admin-suffix' && h.rule !== 'place-in-title') || h.start >= verb || h.end <= verb) continue;
    hits.splice(k, 1);
    sc.placeStems.delete(sc.s.slice(h.start, verb + 1));
  }
}

/** The title an office verb ending at `from` takes, in its clause (`当选为主任委员`), or undefined. */
function titleTaken(sc: Scanner, from: number): { start: number; end: number } | undefined {
  // (`当选副理事长单位` elects a member body: the title pass reads no title there.)
  let b = from;
  if (sc.codeAt(b) === CODE_WEI) b++;
  let stop = b;
  while (stop < sc.n && stop - b <= OFFICE_GAP && CLAUSE_END[sc.s.charCodeAt(stop)] === 0) stop++;
  let first: { start: number; end: number } | undefined;
  for (const t of sc.titles) if (t.start >= b && t.start < stop && (!first || t.start < first.start)) first = t;
  return first;
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
