/**
 * The Markdown reader's fast path (src/segment/markdown-fast.ts) must give exactly what micromark
 * gives (`micromarkStructure`, itself held to the mdast tree in segment-markdown-events.test.ts):
 * the same mask, list items and headings, or decline. These tests check that it does read the
 * chronicles it was built for (a path that always declines would pass every comparison), that it
 * declines what it does not read, and that on thousands of generated chronicles, read fast or
 * handed paragraph by paragraph to micromark, the answer is micromark's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { seededRandom } from './helpers/random.js';
import { micromarkStructure } from '../src/segment/markdown-events.js';
import { fastMarkdownStructure } from '../src/segment/markdown-fast.js';
import type { MarkdownStructure } from '../src/segment/markdown-mask.js';

const root = new URL('..', import.meta.url).pathname;

/** The mask as a string (`·` markup, `⏎` a line break that is markup), items and headings: a failure shows where. */
function shown(source: string, s: MarkdownStructure): string {
  let out = '';
  for (let i = 0; i < source.length; i++) out += s.mask[i] === 0 ? source[i] : source[i] === '\n' ? '⏎\n' : '·';
  return `${out}\nitems ${JSON.stringify([...s.items].sort((a, b) => a[0] - b[0]))}\nheadings ${JSON.stringify(s.headings)}`;
}

/** The fast path's answer, or null when it declines; micromark's answer when it reads. */
function both(source: string): [string | null, string] {
  const fast = fastMarkdownStructure(source, micromarkStructure);
  return [fast && shown(source, fast), shown(source, micromarkStructure(source))];
}

describe('the fast path reads the Markdown chronicles it was built for', () => {
  // [file, at most this many paragraphs handed to micromark]
  test.each([
    ['fixtures/corpus/01-gmt-china-community-timeline.txt', 1],
    ['fixtures/corpus/09-qzoiedu-college-2016.txt', 0],
    ['fixtures/corpus/10-nebulagraph-history.txt', 0],
    ['fixtures/corpus/13-hhu-aim-lab-news-2021-2024.txt', 3],
    ['fixtures/corpus/14-datajuicer-news-2023-2025.txt', 0],
  ])('%s', (path, handed) => {
    const source = readFileSync(join(root, path), 'utf8');
    let calls = 0;
    const fast = fastMarkdownStructure(source, (text) => {
      calls++;
      return micromarkStructure(text);
    });
    expect(fast).not.toBeNull();
    expect(shown(source, fast!)).toBe(shown(source, micromarkStructure(source)));
    expect(calls).toBeLessThanOrEqual(handed);
  });
});

const snippets: Array<[string, string]> = [
  ['headings, items, emphasis, links, images, tags', '## 2024\n*  **2024-12-31** 获[奖](http://x.cn/a)！\n   <br/><br/> \n   * 子项 ![图](x.png "t")\n\n# 标题 #\n'],
  ['a link whose text is its URL', '- [x.cn](x.cn) 与 [甲](u)\n'],
  ['a bare URL: that paragraph goes to micromark', '- **2023-01-22** 新版主页（域名 https://x.group）！\n- 甲 *乙*\n'],
  ['an e-mail address starting an item\'s second line', '10) 。\n    a@b.cn 甲\n'],
  ['a tag alone on a lazy line starts an HTML block', '- 甲\n<b>\n'],
  ['a code span in an image', '![`` ` ``](http://x.cn)乙丙\n'],
  ['a heading whose content alone would read as a quote', '## > 甲~~乙\n'],
  ['an HTML block at the top level', '- 甲\n\n<details>\n<summary> 旧闻\n</summary>>\n\n- [2024-01-05] **v0.1.3** 发布 \n在这个版本中\n</details>\n'],
  ['hard breaks and trailing blanks', '甲  \n乙 \n  **丙**\n丁   \n\n'],
  ['emphasis by the rule of three', '*甲**乙*** **甲*乙*** _a_b_ __甲_乙__ ***甲*** 甲**乙**丙\n'],
  ['ordered lists: only 1 interrupts a paragraph', '甲\n2. 乙\n1. 丙\n- 丁\n  2. 戊\n'],
  ['references without definitions are text', '- [@甲][甲] 与 [乙][] 与 [x][y](u) 与 [丙]\n'],
  ['a second label open at a line end', '- [][\n  *1*\n'],
  ['a URL at the start of an item\'s second line', '- 甲  \n   https://x.cn**\n- [z]\\~~\n  <b>\n'],
  ['a code span over a lazy line in a nested item', '-  2\n      1. `\n   `\n'],
  ['footnotes: calls of defined labels are markup, others text', '3. 亮相[^Hb]@[d](u) 与 [^无]\n\n  ![image](x.png)\n\n  [^Hb]: {{n}} 1.x 版本 **支持**。\n    续\n懒\n\n4. 2020.3 [^hb]\n'],
  ['references with definitions: defined labels link, others stay text', '- 2019-01-27: [@seisman][seisman] 将模块\n- 2016-03-20: 从 [GoDaddy][] 购买 [gmt](http://gmt-china.org)，[x.cn][seisman] [c][d]\n\n[seisman]: https://github.com/seisman\n[GoDaddy]: https://www.godaddy.com "t"\n'],
  ['CRLF line endings', '## 2024\r\n- **2024-12-31** 甲  \r\n  乙 \r\n  **丙**\r\n\r\n丁\r\n'],
  ['sibling items, new lists, lazy lines', '- 甲\n乙\n+ 丙\n  - 丁\n 1) 戊\n\n  己\n庚\n'],
];

