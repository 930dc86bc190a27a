/**
 * chrono-node for the casual references a chronicle body sometimes uses and dashiji's own rules
 * leave alone: 今天 / 昨天 / 明天 / 前天 / 后天, 星期三 / 周三 / 礼拜三, 上周三 / 下周三, and a clock
 * time with no date before it (下午3点半, 15:30). dashiji's rules keep every chronicle form
 * (ranges with inclusive ends, 旬, seasons, eras, the lunar calendar) and win wherever both read
 * the same text: a chrono result that overlaps one of theirs is dropped.
 *
 * Deterministic: chrono's reference instant is the entry's own date (noon, UTC, timezone 0), never
 * the clock, and only the calendar components of its results are read. An entry without a
 * day-precise date gives chrono nothing to count from, so its body is not sent to chrono.
 *
 * Lazy and synchronous: `parseChronicle` is synchronous, so chrono's CommonJS build is loaded
 * with `createRequire`, on the first body that holds a trigger word (CHRONO_TRIGGER). A chronicle
 * without one never loads it, and start-up does not grow. zh/hant is used for a body written in
 * traditional characters, zh/hans otherwise.
 */
import { createRequire } from 'node:module';
import type { TimeOfDay } from '../schema.js';
import { fromIso, toIso } from './calendar.js';
import { CHRONO_HANT, CHRONO_NOT_BEFORE, CHRONO_TRIGGER, TIME_WORD } from './patterns.js';
import type { DateAnchor, DateMatch, ImpliedPart } from './types.js';

/** The part of chrono-node's result this module reads (its own types, narrowed, so the import stays lazy). */
interface Components {
  get(key: 'year' | 'month' | 'day' | 'hour' | 'minute'): number | null;
  isCertain(key: 'year' | 'month' | 'day' | 'hour'): boolean;
}
interface Result {
  index: number;
  text: string;
  start: Components;
  end?: Components | null;
}
interface Locale {
  casual: { parse(text: string, ref: { instant: Date; timezone: number }): Result[] };
}

const LEADING_JUNK = ' ,，、;；:：(（';

const locales = new Map<'hans' | 'hant', Locale>();

function locale(name: 'hans' | 'hant'): Locale {
  let l = locales.get(name);
  if (!l) {
    // createRequire keeps chrono out of the bundle and out of start-up; it works from both builds.
    l = createRequire(import.meta.url)(`chrono-node/zh/${name}`) as Locale;
    locales.set(name, l);
  }
  return l;
}

/** Whether a body holds anything chrono would be asked about (cheap; nothing is loaded). */
export function needsChrono(norm: string): boolean {
  return CHRONO_TRIGGER.test(norm);
}

function isoOf(c: Components): string | null {
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  return y === null || m === null || d === null ? null : toIso(y, m, d);
}

/** 下午3点半 → `15:30` when chrono is certain of the hour; else the time-of-day word, if any. */
function timeOfDay(r: Result): TimeOfDay | undefined {
  if (r.start.isCertain('hour')) {
    const h = r.start.get('hour') ?? 0;
    const min = r.start.get('minute') ?? 0;
    return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
  }
  for (const [word, tod] of Object.entries(TIME_WORD)) if (word.length > 1 && r.text.includes(word)) return tod;
  return undefined;
}

/**
 * The casual references in `norm` that chrono reads, as DateMatches with rule `chrono`, read
 * against `anchor` (the entry's own date). `taken` are the spans dashiji's rules already read:
 * a chrono result overlapping one of them is dropped. Offsets are into `norm`.
 */
export function chronoTimes(norm: string, anchor: DateAnchor | null, taken: ReadonlyArray<{ start: number; end: number }>): DateMatch[] {
  if (!anchor || anchor.precision !== 'day' || !needsChrono(norm)) return [];
  const { y, m, d } = fromIso(anchor.start);
  const instant = new Date(Date.UTC(y, m - 1, d, 12, 0, 0));
  let results: Result[];
  try {
    results = locale(CHRONO_HANT.test(norm) ? 'hant' : 'hans').casual.parse(norm, { instant, timezone: 0 });
  } catch {
    return []; // chrono is a helper here: odd text must never stop the parse
  }
  const out: DateMatch[] = [];
  for (const r of results) {
    let start = r.index;
    const end = r.index + r.text.length;
    // chrono's text may start with the separator before a clock time (`，15:30`): not ours to claim.
    while (start < end && LEADING_JUNK.includes(norm[start]!)) start++;
    // Only the forms this module is for (chrono also reads 三天后, 4月5日 …, which dashiji owns).
    const before = norm[start - 1];
    if (!CHRONO_TRIGGER.test(r.text) || (before !== undefined && CHRONO_NOT_BEFORE.includes(before))) continue;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    const first = isoOf(r.start);
    // 下午7时至9时: a span of clock times on one day (chrono would roll 9时 over to the next morning).
    const last = r.end && r.end.isCertain('day') ? isoOf(r.end) : first;
    if (first === null || last === null || last < first) continue;
    const implied = (['year', 'month', 'day'] as const).filter((k) => !r.start.isCertain(k)) as ImpliedPart[];
    const value: NonNullable<DateMatch['value']> = { start: first, end: last, precision: 'day', rule: 'chrono' };
    const tod = timeOfDay(r);
    if (tod !== undefined) value.timeOfDay = tod;
    if (implied.length > 0) value.implied = implied;
    out.push({ start, end, value });
  }
  return out;
}
