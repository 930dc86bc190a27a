/**
 * Document-level checks on entry dates. They only warn: a chronicle may list events out of
 * order on purpose (grouped by theme), and a yearly chronicle may mention the next January.
 */
import { diagnostic, phrase } from '../diagnostics/registry.js';
import type { Lang } from '../diagnostics/registry.js';
import { compareIso, toIso } from './calendar.js';

/** One document-level date problem; `span` is the original span the caller passed in. */
export interface DateDiagnostic {
  code: 'date-out-of-order' | 'date-outside-year';
  severity: 'error' | 'warning' | 'info';
  message: string;
  span: { start: number; end: number };
  entry: number;
}

/**
 * `date-out-of-order`: an entry that lies entirely before the previous dated entry's start
 * (its END before that start; equal dates are allowed). Comparing whole periods, not starts,
 * keeps a gazetteer's summary entries in order: `8月,` after `8月24日,` and `是年,` after
 * `11月30日,` contain the previous date, they do not go back in time. The direction is the
 * document's own: when most consecutive dated entries go backwards (a newest-first timeline
 * such as a project's README), the rare step FORWARD is flagged instead.
 *
 * `date-outside-year`: an entry's own date lies entirely outside the chronicle's year. Skipped
 * when `year` is null, and when most dated entries lie outside it: then `year` is not the one
 * year the chronicle covers (a multi-year chronicle whose first year heading was taken for the
 * document's year), and flagging nearly every entry would say nothing.
 */
export function dateDiagnostics(
  entries: ReadonlyArray<{ ordinal: number; date: { start: string; end: string; span: { start: number; end: number } } | null }>,
  year: number | null,
  lang: Lang = 'zh',
): DateDiagnostic[] {
  const out: DateDiagnostic[] = [];
  const dated = entries.filter((e) => e.date !== null);
  let forward = 0;
  let backward = 0;
  for (let k = 1; k < dated.length; k++) {
    const a = dated[k - 1]!.date!.start;
    const b = dated[k]!.date!.start;
    const order = compareIso(b, a);
    if (order > 0) forward++;
    else if (order < 0) backward++;
  }
  const newestFirst = backward > forward;
  const first = toIso(year ?? 0, 1, 1);
  const last = toIso(year ?? 0, 12, 31);
  const outside = (d: { start: string; end: string }) => compareIso(d.end, first) < 0 || compareIso(d.start, last) > 0;
  const outsideCount = year === null ? 0 : dated.filter((e) => outside(e.date!)).length;
  const checkYear = year !== null && outsideCount * 2 <= dated.length;
  for (const e of entries) {
    if (!e.date || !checkYear) continue;
    if (outside(e.date)) {
      out.push({
        ...diagnostic('date-outside-year', { entry: e.ordinal, date: e.date.start, year: year! }, lang),
        span: { ...e.date.span },
        entry: e.ordinal,
      });
    }
  }
  for (let k = 1; k < dated.length; k++) {
    const prev = dated[k - 1]!;
    const cur = dated[k]!;
    const a = prev.date!.start;
    const b = cur.date!.start;
    if (newestFirst ? compareIso(b, prev.date!.end) > 0 : compareIso(cur.date!.end, a) < 0) {
      out.push({
        ...diagnostic(
          'date-out-of-order',
          {
            entry: cur.ordinal,
            date: b,
            order: phrase(newestFirst ? 'later' : 'earlier', lang),
            previousEntry: prev.ordinal,
            previousDate: a,
            note: newestFirst ? phrase('newest-first', lang) : '',
          },
          lang,
        ),
        span: { ...cur.date!.span },
        entry: cur.ordinal,
      });
    }
  }
  return out.sort((x, y) => x.entry - y.entry || x.span.start - y.span.start);
}
