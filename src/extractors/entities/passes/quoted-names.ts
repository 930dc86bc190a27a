/**
 * Names in quotes that a verb introduces: the new name of a body after a verb of renaming
 * (学校改称「草山公学校坪顶分教场」, 更名为“…研究院”), taken whole when it holds an organization's
 * suffix; and a place after a verb of moving (校地迁至「金面仔」), which no gazetteer knows.
 */
import { LOCATION_VERBS, RENAME_VERBS } from '../lexicon.js';
import { List } from '../lookup.js';
import { codeSet } from '../scanner.js';
import { wordAt } from '../../../text.js';
import type { Scanner } from '../scanner.js';

/** Opening quotes and the closing quote each expects. */
const QUOTES: Readonly<Record<string, string>> = { '「': '」', '『': '』', '“': '”', '"': '"', '‘': '’' };
/** The longest quoted name read. */
const MAX_NAME = 30;
/** What a quoted name does not hold: sentence punctuation. */
const NOT_IN_NAME = /[,.;:!?，。；：！？、\s]/;
const RENAME = [...RENAME_VERBS].sort((a, b) => b.length - a.length);
const LOCATION = [...LOCATION_VERBS].sort((a, b) => b.length - a.length);
/** First characters of the verbs, by UTF-16 code: the cheap test at every offset. */
const FIRST = codeSet([...RENAME, ...LOCATION].map((v) => v[0]!).join(''));

export function scanQuotedNames(sc: Scanner): void {
  const { s, n } = sc;
  for (let i = 0; i < n; i++) {
    if (FIRST[s.charCodeAt(i)] !== 1) continue;
    const rename = wordAt(RENAME, s, i);
    const move = rename ? undefined : wordAt(LOCATION, s, i);
    const verb = rename ?? move;
    if (!verb) continue;
    const open = i + verb.length;
    const close = QUOTES[s[open] ?? ''];
    if (!close) continue;
    const b = open + 1;
    // The closing quote within a name's length: the search never runs to the end of a long body.
    const end = s.slice(b, b + MAX_NAME + 1).indexOf(close) + b;
    if (end < b + 2 || NOT_IN_NAME.test(s.slice(b, end))) continue;
    if (rename) {
      let suffixed = false;
      for (let k = b + 2; k <= end && !suffixed; k++) if (sc.lex.before(List.orgSuffix, k) !== 0) suffixed = true;
      if (suffixed) sc.add({ type: 'organization', start: b, end, rule: 'renamed' });
    } else if (end - b <= 8 && !sc.overlaps(b, end)) {
      sc.add({ type: 'place', start: b, end, rule: 'quoted-place' });
    }
    i = end;
  }
}
