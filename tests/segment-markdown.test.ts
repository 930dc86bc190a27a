/**
 * Step 1 for Markdown (src/segment/markdown.ts): the structure comes from micromark (CommonMark +
 * GFM) with mdast's node boundaries (tests/segment-markdown-events.test.ts holds it equal to the
 * mdast tree's), markup is blanked out of each line's folded view at the same offsets, and the
 * line keeps the runs of text it is made of. End-to-end rows check what reaches an entry and that every span is
 * still an offset into the ORIGINAL input.
 */
import { describe, expect, test } from 'vitest';
import { defaultParser, parseChronicle } from '../src/index.js';
import { looksLikeMarkdown, markdownIsTractable, readMarkdownLines } from '../src/segment/markdown.js';
import { contractProblems } from './helpers/contract-problems.js';

describe('looksLikeMarkdown', () => {
  const yes = [
    '# 新闻\n\n- **2024-01-02** 甲\n- **2024-01-03** 乙\n',
    '* [甲](http://a) 事\n* [乙](http://b) 事\n* [丙](http://c) 事\n',
    '## 2024\n* 2024-12-31 甲<br/>\n* 2024-12-30 乙\n',
    '某县2023年大事记\n|日期|事项|责任单位|\n|---|---|---|\n|3月1日|县政府召开会议|县政府办|\n',
    '某县2023年大事记\n日期 | 事项\n:--- | ---\n3月1日 | 县政府召开会议\n',
  ];
  const no = ['2020年大事记\n1、1月4日，甲。\n2、2月5日，乙。\n', '大事记\n甲|乙\n---\n', '大事记\n---|---\n1月4日，甲。\n', '大事记\n# 2020\n1月4日，甲。\n', '县志\n<!-- page-anchor: A -->\n1950年\n成立政府。\n', '- 2019-01-01: 甲\n- 2019-02-01: 乙\n'];
  test.each(yes)('Markdown: %j', (text) => expect(looksLikeMarkdown(text)).toBe(true));
  test.each(no)('not clearly Markdown: %j', (text) => expect(looksLikeMarkdown(text)).toBe(false));
});

describe('readMarkdownLines', () => {
  test('markup is blanked at the same offsets; text runs, blocks and nesting are kept', () => {
    const text = '## 2024\n*  **2024-12-31** 获[奖](http://x.cn/a)！\n   <br/>\n   * 子项\n';
    const lines = readMarkdownLines(text);
    expect(lines.map((l) => l.block)).toEqual(['heading', 'item', 'markup', 'nested-item']);
    expect(lines.map((l) => l.norm.length)).toEqual(lines.map((l) => l.end - l.start));
    expect(lines[0]!.norm.trim()).toBe('2024');
    expect(lines[1]!.norm.replace(/ +/g, ' ')).toBe('* 2024-12-31 获 奖 !');
    expect(lines[1]!.runs!.map(([s, e]) => text.slice(s, e)).join('')).not.toContain('http');
  });
});

