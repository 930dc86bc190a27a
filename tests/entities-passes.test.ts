// The declared order of the entity rule passes (src/extractors/entities/passes/index.ts): each pass
// once, and the dependencies the comments there give, so a reordering that breaks one fails here.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { PASSES } from '../src/extractors/entities/passes/index.js';
import type { PassName } from '../src/extractors/entities/passes/index.js';

const order = PASSES.map((p) => p.name);
const at = (name: PassName) => order.indexOf(name);

describe('PASSES', () => {
  it('runs each pass once, the user dictionary first and propagation last', () => {
    expect(new Set(order).size).toBe(order.length);
    expect(order[0]).toBe('dictionary');
    expect(order.at(-1)).toBe('propagate');
    expectTypeOf(PASSES[0]!.name).toEqualTypeOf<PassName>();
  });
  it.each([
    ['titles', 'persons'],
    ['places', 'organizations'],
    ['places', 'state-bodies'],
    ['organizations', 'state-bodies'],
    ['elections', 'organizations'],
    ['persons', 'context-organizations'],
    ['context-organizations', 'tagged-people'],
    ['tagged-people', 'boundaries'],
    ['boundaries', 'known'],
  ] as Array<[PassName, PassName]>)('%s runs before %s', (first, then) => {
    expect(at(first)).toBeGreaterThanOrEqual(0);
    expect(at(first)).toBeLessThan(at(then));
  });
});
