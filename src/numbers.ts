/**
 * A Chinese number converter of our own. No npm package reads `约29.79亿元`, `两` or `〇`
 * correctly; chronicles need all of them, exactly (`4.52万` is 45200, never 45199.99999999999).
 *
 * Arithmetic runs on BigInt decimals (an integer mantissa and a power-of-ten scale) and turns
 * into a JS number once, at the end, so every value a chronicle writes comes out exact.
 */

const DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '零': 0, '○': 0, 'Ｏ': 0,
  '一': 1, '壹': 1, '幺': 1,
  '二': 2, '贰': 2, '貳': 2, '两': 2, '兩': 2,
  '三': 3, '叁': 3, '參': 3,
  '四': 4, '肆': 4,
  '五': 5, '伍': 5,
  '六': 6, '陆': 6, '陸': 6,
  '七': 7, '柒': 7,
  '八': 8, '捌': 8,
  '九': 9, '玖': 9,
};

/** Tens written as one character: 廿 20, 卅 30, 卌 40. */
const TENS: Readonly<Record<string, number>> = { '廿': 20, '卄': 20, '卅': 30, '卌': 40 };

const UNITS: Readonly<Record<string, bigint>> = {
  '十': 10n, '拾': 10n,
  '百': 100n, '佰': 100n,
  '千': 1000n, '仟': 1000n,
  '万': 10_000n, '萬': 10_000n,
  '亿': 100_000_000n, '億': 100_000_000n,
  '兆': 1_000_000_000_000n,
};

/**
 * Every Chinese character that can stand in a numeral, for building scanners: digits and units.
 * `点` (the decimal point of `三点五`) is read by `parseNumber` but left out here on purpose: as a
 * scanner character it would pull in 重点, 3点 (o'clock) and 一点.
 */
export const NUMERAL_CHARS = '〇零○一壹幺二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖廿卄卅卌十拾百佰千仟万萬亿億兆';

/** A decimal as an integer mantissa and a scale: value = m / 10^s. */
interface Dec {
  m: bigint;
  s: number;
}

const TEN = 10n;

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  if (a.s === b.s) return [a.m, b.m, a.s];
  if (a.s > b.s) return [a.m, b.m * TEN ** BigInt(a.s - b.s), a.s];
  return [a.m * TEN ** BigInt(b.s - a.s), b.m, b.s];
}

function add(a: Dec, b: Dec): Dec {
  const [x, y, s] = align(a, b);
  return { m: x + y, s };
}

/** Arabic digits with an optional decimal part and thousands separators: `1,100`, `29.79`. */
const ARABIC = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

function parseArabic(text: string): Dec | null {
  if (!ARABIC.test(text)) return null;
  const plain = text.replace(/,/g, '');
  const dot = plain.indexOf('.');
  if (dot < 0) return { m: BigInt(plain), s: 0 };
  return { m: BigInt(plain.slice(0, dot) + plain.slice(dot + 1)), s: plain.length - dot - 1 };
}

/** Value of a single digit-like piece with no unit inside: `7`, `29.79`, `四`, `一九五〇`, `廿`. */
function parseUnitless(text: string): Dec | null {
  if (text === '') return null;
  const arabic = parseArabic(text);
  if (arabic) return arabic;
  // 廿 20, 廿一 21, 卅一 31: the tens character takes one digit after it.
  const tens = TENS[text.charAt(0)];
  if (tens !== undefined) {
    if (text.length === 1) return { m: BigInt(tens), s: 0 };
    const unit = text.length === 2 ? DIGITS[text.charAt(1)] : undefined;
    return unit === undefined || unit === 0 ? null : { m: BigInt(tens + unit), s: 0 };
  }
  // 一九五〇 / 二〇二〇: digit by digit, the way years and codes are read aloud.
  let m = 0n;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    m = m * TEN + BigInt(d);
  }
  return { m, s: 0 };
}

function isSingleDigit(text: string): boolean {
  return text.length === 1 && (DIGITS[text] !== undefined || (text >= '0' && text <= '9'));
}

/** Small units take one digit on their left: 二十, 三百, 五千; never 十百 or 五五千. */
const SMALL_UNIT_LIMIT = 10n;

function lessThan(a: Dec, limit: bigint): boolean {
  return a.m < limit * TEN ** BigInt(a.s);
}

