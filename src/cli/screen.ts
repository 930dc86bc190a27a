/**
 * The one-screen overview of a chronicle (`dashiji summarize --format text`, `npm run demo`):
 * when, what, who, where and how much, in about twenty lines of at most 80 terminal columns.
 * A newcomer's first command should show what dashiji finds, not 6,000 lines of JSON; the JSON
 * stays one flag away. Every section is cut to its line budget with the full count shown, so the
 * screen has the same height for a 40-entry chronicle and a 4,000-entry gazetteer.
 */
import { EVENT_TYPE_LABELS } from '../extractors/types/vocabulary.js';
import { figureKindLabel, formatAmount, formatFigureValues } from '../summarize.js';
import type { ChronicleSummary, FigureTotal } from '../summarize.js';

/** Terminal columns of the overview; CJK characters take two. */
const COLUMNS = 80;

/** East Asian wide and full-width code points take two terminal columns. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** How many terminal columns `text` takes. */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

/**
 * Pack `items` after `label` into at most `maxLines` lines, separated by ` · `; when they do not
 * all fit, the last line ends with `…` and the total (`… 共 72`).
 */
export function flow(label: string, items: readonly string[], maxLines: number): string[] {
  if (items.length === 0) return [];
  const indent = ' '.repeat(displayWidth(label));
  const lines: string[] = [];
  let line = label;
  let used = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const sep = line === label || line === indent ? '' : ' · ';
    // Room for the cut-off marker on the last line, unless this is the last item.
    const rest = i === items.length - 1 ? '' : ` · … 共 ${items.length}`;
    const fits = displayWidth(line + sep + item) <= COLUMNS && (lines.length < maxLines - 1 || displayWidth(line + sep + item + rest) <= COLUMNS);
    if (fits) {
      line += sep + item;
      used++;
      continue;
    }
    if (lines.length < maxLines - 1 && line !== label) {
      lines.push(line);
      line = indent;
      i--;
      continue;
    }
    // A single item too wide for an empty line is shown alone, cut to the width.
    if (line === label || line === indent) {
      const marker = i === items.length - 1 ? '' : ` · … 共 ${items.length}`;
      line += truncate(item, COLUMNS - displayWidth(line) - 1 - displayWidth(marker)) + '…';
      used++;
    }
    break;
  }
  if (used < items.length) line += `${line === label || line === indent ? '' : ' · '}… 共 ${items.length}`;
  lines.push(line);
  return lines;
}

function truncate(text: string, columns: number): string {
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > columns) break;
    out += ch;
  }
  return out;
}

/** `投入 约6.6亿元` for a summed group, `4、5、约900人` for one listed side by side. */
function figureGroup(f: FigureTotal): string {
  if (f.total === null) return `${f.of === null ? '' : `${f.of} `}${formatFigureValues(f, 5)}`;
  const approx = f.approximateCount > 0 ? '约' : '';
  return `${f.of === null ? '' : `${f.of} `}${approx}${formatAmount(f.total)}${f.unit}`;
}

/** Entries per month in one year (`3月 4`), per month across years (`2020-03 4`), or per year when months are many. */
function when(s: ChronicleSummary): string[] {
  const months = Object.entries(s.byMonth);
  const years = new Set(months.map(([m]) => m.slice(0, m.lastIndexOf('-'))));
  if (years.size === 1) return months.map(([m, e]) => `${Number(m.slice(m.lastIndexOf('-') + 1))}月 ${e.length}`);
  if (months.length <= 12) return months.map(([m, e]) => `${m} ${e.length}`);
  const byYear = new Map<string, number>();
  for (const [m, e] of months) {
    const y = m.slice(0, m.lastIndexOf('-'));
    byYear.set(y, (byYear.get(y) ?? 0) + e.length);
  }
  return [...byYear].map(([y, n]) => `${y}年 ${n}`);
}

/**
 * The overview as text: a reader's first look, not a data format (programs read the JSON).
 *
 * @example
 * formatSummaryScreen(summarize(doc)).split('\n').length; // about 20, whatever the chronicle's size
 */
export function formatSummaryScreen(s: ChronicleSummary): string {
  const labels: Readonly<Record<string, string>> = EVENT_TYPE_LABELS;
  const d = s.diagnostics;
  const severities = [
    d.bySeverity.error ? `错误 ${d.bySeverity.error}` : '',
    d.bySeverity.warning ? `警告 ${d.bySeverity.warning}` : '',
    d.bySeverity.info ? `提示 ${d.bySeverity.info}` : '',
  ].filter(Boolean);
  const head = [
    `${s.entryCount} 条`,
    s.dateSpan ? `${s.dateSpan.start} – ${s.dateSpan.end}` : '无日期',
    ...(s.undated.length ? [`${s.undated.length} 条无日期`] : []),
    `诊断 ${d.total}${severities.length ? `（${severities.join('，')}）` : ''}`,
  ];
  const lines = [truncate(s.title ?? '（无标题）', COLUMNS), head.join(' · '), ''];
  lines.push(...flow('何时  ', when(s), 2));
  if (s.byType) lines.push(...flow('何事  ', Object.entries(s.byType).map(([t, e]) => `${Object.hasOwn(labels, t) ? labels[t] : t} ${e.length}`), 2));
  lines.push(...flow('人物  ', s.people.map((p) => `${p.name}${p.roles[0] ? ` ${p.roles[0]}` : ''} ${p.entries.length}`), 2));
  lines.push(...flow('机构  ', s.organizations.map((o) => `${o.name} ${o.entries.length}`), 2));
  lines.push(...flow('地点  ', s.places.map((p) => `${p.name} ${p.entries.length}`), 1));
  const kinds = [...new Set(s.figures.map((f) => f.kind))];
  if (kinds.length) lines.push('数字');
  for (const kind of kinds.slice(0, 6)) {
    lines.push(...flow(`  ${figureKindLabel(kind)}  `, s.figures.filter((f) => f.kind === kind).map(figureGroup), 1));
  }
  if (kinds.length > 6) lines.push(`  … 另 ${kinds.length - 6} 类`);
  return lines.join('\n') + '\n';
}
