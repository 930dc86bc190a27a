import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { createParser, defaultExtractors, defaultParser, defineExtractor, entities, eventTypes, figures, parseChronicle, times } from '../src/index.js';
import type { Entity, Figure, Segmenter, TimeExpression } from '../src/index.js';

const TEXT = '2021年某协会大事记\n1、2021年3月5日，协会在杭州召开理事会，秘书长王小明主持，约50人参加。\n2、4月8日，协会举办培训。\n';

const hashtags = defineExtractor({
  name: 'hashtags',
  schema: z.object({ tag: z.string(), span: z.object({ start: z.number(), end: z.number() }) }),
  extract(ctx) {
    return [...ctx.norm.matchAll(/#(\p{L}+)/gu)].map((m) => ({ tag: m[1]!, span: ctx.item(m.index, m.index + m[0].length).span }));
  },
});

describe('createParser and extend', () => {
  it('types the default record fields', () => {
    const doc = parseChronicle(TEXT);
    expectTypeOf(doc.entries[0]!.times).toEqualTypeOf<TimeExpression[]>();
    expectTypeOf(doc.entries[0]!.figures).toEqualTypeOf<Figure[]>();
    expectTypeOf(doc.entries[0]!.entities).toEqualTypeOf<Entity[]>();
  });

  it('plugs in a user extractor, typed on the entry and included in the JSON Schema', () => {
    const parser = defaultParser.extend({ extractors: [hashtags] });
    const doc = parser.parse('2021年大事记\n1、2021年3月5日，发布 #年报 与 #倡议。\n');
    expectTypeOf(doc.entries[0]!.hashtags).toEqualTypeOf<Array<{ tag: string; span: { start: number; end: number } }>>();
    expect(doc.entries[0]!.hashtags.map((h) => h.tag)).toEqual(['年报', '倡议']);
    expect(doc.entries[0]!.figures).toEqual([]);
    const schema = parser.jsonSchema() as { properties: { entries: { items: { properties: Record<string, unknown> } } } };
    expect(Object.keys(schema.properties.entries.items.properties)).toContain('hashtags');
    // the original parser is unchanged: configurations are immutable
    expect('hashtags' in defaultParser.parse(TEXT).entries[0]!).toBe(false);
    expect(Object.isFrozen(parser.config)).toBe(true);
  });

  it('replaces an extractor of the same name in place', () => {
    const quiet = defineExtractor({ name: 'figures', schema: defaultExtractors[1].schema, extract: () => [] });
    const parser = defaultParser.extend({ extractors: [quiet] });
    expect(parser.config.extractors.map((x) => x.name)).toEqual(['times', 'figures', 'entities', 'types']);
    expect(parser.parse(TEXT).entries[0]!.figures).toEqual([]);
    expect(defaultParser.parse(TEXT).entries[0]!.figures.length).toBeGreaterThan(0);
  });

  it('runs with only the extractors it is given, and never loads the segmenter when none asks', () => {
    let cuts = 0;
    const counting: Segmenter = { cut: (t) => (cuts++, [t]) };
    const parser = createParser({ extractors: [hashtags], segmenter: counting });
    const doc = parser.parse(TEXT);
    expect(Object.keys(doc.entries[0]!)).toEqual(['ordinal', 'label', 'span', 'date', 'text', 'hashtags']);
    expect(cuts).toBe(0);
  });

  it('turns an extractor that throws or returns bad items into diagnostics, not exceptions', () => {
    const broken = defineExtractor({ name: 'broken', schema: z.object({ n: z.number() }), extract: () => { throw new Error('boom'); } });
    const sloppy = defineExtractor({ name: 'sloppy', schema: z.object({ n: z.number() }), extract: () => [{ n: 'x' as unknown as number }] });
    const doc = createParser({ lang: 'en', extractors: [broken, sloppy] }).parse(TEXT);
    expect(doc.diagnostics.filter((d) => d.code === 'extractor-failed')).toHaveLength(2);
    expect(doc.diagnostics.filter((d) => d.code === 'invalid-item')).toHaveLength(2);
    expect(doc.entries[0]!.sloppy).toEqual([]);
  });

  it('says "extract must be synchronous" for a promise, and leaves no unhandled rejection (issue 13, item 8)', async () => {
    const unhandled: unknown[] = [];
    const listen = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listen);
    try {
      const rejecting = defineExtractor({ name: 'rejecting', schema: z.object({ n: z.number() }), extract: (() => Promise.reject(new Error('late'))) as never });
      const resolving = defineExtractor({ name: 'resolving', schema: z.object({ n: z.number() }), extract: (async () => [{ n: 1 }]) as never });
      const doc = createParser({ lang: 'en', extractors: [rejecting, resolving] }).parse(TEXT);
      const failed = doc.diagnostics.filter((d) => d.code === 'extractor-failed');
      expect(failed).toHaveLength(4);
      expect(failed.every((d) => d.message.includes('extract must be synchronous'))).toBe(true);
      expect(doc.entries[0]!.rejecting).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', listen);
    }
  });

  it('a segmenter whose cut returns a promise fails the extractor, with no unhandled rejection (issue 13, item 8)', async () => {
    const unhandled: unknown[] = [];
    const listen = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listen);
    try {
      const wordy = defineExtractor({ name: 'wordy', schema: z.object({ n: z.number() }), extract: (ctx) => ctx.words().map(() => ({ n: 1 })) });
      const asyncCut = { cut: (() => Promise.reject(new Error('late'))) as never };
      const doc = createParser({ lang: 'en', extractors: [wordy], segmenter: asyncCut }).parse(TEXT);
      const failed = doc.diagnostics.filter((d) => d.code === 'extractor-failed');
      expect(failed).toHaveLength(2);
      expect(failed[0]!.message).toMatch(/segmenter cut returned a promise/);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', listen);
    }
  });

  // Issue 13, item 9: whatever a plug-in does, parse returns a document with a diagnostic.
  const unprintable = Object.create(Error.prototype, { message: { get: () => { throw new Error('no message'); } } }) as Error;
  const hostileThrown: Array<[string, unknown, RegExp]> = [
    ['a string', 'plain string', /threw: plain string/],
    ['null', null, /threw: null/],
    ['an Error whose message getter throws', unprintable, /threw: a value that cannot be printed/],
    ['an object whose toString throws', { toString: () => { throw new Error('x'); } }, /threw: a value that cannot be printed/],
    ['a plain object whose message getter throws', { get message(): string { throw new Error('x'); } }, /threw: a value that cannot be printed/],
  ];
  it.each(hostileThrown)('an extractor that throws %s gives extractor-failed', (_label, thrown, message) => {
    const x = defineExtractor({ name: 'x', schema: z.object({ n: z.number() }), extract: () => { throw thrown; } });
    const doc = createParser({ lang: 'en', extractors: [x] }).parse(TEXT);
    const failed = doc.diagnostics.filter((d) => d.code === 'extractor-failed');
    expect(failed).toHaveLength(2);
    expect(failed[0]!.message).toMatch(message);
  });

  const throwingSchemas: Array<[string, z.ZodType]> = [
    ['refine', z.object({ n: z.number() }).refine(() => { throw new Error('refine blew up'); })],
    ['transform', z.object({ n: z.number() }).transform(() => { throw new Error('transform blew up'); })],
  ];
  it.each(throwingSchemas)("a schema's throwing %s makes the item invalid, not the parse", (_label, schema) => {
    const x = defineExtractor({ name: 'x', schema, extract: () => [{ n: 1 }] });
    const doc = createParser({ lang: 'en', extractors: [x] }).parse(TEXT);
    const invalid = doc.diagnostics.filter((d) => d.code === 'invalid-item');
    expect(invalid).toHaveLength(2);
    expect(invalid[0]!.message).toMatch(/its schema threw: (refine|transform) blew up/);
    expect(doc.entries[0]!.x).toEqual([]);
  });

  const badRefiners: Array<[string, { name: string; refine: (doc: never, ctx: { report(d: unknown): void }) => unknown }, RegExp]> = [
    ['throws', { name: 'boom', refine: () => { throw new Error('refiner blew up'); } }, /refiner `boom` threw: refiner blew up/],
    ['returns a promise', { name: 'late', refine: () => Promise.reject(new Error('later')) }, /refiner `late` returned a promise: refine must be synchronous/],
    ['reports a diagnostic without a span', { name: 'sloppy', refine: (_doc, ctx) => ctx.report({ code: 'x', severity: 'error', message: 'm' }) }, /refiner `sloppy` reported an invalid diagnostic/],
  ];
  it.each(badRefiners)('a refiner that %s gives refiner-failed, and the rest of the document stands', async (_label, refiner, message) => {
    const doc = createParser({ lang: 'en', extractors: [hashtags], refiners: [refiner as never] }).parse(TEXT);
    expect(doc.entries).toHaveLength(2);
    const failed = doc.diagnostics.filter((d) => d.code === 'refiner-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.message).toMatch(message);
    await new Promise((resolve) => setTimeout(resolve, 10));
  });

  // Issue 16, item 7: a year option that contradicts the title is a warning.
  const yearRows: Array<[string, string, number | undefined, number]> = [
    ['title 1990, year 1991', '石泉县1990年大事记\n1、3月5日，召开会议。\n', 1991, 1],
    ['title in Chinese numerals', '一九九〇年大事记\n1、3月5日，召开会议。\n', 1991, 1],
    ['title 1990, year 1990 (negative)', '石泉县1990年大事记\n1、3月5日，召开会议。\n', 1990, 0],
    ['no year option (negative)', '石泉县1990年大事记\n1、3月5日，召开会议。\n', undefined, 0],
    ['a title without a year (negative)', '某协会大事记\n1、3月5日，召开会议。\n', 1991, 0],
  ];
  it.each(yearRows)('%s', (_label, text, year, warnings) => {
    const doc = createParser({ extractors: [hashtags], ...(year === undefined ? {} : { year }) }).parse(text);
    const found = doc.diagnostics.filter((d) => d.code === 'year-overridden');
    expect(found).toHaveLength(warnings);
    if (warnings) {
      expect(found[0]!.severity).toBe('warning');
      expect(found[0]!.message).toContain(`${year} 年`);
      expect(doc.year).toBe(year);
    }
  });

  it("skips per-item validation only for trusted (built-in) extractors, unless validate is 'all'", () => {
    const liar = defineExtractor({ name: 'liar', schema: z.object({ n: z.number() }), trusted: true, extract: () => [{ n: 'x' as unknown as number }] });
    expect(createParser({ extractors: [liar] }).parse(TEXT).entries[0]!.liar).toHaveLength(1);
    const strict = createParser({ extractors: [liar], validate: 'all' }).parse(TEXT);
    expect(strict.entries[0]!.liar).toEqual([]);
    expect(strict.diagnostics.some((d) => d.code === 'invalid-item')).toBe(true);
    expect(defaultExtractors.every((x) => x.trusted === true)).toBe(true);
  });

  it('throws at once on misuse, naming the option', () => {
    expect(() => createParser({ extractors: [], bogus: 1 } as never)).toThrow(/unknown option.*bogus/);
    expect(() => createParser({ extractors: [hashtags, hashtags] })).toThrow(/two extractors are named `hashtags`/);
    expect(() => createParser({ extractors: [{ ...hashtags, name: 'date' }] })).toThrow(/reserved/);
    expect(() => createParser({ extractors: [], year: 'x' } as never)).toThrow(/year/);
    expect(() => parseChronicle(TEXT, { yaer: 2020 } as never)).toThrow(/unknown option.*yaer/);
    expect(() => parseChronicle(42 as never)).toThrow(/expects a string, got number/);
  });

  it('takes the year from an option when the text has none', () => {
    const doc = parseChronicle('1、3月5日，开会。\n2、4月8日，培训。\n', { year: 1999 });
    expect(doc.entries.map((e) => e.date?.start)).toEqual(['1999-03-05', '1999-04-08']);
  });

  it('passes a user dictionary to the entity extractor', () => {
    const doc = parseChronicle('2021年大事记\n1、2021年3月5日，星河智造与联盟签约。\n', { dictionary: { organizations: ['星河智造'] } });
    expect(doc.entries[0]!.entities.some((e) => e.type === 'organization' && e.text === '星河智造')).toBe(true);
  });
});

describe('extractor order (`after`)', () => {
  /** A step that reads `hashtags`: it counts them, so it must run after that extractor. */
  const counts = defineExtractor({
    name: 'counts',
    schema: z.object({ n: z.number() }),
    after: ['hashtags'],
    extract: (ctx) => [{ n: ctx.results['hashtags']?.length ?? -1 }],
  });

  const ordered: Array<[string, () => unknown]> = [
    ['the default parser', () => defaultParser],
    ['the built-in steps in their order', () => createParser({ extractors: [times(), figures(), entities(), eventTypes()] })],
    ['a step whose dependency is absent (only ordered, not required)', () => createParser({ extractors: [figures()] })],
    ['types without entities', () => createParser({ extractors: [eventTypes(), times()] })],
    ['a user step after what it reads', () => createParser({ extractors: [hashtags, counts] })],
    ['extend replacing a step in place keeps the order', () => defaultParser.extend({ extractors: [eventTypes({ types: { epidemic: ['疫情'] } })] })],
    ['extend appending a step that reads an earlier one', () => createParser({ extractors: [hashtags] }).extend({ extractors: [counts] })],
  ];
  it.each(ordered)('accepts %s', (_, build) => expect(build).not.toThrow());

  const misordered: Array<[string, () => unknown, string]> = [
    ['figures before times', () => createParser({ extractors: [figures(), times()] }), 'extractor `figures` must run after `times`, which is not before it'],
    ['types before entities', () => createParser({ extractors: [eventTypes(), entities()] }), 'extractor `types` must run after `entities`, which is not before it'],
    ['a user step before what it reads', () => createParser({ extractors: [counts, hashtags] }), 'extractor `counts` must run after `hashtags`'],
    ['extend appending what an earlier step reads', () => createParser({ extractors: [figures()] }).extend({ extractors: [times()] }), 'extractor `figures` must run after `times`'],
    ['a step that names itself', () => createParser({ extractors: [{ ...hashtags, after: ['hashtags'] }] }), 'extractor `hashtags` must run after `hashtags`'],
  ];
  it.each(misordered)('refuses %s at once, with a dashiji: TypeError', (_, build, message) => {
    expect(build).toThrow(`dashiji: ${message}`);
    expect(build).toThrow(TypeError);
  });

  it('the error lists the order it found', () => {
    expect(() => createParser({ extractors: [figures(), times()] })).toThrow('(order: figures, times)');
  });

  it.each([
    ['a string', 'times'],
    ['a list with a number', ['times', 1]],
  ])('refuses `after` as %s', (_, after) => {
    expect(() => createParser({ extractors: [{ ...hashtags, after } as never] })).toThrow(/after\?: string\[\]/);
  });

  it('ctx.results still carries the earlier output', () => {
    const doc = createParser({ extractors: [hashtags, counts] }).parse('1、2021年3月5日，#开会 #培训。\n');
    expect(doc.entries[0]!.counts).toEqual([{ n: 2 }]);
  });
});
