/**
 * The HTML report: one self-contained page that turns a parsed chronicle into something a
 * person reads. A month-by-month timeline with each entry's types, its names and figures
 * highlighted in place; an index of people, organizations and places that filters the
 * timeline when clicked; the figure totals and the diagnostics count.
 *
 * Everything from the chronicle is escaped (html.ts); the page loads nothing at view time and
 * says so in its Content-Security-Policy.
 */
import { z } from 'zod';
import { checkOptions } from '../options.js';
import { EVENT_TYPE_LABELS } from '../extractors/types/vocabulary.js';
import type { DateValue, Entity, Figure } from '../schema.js';
import { figureGroupName, figureKindLabel, formatAmount, formatFigureValues, summarize } from '../summarize.js';
import type { ChronicleSummary, SummarizableChronicle } from '../summarize.js';
import { REPORT_CSP, SCRIPT, STYLE, TYPE_HUES } from './assets.js';
import { locateItems, renderMarked } from './highlight.js';
import type { Mark, SpannedItem } from './highlight.js';
import { escapeHtml } from './html.js';


/** One entry as the report reads it: times and type triggers are used when present. */
export type ReportableEntry = Omit<SummarizableChronicle['entries'][number], 'types'> & {
  readonly times?: readonly SpannedItem[];
  readonly types?: ReadonlyArray<{ readonly type: string; readonly triggers?: readonly SpannedItem[] }>;
};

/** What the report reads: any parsed chronicle, whatever extractors produced it. */
export type ReportableChronicle = Omit<SummarizableChronicle, 'entries'> & { readonly entries: readonly ReportableEntry[] };

/** Options of `renderReport`. */
export interface ReportOptions {
  /** The page title; the chronicle's own title by default. */
  title?: string;
}

const ReportOptionsSchema = z.strictObject({ title: z.string().optional() });

/**
 * Escape any field for HTML. A caller may hand `renderReport` a document or summary it built
 * itself, so a field typed as a number may hold a string: every interpolated value, numbers
 * included, goes through here.
 */
const e = (value: unknown): string => escapeHtml(value === null || value === undefined ? '' : String(value));

function typeLabel(type: string): string {
  // hasOwn: a custom type named `constructor` must not read Object.prototype.
  return Object.hasOwn(EVENT_TYPE_LABELS, type) ? (EVENT_TYPE_LABELS as Readonly<Record<string, string>>)[type]! : type;
}

function hueOf(type: string): number {
  let h = 0;
  for (const c of type) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const index = Object.keys(EVENT_TYPE_LABELS).indexOf(type);
  return TYPE_HUES[(index >= 0 ? index : h) % TYPE_HUES.length]!;
}

function parts(iso: string): { year: number; month: number; day: number } {
  const m = /^(-?\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return { year: Number(m?.[1] ?? 0), month: Number(m?.[2] ?? 0), day: Number(m?.[3] ?? 0) };
}

/** 4月24日–25日, 2015年8月, 上旬 …: the date as a reader says it, from the record's values. */
function formatDate(date: DateValue): string {
  const s = parts(date.start);
  const t = parts(date.end);
  switch (date.precision) {
    case 'day': {
      const from = `${s.month}月${s.day}日`;
      if (date.start === date.end) return from;
      return s.year === t.year && s.month === t.month ? `${from}–${t.day}日` : `${from}–${t.month}月${t.day}日`;
    }
    case 'month':
      return s.month === t.month ? `${s.month}月` : `${s.month}月–${t.month}月`;
    case 'year':
      return `${s.year}年`;
    default:
      return date.text.replace(/\s+/g, '');
  }
}

function monthHeading(key: string): string {
  const m = /^(-?\d{4})-(\d{2})$/.exec(key);
  return m ? `${Number(m[1])}年${Number(m[2])}月` : key;
}

/**
 * Timeline sections: one per month of the entries' own dates, in date order. An entry dated
 * only by its year (是年, 1956年) gets a section of its own after that year's months rather
 * than pretending to be a January event; undated entries come last. Inside a section, entries
 * go by date, so a newest-first chronicle reads forward like the others.
 */
function groupEntries(entries: readonly Entry[]): Array<{ key: string; heading: string; entries: Entry[] }> {
  const groups = new Map<string, { key: string; heading: string; order: number; entries: Entry[] }>();
  for (const entry of entries) {
    let key = 'undated';
    let heading = '未注明日期';
    let order = Number.POSITIVE_INFINITY;
    if (entry.date) {
      const { year, month } = parts(entry.date.start);
      if (entry.date.precision === 'year') {
        key = String(year);
        heading = `${year}年（月份不详）`;
        order = year * 100 + 13;
      } else {
        key = entry.date.start.slice(0, entry.date.start.lastIndexOf('-'));
        heading = monthHeading(key);
        order = year * 100 + month;
      }
    }
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, heading, order, entries: [] }));
    group.entries.push(entry);
  }
  const day = (x: Entry) => (x.date ? x.date.start : '');
  for (const g of groups.values()) g.entries.sort((a, b) => (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : a.ordinal - b.ordinal));
  return [...groups.values()].sort((a, b) => a.order - b.order);
}