describe('the fast path on snippets gives micromark\'s answer', () => {
  test.each(snippets)('%s', (_name, source) => {
    const [fast, slow] = both(source);
    if (fast !== null) expect(fast).toBe(slow);
  });
  test('most of these are read by the fast path, not declined', () => {
    const read = snippets.filter(([, source]) => fastMarkdownStructure(source, micromarkStructure) !== null).length;
    expect(read).toBeGreaterThanOrEqual(snippets.length - 3);
  });
});

describe('the fast path declines what it does not read', () => {
  const declined: Array<[string, string]> = [
    ['a block quote', '> 甲\n'],
    ['a fence', '```\n甲\n```\n'],
    ['a setext underline', '甲\n---\n'],
    ['a thematic break', '* * *\n'],
    ['a table', '| a | b |\n| - | - |\n'],
    ['a reference definition with text right after it', '[甲][a]\n\n[a]: http://x.cn\n甲\n'],
    ['a reference definition inside a list item', '- [甲][a]\n- [a]: http://x.cn\n'],
    ['a colon after brackets that is not a definition', '见[1]: 甲\n'],
    ['a footnote definition inside a list item', '- 甲[^1]\n- [^1]: 注\n'],
    ['a footnote definition whose content is a list', '甲[^1]\n\n[^1]: - 注\n'],
    ['a task item', '- [x] 甲\n'],
    ['a tab', '-\t甲\n'],
    ['a CR alone', '# 甲\r- 乙\r\n'],
    ['an empty item', '- 甲\n-\n'],
    ['indented code in an item', '-     code\n'],
    ['indented code', '    code\n'],
    ['an HTML block inside an item', '- 甲\n  <div>\n'],
  ];
  test.each(declined)('%s', (_name, source) => {
    expect(fastMarkdownStructure(source, micromarkStructure)).toBeNull();
  });
});


/** Lines a chronicle is made of: prefixes (items, headings, tags), an entry's start, inline pieces. */
const PREFIXES = ['[a]: http://x.cn', '[^1]: ', '', '', '', '- ', '* ', '*  ', '1. ', '2. ', '10) ', '  ', '   ', '    ', '  - ', '   * ', '    - ', '      1. ', '## ', '# ', '<details>', '</details>', ' ', '-  ', '+ ', '1) '];
const STARTS = ['甲', '乙丙', '**2024-12-31** ', '🎉 [2025-01-01] ', '[甲](u)', '*甲*', '2024年'];
const PIECES = ['甲', '乙丙', '**2024-12-31**', '**', '*', '_', '__', '***', '`code`', '`', '``a`b``', '[', ']', '![图](x.png)', '[链接](http://x.cn/a)', '[x.cn](x.cn)', '](u)', '(', ')', '<br/>', '<b>', '</details>', '<2024>', ' ', '  ', '！', '，', '（', '）', 'a_b', '1.', '- ', '* ', '#', '# ', 'https://x.cn', 'a@b.cn', '&amp;', '\\*', '~', '[2025-09-19]', '"t"', '(u "t")', '[a]', ' <br/><br/> ', '**粗**', '_斜_', '[**甲**](http://x.cn)', '[甲 乙](u "t") ', '*甲*乙*', '**甲*乙***', '[a]', '[A][]', '[甲][a]', '[^1]', '[^2]'];

function chronicles(seed: number, count: number): string[] {
  const next = seededRandom(seed);
  const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    for (let lines = 1 + Math.floor(next() * 12); lines > 0; lines--) {
      text += pick(PREFIXES) + pick(STARTS);
      for (let k = Math.floor(next() * 8); k > 0; k--) text += pick(PIECES);
      const r = next();
      text += r < 0.25 ? '\n\n' : r < 0.3 ? '  \n' : r < 0.35 ? ' \n' : '\n';
    }
    texts.push(text);
  }
  return texts;
}

describe('the fast path on generated chronicles', () => {
  test.each([
    ['LF', (text: string) => text],
    ['CRLF', (text: string) => text.replace(/\n/g, '\r\n')],
  ])('with %s line endings, every text it reads, it reads as micromark does; it reads a good share', (_name, endings) => {
    const texts = chronicles(7, 2000).map(endings);
    let read = 0;
    const wrong: string[] = [];
    for (const text of texts) {
      const [fast, slow] = both(text);
      if (fast === null) continue;
      read++;
      if (fast !== slow && wrong.length < 3) wrong.push(`${JSON.stringify(text)}\n--- fast\n${fast}\n--- micromark\n${slow}`);
    }
    expect(wrong).toEqual([]);
    expect(read).toBeGreaterThan(texts.length / 3);
  });
});
