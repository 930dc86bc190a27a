import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { typesExtractor } from '../src/extractors/types/index.js';
import { defaultParser } from '../src/index.js';
import { escapeHtml, locateItems, renderMarked, renderReport } from '../src/report/index.js';
import type { Mark } from '../src/report/index.js';
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
    expect(html).toContain('约 37.4083亿元');
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

  it('validates its options', () => {
    expect(() => renderReport(doc, undefined, { titel: 'x' } as never)).toThrow(TypeError);
    expect(() => renderReport(doc, undefined, { titel: 'x' } as never)).toThrow(/titel/);
  });

  it('escapeHtml escapes the five characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