function figureTitle(f: Figure): string {
  const value = `${formatAmount(f.value)}${f.unit}`;
  const approx = f.approx ? ' · 约数' : '';
  const of = f.of ? ` · ${f.of}` : '';
  return `${figureKindLabel(f.kind)} ${value}${approx}${of}`;
}

const ENTITY_LABEL: Readonly<Record<Entity['type'], string>> = { person: '人物', organization: '机构', place: '地点' };
const REF_PREFIX: Readonly<Record<Entity['type'], string>> = { person: 'p', organization: 'o', place: 'l' };

/** Reference ids for the index: `p0` is the first person of the summary, `t3` the fourth type. */
function buildRefs(summary: ChronicleSummary) {
  const refs = new Map<string, string>();
  summary.people.forEach((p, i) => refs.set(`person\u0000${p.name}`, `p${i}`));
  summary.organizations.forEach((o, i) => refs.set(`organization\u0000${o.name}`, `o${i}`));
  summary.places.forEach((p, i) => refs.set(`place\u0000${p.name}`, `l${i}`));
  Object.keys(summary.byType ?? {}).forEach((t, i) => refs.set(`type\u0000${t}`, `t${i}`));
  return {
    entity: (x: Entity) => refs.get(`${x.type}\u0000${x.canonical ?? x.text}`),
    type: (t: string) => refs.get(`type\u0000${t}`),
  };
}

type Refs = ReturnType<typeof buildRefs>;
type Entry = ReportableEntry;

function renderEntry(entry: Entry, refs: Refs, diagnostics: readonly string[]): string {
  const entryRefs = new Set<string>();
  const marks: Mark[] = [];
  const base = entry.date ? entry.date.span.end : entry.span.start;

  for (const { item, start, end } of locateItems(entry.text, entry.entities ?? [], base)) {
    const ref = refs.entity(item);
    const name = item.canonical ?? item.text;
    const title = [ENTITY_LABEL[item.type], item.role, item.canonical && item.canonical !== item.text ? `即 ${item.canonical}` : undefined]
      .filter(Boolean)
      .join(' · ');
    const rank = item.type === 'organization' ? 0 : item.type === 'place' ? 1 : 2;
    marks.push({ start, end, rank, className: item.type, attributes: { title, 'data-name': name, ...(ref ? { 'data-ref': ref } : {}) } });
  }
  for (const { item, start, end } of locateItems(entry.text, entry.figures ?? [], base)) {
    marks.push({ start, end, rank: 3, className: `figure ${item.kind}`, attributes: { title: figureTitle(item) } });
  }
  for (const { start, end } of locateItems(entry.text, entry.times ?? [], base)) {
    marks.push({ start, end, rank: 4, className: 'time', attributes: { title: '时间' } });
  }
  const triggers = (entry.types ?? []).flatMap((t) => (t.triggers ?? []).map((x) => ({ ...x, type: t.type })));
  for (const { item, start, end } of locateItems(entry.text, triggers, base)) {
    marks.push({ start, end, rank: 5, className: 'trigger', attributes: { title: `类型：${typeLabel(item.type)}` } });
  }
  for (const x of entry.entities ?? []) {
    const ref = refs.entity(x);
    if (ref) entryRefs.add(ref);
  }
  const chips = (entry.types ?? [])
    .map((t) => {
      const ref = refs.type(t.type);
      if (ref) entryRefs.add(ref);
      return `<button type="button" class="chip" style="--h:${hueOf(t.type)}" ${ref ? `data-ref="${ref}" ` : ''}data-name="${e(typeLabel(t.type))}">${e(typeLabel(t.type))}</button>`;
    })
    .join('');
  const label = entry.label !== null && entry.label !== String(entry.ordinal) ? `第 ${String(entry.ordinal)} 条（编号 ${entry.label}）` : `第 ${String(entry.ordinal)} 条`;
  const warn = diagnostics.length
    ? `<span class="warn" title="${e(diagnostics.join('\n'))}">⚠ ${e(diagnostics.length)}</span>`
    : '';
  return `<li class="entry" id="entry-${e(entry.ordinal)}" data-ordinal="${e(entry.ordinal)}" data-refs="${[...entryRefs].join(' ')}">
<div class="entry-head"><span class="date">${entry.date ? e(formatDate(entry.date)) : '无日期'}</span><span class="ordinal">${e(label)}</span>${chips}${warn}</div>
<p class="body">${renderMarked(entry.text, marks)}</p>
</li>`;
}

