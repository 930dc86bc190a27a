/**
 * Names in Latin script that the Chinese rules cannot see: a person's handle after @ (由 @dutor
 * 提交, and the Markdown link form @[dutor](https://…), whose link text is the handle), and an
 * event or body whose one-word CamelCase name ends in a general English suffix (HBaseCon,
 * KubeCon, OpenLab).
 */
import { LATIN_HANDLE, LATIN_ORG } from '../patterns.js';
import type { Scanner } from '../scanner.js';

export function scanLatinNames(sc: Scanner): void {
  const { s } = sc;
  for (let at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
    LATIN_HANDLE.lastIndex = at;
    const m = LATIN_HANDLE.exec(s);
    const handle = m?.indices?.groups?.handle;
    if (!m || !handle) continue;
    // An e-mail address (name@host) is no mention.
    if (at > 0 && /[A-Za-z0-9._-]/.test(s[at - 1]!)) continue;
    if (!sc.overlaps(handle[0], handle[1])) sc.addPerson({ start: handle[0], end: handle[1] }, 'handle');
  }
  LATIN_ORG.lastIndex = 0;
  for (let m = LATIN_ORG.exec(s); m; m = LATIN_ORG.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!sc.overlaps(start, end)) sc.add({ type: 'organization', start, end, rule: 'latin-suffix' });
  }
}
