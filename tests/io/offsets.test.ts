/** The offset map from built text back to its source: copied, decoded and inserted pieces. */
import { describe, expect, test } from 'vitest';
import { mapSpan, MappedTextBuilder } from '../../src/io/offsets.js';

describe('MappedTextBuilder and mapSpan', () => {
  // Source: `<p>A&amp;B</p><p>CD</p>`; text: `A&B\nCD`.
  const builder = new MappedTextBuilder(23);
  builder.push('A', 3, 4);
  builder.push('&', 4, 9);
  builder.push('B', 9, 10);
  builder.insert('\n', 14);
  builder.push('CD', 17, 19);
  const { text, map } = builder.finish();

  const rows: Array<[string, [number, number], [number, number]]> = [
    ['a copied character maps to itself', [0, 1], [3, 4]],
    ['a decoded entity maps to the whole reference', [1, 2], [4, 9]],
    ['a span over an entity', [0, 3], [3, 10]],
    ['an inserted separator maps to an empty range at its tag', [3, 4], [14, 14]],
    ['a span over a separator covers the markup between', [2, 5], [9, 18]],
    ['an empty span stays empty', [4, 4], [17, 17]],
    ['a span at the end maps to the end of the source', [6, 6], [23, 23]],
  ];
  test.each(rows)('%s', (_name, [start, end], want) => {
    expect(text).toBe('A&B\nCD');
    expect(mapSpan(map, { start, end })).toEqual({ start: want[0], end: want[1] });
  });
});
