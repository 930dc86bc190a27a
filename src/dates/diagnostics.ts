/**
 * Document-level checks on entry dates. They only warn: a chronicle may list events out of
 * order on purpose (grouped by theme), and a yearly chronicle may mention the next January.
 */
import { diagnostic, phrase } from '../diagnostics/registry.js';
import type { Lang } from '../diagnostics/registry.js';
import { civilFromDays, daysFromCivil, fromIso, toIso } from './calendar.js';

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
  entries: ReadonlyArray<{ ordinal: number; date: DatedSpan | null }>,
  year: number | null,
  lang: Lang = 'zh',
): DateDiagnostic[] {
  const checks = new DateChecks();
  for (const e of entries) if (e.date !== null) checks.add(e.ordinal, e.date);
  return checks.diagnostics(year, lang);
}

/** What the checks read of an entry's date. */
export interface DatedSpan {
  start: string;
  end: string;
  span: { start: number; end: number };
}

/** An ISO date as its day number (`daysFromCivil`), which orders as the dates do, and back. */
const dayOf = (iso: string): number => {
  const { y, m, d } = fromIso(iso);
  return daysFromCivil(y, m, d);
};
const isoOf = (day: number): string => {
  const { y, m, d } = civilFromDays(day);
  return toIso(y, m, d);
};

/**
 * `dateDiagnostics` over dated entries given one at a time, in document order, as `parseStream`
 * gives them block by block: the checks need the whole document (its direction, its share of
 * dates outside the year), so each entry is kept as five numbers until `diagnostics` is asked.
 */
export class DateChecks {
  private readonly ordinals: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly spanStarts: number[] = [];
  private readonly spanEnds: number[] = [];
  private forward = 0;
  private backward = 0;

  /** The next dated entry: its ordinal and its own date. */
  add(ordinal: number, date: DatedSpan): void {
    const start = dayOf(date.start);
    const previous = this.starts.at(-1);
    if (previous !== undefined) {
      if (start > previous) this.forward++;
      else if (start < previous) this.backward++;
    }
    this.ordinals.push(ordinal);
    this.starts.push(start);
    this.ends.push(dayOf(date.end));
    this.spanStarts.push(date.span.start);
    this.spanEnds.push(date.span.end);
  }

  /** The diagnostics of every entry added, by entry. */
  diagnostics(year: number | null, lang: Lang = 'zh'): DateDiagnostic[] {
    const out: DateDiagnostic[] = [];
    const { ordinals, starts, ends } = this;
    const n = ordinals.length;
    const span = (k: number) => ({ start: this.spanStarts[k]!, end: this.spanEnds[k]! });
    const newestFirst = this.backward > this.forward;
    const first = daysFromCivil(year ?? 0, 1, 1);
    const last = daysFromCivil(year ?? 0, 12, 31);
    const outside = (k: number) => ends[k]! < first || starts[k]! > last;
    let outsideCount = 0;
    if (year !== null) for (let k = 0; k < n; k++) if (outside(k)) outsideCount++;
    if (year !== null && outsideCount * 2 <= n) {
      for (let k = 0; k < n; k++) {
        if (!outside(k)) continue;
        out.push({
          ...diagnostic('date-outside-year', { entry: ordinals[k]!, date: isoOf(starts[k]!), year }, lang),
          span: span(k),
          entry: ordinals[k]!,
        });
      }
    }
    for (let k = 1; k < n; k++) {
      if (newestFirst ? starts[k]! > ends[k - 1]! : ends[k]! < starts[k - 1]!) {
        out.push({
          ...diagnostic(
            'date-out-of-order',
            {
              entry: ordinals[k]!,
              date: isoOf(starts[k]!),
              order: phrase(newestFirst ? 'later' : 'earlier', lang),
              previousEntry: ordinals[k - 1]!,
              previousDate: isoOf(starts[k - 1]!),
              note: newestFirst ? phrase('newest-first', lang) : '',
            },
            lang,
          ),
          span: span(k),
          entry: ordinals[k]!,
        });
      }
    }
    return out.sort((x, y) => x.entry - y.entry || x.span.start - y.span.start);
  }
}