describe('Markdown chronicles end to end', () => {
  test('a table in a .txt: read as Markdown, one entry a row, each later cell a unit of its own', () => {
    const text = '某县2023年大事记\n|日期|事项|责任单位|\n|---|---|---|\n|3月1日|县政府召开第23次常务会议|县政府办|\n|3月3日|县长陈立新会见客商|县发改委|\n';
    const r = parseChronicle(text);
    expect(r.entries.map((e) => [e.date?.start, e.text])).toEqual([
      ['2023-03-01', '县政府召开第23次常务会议 县政府办'],
      ['2023-03-03', '县长陈立新会见客商 县发改委'],
    ]);
    // no name runs across a cell border (it gave 常务会议|县政府 and 客商|县发改委)
    expect(r.entries.flatMap((e) => e.entities.map((x) => x.text))).toEqual(['县政府', '县政府办', '陈立新', '县发改委']);
    expect(contractProblems(text, r)).toEqual([]);
  });

  const rows: Array<[string, string, Array<[string | null, string]>]> = [
    [
      'bold dates in bullets under year headings; link text kept, URL, <br/> and images kept out',
      '# 实验室新闻\n## 2024\n*  **2024-12-31** 获得[一等奖](https://example.org/a)！\n   <br/><br/>\n*  **2024-12-20** 论文被录用 ![图](x.png)\n## 2023\n* **2023-12** 全年分享800篇文档。\n',
      [
        ['2024-12-31', '获得一等奖！'],
        ['2024-12-20', '论文被录用'],
        ['2023-12-01', '全年分享800篇文档。'],
      ],
    ],
    [
      'a decorated bracketed date, and a nested bullet that stays inside its parent',
      '## 新消息\n- 🎉 [2025-09-19] 我们的 [工具](https://x.y/z) 已发布！\n  - 支持三种格式\n- 🛠️ [2025-06-04] 提出新框架。\n',
      [
        ['2025-09-19', '我们的 工具 已发布！支持三种格式'],
        ['2025-06-04', '提出新框架。'],
      ],
    ],
    [
      'a line that is only **2024** is a year heading; an HTML comment is no text',
      '**2024**\n\n- 3月5日 甲事。<!-- 备注 -->\n- 4月6日 乙事。\n- 5月7日 [丙](u) 事。\n',
      [
        ['2024-03-05', '甲事。'],
        ['2024-04-06', '乙事。'],
        ['2024-05-07', '丙 事。'],
      ],
    ],
  ];
  test.each(rows)('%s', (_name, text, want) => {
    const doc = parseChronicle(text);
    expect(contractProblems(text, doc)).toEqual([]);
    expect(doc.entries.map((e) => [e.date?.start ?? null, e.text])).toEqual(want);
    for (const e of doc.entries) expect(e.text).not.toMatch(/https?:|\*\*|<br|!\[/);
  });
});

describe('the markdown option', () => {
  const text = '- **2024-01-02** 甲事。\n';
  test('true reads a .md file as Markdown even when the text alone would not say so', () => {
    expect(defaultParser.extend({ markdown: true }).parse(text).entries.map((e) => [e.date?.start, e.text])).toEqual([['2024-01-02', '甲事。']]);
  });
  test('false reads it as plain text: the markup stays in the entry text', () => {
    const linked = '- 2024-01-02 [甲事](http://x.org/a)。\n';
    expect(defaultParser.extend({ markdown: false }).parse(linked).entries.map((e) => e.text)).toEqual(['[甲事](http://x.org/a)。']);
    expect(defaultParser.extend({ markdown: true }).parse(linked).entries.map((e) => e.text)).toEqual(['甲事。']);
  });
  test('a wrong value is a usage error', () => {
    expect(() => defaultParser.extend({ markdown: 'yes' as unknown as boolean })).toThrow(/markdown/);
  });
});

describe('Markdown the parser cannot take in linear time', () => {
  const rows: Array<[string, string]> = [
    ['100,000 nested block quotes', `${'>'.repeat(100_000)} 2024年1月2日，甲事。\n`],
    ['a staircase of 1,000 nested list items', Array.from({ length: 1000 }, (_, k) => `${'  '.repeat(k)}- 2024年1月2日，甲事。`).join('\n')],
    ['a staircase of ordered lists', Array.from({ length: 200 }, (_, k) => `${'1. '.repeat(k + 1)}甲事。`).join('\n')],
    ['40,000 emphasis marks in one paragraph', `- 2024年1月2日，${'*a'.repeat(40_000)}\n`],
  ];
  test.each(rows)('%s: read as plain text, with a warning, never a throw', (_name, text) => {
    expect(markdownIsTractable(text)).toBe(false);
    const doc = defaultParser.extend({ markdown: true }).parse(text);
    expect(doc.diagnostics.map((d) => d.code)).toContain('markdown-unreadable');
    expect(contractProblems(text, doc)).toEqual([]);
  });
  const fine: Array<[string, string]> = [
    ['ordinary nesting', '## 2024\n- 1月2日 甲\n  - 子项\n    - 孙项\n'],
    ['many emphasis marks spread over paragraphs', Array.from({ length: 400 }, () => '- 1月2日 **甲** *乙*').join('\n\n')],
  ];
  test.each(fine)('%s: read as Markdown', (_name, text) => {
    expect(markdownIsTractable(text)).toBe(true);
    expect(defaultParser.extend({ markdown: true }).parse(text).diagnostics.map((d) => d.code)).not.toContain('markdown-unreadable');
  });
});

describe('a Markdown heading after the entries of a year', () => {
  test('ends the entry above: `## 其他纪事` is a section, not the last entry\'s text', () => {
    const r = parseChronicle('# 某公司大事记\n\n## 2019年\n\n- 3月5日：公司成立。\n- 5月6日：发布产品。\n\n## 其他纪事\n\n- 公司获得奖项。\n\n## 1990年代\n\n- 1995年：创始人开始研发。\n');
    expect(r.entries.map((e) => e.text)).toEqual(['公司成立。', '发布产品。', '公司获得奖项。', '创始人开始研发。']);
    expect(r.headings.map((h) => h.kind)).toEqual(['title', 'year', 'section', 'section']);
  });
});
