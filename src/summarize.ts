/**
 * From records to insight: one summary of a whole chronicle. Who appears most and as what,
 * which organizations and places, what happened month by month and by type, what the money
 * and headcounts add up to, and how much the parser had to complain.
 *
 * The summary is data with its own zod schema (ChronicleSummarySchema), so the CLI's JSON,
 * the HTML report and a user's dashboard all read the same validated shape. It is tolerant:
 * a chronicle parsed without the entities, figures or types extractors still summarizes (the
 * missing parts are empty, or null for `byType`).
 */
import { z } from 'zod';
import { FigureKindSchema, SeveritySchema } from './schema.js';
import type { BaseEntry, Diagnostic, Entity, Figure, FigureKind } from './schema.js';

const Ordinals = z.array(z.number().int().positive()).describe('entry ordinals, ascending');
const IsoDate = z.string().regex(/^-?\d{4}-\d{2}-\d{2}$/);
const Month = z.string().regex(/^-?\d{4}-\d{2}$/, 'YYYY-MM');
const Year = z.string().regex(/^-?\d{4}$/, 'YYYY');

const PersonSummarySchema = z.object({
  name: z.string().describe('canonical ?? text'),
  roles: z.array(z.string()).describe('every title the text ties to this person, in order of first appearance'),
  entries: Ordinals,
  mentions: z.number().int().positive(),
});

const NamedSummarySchema = z.object({
  name: z.string().describe('the canonical name when the extractor gave one, else the text'),
  aliases: z.array(z.string()).describe('other spellings seen for this name (short forms, abbreviations)'),
  entries: Ordinals,
  mentions: z.number().int().positive(),
});

const FigureValueSchema = z.object({
  value: z.number(),
  approx: z.boolean(),
  entry: z.number().int().positive().describe('the ordinal of the entry it stands in'),
});

/** A place of the index: a named summary, with the GB/T 2260 unit when the extractor was certain of it. */
const PlaceSummarySchema = NamedSummarySchema.extend({
  code: z.string().optional().describe('GB/T 2260 code of the administrative unit, when the entities carry one'),
  province: z.string().optional().describe('with code: the provincial-level unit it lies in'),
});

const FigureTotalSchema = z.object({
  kind: FigureKindSchema,
  unit: z.string(),
  currency: z.string().optional(),
  of: z.string().nullable().describe("what is counted or paid (the figures' `of`); null when the text names nothing"),
  count: z.number().int().positive().describe('figures of this kind, unit, currency and `of`'),
  approximateCount: z.number().int().nonnegative().describe('how many of them are approximate (约, 余, 多 …)'),
  exact: z
    .number()
    .nullable()
    .describe('sum of the exact values; null when the group is not summed (ordinal, percent, or `of` unknown): read `values`'),
  approximate: z.number().nullable().describe('sum of the approximate values, each taken at its written value'),
  total: z
    .number()
    .nullable()
    .describe('exact + approximate: MIXES exact and approximate values whenever approximateCount > 0; read `mixed`'),
  mixed: z.boolean().describe('true when total adds exact and approximate values together'),
  values: z.array(FigureValueSchema).describe('every figure of the group in document order, to list side by side'),
  entries: Ordinals,
});

