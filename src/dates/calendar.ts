/**
 * Pure proleptic-Gregorian arithmetic on year/month/day numbers. Nothing here reads the clock or
 * the machine's time zone, so a date resolves to the same ISO string on every machine.
 */

/** A calendar day as three numbers; `m` 1–12, `d` 1–31. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD`, the contract's calendar-date form. */
export function toIso(y: number, m: number, d: number): string {
  // Nearly every date: a four-digit year and whole months and days, written without padStart.
  if (y >= 1000 && y <= 9999 && Number.isInteger(y) && m >= 1 && m <= 12 && Number.isInteger(m) && d >= 1 && d <= 31 && Number.isInteger(d)) {
    return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
  }
  const year = y < 0 ? '-' + pad(-y, 4) : pad(y, 4);
  return `${year}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** The value of the two ASCII digits at `i` of `s`. */
function twoDigits(s: string, i: number): number {
  return (s.charCodeAt(i) - 0x30) * 10 + (s.charCodeAt(i + 1) - 0x30);
}

/** The inverse of `toIso`. */
export function fromIso(iso: string): Ymd {
  // `YYYY-MM-DD` (what toIso writes for years 1000–9999): read by character codes, no slices.
  if (iso.length === 10 && iso.charCodeAt(0) !== 0x2d) return { y: twoDigits(iso, 0) * 100 + twoDigits(iso, 2), m: twoDigits(iso, 5), d: twoDigits(iso, 8) };
  const neg = iso.startsWith('-');
  const body = neg ? iso.slice(1) : iso;
  const y = Number(body.slice(0, body.length - 6));
  return { y: neg ? -y : y, m: Number(body.slice(-5, -3)), d: Number(body.slice(-2)) };
}

/**
 * Order of two `toIso` dates: negative (a before b), zero or positive. The strings compare as
 * strings while both years are positive; a year before the common era (`-0810-01-01`) does not.
 */
export function compareIso(a: string, b: string): number {
  if (a.charCodeAt(0) !== 0x2d && b.charCodeAt(0) !== 0x2d) return a < b ? -1 : a > b ? 1 : 0;
  const x = fromIso(a);
  const y = fromIso(b);
  return x.y - y.y || x.m - y.m || x.d - y.d;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil): exact for any year. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar day `days` days after 1970-01-01. */
export function civilFromDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** `iso` moved by `n` days (negative goes back). */
export function addDays(iso: string, n: number): string {
  const { y, m, d } = fromIso(iso);
  const r = civilFromDays(daysFromCivil(y, m, d) + n);
  return toIso(r.y, r.m, r.d);
}

/** The month `n` months after y/m, with year carry. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12 + 12) % 12 + 1 };
}

/** First and last day (inclusive) of a month. */
export function monthSpan(y: number, m: number): [string, string] {
  return [toIso(y, m, 1), toIso(y, m, daysInMonth(y, m))];
}

/** A meteorological season of year `y`, 0 春 … 3 冬: 冬 runs from December into February of the next year. */
export function seasonSpan(y: number, n: 0 | 1 | 2 | 3): [string, string] {
  if (n === 3) return [toIso(y, 12, 1), toIso(y + 1, 2, daysInMonth(y + 1, 2))];
  const first = 3 + n * 3;
  return [toIso(y, first, 1), monthSpan(y, first + 2)[1]];
}
