import { describe, expect, it } from 'vitest';
import { timesExtractor } from '../src/dates/index.js';
import { figuresExtractor } from '../src/extractors/figures/index.js';
import { createParser } from '../src/index.js';
import { entities, eventTypes, figures, times } from '../src/steps.js';

const TEXT = '1、2020年4月24日，联盟在厦门召开理事会，投入约3亿元。\n';

describe('the step factories', () => {
  const rows: Array<[string, () => { name: string; after?: readonly string[] }, string, readonly string[] | undefined]> = [
    ['times()', () => times(), 'times', undefined],
    ['figures()', () => figures(), 'figures', ['times']],
    ['entities()', () => entities(), 'entities', undefined],
    ['eventTypes()', () => eventTypes(), 'types', ['entities']],
  ];
  it.each(rows)('%s builds the `%s` step, declaring what it reads', (_, make, name, after) => {
    const x = make();
    expect(x.name).toBe(name);
    expect(x.after).toEqual(after);
  });

  it('times() and figures() give the built-in steps (one frozen object each)', () => {
    expect(times()).toBe(timesExtractor);
    expect(figures()).toBe(figuresExtractor);
    expect(Object.isFrozen(times())).toBe(true);
  });

  it('compose a parser without constants', () => {
    const doc = createParser({ extractors: [times(), figures(), entities(), eventTypes()] }).parse(TEXT);
    expect(doc.entries[0]!.figures.map((f) => f.value)).toEqual([300_000_000]);
    // the date is read by times, so none of its numbers is also a figure
    expect(doc.entries[0]!.figures.some((f) => f.text.includes('2020'))).toBe(false);
  });

  it.each([
    ['times()', () => times({ year: 2020 } as never), /dashiji: invalid times\(\) options: unknown option "year" \(expected no options\)/],
    ['figures()', () => figures({ currency: 'CNY' } as never), /dashiji: invalid figures\(\) options: unknown option "currency"/],
    ['times() with a non-object', () => times(5 as never), /dashiji: invalid times\(\) options/],
  ])('%s refuses options it does not take', (_, call, message) => {
    expect(call).toThrow(message);
    expect(call).toThrow(TypeError);
  });

  it('times(undefined) is no options', () => {
    expect(times(undefined)).toBe(timesExtractor);
  });
});
