import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { typesExtractor } from '../src/extractors/types/index.js';
import { createParser, defaultParser } from '../src/index.js';
import type { Diagnostic, Entity, Figure } from '../src/schema.js';
import { ChronicleSummarySchema, figureGroupName, formatAmount, formatFigureValues, summarize } from '../src/summarize.js';
import type { ChronicleSummary, SummarizableChronicle } from '../src/summarize.js';

const fixture = readFileSync(new URL('../fixtures/2020-power-alliance-chronicle.txt', import.meta.url), 'utf8');

describe('the fixture', () => {
  const doc = defaultParser.extend({ extractors: [typesExtractor] }).parse(fixture);
  const s = summarize(doc);

  it('is valid against its schema', () => {
    expect(ChronicleSummarySchema.safeParse(s).success).toBe(true);
    expectTypeOf(s).toEqualTypeOf<ChronicleSummary>();
    expect(s.entryCount).toBe(42);
    expect(s.title).toBe('2020年智能输配电设备产业技术创新战略联盟大事记');
  });

  it('puts the person who appears most first, with every role', () => {
    const [first] = s.people;
    expect(first!.name).toBe('张建琛');
    expect(first!.roles).toEqual(['秘书长']);
    expect(first!.entries).toHaveLength(18);
    expect(first!.entries.slice(0, 5)).toEqual([2, 3, 4, 6, 7]);
    const wu = s.people.find((p) => p.name === '吴建平')!;
    expect(wu.roles).toEqual(['市长', '主任']);
    expect(wu.entries).toEqual([3, 4, 14, 25]);
    expect(s.people.find((p) => p.name === '罗林生')!.roles).toEqual(['副市长', '副主任']);
  });

  it('orders people by entries, then by first appearance', () => {
    for (let i = 1; i < s.people.length; i++) {
      const a = s.people[i - 1]!;
      const b = s.people[i]!;
      expect(a.entries.length > b.entries.length || (a.entries.length === b.entries.length && a.entries[0]! <= b.entries[0]!)).toBe(true);
    }
  });

  it('folds aliases into the canonical organization name', () => {
    const alliance = s.organizations[0]!;
    expect(alliance.name).toBe('智能输配电设备产业技术创新战略联盟');
    expect(alliance.aliases).toEqual(expect.arrayContaining(['联盟', '输配电联盟', '输配电产业联盟']));
    expect(alliance.aliases).not.toContain(alliance.name);
    expect(s.organizations.filter((o) => o.name === '联盟')).toEqual([]);
  });

  it('counts places, short forms folded into their unit with its GB/T 2260 code', () => {
    expect(s.places[0]).toMatchObject({ name: '厦门市', code: '350200', province: '福建省' });
    expect(s.places[0]!.aliases).toContain('厦门');
    const ruijin = s.places.find((p) => p.name === '瑞金市')!;
    expect(ruijin).toMatchObject({ code: '360781', province: '江西省' });
    expect(ruijin.entries).toEqual(expect.arrayContaining([4, 5, 24, 25, 36]));
  });

  it('groups entries by month of their own date', () => {
    expect(Object.keys(s.byMonth)).toEqual(['2020-01', '2020-03', '2020-04', '2020-05', '2020-06', '2020-07', '2020-08', '2020-09', '2020-10', '2020-11', '2020-12']);
    expect(s.byMonth['2020-07']).toEqual([15, 16, 17, 18, 19, 20, 21, 22]);
    expect(Object.values(s.byMonth).flat()).toHaveLength(42);
    expect(s.undated).toEqual([]);
    expect(s.dateSpan).toEqual({ start: '2020-01-04', end: '2020-12-24' });
  });

  it('groups entries by type, most frequent first', () => {
    expect(s.byType).not.toBeNull();
    const counts = Object.values(s.byType!).map((e) => e.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(s.byType!['signing']).toEqual([4, 13, 26, 35, 36, 40, 41]);
  });

  it('sums money only per counted noun: 投入 apart from 产值, 税费 and prize money', () => {
    const money = s.figures.filter((f) => f.kind === 'money' && f.currency === 'CNY');
    expect(money.map((f) => [f.of, f.count, f.total])).toEqual(
      expect.arrayContaining([
        ['投入', 2, 660_000_000], // 约3亿 + 约3.6亿
        ['产值', 1, 2_979_000_000],
        ['税费', 1, 101_800_000],
        ['现金奖励', 1, 30_000],
      ]),
    );
    expect(money.find((f) => f.of === '投入')).toMatchObject({ unit: '元', approximateCount: 2, exact: 0, approximate: 660_000_000, mixed: false, entries: [35, 36] });
  });

  it('lists headcounts that name nothing side by side, and never sums ordinals', () => {
    const people = s.figures.find((f) => f.kind === 'people' && f.unit === '人' && f.of === null)!;
    expect(people).toMatchObject({ count: 9, exact: null, approximate: null, total: null, mixed: false });
    expect(people.values.map((v) => v.value)).toEqual([4, 5, 3, 3, 28, 4, 4, 57, 28]);
    const ordinals = s.figures.filter((f) => f.kind === 'ordinal');
    expect(ordinals.length).toBeGreaterThan(0);
    for (const o of ordinals) expect(o).toMatchObject({ exact: null, approximate: null, total: null, mixed: false });
  });

  it('counts diagnostics by severity and code', () => {
    expect(s.diagnostics).toEqual({ total: 2, bySeverity: { error: 0, warning: 2, info: 0 }, byCode: { 'duplicate-label': 2 } });
  });
});

/** A hand-made chronicle: only what `summarize` reads. */
function entry(
  ordinal: number,
  date: string | null,
  fields: { entities?: Entity[]; figures?: Figure[]; types?: Array<{ type: string }>; precision?: 'day' | 'year'; end?: string } = {},
) {
  const span = { start: ordinal * 10, end: ordinal * 10 + 9 };
  const { precision = 'day', end, ...rest } = fields;
  return {
    ordinal,
    label: String(ordinal),
    span,
    date: date === null ? null : { start: date, end: end ?? date, precision, text: date, span },
    text: '…',
    ...rest,
  };
}
const person = (text: string, role?: string, start = 0): Entity => ({ type: 'person', text, ...(role ? { role } : {}), span: { start, end: start + text.length } });
const org = (text: string, canonical?: string): Entity => ({ type: 'organization', text, ...(canonical ? { canonical } : {}), span: { start: 0, end: 1 } });
const figure = (kind: Figure['kind'], value: number, unit: string, approx = false, currency?: string, of: string | null = '投入'): Figure => ({
  kind,
  value,
  unit,
  approx,
  ...(currency ? { currency } : {}),
  ...(of === null ? {} : { of }),
  text: `${value}${unit}`,
  span: { start: 0, end: 1 },
});
const diag = (code: string, severity: Diagnostic['severity']): Diagnostic => ({ code, severity, message: code, span: { start: 0, end: 0 } });
function chronicle(entries: SummarizableChronicle['entries'], diagnostics: Diagnostic[] = []): SummarizableChronicle {
  return { title: 't', year: 2020, subject: null, entries, diagnostics };
}

describe('hand-made chronicles', () => {
  it('summarizes entries with no extractor keys at all', () => {
    const s = summarize(chronicle([entry(1, '2020-03-02'), entry(2, null), entry(3, '2020-01-15')]));
    expect(s.people).toEqual([]);
    expect(s.organizations).toEqual([]);
    expect(s.figures).toEqual([]);
    expect(s.byType).toBeNull();
    expect(s.undated).toEqual([2]);
    expect(s.byMonth).toEqual({ '2020-01': [3], '2020-03': [1] });
    expect(Object.keys(s.byMonth)).toEqual(['2020-01', '2020-03']);
    expect(s.dateSpan).toEqual({ start: '2020-01-15', end: '2020-03-02' });
  });

  it('summarizes a chronicle parsed without entities or figures', () => {
    const parser = createParser({ extractors: [typesExtractor] });
    const s = summarize(parser.parse('大事记\n\n1、2020年5月1日，召开会议。\n2、无日期的一条。\n'));
    expect(s.byType).toEqual({ meeting: [1] });
    expect(s.people).toEqual([]);
    expect(s.undated).toEqual([2]);
  });

  it('gives an empty byType (not null) when types ran and found nothing', () => {
    expect(summarize(chronicle([entry(1, '2020-01-01', { types: [] })])).byType).toEqual({});
  });

  it('has no date span when nothing is dated', () => {
    expect(summarize(chronicle([entry(1, null)])).dateSpan).toBeNull();
  });

  it.each([
    ['a year-only entry goes to yearOnly, not to January', [entry(1, '2020-03-02'), entry(2, '2020-01-01', { precision: 'year', end: '2020-12-31' }), entry(3, null)], { '2020-03': [1] }, { '2020': [2] }, [3]],
    ['years ascending, months untouched', [entry(1, '1957-01-01', { precision: 'year', end: '1957-12-31' }), entry(2, '1956-01-01', { precision: 'year', end: '1956-12-31' }), entry(3, '1956-01-05')], { '1956-01': [3] }, { '1956': [2], '1957': [1] }, []],
    ['no year-only entry: an empty yearOnly', [entry(1, '2020-01-01')], { '2020-01': [1] }, {}, []],
  ] as const)('%s', (_name, entries, byMonth, yearOnly, undated) => {
    const s = summarize(chronicle([...entries]));
    expect(s.byMonth).toEqual(byMonth);
    expect(s.yearOnly).toEqual(yearOnly);
    expect(Object.keys(s.yearOnly)).toEqual(Object.keys(yearOnly));
    expect(s.undated).toEqual(undated);
  });

  it('orders dates of negative years correctly', () => {
    const s = summarize(chronicle([entry(1, '-0500-03-01'), entry(2, '-0500-01-01'), entry(3, '0010-01-01')]));
    expect(s.dateSpan).toEqual({ start: '-0500-01-01', end: '0010-01-01' });
    expect(Object.keys(s.byMonth)).toEqual(['-0500-01', '-0500-03', '0010-01']);
  });

  it('gathers a person across entries with every role once, ties by first appearance', () => {
    const s = summarize(
      chronicle([
        entry(1, '2020-01-01', { entities: [person('李四', '局长', 5), person('张三', '主任', 9)] }),
        entry(2, '2020-01-02', { entities: [person('张三', '副市长'), person('张三', '主任'), person('李四')] }),
        entry(3, '2020-01-03', { entities: [person('王五')] }),
      ]),
    );
    expect(s.people).toEqual([
      { name: '李四', roles: ['局长'], entries: [1, 2], mentions: 2 },
      { name: '张三', roles: ['主任', '副市长'], entries: [1, 2], mentions: 3 },
      { name: '王五', roles: [], entries: [3], mentions: 1 },
    ]);
  });

  it('folds organization aliases into the canonical name', () => {
    const s = summarize(
      chronicle([
        entry(1, '2020-01-01', { entities: [org('联盟', '某某联盟'), org('某某联盟')] }),
        entry(2, '2020-01-02', { entities: [org('该联盟', '某某联盟')] }),
      ]),
    );
    expect(s.organizations).toEqual([{ name: '某某联盟', aliases: ['联盟', '该联盟'], entries: [1, 2], mentions: 3 }]);
  });

  it('never mixes exact and approximate values silently', () => {
    const s = summarize(
      chronicle([
        entry(1, '2020-01-01', { figures: [figure('money', 0.1, '元', false, 'CNY'), figure('money', 0.2, '元', false, 'CNY')] }),
        entry(2, '2020-01-02', { figures: [figure('money', 100, '元', true, 'CNY'), figure('money', 5, '美元', false, 'USD')] }),
        entry(3, '2020-01-03', { figures: [figure('count', 3, '家', true), figure('percent', 20, '%'), figure('percent', 30, '%')] }),
      ]),
    );
    const cny = s.figures.find((f) => f.currency === 'CNY')!;
    expect(cny).toEqual({
      kind: 'money',
      unit: '元',
      currency: 'CNY',
      of: '投入',
      count: 3,
      approximateCount: 1,
      exact: 0.3,
      approximate: 100,
      total: 100.3,
      mixed: true,
      values: [
        { value: 0.1, approx: false, entry: 1 },
        { value: 0.2, approx: false, entry: 1 },
        { value: 100, approx: true, entry: 2 },
      ],
      entries: [1, 2],
    });
    expect(s.figures.find((f) => f.currency === 'USD')).toMatchObject({ exact: 5, total: 5, mixed: false });
    // All approximate: the total is approximate, but nothing is mixed.
    expect(s.figures.find((f) => f.kind === 'count')).toMatchObject({ approximateCount: 1, exact: 0, approximate: 3, total: 3, mixed: false });
    expect(s.figures.find((f) => f.kind === 'percent')).toMatchObject({ count: 2, exact: null, total: null });
    expect(s.figures.map((f) => f.kind)).toEqual(['money', 'money', 'count', 'percent']);
  });

  // Row: the figures of one chronicle, then the groups expected as [kind, unit, of, total].
  const groupRows: Array<[string, Figure[], Array<[string, string, string | null, number | null]>]> = [
    [
      'the same measure word counting different things',
      [figure('count', 43, '个', false, undefined, '乡镇'), figure('count', 18, '个', false, undefined, '乡镇'), figure('count', 462, '个', false, undefined, '合作社'), figure('count', 9, '个', false, undefined, '诊所')],
      [['count', '个', '乡镇', 61], ['count', '个', '合作社', 462], ['count', '个', '诊所', 9]],
    ],
    [
      'shops and stores',
      [figure('count', 10, '家', false, undefined, '调剂行'), figure('count', 8, '家', false, undefined, '旗舰店')],
      [['count', '家', '调剂行', 10], ['count', '家', '旗舰店', 8]],
    ],
    [
      'durations that name nothing are listed, not summed',
      [figure('duration', 5, '年', false, undefined, null), figure('duration', 1, '年', false, undefined, null), figure('duration', 1, '年', false, undefined, '期限')],
      [['duration', '年', null, null], ['duration', '年', '期限', 1]],
    ],
    [
      'ordinals are never summed, even with a counted noun',
      [figure('ordinal', 39, '届', false, undefined, '论坛'), figure('ordinal', 40, '届', false, undefined, '论坛')],
      [['ordinal', '届', '论坛', null]],
    ],
  ];
  it.each(groupRows)('groups by kind, unit and counted noun: %s', (_, figures, expected) => {
    const s = summarize(chronicle([entry(1, '2020-01-01', { figures })]));
    expect(s.figures.map((f) => [f.kind, f.unit, f.of, f.total])).toEqual(expected);
  });

  it('formats a group for a reader: unit and counted noun, sums or the values side by side', () => {
    const s = summarize(
      chronicle([
        entry(1, '2020-01-01', { figures: [figure('ordinal', 39, '届', false, undefined, null), figure('ordinal', 1, '届', false, undefined, null), figure('ordinal', 39, '届', false, undefined, null)] }),
        entry(2, '2020-01-02', { figures: [figure('people', 4, '人', false, undefined, null), figure('people', 900, '人', true, undefined, null), figure('count', 3, '家', false, undefined, '企业')] }),
      ]),
    );
    const [count, people, ordinal] = [s.figures.find((f) => f.kind === 'count')!, s.figures.find((f) => f.kind === 'people')!, s.figures.find((f) => f.kind === 'ordinal')!];
    expect(formatFigureValues(ordinal)).toBe('第1、39届');
    expect(formatFigureValues(people)).toBe('4、约900人');
    expect(figureGroupName(count)).toBe('家 · 企业');
    expect(figureGroupName(ordinal)).toBe('届');
  });

  it('cuts a long list of values with an ellipsis', () => {
    const figures = Array.from({ length: 10 }, (_, i) => figure('people', i + 1, '人', false, undefined, null));
    const s = summarize(chronicle([entry(1, '2020-01-01', { figures })]));
    expect(formatFigureValues(s.figures[0]!, 3)).toBe('1、2、3…人');
    expect(formatFigureValues(s.figures[0]!)).not.toContain('9');
  });

  it('counts diagnostics, most frequent code first', () => {
    const s = summarize(chronicle([], [diag('label-gap', 'info'), diag('undated-entry', 'warning'), diag('undated-entry', 'warning'), diag('invalid-item', 'error')]));
    expect(s.diagnostics).toEqual({ total: 4, bySeverity: { error: 1, warning: 2, info: 1 }, byCode: { 'undated-entry': 2, 'label-gap': 1, 'invalid-item': 1 } });
    expect(Object.keys(s.diagnostics.byCode)[0]).toBe('undated-entry');
  });

  it('formats amounts as a Chinese reader writes them', () => {
    expect(formatAmount(2_979_000_000)).toBe('29.79亿');
    expect(formatAmount(30_000)).toBe('3万');
    expect(formatAmount(900)).toBe('900');
    expect(formatAmount(101_800_000)).toBe('1.018亿');
  });

  it('has a JSON Schema', async () => {
    const { z } = await import('zod');
    const schema = z.toJSONSchema(ChronicleSummarySchema) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['people', 'byMonth', 'figures', 'diagnostics']));
  });
});
