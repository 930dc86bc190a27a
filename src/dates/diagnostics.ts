/**
 * Document-level checks on entry dates. They only warn: a chronicle may list events out of
 * order on purpose (grouped by theme), and a yearly chronicle may mention the next January.
 */
import { diagnostic, phrase } from '../diagnostics/registry.js';
import type { Lang } from '../diagnostics/registry.js';

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
    if (b > a) forward++;
    else if (b < a) backward++;
  }
  const newestFirst = backward > forward;
  const first = `${String(year ?? 0).padStart(4, '0')}-01-01`;
  const last = `${String(year ?? 0).padStart(4, '0')}-12-31`;
  const outside = (d: { start: string; end: string }) => d.end < first || d.start > last;
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
    if (newestFirst ? b > prev.date!.end : cur.date!.end < a) {
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
