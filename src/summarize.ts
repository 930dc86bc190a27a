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
import { EVENT_TYPE_LABELS } from './extractors/types/vocabulary.js';
import { FigureKindSchema, SeveritySchema } from './schema.js';
import type { BaseEntry, Diagnostic, Entity, Figure, FigureKind } from './schema.js';

const Ordinals = z.array(z.number().int().positive()).describe('entry ordinals, ascending');
const IsoDate = z.string().regex(/^-?\d{4}-\d{2}-\d{2}$/);
const Month = z.string().regex(/^-?\d{4}-\d{2}$/, 'YYYY-MM');

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

/** A place of the index: a named summary, with the GB/T 2260 unit when the extractor was certain of it. */
const PlaceSummarySchema = NamedSummarySchema.extend({
  code: z.string().optional().describe('GB/T 2260 code of the administrative unit, when the entities carry one'),
  province: z.string().optional().describe('with code: the provincial-level unit it lies in'),
});

const FigureTotalSchema = z.object({
  kind: FigureKindSchema,
  unit: z.string(),
  currency: z.string().optional(),
  count: z.number().int().positive().describe('figures of this kind, unit and currency'),
  approximateCount: z.number().int().nonnegative().describe('how many of them are approximate (约, 余, 多 …)'),
  exact: z.number().nullable().describe('sum of the exact values; null when this kind is not summable (ordinal, percent)'),
  approximate: z.number().nullable().describe('sum of the approximate values, each taken at its written value'),
  total: z
    .number()
    .nullable()
    .describe('exact + approximate: MIXES exact and approximate values whenever approximateCount > 0; read `mixed`'),
  mixed: z.boolean().describe('true when total adds exact and approximate values together'),
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
  byMonth: z.record(Month, Ordinals).describe('YYYY-MM of the entry date start → entries, months ascending'),
  byType: z
    .record(z.string(), Ordinals)
    .nullable()
    .describe('event type → entries, most entries first; null when the entries carry no `types`'),
  figures: z.array(FigureTotalSchema).describe('totals by kind, unit and currency'),
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
      const key = `${f.kind}\u0000${f.unit}\u0000${f.currency ?? ''}`;
      let g = groups.get(key);
      if (!g) {
        const summed = !NOT_SUMMED.has(f.kind);
        g = {
          kind: f.kind,
          unit: f.unit,
          ...(f.currency === undefined ? {} : { currency: f.currency }),
          count: 0,
          approximateCount: 0,
          exact: summed ? 0 : null,
          approximate: summed ? 0 : null,
          total: summed ? 0 : null,
          mixed: false,
          entries: [],
          entrySet: new Set(),
        };
        groups.set(key, g);
      }
      g.count++;
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
 * Figure totals never silently mix: `exact` and `approximate` are summed apart, and `total`
 * (their sum) comes with `mixed: true` whenever it adds an approximate value to an exact one.
 * Ordinals (第3届) and percentages are counted, never summed.
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
  for (const entry of doc.entries) {
    const date = entry.date;
    if (!date) {
      undated.push(entry.ordinal);
      continue;
    }
    if (start === null || dayNumber(date.start) < dayNumber(start)) start = date.start;
    if (end === null || dayNumber(date.end) > dayNumber(end)) end = date.end;
    const month = date.start.slice(0, date.start.lastIndexOf('-'));
    byMonth.set(month, [...(byMonth.get(month) ?? []), entry.ordinal]);
  }
  const months = [...byMonth.keys()].sort((a, b) => dayNumber(`${a}-01`) - dayNumber(`${b}-01`));

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

/** One figure-total line: "约" marks a sum that includes approximate values. */
export function formatFigureTotal(f: FigureTotal): string {
  const unit = f.unit;
  if (f.total === null) return `${figureKindLabel(f.kind)}（${unit}）：${f.count} 处（不求和）`;
  const parts = [`共 ${f.count} 处`];
  if (f.exact !== null && f.approximateCount < f.count) parts.push(`精确 ${formatAmount(f.exact)}${unit}`);
  if (f.approximate !== null && f.approximateCount > 0) parts.push(`约数 ${formatAmount(f.approximate)}${unit}（${f.approximateCount} 处）`);
  if (f.mixed) parts.push(`合计约 ${formatAmount(f.total)}${unit}（含约数）`);
  return `${figureKindLabel(f.kind)}（${unit}）：${parts.join('，')}`;
}

/**
 * The summary as plain text, for `dashiji summarize --format text`: a reader's overview, not a
 * data format (use the JSON for programs).
 */
export function formatSummaryText(s: ChronicleSummary, limit = 10): string {
  const typeLabels: Readonly<Record<string, string>> = EVENT_TYPE_LABELS;
  const lines: string[] = [];
  lines.push(s.title ?? '（无标题）');
  const span = s.dateSpan ? `${s.dateSpan.start} – ${s.dateSpan.end}` : '无日期';
  lines.push(`${s.entryCount} 条，${span}${s.undated.length ? `，${s.undated.length} 条无日期（${s.undated.join(', ')}）` : ''}`);
  const list = <T>(heading: string, items: readonly T[], line: (t: T) => string) => {
    if (items.length === 0) return;
    lines.push('', `${heading}（${items.length}）`);
    for (const t of items.slice(0, limit)) lines.push(`  ${line(t)}`);
    if (items.length > limit) lines.push(`  … 另 ${items.length - limit} 个`);
  };
  list('人物', s.people, (p) => `${p.name}${p.roles.length ? `（${p.roles.join('、')}）` : ''}  ${p.entries.length} 条`);
  list('机构', s.organizations, (o) => `${o.name}${o.aliases.length ? `（又作 ${o.aliases.join('、')}）` : ''}  ${o.entries.length} 条`);
  list('地点', s.places, (p) => `${p.name}${p.code ? ` ${p.code}${p.province && p.province !== p.name ? ` ${p.province}` : ''}` : ''}  ${p.entries.length} 条`);
  list('按月', Object.entries(s.byMonth), ([m, e]) => `${m}  ${e.length} 条`);
  if (s.byType) list('按类型', Object.entries(s.byType), ([t, e]) => `${typeLabels[t] ? `${typeLabels[t]} ${t}` : t}  ${e.length} 条`);
  list('数字汇总', s.figures, formatFigureTotal);
  const d = s.diagnostics;
  lines.push('', `诊断：${d.total}（错误 ${d.bySeverity.error}，警告 ${d.bySeverity.warning}，提示 ${d.bySeverity.info}）`);
  for (const [code, n] of Object.entries(d.byCode)) lines.push(`  ${code}  ${n}`);
  return lines.join('\n') + '\n';
}