/**
 * Read `text` by splitting on its largest unit: left × unit + right. `二十万亿` is
 * (二十万) × 亿; `一百零五` is 一 × 百 + 五; `13万2` is 13 × 万 + 2 × 千 (a lone digit after
 * a unit is the next unit down, as `一百五` is 150). The parts must fit their places: the left
 * of 十/百/千 is one digit (`五六十` is a range, not 560), the right is less than the unit
 * (`十三四` is a range, not 44).
 */
function parseDec(text: string): Dec | null {
  const point = text.indexOf('点');
  if (point >= 0) return parsePoint(text, point);
  let best = -1;
  let bestUnit = 0n;
  for (let i = 0; i < text.length; i++) {
    const u = UNITS[text[i]!];
    if (u !== undefined && u > bestUnit) {
      bestUnit = u;
      best = i;
    }
  }
  if (best < 0) return parseUnitless(text);
  // A repeated largest unit (一万三千万) is not one number.
  const unitAt = text.lastIndexOf(text[best]!);
  if (unitAt !== best) return null;
  const leftText = text.slice(0, best);
  let rightText = text.slice(best + 1);
  let left: Dec | null;
  if (leftText === '') {
    // 十四 = 14, but a bare 百/千/万 (千万 as in "千万要小心") is not a number.
    if (bestUnit !== 10n) return null;
    left = { m: 1n, s: 0 };
  } else {
    left = parseDec(leftText);
  }
  if (!left) return null;
  if (bestUnit < 10_000n && !lessThan(left, SMALL_UNIT_LIMIT)) return null;
  const value: Dec = { m: left.m * bestUnit, s: left.s };
  let leadingZero = false;
  while (rightText.startsWith('零') || rightText.startsWith('〇')) {
    rightText = rightText.slice(1);
    leadingZero = true;
  }
  if (rightText === '') return leadingZero ? null : value;
  let right: Dec | null;
  if (!leadingZero && bestUnit >= 100n && isSingleDigit(rightText)) {
    const d = parseUnitless(rightText)!;
    right = { m: d.m * (bestUnit / 10n), s: 0 };
  } else {
    right = parseDec(rightText);
  }
  if (!right || !lessThan(right, bestUnit)) return null;
  return add(value, right);
}

/** Chinese digits only, for the part after 点. */
const FRACTION = /^[〇零○一二三四五六七八九]{1,12}$/;

/**
 * A Chinese decimal: `三点五` 3.5, `二十点五万` 205000, `百分之三点五` (after 百分之) 3.5.
 * The fraction is read digit by digit; only 万/亿/兆 may follow it.
 */
function parsePoint(text: string, point: number): Dec | null {
  const whole = parseDec(text.slice(0, point));
  if (!whole || whole.s !== 0) return null;
  const after = text.slice(point + 1);
  let cut = 0;
  while (cut < after.length && DIGITS[after[cut]!] !== undefined) cut++;
  const digits = after.slice(0, cut);
  if (!FRACTION.test(digits)) return null;
  let frac = 0n;
  for (const ch of digits) frac = frac * TEN + BigInt(DIGITS[ch]!);
  let value: Dec = add(whole, { m: frac, s: digits.length });
  for (const ch of after.slice(cut)) {
    const u = UNITS[ch];
    if (u === undefined || u < 10_000n) return null;
    value = { m: value.m * u, s: value.s };
  }
  return value;
}

/** Full-width digits and punctuation to ASCII; spaces and thousands-separator commas kept. */
function foldDigits(text: string): string {
  return text.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Convert a written number to a JS number, or null when `text` is not one number.
 *
 * Reads Arabic (`1,100`, `29.79`, full-width `２０`), Chinese (`四`, `十四`, `一百零五`,
 * `两千零五十`, `〇`, `壹贰叁`, `廿`, `萬`, `億`), digit-by-digit years (`一九五〇`), Chinese
 * decimals (`三点五`) and mixed forms (`3.6亿`, `3万4000`, `25万6千`, `13万2`). Multipliers
 * combine (`二十万亿`); 兆 is 10^12. It sees one numeral string: whether `一` in `一行` is a
 * number at all is the caller's decision (the figure finder's).
 *
 * @example parseNumber('约29.79亿'.slice(1)) // 2979000000
 */
export function parseNumber(text: string): number | null {
  const t = foldDigits(text.trim());
  if (t === '' || t.length > 64) return null;
  const dec = parseDec(t);
  if (!dec) return null;
  // Through a decimal string: JS parses it correctly rounded, where m / 10^s would round twice
  // once m passes 2^53.
  const value = dec.s === 0 ? Number(dec.m) : Number(`${dec.m}e-${dec.s}`);
  return Number.isFinite(value) ? value : null;
}