function renderIndexPanel(
  title: string,
  type: Entity['type'],
  items: ReadonlyArray<{
    name: string;
    entries: readonly number[];
    roles?: readonly string[];
    aliases?: readonly string[];
    code?: string | undefined;
    province?: string | undefined;
  }>,
): string {
  if (items.length === 0) return '';
  const list = items
    .map((x, i) => {
      const extra = x.roles?.length ? x.roles.join('、') : x.aliases?.length ? `又作 ${x.aliases.join('、')}` : '';
      // A place's GB/T 2260 unit, so that a reader can join chronicles by place.
      const unit = x.code ? ` · ${x.code}${x.province && x.province !== x.name ? ` ${x.province}` : ''}` : '';
      const tip = `${x.name}：${x.entries.length} 条${extra ? ` · ${extra}` : ''}${unit}`;
      const role = type === 'person' && x.roles?.[0] ? `<span class="role">${e(x.roles[0])}</span>` : '';
      const code = x.code ? ` data-code="${e(x.code)}"` : '';
      return `<li><button type="button" class="name ${type}" data-ref="${REF_PREFIX[type]}${i}" data-name="${e(x.name)}"${code} title="${e(tip)}">${e(x.name)}${role}<span class="n">${e(x.entries.length)}</span></button></li>`;
    })
    .join('');
  return `<details class="panel" open data-fold><summary>${title}<small>${e(items.length)}</small></summary><ul class="names">${list}</ul></details>`;
}

function renderFigures(summary: ChronicleSummary): string {
  if (summary.figures.length === 0) return '';
  const rows = summary.figures
    .map((f) => {
      const unit = e(f.unit);
      const cell = (v: number | null) => (v === null ? '—' : `${e(formatAmount(v))}${unit}`);
      // A group that is not summed shows its figures side by side across the three sum columns.
      const sums =
        f.total === null
          ? `<td class="values" colspan="3">${e(formatFigureValues(f))}</td>`
          : `<td class="num">${f.approximateCount < f.count ? cell(f.exact) : '—'}</td><td class="num">${f.approximateCount ? cell(f.approximate) : '—'}</td><td class="num">${f.mixed || f.approximateCount === f.count ? '约 ' : ''}${cell(f.total)}</td>`;
      return `<tr><td class="group"><b>${e(figureKindLabel(f.kind))}</b><br><small>${e(figureGroupName(f))}</small></td><td class="num">${e(f.count)}${f.approximateCount ? `<br><small>约数 ${e(f.approximateCount)}</small>` : ''}</td>${sums}</tr>`;
    })
    .join('');
  return `<details class="panel" open data-fold><summary>数字汇总<small>${e(summary.figures.length)}</small></summary>
<table><thead><tr><th>类别<br><small>单位 · 所计</small></th><th class="num">处</th><th class="num">精确</th><th class="num">约数</th><th class="num">合计</th></tr></thead><tbody>${rows}</tbody></table>
<p class="note">只把同类、同单位、所计相同的数字相加；序数、百分比和未说明所计的数字并列列出，不求和。“合计”把精确值与约数相加（约数按所写数值计），标“约”者含约数。</p></details>`;
}

