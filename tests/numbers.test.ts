import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NUMERAL_CHARS, parseNumber } from '../src/numbers.js';

/** Rows of [written, value]: every row must read back exactly (toBe, not toBeCloseTo). */
function table(rows: ReadonlyArray<readonly [string, number]>) {
  it.each(rows)('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
}

describe('parseNumber: Arabic', () => {
  table([
    ['0', 0],
    ['7', 7],
    ['57', 57],
    ['2020', 2020],
    ['1,100', 1100],
    ['1,234,567', 1234567],
    ['29.79', 29.79],
    ['675.70', 675.7],
    ['0.5', 0.5],
    ['２０２０', 2020], // full-width digits
    ['２９．７９', 29.79],
    ['１，１００', 1100], // full-width comma as thousands separator
    [' 36 ', 36], // surrounding space is trimmed
  ]);
});

describe('parseNumber: Arabic with Chinese multipliers', () => {
  table([
    ['3万', 30_000],
    ['3.6亿', 360_000_000],
    ['810亿', 81_000_000_000],
    ['10180万', 101_800_000], // 上缴税费总计约10180万元: the left of 万 may pass 9999 in Arabic
    ['21.4万', 214_000],
    ['1,100万', 11_000_000],
    ['3万4000', 34_000],
    ['25万6千', 256_000],
    ['13万2', 132_000], // a lone digit after 万 is thousands
    ['1亿2000万', 120_000_000],
    ['3千', 3000],
    ['1.5千', 1500],
    ['2.5万亿', 2_500_000_000_000],
  ]);
});

describe('parseNumber: Chinese', () => {
  table([
    ['〇', 0],
    ['零', 0],
    ['一', 1],
    ['两', 2],
    ['兩', 2],
    ['四', 4],
    ['十', 10],
    ['十四', 14],
    ['一十四', 14],
    ['二十八', 28],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一百十', 110],
    ['一百五', 150], // 一百五 is 150, as spoken
    ['两千零五十', 2050],
    ['一千零五', 1005],
    ['十万零三', 100_003],
    ['一千零一万', 10_010_000],
    ['一亿零五千', 100_005_000],
    ['两亿', 200_000_000],
    ['三千万', 30_000_000],
    ['一亿三千万', 130_000_000],
    ['二十万亿', 20_000_000_000_000],
    ['一万亿', 1_000_000_000_000],
    ['一兆', 1_000_000_000_000],
    ['七十八', 78], // 民國七十八年
    ['九十九', 99],
  ]);
});

describe('parseNumber: financial, traditional and one-character tens', () => {
  table([
    ['壹', 1],
    ['贰', 2],
    ['貳', 2],
    ['叁', 3],
    ['肆拾', 40],
    ['伍佰', 500],
    ['陆仟', 6000],
    ['壹佰零伍', 105],
    ['玖仟玖佰玖拾玖', 9999],
    ['壹萬', 10_000],
    ['貳億', 200_000_000],
    ['廿', 20],
    ['卅', 30],
    ['卌', 40],
    ['三萬', 30_000],
    ['四億', 400_000_000],
    ['兩千', 2000],
    ['一百萬', 1_000_000],
  ]);
});

describe('parseNumber: digit-by-digit and decimals', () => {
  table([
    ['一九五〇', 1950],
    ['二〇二〇', 2020],
    ['二○二○', 2020], // ○ (white circle) as written in many scans
    ['三点五', 3.5],
    ['十二点五', 12.5],
    ['二十点五', 20.5],
    ['一百二十点二五', 120.25],
    ['二十点五万', 205_000],
    ['零点五', 0.5],
  ]);
});

describe('parseNumber: exact decimals (never 45199.99999999999)', () => {
  table([
    ['4.52万', 45_200],
    ['29.79亿', 2_979_000_000],
    ['0.07万', 700],
    ['1.1万', 11_000],
    ['3.3亿', 330_000_000],
    ['0.3', 0.3],
    ['12345678.9', 12345678.9],
  ]);
  it('agrees with parseFloat for every 2-decimal amount in 万', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99 }), (i, f) => {
        const text = `${i}.${String(f).padStart(2, '0')}`;
        expect(parseNumber(`${text}万`)).toBe(Number(`${text}e4`));
        expect(parseNumber(text)).toBe(Number(text));
      }),
    );
  });
});

describe('parseNumber: round numbers at each multiplier boundary', () => {
  table([
    ['十', 1e1],
    ['一十', 1e1],
    ['一百', 1e2],
    ['一千', 1e3],
    ['一万', 1e4],
    ['十万', 1e5],
    ['一十万', 1e5],
    ['一百万', 1e6],
    ['一千万', 1e7],
    ['一亿', 1e8],
    ['十亿', 1e9],
    ['一百亿', 1e10],
    ['一千亿', 1e11],
    ['一万亿', 1e12],
    ['10万', 1e5],
    ['100万', 1e6],
    ['1000万', 1e7],
    ['1亿', 1e8],
    ['10亿', 1e9],
  ]);
});

