/**
 * Web pages: one line per block, table rows as TAB-separated cells, the page's chrome left out,
 * entities decoded, and every unit of the text mapped back to the HTML source. The fixture page
 * (scripts/make-format-fixtures.mjs) wraps the reference chronicle in navigation, a header, an
 * aside, scripts and a footer that all hold dates: none of them may become an entry.
 */
import { readFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { declaredCharset, htmlToText, looksLikeHtml } from '../../src/io/html.js';
import { mapSpan } from '../../src/io/offsets.js';
import { locateRecords, parseChronicle, readChronicle } from '../../src/index.js';
import { contractProblems } from '../helpers/contract-problems.js';
import { expectLikeTheText, formatFile } from '../helpers/formats.js';

const text = (html: string) => htmlToText(Parser, html).text;

describe('markup to lines', () => {
  const rows: Array<[string, string, string]> = [
    ['one line per block element', '<p>一</p><div>二</div><h2>三</h2><li>四</li>', '一\n二\n三\n四'],
    ['inline elements stay in their line', '<p>2020年<b>1月</b><a href="#">4日</a>召开</p>', '2020年1月4日召开'],
    ['white space runs collapse to one space', '<p>ABB\n   Ltd  参加</p>', 'ABB Ltd 参加'],
    ['<br> breaks a line', '<p>一<br>二</p>', '一\n二'],
    ['empty blocks leave no blank lines', '<p>一</p><p> </p><div></div><p>二</p>', '一\n二'],
    ['entities decoded', '<p>A&amp;B &ldquo;新&rdquo; &#x4e00;&#26376;</p>', 'A&B “新” 一月'],
    ['table rows TAB-separated', '<table><tr><td>3月2日</td><td>会议</td></tr><tr><td>5月1日</td><td><p>调研</p><p>考察</p></td></tr></table>', '3月2日\t会议\n5月1日\t调研 考察'],
    ['an empty cell keeps its column', '<table><tr><td></td><td>会议</td></tr></table>', '\t会议'],
    ['<pre> keeps its lines', '<pre>一\n  二</pre>', '一\n  二'],
    ['scripts, styles, nav, aside and page header/footer are left out', '<header>站名</header><nav>首页</nav><script>x=1</script><style>p{}</style><p>正文</p><aside>链接</aside><footer>版权</footer>', '正文'],
    ['a header inside an article belongs to it', '<article><header><h1>大事记</h1></header><p>正文</p></article>', '大事记\n正文'],
    ['hidden and aria-hidden elements and chrome roles are left out', '<p hidden>甲</p><div aria-hidden="true">乙</div><div role="navigation">丙</div><p>丁</p>', '丁'],
    ['ids and classes that name page chrome are left out', '<div id="nav">甲</div><div class="site-footer">乙</div><div class="content">丙</div>', '丙'],
    ['only <main> counts when the page has one', '<div>广告</div><main><p>正文</p></main><div>其他</div>', '正文'],
    ['role="main" counts as <main>', '<div>广告</div><div role="main"><p>正文</p></div>', '正文'],
    ['a <main> only in a comment or script does not hide the page', '<!-- <main> --><script>"<main>"</script><p>正文</p>', '正文'],
    ['the head and its title are not text', '<html><head><title>标题</title></head><body><p>正文</p></body></html>', '正文'],
    // Negative cases: odd markup never throws and loses no visible text.
    ['unclosed tags', '<p>一<p>二<div>三', '一\n二\n三'],
    ['stray closing tags', '</div></p>一</span>', '一'],
    ['a lone < in text', '<p>1 < 2</p>', '1 < 2'],
    ['nothing visible', '<nav>首页</nav><script>1</script>', ''],
  ];
  test.each(rows)('%s', (_name, html, want) => {
    expect(text(html)).toBe(want);
  });
});

describe('every unit of the text maps back into the source', () => {
  test.each([
    '<p>2020年<b>1月</b>4日，罗林生出席</p><p>A&amp;B</p>',
    '<table><tr><td>3月2日</td><td>会议&nbsp;召开</td></tr></table>',
    '<!doctype html><nav>x</nav><main><h1>大事记</h1><p>1、2020年1月4日</p></main>',
  ])('%s', (html) => {
    const { text: t, map } = htmlToText(Parser, html);
    for (let i = 0; i < t.length; i++) {
      const { start, end } = mapSpan(map, { start: i, end: i + 1 });
      const slice = html.slice(start, end);
      // A separator maps to an empty range; a character to itself or to the entity that wrote it.
      if (t[i] === '\n' || t[i] === '\t' || (t[i] === ' ' && slice === '')) expect(end - start).toBeLessThanOrEqual(1);
      else if (slice.startsWith('&')) expect(slice).toMatch(/^&[#\w]+;$/);
      else if (/\s/.test(t[i]!)) expect(slice).toMatch(/^\s$/);
      else expect(slice).toBe(t[i]);
    }
  });
});

describe('the fixture as a web page with navigation, aside and footer', async () => {
  const source = await readChronicle(formatFile('fixture.html'));
  const parsed = parseChronicle(source.text);
  const doc = locateRecords(parsed, source);

  test('gives the text\'s 42 entries, dates and people, and nothing from the chrome', () => {
    expectLikeTheText(source, doc, 'html', 'source');
    for (const chrome of ['联盟网站', '首页', '相关链接', '版权所有', 'dataLayer']) expect(source.text).not.toContain(chrome);
  });

  test('spans point into the HTML source and keep the span invariant there', () => {
    expect(source.source).toBe(readFileSync(formatFile('fixture.html'), 'utf8'));
    // Nothing lost holds for the text the parser saw; the markup around it is not text.
    expect(contractProblems(source.source, doc).filter((p) => !p.startsWith('lost'))).toEqual([]);
    expect(contractProblems(source.text, parsed)).toEqual([]);
    const first = doc.entries[0]!;
    expect(source.source.slice(first.date!.span.start, first.date!.span.end)).toBe('2020 年 1 月 4 日');
    expect(source.source.slice(first.span.start, first.span.start + 13)).toBe('1&#x3001;2020');
  });
});

describe('a chronicle inside a <table>', () => {
  test('rows become entries, the header row and the chrome do not', async () => {
    const source = await readChronicle(formatFile('table.html'));
    expect(source.text.split('\n')).toEqual([
      '2021年某联盟大事记',
      '日期\t事件',
      '2021年3月2日\t理事会在北京召开第一次会议，审议年度工作计划。',
      '2021年5月18日\t秘书处组织成员单位赴杭州调研，考察智能制造项目3个。',
      '2021年9月9日\t联盟发布团体标准2项，参与单位共计15家。',
    ]);
    const doc = locateRecords(parseChronicle(source.text), source);
    expect(doc.entries.map((e) => e.date?.start)).toEqual(['2021-03-02', '2021-05-18', '2021-09-09']);
    expect(source.source.slice(doc.entries[1]!.date!.span.start, doc.entries[1]!.date!.span.end)).toBe('2021年5月18日');
  });
});

describe('what counts as a web page', () => {
  const rows: Array<[string, boolean]> = [
    ['<!DOCTYPE html><p>x', true],
    ['\ufeff  <!-- saved --> <html lang="zh">', true],
    ['<HEAD><title>x</title>', true],
    ['<body>', true],
    // Negative cases: text that merely mentions tags, Markdown with inline HTML.
    ['2020年大事记\n<p>不是网页</p>', false],
    ['# 标题\n\n<div>块</div>', false],
    ['<htmlx>', false],
    ['', false],
  ];
  test.each(rows)('%j → %s', (head, want) => {
    expect(looksLikeHtml(head)).toBe(want);
  });

  test.each([
    ['<meta charset="gbk">', 'gbk'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=GB2312">', 'gb2312'],
    ['<p>no charset</p>', undefined],
  ])('declared charset of %s', (html, want) => {
    expect(declaredCharset(new Uint8Array(Buffer.from(html)))).toBe(want);
  });
});
