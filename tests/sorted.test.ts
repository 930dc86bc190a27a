// src/sorted.ts: the one binary search over sorted offset tables, and the in-place stable sort.
import { describe, expect, it } from 'vitest';
import { lastAtOrBefore, sortInPlace } from '../src/sorted.js';

describe('lastAtOrBefore', () => {
  it.each([
    [[0, 10, 20], 0, 0],
    [[0, 10, 20], 9, 0],
    [[0, 10, 20], 10, 1],
    [[0, 10, 20], 25, 2],
    [[5, 10], 4, -1],
    [[], 3, -1],
    [[0, 0, 7], 0, 1], // equal values: the last of them
  ])('%j at %i → %i', (sorted, at, expected) => {
    expect(lastAtOrBefore(sorted, at)).toBe(expected);
  });

  it('agrees with a linear scan on random tables', () => {
    for (let round = 0; round < 200; round++) {
      const sorted = Array.from({ length: round % 17 }, () => Math.floor(Math.random() * 50)).sort((a, b) => a - b);
      const at = Math.floor(Math.random() * 60) - 5;
      let expected = -1;
      sorted.forEach((v, i) => {
        if (v <= at) expected = i;
      });
      expect(lastAtOrBefore(sorted, at)).toBe(expected);
    }
  });
});

describe('sortInPlace', () => {
  // Items that tie on the key: only a stable sort keeps their order, whatever the algorithm.
  const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;

  it('sorts stably, in place, exactly as Array.prototype.sort does, short arrays and long', () => {
    for (let round = 0; round < 300; round++) {
      const items = Array.from({ length: round % 70 }, (_, id) => ({ key: Math.floor(Math.random() * 6), id }));
      const expected = [...items].sort(byKey);
      const sorted = sortInPlace(items, byKey);
      expect(sorted).toBe(items);
      expect(sorted.map((x) => x.id)).toEqual(expected.map((x) => x.id));
    }
  });

  it('leaves empty and one-item arrays as they are', () => {
    expect(sortInPlace([], byKey)).toEqual([]);
    expect(sortInPlace([{ key: 3 }], byKey)).toEqual([{ key: 3 }]);
  });
});
