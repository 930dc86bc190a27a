/**
 * People: a name after or before a title, before an anchor (先生, 一行, 等人), and in a list with a
 * name found (刘建、王祺).
 */
import { CODE_DUN, CODE_PAREN_OPEN, CODE_YOU, LIST_JOINER, peopleAfterDengAt } from '../scanner.js';
import type { EntityHit, Scanner } from '../scanner.js';
import { List } from '../lookup.js';
import { BRACKET_AT } from '../patterns.js';

export function scanPersons(sc: Scanner): void {
  const { s, text, titles } = sc;
  const claimed = new Uint8Array(titles.length);
  // Title before name: 秘书长张建琛, 会长(联盟理事单位)邹朝圣.
  for (let k = 0; k < titles.length; k++) {
    const t = titles[k]!;
    let b = t.end;
    if (sc.codeAt(b) === CODE_PAREN_OPEN) {
      BRACKET_AT.lastIndex = b;
      const br = BRACKET_AT.exec(s);
      if (br) b += br[0].length;
    }
    const name = sc.nameFrom(b);
    if (name) {
      sc.addPerson(name, 'title-name', text.slice(t.start, t.end));
      claimed[k] = 1;
    }
  }
  // Name before title: 张建琛秘书长, 郑伟平处长, 谭骞常委、副区长 (role: the nearest title).
  for (let k = 0; k < titles.length; k++) {
    if (claimed[k] === 1) continue;
    const t = titles[k]!;
    const name = sc.nameBefore(t.start, 1);
    if (name && !sc.insideTitle(name.start, name.end)) {
      sc.addPerson(name, 'name-title', text.slice(t.start, t.end));
    }
  }
  // What a person is, before the name: 教师张伟, 校友陈明, 中共党员吴苓生 (see ROLE_NOUNS).
  for (const i of sc.lex.occurrences(List.roleNoun)) {
    const length = sc.lex.at(List.roleNoun, i);
    if (length === 0 || sc.insideTitle(i, i + length) || sc.overlaps(i, i + length)) continue;
    if (sc.cuts.available && !sc.wordStartsAt(i)) continue;
    const name = sc.nameFrom(i + length);
    if (name) sc.addPerson(name, 'title-name', text.slice(i, i + length));
  }
  // Right anchors: 陈细金先生, 马丽一行, 王祺等人, 钟南山团队, 由余建国主持.
  for (const i of sc.lex.occurrences(List.anchorFirst)) {
    if (i < 1) continue;
    const chair = s.startsWith('主持', i);
    const ok = sc.lex.at(List.honorific, i) !== 0 || s.startsWith('一行', i) || s.startsWith('团队', i) ||
      s.startsWith('院士', i) || peopleAfterDengAt(s, i) || chair;
    if (!ok) continue;
    const name = sc.nameBefore(i, 2);
    if (!name || sc.insideTitle(name.start, name.end)) continue;
    if (chair && sc.codeAt(name.start - 1) !== CODE_YOU) continue;
    sc.addPerson(name, 'anchor');
  }
  extendPersonLists(sc);
}

/**
 * Names in a list with a found name: 邹朝圣、陈志河等6名; 刘建、王祺等人; 项南和何载. A title said
 * once before a list joined by 、 is every listed name's (副区长杨洁、王志强: both are 副区长), and
 * so is one said once after it (杨洁、王志强副区长); 和/与/及 join people of any standing (市长王某与客商李某),
 * so they share nothing.
 */
export function extendPersonLists(sc: Scanner): void {
  // The hits whose role runs on along the list, by direction: after the name (title before it) or
  // before it (title after it).
  const forward = new Set<EntityHit>();
  const backward = new Set<EntityHit>();
  for (const h of sc.hits) {
    if (h.type !== 'person' || h.role === undefined) continue;
    if (h.rule === 'title-name') forward.add(h);
    else if (h.rule === 'name-title') backward.add(h);
  }
  for (let round = 0; round < 12; round++) {
    let grew = false;
    for (const p of sc.hits.filter((h) => h.type === 'person')) {
      if (sc.charIn(LIST_JOINER, p.end)) {
        const name = sc.nameFrom(p.end + 1, 1);
        if (name && !sc.titleAt(name.end) && !sc.overlaps(name.start, name.end)) {
          const shared = forward.has(p) && sc.codeAt(p.end) === CODE_DUN;
          const hit = sc.addPerson(name, 'list', shared ? p.role : undefined);
          if (hit) {
            grew = true;
            if (shared) forward.add(hit);
          }
        }
      }
      if (sc.codeAt(p.start - 1) === CODE_DUN) {
        const name = sc.nameBefore(p.start - 1, 2);
        if (name && !sc.titleEndingAt(name.start) && !sc.overlaps(name.start, name.end)) {
          const shared = backward.has(p);
          const hit = sc.addPerson(name, 'list', shared ? p.role : undefined);
          if (hit) {
            grew = true;
            if (shared) backward.add(hit);
          }
        }
      }
    }
    if (!grew) break;
  }
}