/** The shape of `summarize`'s result: the single source of its type and JSON Schema. */
export const ChronicleSummarySchema = z.object({
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  subject: z.string().nullable(),
  entryCount: z.number().int().nonnegative(),
  dateSpan: z
    .object({ start: IsoDate, end: IsoDate })
    .nullable()
    .describe('earliest own-date start and latest own-date end; null when no entry is dated'),
  undated: Ordinals.describe('entries without their own date'),
  people: z.array(PersonSummarySchema).describe('by number of entries (desc), then first appearance'),
  organizations: z.array(NamedSummarySchema).describe('aliases folded into the canonical name; same order as people'),
  places: z
    .array(PlaceSummarySchema)
    .describe('one item per unit: mentions with the same GB/T 2260 code fold together (瑞金 into 瑞金市); same order as people'),
  byMonth: z
    .record(Month, Ordinals)
    .describe('YYYY-MM of the entry date start → entries, months ascending; entries dated only by their year are in yearOnly, undated ones in undated'),
  yearOnly: z
    .record(Year, Ordinals)
    .describe('YYYY → entries dated only by their year (是年, 1956年), years ascending: kept out of byMonth, as the report groups them after that year\'s months'),
  byType: z
    .record(z.string(), Ordinals)
    .nullable()
    .describe('event type → entries, most entries first; null when the entries carry no `types`'),
  figures: z.array(FigureTotalSchema).describe('totals by kind, unit, currency and counted noun (`of`)'),
  diagnostics: z.object({
    total: z.number().int().nonnegative(),
    bySeverity: z.record(SeveritySchema, z.number().int().nonnegative()),
    byCode: z.record(z.string(), z.number().int().positive()).describe('most frequent first'),
  }),
});
export type ChronicleSummary = z.infer<typeof ChronicleSummarySchema>;
export type PersonSummary = z.infer<typeof PersonSummarySchema>;
export type NamedSummary = z.infer<typeof NamedSummarySchema>;
export type PlaceSummary = z.infer<typeof PlaceSummarySchema>;
export type FigureTotal = z.infer<typeof FigureTotalSchema>;
export type FigureValue = z.infer<typeof FigureValueSchema>;

/**
 * What `summarize` reads: any parsed chronicle. Every extractor key is optional, so a parser
 * configured without entities, figures or types still yields a summary.
 */
export interface SummarizableChronicle {
  readonly title: string | null;
  readonly year: number | null;
  readonly subject: string | null;
  readonly entries: ReadonlyArray<
    BaseEntry & {
      readonly entities?: readonly Entity[];
      readonly figures?: readonly Figure[];
      readonly types?: ReadonlyArray<{ readonly type: string }>;
    }
  >;
  readonly diagnostics: readonly Diagnostic[];
}

/** Kinds whose values make no sense added up: 第3届 + 第4届, 14% + 20%. */
const NOT_SUMMED: ReadonlySet<FigureKind> = new Set(['ordinal', 'percent']);

/**
 * Whether a group's values add up to something a reader can use. The same unit is not enough:
 * 43 个乡镇 + 462 个合作社 is not "505 个", and three 域名 renewals of 5, 1 and 1 年 are not
 * "7 年". Only figures that say what they count (`of`) and count the same thing are summed;
 * the others are listed side by side (`values`).
 */
const summable = (kind: FigureKind, of: string | undefined): boolean => !NOT_SUMMED.has(kind) && of !== undefined;

/** A name being gathered: ordinals in a Set, roles/aliases in insertion order. */
interface Tally {
  name: string;
  extra: Set<string>;
  entries: Set<number>;
  mentions: number;
  /** Where it was first seen, for ties: entry ordinal, then offset. */
  first: readonly [number, number];
  /** Places: the GB/T 2260 unit, from the first mention that carries one. */
  code?: string;
  province?: string;
}

function tallyEntities(doc: SummarizableChronicle, type: Entity['type']): Tally[] {
  const byName = new Map<string, Tally>();
  for (const entry of doc.entries) {
    for (const e of entry.entities ?? []) {
      if (e.type !== type) continue;
      const name = e.canonical ?? e.text;
      // Two units of one name (朝阳区 of Beijing, of Changchun) stay apart by their codes.
      const key = e.code ?? name;
      let t = byName.get(key);
      if (!t) byName.set(key, (t = { name, extra: new Set(), entries: new Set(), mentions: 0, first: [entry.ordinal, e.span.start] }));
      if (e.code && !t.code) {
        t.code = e.code;
        if (e.province) t.province = e.province;
      }
      t.entries.add(entry.ordinal);
      t.mentions++;
      if (type === 'person') {
        if (e.role) t.extra.add(e.role);
      } else if (e.text !== name) t.extra.add(e.text);
    }
  }
  return [...byName.values()].sort(
    (a, b) => b.entries.size - a.entries.size || a.first[0] - b.first[0] || a.first[1] - b.first[1],
  );
}

const ascending = (set: Iterable<number>): number[] => [...set].sort((a, b) => a - b);