function renderTypes(summary: ChronicleSummary): string {
  if (!summary.byType || Object.keys(summary.byType).length === 0) return '';
  const chips = Object.entries(summary.byType)
    .map(
      ([type, entries], i) =>
        `<button type="button" class="chip" style="--h:${hueOf(type)}" data-ref="t${i}" data-name="${e(typeLabel(type))}" title="${e(type)}">${e(typeLabel(type))}<span class="n">${e(entries.length)}</span></button>`,
    )
    .join(' ');
  return `<details class="panel" open><summary>事件类型<small>${e(Object.keys(summary.byType).length)}</small></summary><div class="types-list">${chips}</div></details>`;
}

function renderDiagnostics(summary: ChronicleSummary): string {
  const d = summary.diagnostics;
  const codes = Object.entries(d.byCode)
    .map(([code, n]) => `<li><code>${e(code)}</code> ${e(n)}</li>`)
    .join('');
  return `<details class="panel" data-fold${d.total ? '' : ' open'}><summary>诊断<small>${e(d.total)}</small></summary>
<p class="note">错误 ${e(d.bySeverity.error)} · 警告 ${e(d.bySeverity.warning)} · 提示 ${e(d.bySeverity.info)}</p>${codes ? `<ul class="diag-list">${codes}</ul>` : ''}</details>`;
}

/**
 * Render a parsed chronicle as ONE self-contained HTML document (inline CSS and script, no
 * network at view time). Pass the summary when you have it; it is computed otherwise. Throws
 * a TypeError at once when `options` are wrong; never throws on the chronicle's content.
 *
 * @example
 * writeFileSync('report.html', renderReport(parser.parse(text)));
 */
export function renderReport(doc: ReportableChronicle, summary: ChronicleSummary = summarize(doc), options: ReportOptions = {}): string {
  checkOptions(ReportOptionsSchema, options, 'renderReport()', 'title');
  const title = options.title ?? doc.title ?? summary.subject ?? '大事记';
  const refs = buildRefs(summary);

  const diagnosticsByEntry = new Map<number, string[]>();
  for (const d of doc.diagnostics) {
    if (d.entry === undefined) continue;
    let list = diagnosticsByEntry.get(d.entry);
    if (!list) diagnosticsByEntry.set(d.entry, (list = []));
    list.push(`${d.severity} ${d.code}: ${d.message}`);
  }
  const months = groupEntries(doc.entries)
    .map(({ key, heading, entries }) => {
      const items = entries.map((x) => renderEntry(x, refs, diagnosticsByEntry.get(x.ordinal) ?? [])).join('\n');
      return `<section class="month" data-month="${e(key)}"><h2>${e(heading)}<small>${entries.length} 条</small></h2><ol class="entries">\n${items}\n</ol></section>`;
    })
    .join('\n');

  const span = summary.dateSpan ? `${summary.dateSpan.start} – ${summary.dateSpan.end}` : '无日期';
  const sub = [summary.subject && summary.subject !== title ? summary.subject : null, span].filter(Boolean).join(' · ');
  const stat = (n: unknown, label: string) => `<li><b>${e(n)}</b>${label}</li>`;
  const n = doc.entries.length;

  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="generator" content="dashiji">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="masthead"><div class="masthead-inner">
<h1>${e(title)}</h1>
<p class="sub">${e(sub)}</p>
<ul class="stats">${stat(n, '条')}${stat(summary.people.length, '人物')}${stat(summary.organizations.length, '机构')}${stat(summary.places.length, '地点')}${stat(summary.diagnostics.total, '诊断')}</ul>
</div></header>
<div class="layout">
<main class="timeline" id="timeline">
<div class="filterbar" role="status"><span class="count">显示 <b id="shown">${e(n)}</b> / ${e(n)} 条</span><span class="filter" id="filter-label" hidden></span><button type="button" id="show-all" disabled>显示全部</button></div>
<p class="legend"><mark class="person">人物</mark><mark class="organization">机构</mark><mark class="place">地点</mark><mark class="figure">数字</mark><mark class="time">时间</mark><mark class="trigger">类型词</mark><span>点击名字或类型即可筛选</span></p>
${months}
</main>
<aside class="index" aria-label="索引">
${renderTypes(summary)}
${renderIndexPanel('人物', 'person', summary.people)}
${renderIndexPanel('机构', 'organization', summary.organizations)}
${renderIndexPanel('地点', 'place', summary.places)}
${renderFigures(summary)}
${renderDiagnostics(summary)}
</aside>
</div>
<footer>由 dashiji 生成 · 离线可读的单一文件</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
