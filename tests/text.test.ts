// src/text.ts: the same-length foldings every extractor matches on, and the character classes every
// stage shares. The white-space table replaced a regex test per character; its rows hold it to
// exactly what `\s` (plus NEL) means.
import { describe, expect, it } from 'vitest';
import { collapseBreaks, fold, foldChar, isBlank, isZeroWidth, simplify, wordAt, wordEndingAt } from '../src/text.js';

describe('simplify (OpenCC characters, one for one)', () => {
  it.each([
    ['秘書長張建琛', '秘书长张建琛'],
    ['臺灣光復後', '台湾光复后'],
    ['德明財經科技大學資訊管理系', '德明财经科技大学资讯管理系'],
    ['爲', '为'],
    ['民國七十八年', '民国七十八年'],
  ])('%s → %s', (hant, hans) => {
    expect(simplify(hant)).toBe(hans);
  });
  it.each([['秘书长张建琛'], ['ABC 123'], [''], ['𠀀𠀁']])('leaves %j as it is', (text) => {
    expect(simplify(text)).toBe(text);
  });
  it('never changes a length, so offsets stay offsets', () => {
    const text = '２０２０年，會議在臺北舉行（廈門）。';
    expect(simplify(fold(text))).toHaveLength(text.length);
  });
});

describe('fold', () => {
  // fold looks for the characters it changes with one regular expression: none may be missing.
  it('folds every code unit of the BMP as foldChar does, alone and between others', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      const f = String.fromCharCode(foldChar(code));
      if (fold(c) !== f || fold(`a${c}中${c}`) !== `a${f}中${f}`) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe('isBlank', () => {
  it('is JS \\s plus the zero-width characters, over the whole BMP', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const expected = /\s/.test(String.fromCharCode(c)) || isZeroWidth(c);
      if (isBlank(c) !== expected) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['NEL, which \\s lacks', 0x85],
    ['a CJK ideograph', 0x4e00],
    ['a letter', 0x61],
    ['a hyphen, just past the spaces of the 2000 block', 0x2010],
  ])('is false for %s', (_name, code) => {
    expect(isBlank(code)).toBe(false);
  });
});

describe('collapseBreaks', () => {
  it.each([
    ['a break between CJK joins with nothing', '罗\n\n林生', '罗林生'],
    ['a break between Latin words joins with one space', 'New\nYork', 'New York'],
    ['NEL breaks a line too', '罗\u0085林生', '罗林生'],
    ['the line separator, with spaces around it', 'New \u2028 York', 'New York'],
    ['an ideographic space before a break', '罗\u3000\n林生', '罗林生'],
    ['spaces without a break stay', '2020 年 1 月', '2020 年 1 月'],
    ['a no-break space without a break stays', 'a\u00a0b', 'a\u00a0b'],
    ['a break at the very start and end goes', '\n罗\n', '罗'],
    ['no white space at all', '罗林生', '罗林生'],
  ])('%s', (_name, input, expected) => {
    expect(collapseBreaks(input)).toBe(expected);
  });
});

describe('wordAt / wordEndingAt', () => {
  const words = ['人民政府', '政府', '委'];

  it('gives the first word of the list that stands at the offset, in list order', () => {
    expect(wordAt(words, '县人民政府', 1)).toBe('人民政府');
    expect(wordAt(['政', '政府'], '县政府', 1)).toBe('政');
    expect(wordAt(words, '县人民政府', 0)).toBeUndefined();
    expect(wordAt(words, '县委', 2)).toBeUndefined();
  });

  it('gives the first word that ends at the offset and starts at or after `min`', () => {
    expect(wordEndingAt(words, '县人民政府', 5)).toBe('人民政府');
    expect(wordEndingAt(words, '县人民政府', 5, 2)).toBe('政府');
    expect(wordEndingAt(words, '县人民政府', 4)).toBeUndefined();
    // A word that would start before the string is not there.
    expect(wordEndingAt(['县委'], '委', 1)).toBeUndefined();
  });

  it('with min = -Infinity, reads like startsWith at a negative position (clamped to 0)', () => {
    expect(wordEndingAt(['县委'], '县委', 1, -Infinity)).toBe('县委');
  });
});
