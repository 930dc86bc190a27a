import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayWidth, flow, formatSummaryScreen } from '../src/cli/screen.js';
import { defaultParser } from '../src/index.js';
import { summarize } from '../src/summarize.js';
import type { ChronicleSummary } from '../src/summarize.js';

const FIXTURE = 'fixtures/2020-power-alliance-chronicle.txt';
const screenOf = (text: string) => formatSummaryScreen(summarize(defaultParser.parse(text)));
const lines = (text: string) => text.replace(/\n$/, '').split('\n');

describe('displayWidth', () => {
  const rows: Array<[string, number]> = [
    ['', 0],
    ['abc 12', 6],
    ['会议', 4],
    ['（无标题）', 10],
    ['３月', 4],
    ['· …', 3],
  ];
  it.each(rows)('%j takes %i columns', (text, columns) => expect(displayWidth(text)).toBe(columns));
});

describe('flow', () => {
  it('puts what fits on one line after the label', () => {
    expect(flow('人物  ', ['张三 2', '李四 1'], 2)).toEqual(['人物  张三 2 · 李四 1']);
  });

  it('wraps under the label, then cuts with the total', () => {
    const items = Array.from({ length: 40 }, (_, i) => `名字${i} ${i}`);
    const out = flow('人物  ', items, 2);
    expect(out).toHaveLength(2);
    expect(out[1]!.startsWith('      名字')).toBe(true);
    expect(out[1]!.endsWith('… 共 40')).toBe(true);
    for (const line of out) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('cuts an item too wide for a line', () => {
    const [line] = flow('机构  ', ['很'.repeat(60), '短 1'], 1);
    expect(displayWidth(line!)).toBeLessThanOrEqual(80);
    expect(line).toContain('…');
    expect(line!.endsWith('… 共 2')).toBe(true);
  });

  it('prints nothing for nothing', () => {
    expect(flow('人物  ', [], 2)).toEqual([]);
  });
});

const fixture = screenOf(readFileSync(FIXTURE, 'utf8'));

describe('formatSummaryScreen', () => {
  it('fits the fixture in one screen: at most 30 lines of 80 columns', () => {
    expect(lines(fixture).length).toBeLessThanOrEqual(30);
    for (const line of lines(fixture)) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('says when, what, who, where and how much', () => {
    expect(fixture).toContain('42 条 · 2020-01-04 – 2020-12-24 · 诊断 2（警告 2）');
    expect(fixture).toMatch(/^何时 {2}1月 2 · 3月 1 · 4月 4/m);
    expect(fixture).toMatch(/^何事 {2}会议 20 · /m);
    expect(fixture).toMatch(/^人物 {2}张建琛 秘书长 18 · /m);
    expect(fixture).toMatch(/^机构 {2}智能输配电设备产业技术创新战略联盟 36/m);
    expect(fixture).toMatch(/^地点 {2}厦门市 15 · 瑞金市 8/m); // short forms fold into their unit (厦门 → 厦门市)
    expect(fixture).toContain('投入 约6.6亿元');
    expect(fixture).toContain('序数  第2、3、4届');
  });

  it('stays one screen for a chronicle of many years and many names', () => {
    const body = Array.from({ length: 400 }, (_, i) => `${i + 1}、${1900 + Math.floor(i / 4)}年${(i % 12) + 1}月${(i % 27) + 1}日，秘书长王${'甲乙丙丁戊己庚辛'[i % 8]}${'一二三四五六七八九'[i % 9]}出席会议，投入${i + 1}万元。`).join('\n');
    const out = screenOf(`大事记\n${body}\n`);
    expect(lines(out).length).toBeLessThanOrEqual(30);
    for (const line of lines(out)) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(out).toMatch(/^何时 {2}1900年 4 · 1901年 4/m);
  });

  it('says what is missing instead of printing empty sections', () => {
    const empty: ChronicleSummary = summarize({ title: null, year: null, subject: null, entries: [], diagnostics: [] });
    expect(formatSummaryScreen(empty)).toBe('（无标题）\n0 条 · 无日期 · 诊断 0\n\n');
  });
});

describe('dashiji summarize --format text', () => {
  it('prints the one-screen overview', () => {
    const r = spawnSync(process.execPath, ['dist/cli.js', 'summarize', FIXTURE, '--format', 'text'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(fixture);
  });
});