/** A comparable number for an ISO date, negative years included (string order breaks on them). */
function dayNumber(iso: string): number {
  const m = /^(-?\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return Number.NaN;
  // Astronomical numbering: -0500-03-01 → -5000000 + 301, after -0500-01-01 → -5000000 + 101.
  return Number(m[1]) * 10_000 + Number(m[2]) * 100 + Number(m[3]);
}

/** Sum without float dust: 0.1 + 0.2 is 0.3 in a report. */
const add = (a: number, b: number): number => Number((a + b).toPrecision(15));

function figureTotals(doc: SummarizableChronicle): FigureTotal[] {
  const groups = new Map<string, FigureTotal & { entrySet: Set<number> }>();
  for (const entry of doc.entries) {
    for (const f of entry.figures ?? []) {
      const key = `${f.kind}\u0000${f.unit}\u0000${f.currency ?? ''}\u0000${f.of ?? ''}`;
      let g = groups.get(key);
      if (!g) {
        const summed = summable(f.kind, f.of);
        g = {
          kind: f.kind,
          unit: f.unit,
          ...(f.currency === undefined ? {} : { currency: f.currency }),
          of: f.of ?? null,
          count: 0,
          approximateCount: 0,
          exact: summed ? 0 : null,
          approximate: summed ? 0 : null,
          total: summed ? 0 : null,
          mixed: false,
          values: [],
          entries: [],
          entrySet: new Set(),
        };
        groups.set(key, g);
      }
      g.count++;
      g.values.push({ value: f.value, approx: f.approx, entry: entry.ordinal });
      g.entrySet.add(entry.ordinal);
      if (f.approx) g.approximateCount++;
      if (g.total === null) continue;
      if (f.approx) g.approximate = add(g.approximate ?? 0, f.value);
      else g.exact = add(g.exact ?? 0, f.value);
      g.total = add(g.total, f.value);
    }
  }
  const kindOrder = FigureKindSchema.options;
  return [...groups.values()]
    .map(({ entrySet, ...g }) => ({
      ...g,
      mixed: g.total !== null && g.approximateCount > 0 && g.approximateCount < g.count,
      entries: ascending(entrySet),
    }))
    .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || b.count - a.count);
}

/**
 * Summarize a parsed chronicle. Never throws on a chronicle `parse` produced; the result is
 * validated against ChronicleSummarySchema before it is returned (a bug here fails loudly).
 *
 * Figures are grouped by kind, unit, currency and counted noun (`of`), and only a group whose
 * figures say what they count is summed: 10 家调剂行 and 8 家旗舰店 are two groups, not "18 家".
 * Ordinals (第3届), percentages and figures that name nothing are listed (`values`), never summed.
 * Sums never silently mix: `exact` and `approximate` are summed apart, and `total` (their sum)
 * comes with `mixed: true` whenever it adds an approximate value to an exact one.
 *
 * @example
 * const s = summarize(parseChronicle(text));
 * s.people[0]; // { name: '张建琛', roles: ['秘书长'], entries: [2, 3, 4, …], mentions: 21 }
 */
