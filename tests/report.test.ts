import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { eventTypes, typesExtractor } from '../src/extractors/types/index.js';
import { createParser, defaultParser } from '../src/index.js';
import { locateItems, renderMarked } from '../src/report/highlight.js';
import { escapeHtml } from '../src/report/html.js';
import { renderReport } from '../src/report/index.js';
import type { Mark } from '../src/report/highlight.js';
import { summarize } from '../src/summarize.js';

const parser = defaultParser.extend({ extractors: [typesExtractor] });
const fixture = readFileSync(new URL('../fixtures/2020-power-alliance-chronicle.txt', import.meta.url), 'utf8');

describe('locateItems', () => {
  it('finds items in a body whose offsets drifted from the original (a removed page break)', () => {
    // Original: "…副市长罗\n\n林生…": the body has the break removed, so later offsets shift by 2.
    const source = 'X、1月1日，副市长罗\n\n林生与罗林生会面，罗林生致辞';
    const body = '副市长罗林生与罗林生会面，罗林生致辞';
    const bodyStart = source.indexOf('副');
    const at = (needle: string, from = 0) => source.indexOf(needle, from);
    const items = [
      { text: '罗林生', span: { start: at('罗'), end: at('生') + 1 } },
      { text: '罗林生', span: { start: at('罗林生'), end: at('罗林生') + 3 } },
      { text: '罗林生', span: { start: at('罗林生', at('罗林生') + 1), end: at('罗林生', at('罗林生') + 1) + 3 } },
    ];
    const located = locateItems(body, items, bodyStart - 1);
    expect(located.map((l) => [l.start, l.end])).toEqual([
      [3, 6],
      [7, 10],
      [13, 16],
    ]);
  });

  it('matches across white space and full-width forms, and skips what is not there', () => {
    const located = locateItems('共受理 200 余件，ＡＢＢ公司', [
      { text: '200余件', span: { start: 4, end: 10 } },
      { text: 'ABB公司', span: { start: 11, end: 16 } },
      { text: '不存在', span: { start: 0, end: 3 } },
    ], 0);
    // "200 余件" in the body (the space kept), "ＡＢＢ" full-width.
    expect(located.map((l) => [l.start, l.end])).toEqual([
      [4, 10],
      [11, 16],
    ]);
  });
});

describe('locateItems is linear in the items (issue 13, item 1)', () => {
  // Counted string searches and the characters they pass over, not time: the old scan walked
  // every earlier occurrence (or the whole body) for each item.
  const rows: Array<[string, (i: number) => string]> = [
    ['one repeated name', () => '罗林生'],
    ['two alternating names', (i) => (i % 2 ? '张三丰' : '罗林生')],
    ['a different figure each time', (i) => `${i}人`],
  ];
  it.each(rows)('%s: a few searches per item, over about the body once', (_label, textOf) => {
    const n = 2000;
    let body = '';
    const items: Array<{ text: string; span: { start: number; end: number } }> = [];
    const starts: number[] = [];
    for (let i = 0; i < n; i++) {
      const text = textOf(i);
      starts.push(body.length);
      items.push({ text, span: { start: 100 + body.length, end: 100 + body.length + text.length } });
      body += `${text}，`;
    }
    const indexOf = vi.spyOn(String.prototype, 'indexOf');
    const lastIndexOf = vi.spyOn(String.prototype, 'lastIndexOf');
    const located = locateItems(body, items, 100);
    const scanned = (spy: typeof indexOf, forward: boolean) =>
      spy.mock.calls.reduce((sum, call, k) => {
        const from = (call[1] as number | undefined) ?? (forward ? 0 : body.length);
        const found = spy.mock.results[k]!.value as number;
        return sum + Math.abs((found < 0 ? (forward ? body.length : 0) : found) - from);
      }, 0);
    const calls = indexOf.mock.calls.length + lastIndexOf.mock.calls.length;
    const passed = scanned(indexOf, true) + scanned(lastIndexOf, false);
    indexOf.mockRestore();
    lastIndexOf.mockRestore();
    expect(located.map((l) => l.start)).toEqual(starts);
    expect(calls).toBeLessThanOrEqual(2 * n + 10);
    expect(passed).toBeLessThanOrEqual(4 * body.length);
  });
});

describe('renderMarked', () => {
  const mark = (start: number, end: number, className: string, rank = 0): Mark => ({ start, end, className, rank });

  it('nests a mark inside another', () => {
    expect(renderMarked('厦门万久公司', [mark(0, 4, 'organization'), mark(0, 2, 'place', 1)])).toBe(
      '<mark class="organization"><mark class="place">厦门</mark>万久</mark>公司',
    );
  });

  it('closes and reopens a mark that crosses another', () => {
    expect(renderMarked('abcdef', [mark(0, 4, 'a'), mark(2, 6, 'b')])).toBe('<mark class="a">ab<mark class="b">cd</mark></mark><mark class="b">ef</mark>');
  });

  it('escapes text and attribute values, and ignores empty or out-of-range marks', () => {
    const html = renderMarked('<b>&"x"</b>', [
      { start: 3, end: 4, className: 'p', rank: 0, attributes: { title: '"><script>' } },
      mark(2, 2, 'empty'),
      mark(5, 99, 'out'),
    ]);
    expect(html).toBe('&lt;b&gt;<mark class="p" title="&quot;&gt;&lt;script&gt;">&amp;</mark>&quot;x&quot;&lt;/b&gt;');
  });
});

