// The entity scanner's table of boundaries and ideographs (BOUNDARY_TABLE), built at load from the
// runs its two classes match in long strings: held to the plain definition, each of the 65,536
// UTF-16 code units tested alone, so that an edit of either class cannot leave the table behind.
import { describe, expect, it } from 'vitest';
import { BOUNDARY_CHAR, HAN_CHAR } from '../src/extractors/entities/patterns.js';
import { BOUNDARY_TABLE } from '../src/extractors/entities/scanner.js';

describe('BOUNDARY_TABLE', () => {
  it('is 1 for a BOUNDARY_CHAR, else 2 for a HAN_CHAR, else 0, for every code unit alone', () => {
    const expected = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      expected[c] = BOUNDARY_CHAR.test(ch) ? 1 : HAN_CHAR.test(ch) ? 2 : 0;
    }
    // One comparison of the whole table: 65,536 expects would drown a difference in noise.
    const differ = [...expected.keys()].filter((c) => BOUNDARY_TABLE[c] !== expected[c]).map((c) => c.toString(16));
    expect(differ).toEqual([]);
  });
  it('knows the usual characters', () => {
    const at = (ch: string) => BOUNDARY_TABLE[ch.charCodeAt(0)];
    expect([at('，'), at(' '), at('\u3000'), at('\ufeff'), at('·')]).toEqual([1, 1, 1, 1, 1]);
    expect([at('中'), at('㐀'), at('豈')]).toEqual([2, 2, 2]);
    expect([at('a'), at('0'), at('\ud840'), at('\udc00')]).toEqual([0, 0, 0, 0]);
  });
});