export function summarize(doc: SummarizableChronicle): ChronicleSummary {
  let start: string | null = null;
  let end: string | null = null;
  const undated: number[] = [];
  const byMonth = new Map<string, number[]>();
  const yearOnly = new Map<string, number[]>();
  for (const entry of doc.entries) {
    const date = entry.date;
    if (!date) {
      undated.push(entry.ordinal);
      continue;
    }
    if (start === null || dayNumber(date.start) < dayNumber(start)) start = date.start;
    if (end === null || dayNumber(date.end) > dayNumber(end)) end = date.end;
    // 是年 / 1956年 is not a January event: it goes apart, as in the report's timeline.
    if (date.precision === 'year') {
      const year = date.start.slice(0, date.start.indexOf('-', 1));
      yearOnly.set(year, [...(yearOnly.get(year) ?? []), entry.ordinal]);
      continue;
    }
    const month = date.start.slice(0, date.start.lastIndexOf('-'));
    byMonth.set(month, [...(byMonth.get(month) ?? []), entry.ordinal]);
  }
  const months = [...byMonth.keys()].sort((a, b) => dayNumber(`${a}-01`) - dayNumber(`${b}-01`));
  const years = [...yearOnly.keys()].sort((a, b) => dayNumber(`${a}-01-01`) - dayNumber(`${b}-01-01`));

  const typed = doc.entries.some((e) => Array.isArray(e.types));
  const byTypeMap = new Map<string, Set<number>>();
  for (const entry of doc.entries) {
    for (const t of entry.types ?? []) {
      let set = byTypeMap.get(t.type);
      if (!set) byTypeMap.set(t.type, (set = new Set()));
      set.add(entry.ordinal);
    }
  }
  // Most entries first; Map order (first appearance) breaks ties, as Array.sort is stable.
  const byType = [...byTypeMap].sort((a, b) => b[1].size - a[1].size);

  const bySeverity = { error: 0, warning: 0, info: 0 };
  const byCode = new Map<string, number>();
  for (const d of doc.diagnostics) {
    bySeverity[d.severity]++;
    byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
  }

  const people = tallyEntities(doc, 'person').map((t) => ({
    name: t.name,
    roles: [...t.extra],
    entries: ascending(t.entries),
    mentions: t.mentions,
  }));
  const named = (type: 'organization' | 'place') =>
    tallyEntities(doc, type).map((t) => {
      const item: PlaceSummary = { name: t.name, aliases: [...t.extra], entries: ascending(t.entries), mentions: t.mentions };
      if (t.code) item.code = t.code;
      if (t.province) item.province = t.province;
      return item;
    });

  const summary: ChronicleSummary = {
    title: doc.title,
    year: doc.year,
    subject: doc.subject,
    entryCount: doc.entries.length,
    dateSpan: start !== null && end !== null ? { start, end } : null,
    undated,
    people,
    organizations: named('organization'),
    places: named('place'),
    byMonth: Object.fromEntries(months.map((m) => [m, byMonth.get(m) ?? []])),
    yearOnly: Object.fromEntries(years.map((y) => [y, yearOnly.get(y) ?? []])),
    byType: typed ? Object.fromEntries(byType.map(([type, set]) => [type, ascending(set)])) : null,
    figures: figureTotals(doc),
    diagnostics: {
      total: doc.diagnostics.length,
      bySeverity,
      byCode: Object.fromEntries([...byCode].sort((a, b) => b[1] - a[1])),
    },
  };
  return ChronicleSummarySchema.parse(summary);
}

/** 29.79亿, 3.6万, 900: how a Chinese reader writes large amounts. */
export function formatAmount(value: number): string {
  const abs = Math.abs(value);
  const trim = (n: number) => String(Number(n.toFixed(4)));
  if (abs >= 1e8) return `${trim(value / 1e8)}亿`;
  if (abs >= 1e4) return `${trim(value / 1e4)}万`;
  return trim(value);
}

const KIND_LABEL: Readonly<Record<FigureKind, string>> = {
  money: '金额',
  people: '人数',
  count: '数量',
  length: '长度',
  area: '面积',
  weight: '重量',
  duration: '时长',
  percent: '百分比',
  ordinal: '序数',
  other: '其他',
};

/** The Chinese label of a figure kind, for text and HTML output. */
export function figureKindLabel(kind: FigureKind): string {
  return KIND_LABEL[kind];
}

/** What a group counts, for a reader: its unit and counted noun (`元 · 投入`, `届`). */
export function figureGroupName(f: FigureTotal): string {
  return f.of === null ? f.unit : `${f.unit} · ${f.of}`;
}

/**
 * A group's figures side by side, as a reader writes them: `第2、3、4届` (ordinals once each,
 * ascending), `4、5、约900人`. At most `max` values, then `…`.
 */
export function formatFigureValues(f: FigureTotal, max = 8): string {
  const values =
    f.kind === 'ordinal'
      ? [...new Set(f.values.map((v) => v.value))].sort((a, b) => a - b).map((value) => ({ value, approx: false }))
      : f.values;
  const shown = values.slice(0, max).map((v) => `${v.approx ? '约' : ''}${formatAmount(v.value)}`);
  const list = `${shown.join('、')}${values.length > max ? '…' : ''}`;
  return f.kind === 'ordinal' ? `第${list}${f.unit}` : `${list}${f.unit}`;
}