describe('parseNumber: not one number → null', () => {
  it.each([
    '',
    ' ',
    '万', // bare multipliers: 万久, 千万要小心
    '千',
    '百',
    '亿',
    '千万',
    '百万',
    '行',
    '一行', // a word, not a numeral string: the figure finder never passes it
    'abc',
    '1.2.3',
    '1,10', // not a thousands grouping
    '12,34',
    '三点', // a point without a fraction
    '点五',
    '一万三千万', // repeated largest unit
    '十百',
    '五六十', // a range (50 to 60), not 560
    '十三四', // a range (13 to 14), not 44
    '七八百',
    '百分之三十', // 百分之 is the figure finder's word
    '3%',
    '1'.repeat(65), // longer than any number a chronicle writes
  ])('%j', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe('NUMERAL_CHARS', () => {
  it('holds every Chinese character that the converter reads as a digit or unit', () => {
    for (const ch of '〇零一二两兩三四五六七八九十百千万萬亿億壹贰叁肆伍陆柒捌玖拾佰仟廿卅') {
      expect(NUMERAL_CHARS).toContain(ch);
    }
  });
  it('leaves out 点, which only reads inside a numeral', () => {
    expect(NUMERAL_CHARS).not.toContain('点');
  });
});

// ---------------------------------------------------------------------------------------------
// Property: the standard Chinese reading of any integer in [0, 10^12] reads back to it.

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

interface Style {
  /** Drop the 一 of a leading 一十 (十五, 十万) as people usually write it. */
  bareShi: boolean;
  /** Write 两 for a 2 before 百/千/万/亿 (两千, 两亿). */
  liang: boolean;
}

/** 1..9999 in the standard reading: 一千零五, 一百一十, 两千零五十. */
function section(n: number, style: Style, leading: boolean): string {
  const places: Array<[number, string]> = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let out = '';
  let pendingZero = false;
  let started = false;
  for (const [place, unit] of places) {
    const d = Math.floor(n / place) % 10;
    if (d === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    let digit: string = CN_DIGITS[d]!;
    if (d === 2 && style.liang && (unit === '百' || unit === '千')) digit = '两';
    if (d === 1 && unit === '十' && !started && leading && style.bareShi) digit = '';
    out += digit + unit;
    started = true;
  }
  return out;
}

/** 0..10^12 in the standard reading: 十万零三, 一亿零五千, 两亿, 一万亿. */
function toChinese(n: number, style: Style): string {
  if (n === 0) return '零';
  return read(n, style, true);
}

function read(n: number, style: Style, leading: boolean): string {
  for (const [size, unit] of [
    [1e8, '亿'],
    [1e4, '万'],
  ] as const) {
    if (n >= size) {
      const high = Math.floor(n / size);
      const rest = n % size;
      let head = read(high, style, leading);
      if (high === 2 && style.liang) head = '两';
      if (rest === 0) return head + unit;
      // A gap of a whole place or more is read as 零: 十万零三, 一亿零五千.
      const gap = rest < size / 10 ? '零' : '';
      return head + unit + gap + read(rest, style, false);
    }
  }
  return section(n, style, leading);
}

describe('parseNumber: property, standard Chinese readings', () => {
  it('the generator writes what a reader expects', () => {
    const plain = { bareShi: true, liang: false };
    expect(toChinese(1005, plain)).toBe('一千零五');
    expect(toChinese(100_003, plain)).toBe('十万零三');
    expect(toChinese(15, plain)).toBe('十五');
    expect(toChinese(15, { bareShi: false, liang: false })).toBe('一十五');
    expect(toChinese(110, plain)).toBe('一百一十');
    expect(toChinese(200_000_000, { bareShi: true, liang: true })).toBe('两亿');
    expect(toChinese(100_005_000, plain)).toBe('一亿零五千');
    expect(toChinese(1e12, plain)).toBe('一万亿');
  });

  it('reads back every integer in [0, 10^12]', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 1e12 }),
          fc.integer({ min: 0, max: 100_000 }),
          // sparse numbers, where the 零 rules matter: 十万零三, 一亿零五千
          fc
            .array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 9 })), { maxLength: 3 })
            .map((terms) => Math.min(1e12, terms.reduce((sum, [p, d]) => sum + d * 10 ** p, 0))),
        ),
        fc.boolean(),
        fc.boolean(),
        (n, bareShi, liang) => {
          const written = toChinese(n, { bareShi, liang });
          expect(parseNumber(written), written).toBe(n);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads back Arabic integers with and without thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseNumber(String(n))).toBe(n);
        expect(parseNumber(n.toLocaleString('en-US'))).toBe(n);
      }),
    );
  });
});
