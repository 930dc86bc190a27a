import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { checkZodVersion, defineExtractor, isZod3Schema } from '../src/extractor.js';
import { createParser, defaultParser } from '../src/index.js';

/** What a zod 3 schema looks like from outside: `_def` with a typeName, `safeParse`, no `_zod`. */
const zod3Schema = () => ({
  _def: { typeName: 'ZodObject', shape: () => ({}) },
  safeParse: () => ({ success: true, data: {} }),
  parse: (v: unknown) => v,
});

describe('isZod3Schema', () => {
  const rows: Array<[string, unknown, boolean]> = [
    ['a zod 3 schema', zod3Schema(), true],
    ['a zod 4 object', z.object({ tag: z.string() }), false],
    ['a zod 4 string', z.string(), false],
    ['null', null, false],
    ['a string', 'z.object()', false],
    ['an object with _def but no safeParse', { _def: {} }, false],
    ['an object with safeParse but no _def', { safeParse: () => ({}) }, false],
  ];
  it.each(rows)('%s → %s', (_, value, expected) => expect(isZod3Schema(value)).toBe(expected));
});

describe('a zod 3 schema is named as the cause', () => {
  const MESSAGE = 'dashiji: extractor `tags`: dashiji needs zod 4 schemas (this one is zod 3)';
  const extractor = () => ({ name: 'tags', schema: zod3Schema(), extract: () => [] });

  it('in defineExtractor', () => {
    expect(() => defineExtractor(extractor() as never)).toThrow(MESSAGE);
    expect(() => defineExtractor(extractor() as never)).toThrow(TypeError);
  });

  it('in createParser and extend, instead of the generic "expected an extractor"', () => {
    expect(() => createParser({ extractors: [extractor() as never] })).toThrow(MESSAGE);
    expect(() => defaultParser.extend({ extractors: [extractor() as never] })).toThrow(MESSAGE);
  });

  it('and not for a zod 4 schema or something that is no schema at all', () => {
    expect(() => checkZodVersion({ name: 'tags', schema: z.object({}), extract: () => [] })).not.toThrow();
    expect(() => checkZodVersion(null)).not.toThrow();
    expect(() => createParser({ extractors: [{ name: 'tags', schema: 'nope', extract: () => [] } as never] })).toThrow(/an extractor: \{ name: string, schema: a zod schema/);
  });
});

describe('Extractor.after', () => {
  it('is typed on the interface: a list of names, optional', () => {
    const x = defineExtractor({ name: 'n', schema: z.object({}), after: ['times'], extract: () => [] });
    expectTypeOf(x.after).toEqualTypeOf<readonly string[] | undefined>();
    // @ts-expect-error after is a list of extractor names, not one name
    defineExtractor({ name: 'm', schema: z.object({}), after: 'times', extract: () => [] });
  });

  it('survives defineExtractor', () => {
    expect(defineExtractor({ name: 'n', schema: z.object({}), after: ['times'], extract: () => [] }).after).toEqual(['times']);
    expect(defineExtractor({ name: 'n', schema: z.object({}), extract: () => [] }).after).toBeUndefined();
  });

  it('is frozen, so a shared step cannot be reordered from outside', () => {
    const list = ['times'];
    const x = defineExtractor({ name: 'n', schema: z.object({}), after: list, extract: () => [] });
    list.push('entities');
    expect(x.after).toEqual(['times']);
    expect(Object.isFrozen(x.after)).toBe(true);
  });
});
