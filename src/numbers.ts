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

/** Every character the converter reads, for building scanners: digits, units, Arabic digits. */
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
  if (text.length === 1 && TENS[text] !== undefined) return { m: BigInt(TENS[text]), s: 0 };
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

/**
 * Read `text` by splitting on its largest unit: left × unit + right. `二十万亿` is
 * (二十万) × 亿; `一百零五` is 一 × 百 + 五; `13万2` is 13 × 万 + 2 × 千 (a lone digit after
 * a unit is the next unit down, as `一百五` is 150).
 */
function parseDec(text: string): Dec | null {
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
  // For a repeated largest unit (一万三千万 is not a number) take the last; malformed input fails below.
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
  if (!right) return null;
  return add(value, right);
}

/** Full-width digits and punctuation to ASCII; spaces and thousands-separator commas kept. */
function foldDigits(text: string): string {
  return text.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Convert a written number to a JS number, or null when `text` is not one number.
 *
 * Reads Arabic (`1,100`, `29.79`, full-width `２０`), Chinese (`四`, `十四`, `一百零五`,
 * `两千零五十`, `〇`, `壹贰叁`, `廿`, `萬`, `億`), digit-by-digit years (`一九五〇`) and mixed
 * forms (`3.6亿`, `3万4000`, `25万6千`, `13万2`). Multipliers combine (`二十万亿`); 兆 is 10^12.
 *
 * @example parseNumber('约29.79亿'.slice(1)) // 2979000000
 */
export function parseNumber(text: string): number | null {
  const t = foldDigits(text.trim());
  if (t === '' || t.length > 64) return null;
  const dec = parseDec(t);
  if (!dec) return null;
  const value = Number(dec.m) / 10 ** dec.s;
  return Number.isFinite(value) ? value : null;
}
