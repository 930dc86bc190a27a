/** Entry bodies (src/segment/body.ts): how pieces of the input join, and the offset map back to it. */
import { describe, expect, test } from 'vitest';
import { buildBody, OffsetMap } from '../src/segment/body.js';
import type { Piece } from '../src/segment/body.js';

describe('buildBody', () => {
  const rows: Array<[string, string, Piece[], string]> = [
    ['CJK across a line break joins with nothing', '罗\n\n林生', [[0, 1], [3, 5]], '罗林生'],
    ['Latin across a line break joins with a space', 'Data\nJuicer', [[0, 4], [5, 11]], 'Data Juicer'],
    ['pieces of one line join with nothing', 'ab](u)cd', [[0, 2], [6, 8]], 'abcd'],
    ['a piece marked as its own unit joins with a space, even between CJK', '参观指导\n福建省', [[0, 4], [5, 8, true]], '参观指导 福建省'],
    ['TAB becomes a space, zero-width characters are dropped', 'a\tb\u200bc', [[0, 5]], 'a bc'],
  ];
  test.each(rows)('%s', (_name, source, pieces, text) => {
    const body = buildBody(source, pieces);
    expect(body.text).toBe(text);
    // Every body character that is not an inserted space maps back to itself in the source.
    for (let i = 0; i < body.text.length; i++) if (body.text[i] !== ' ') expect(source[body.map.at(i)]).toBe(body.text[i]);
  });
});

describe('OffsetMap', () => {
  test('indexOf finds the body offset of an original offset, in and between runs', () => {
    // Body "abcdef" from source runs at 10 (abc) and 20 (def).
    const map = new OffsetMap([0, 10, 3, 20], 23, 6);
    const rows: Array<[number, number]> = [[0, 0], [10, 0], [12, 2], [13, 3], [15, 3], [20, 3], [22, 5], [23, 6], [99, 6]];
    for (const [original, body] of rows) expect([original, map.indexOf(original)]).toEqual([original, body]);
    expect([map.at(0), map.at(2), map.at(3), map.at(5), map.at(6)]).toEqual([10, 12, 20, 22, 23]);
  });
  test('a map of 40,000 runs answers as a short one does', () => {
    const runs: number[] = [];
    for (let r = 0; r < 40_000; r++) runs.push(r * 2, r * 3);
    const map = new OffsetMap(runs, 40_000 * 3, 80_000);
    expect(map.indexOf(3 * 39_999 + 1)).toBe(2 * 39_999 + 1);
    expect(map.indexOf(3 * 20_000 + 2)).toBe(2 * 20_001);
  });
});