describe('renderReport', () => {
  const doc = parser.parse(fixture);
  const html = renderReport(doc);

  it('is one self-contained document', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(|https?:\/\//i);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC"');
  });

  it('shows every entry, grouped by month, with its types', () => {
    expect(html.match(/<li class="entry"/g)).toHaveLength(42);
    expect(html.match(/<section class="month"/g)).toHaveLength(11);
    expect(html).toContain('<h2>2020年7月<small>8 条</small></h2>');
    expect(html).toContain('data-name="签约"');
    expect(html).toContain('4月24日–25日');
  });

  it('highlights names and figures in the text', () => {
    expect(html).toContain('data-name="张建琛"');
    expect(html).toContain('<mark class="figure money" title="金额 3亿元 · 约数 · 投入">约3亿元</mark>');
    // 罗林生 is split by a page break in the input: the body has it whole, and so does the mark.
    expect(html).toMatch(/<mark class="person"[^>]*>罗林生<\/mark>/);
    // 厦门 nested in 厦门万久.
    expect(html).toMatch(/<mark class="organization"[^>]*><mark class="place"[^>]*>厦门<\/mark>万久<\/mark>/);
  });

  it('gives each place of the index its GB/T 2260 code', () => {
    expect(html).toMatch(/<button type="button" class="name place"[^>]*data-name="瑞金市" data-code="360781" title="[^"]*360781 江西省"/);
  });

  it('links each entry to the index entries it mentions', () => {
    const s = summarize(doc);
    const zhang = s.people.findIndex((p) => p.name === '张建琛');
    const ref = `p${zhang}`;
    const tagged = [...html.matchAll(/<li class="entry" id="entry-(\d+)"[^>]*data-refs="([^"]*)"/g)]
      .filter((m) => m[2]!.split(' ').includes(ref))
      .map((m) => Number(m[1]));
    expect(tagged).toEqual(s.people[zhang]!.entries);
  });

  it('shows the figure totals and the diagnostics count', () => {
    expect(html).toContain('数字汇总');
    // Sums per counted noun, with the unit and the noun in their own column.
    expect(html).toContain('<td class="group"><b>金额</b><br><small>元 · 投入</small></td><td class="num">2<br><small>约数 2</small></td>');
    expect(html).toContain('约 6.6亿元');
    expect(html).not.toContain('37.4083亿');
    // Ordinals: one row per unit, read as written, not three rows of 序数.
    expect(html).toContain('<td class="group"><b>序数</b><br><small>届</small></td>');
    expect(html).toContain('<td class="values" colspan="3">第2、3、4届</td>');
    expect(html).toMatch(/<b>2<\/b>诊断/);
  });

  it('escapes everything from the chronicle', () => {
    const evil = parser.parse('<script>alert(1)</script>大事记\n\n1、2020年1月1日，<img src=x onerror=alert(1)>在"厦门"召开会议。\n');
    const out = renderReport(evil, undefined, { title: '</title><script>alert(2)</script>' });
    expect(out).not.toContain('<script>alert');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;</title>');
  });

  it('renders a chronicle parsed without entities, figures or types, and undated entries', () => {
    const bare = defaultParser.extend({ extractors: [] }).parse('大事记\n\n1、2020年1月1日，召开会议。\n2、没有日期的一条。\n');
    const out = renderReport({ ...bare, entries: bare.entries.map(({ ordinal, label, span, date, text }) => ({ ordinal, label, span, date, text })) });
    expect(out.match(/<li class="entry"/g)).toHaveLength(2);
    expect(out).toContain('未注明日期');
  });

  it('files year-only entries after that year\'s months, and reads newest-first chronicles forward', () => {
    const text = '大事记\n\n1956年\n△是年,全县建立诊所9个。\n△3月1日,撤销槐芽区。\n1957年\n△1月4日,召开会议。\n';
    const out = renderReport(parser.parse(text));
    const headings = [...out.matchAll(/<h2>([^<]+)<small>/g)].map((m) => m[1]);
    expect(headings).toEqual(['1956年3月', '1956年（月份不详）', '1957年1月']);
    const gmt = renderReport(parser.parse('## 时间线\n\n- 2016-03-31: 建立问答社区\n- 2016-03-20: 建立组织\n'));
    expect([...gmt.matchAll(/id="entry-(\d+)"/g)].map((m) => m[1])).toEqual(['2', '1']);
  });

  it('allows only its own inline script, by hash, and no base URL or form target (issue 13, item 6)', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'none'");
  });

  it('escapes every field of a caller-supplied document and summary, numbers included (issue 13, item 6)', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const base = parser.parse('大事记\n\n1、2020年1月1日，召开会议。\n');
    const forged = { ...base, entries: base.entries.map((x) => ({ ...x, ordinal: evil as unknown as number })) };
    const summary = summarize(base);
    const forgedSummary = {
      ...summary,
      diagnostics: { total: evil, bySeverity: { error: evil, warning: evil, info: evil }, byCode: { x: evil } },
    } as unknown as typeof summary;
    for (const out of [renderReport(forged, summary), renderReport(base, forgedSummary)]) {
      expect(out).not.toContain('<img');
      expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
    expect(renderReport(base)).not.toContain('&lt;img');
  });

  it('renders custom types named like Object.prototype members (issue 13, item 9)', () => {
    const odd = createParser({ extractors: [eventTypes({ types: { constructor: ['会议'], toString: ['召开'] } })] });
    const out = renderReport(odd.parse('大事记\n\n1、2020年1月1日，召开会议。\n'));
    expect(out).toContain('>constructor</button>');
    expect(out).toContain('>toString</button>');
  });

  it('validates its options', () => {
    expect(() => renderReport(doc, undefined, { titel: 'x' } as never)).toThrow(TypeError);
    expect(() => renderReport(doc, undefined, { titel: 'x' } as never)).toThrow(/titel/);
  });

  it('escapeHtml escapes the five characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
