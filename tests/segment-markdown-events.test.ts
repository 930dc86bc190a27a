/**
 * The Markdown reader's structure (src/segment/markdown-events.ts, `markdownStructure`) walks micromark's
 * events into a light tree; it used to build the full mdast tree (mdast-util-from-markdown with
 * mdast-util-gfm) and walk that. The mdast path is kept HERE, as the oracle: on every corpus file,
 * the fixture, this project's own Markdown pages and a table of small tricky snippets, both must
 * give the same mask (text or markup per character), the same list items with their depth and the
 * same headings. The snippets cover each construct whose text/markup split is easy to get wrong.
 * `markdownStructure` tries the fast path (markdown-fast.ts) first, so everything here holds it to
 * the oracle too, wherever it does not decline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Parents } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, test } from 'vitest';
import { seededRandom } from './helpers/random.js';
import { markdownStructure } from '../src/segment/markdown-events.js';

const TEXT = 0;
const MARKUP = 1;
const MDAST_OPTIONS = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

function offsets(node: Nodes): [number, number] | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? null : [s, e];
}

/** The reader's structure as 0.2.0 built it, from the full mdast tree (the oracle). */
function mdastStructure(source: string) {
  const mask = new Uint8Array(source.length).fill(MARKUP);
  const items = new Map<number, number>();
  const headings: Array<[number, number]> = [];
  const unmask = (s: number, e: number) => mask.fill(TEXT, Math.max(0, s), Math.min(source.length, e));
  const input = source.charCodeAt(0) === 0xfeff ? ` ${source.slice(1)}` : source;
  const tree = fromMarkdown(input, MDAST_OPTIONS);
  const stack: Array<{ node: Nodes; depth: number; inLink: string | null }> = [{ node: tree, depth: 0, inLink: null }];
  while (stack.length) {
    const { node, depth, inLink } = stack.pop()!;
    const at = offsets(node);
    switch (node.type) {
      case 'text':
        if (at && !(inLink !== null && (node.value === inLink || /^(?:https?:\/\/|www\.|mailto:)/i.test(node.value)))) unmask(at[0], at[1]);
        continue;
      case 'inlineCode':
        if (at) {
          const i = source.indexOf(node.value, at[0]);
          if (i >= 0 && i + node.value.length <= at[1]) unmask(i, i + node.value.length);
        }
        continue;
      case 'code':
        if (at) unmask(at[0], at[1]);
        continue;
      case 'html':
      case 'image':
      case 'imageReference':
      case 'definition':
      case 'break':
      case 'thematicBreak':
        continue;
      case 'heading':
        if (at) headings.push(at);
        break;
      case 'listItem': {
        const first = node.children[0];
        const firstAt = first ? offsets(first) : null;
        if (at) {
          items.set(at[0], depth + 1);
          unmask(at[0], firstAt ? firstAt[0] : at[1]);
        }
        break;
      }
      default:
        break;
    }
    if ('children' in node) {
      const parent = node as Parents;
      const childDepth = node.type === 'listItem' ? depth + 1 : depth;
      const link = node.type === 'link' ? node.url : inLink;
      for (let k = parent.children.length - 1; k >= 0; k--) stack.push({ node: parent.children[k]!, depth: childDepth, inLink: link });
    }
  }
  return { mask, items, headings };
}

/** The mask as a string (`·` markup, `↵` a line break that is markup, the character itself when text), so a failure shows where. */
function view(source: string, mask: Uint8Array): string {
  let out = '';
  for (let i = 0; i < source.length; i++) out += mask[i] === TEXT ? source[i] : source[i] === '\n' ? '↵\n' : '·';
  return out;
}

function expectSame(source: string): void {
  const want = mdastStructure(source);
  const got = markdownStructure(source);
  expect(view(source, got.mask)).toBe(view(source, want.mask));
  expect([...got.items].sort((a, b) => a[0] - b[0])).toEqual([...want.items].sort((a, b) => a[0] - b[0]));
  expect(got.headings).toEqual(want.headings);
}

const root = new URL('..', import.meta.url).pathname;
const corpusDir = join(root, 'fixtures/corpus');
const documents: Array<[string]> = [
  ...readdirSync(corpusDir)
    .filter((n) => n.endsWith('.txt'))
    .map((n): [string] => [join('fixtures/corpus', n)]),
  ['fixtures/2020-power-alliance-chronicle.txt'],
  ...readdirSync(join(root, 'tests/fixtures-extra/insight')).map((n): [string] => [join('tests/fixtures-extra/insight', n)]),
  ['README.md'],
  ['CHANGELOG.md'],
  ...readdirSync(join(root, 'docs'))
    .filter((n) => n.endsWith('.md'))
    .map((n): [string] => [join('docs', n)]),
];

describe('markdownStructure gives what the mdast tree gave', () => {
  test.each(documents)('%s', (path) => expectSame(readFileSync(join(root, path), 'utf8')));
});

/** One row per construct whose text/markup split is easy to get wrong. */
const snippets: Array<[string, string]> = [
  ['emphasis and strong', '- *甲* _乙_ **2024-12-31** __丙__ ***丁***\n'],
  ['CJK next to strong', '**2024年**召开会议。**重要**的**会**\n'],
  ['unclosed and intraword delimiters', '**甲 *乙 a*b*c foo__bar__\n'],
  ['inline link with title', '见[甲 *乙*](http://x.cn/a "标题") 与 [丙](<u v> \'t\')。\n'],
  ['link text equal to its URL', '[http://x.cn](http://x.cn) [www.x.cn](http://www.x.cn) [mailto:a@b.cn](mailto:a@b.cn)\n'],
  ['link with escaped and referenced URL', '[甲](http://x.cn/a\\_b) [乙](http://x.cn/&amp;c) [http://x.cn/a_b](http://x.cn/a\\_b)\n'],
  ['link label over two lines', '[甲\n乙](u) 丙\n'],
  ['images inline and in links', '![图](x.png) 文字 [![图](x.png)](http://x.cn) ![图][ref]\n\n[ref]: http://x.cn/y.png\n'],
  ['full, collapsed and shortcut references', '[甲][a] [乙][] [丙] [丁][无]\n\n[a]: http://x.cn\n[乙]: http://y.cn "t"\n[丙]: <http://z.cn>\n'],
  ['unresolved references stay text', '[甲][乙] [丙] [丁][]\n'],
  ['definition only', '[a]: http://x.cn\n  "title"\n'],
  ['inline code', '用 `code` 与 `` a`b `` 与 ` ` 与 `` ` `` 与 `a\nb`\n'],
  ['inline code over lines inside containers', '- `a\n  b` 甲\n2) `c\n    d` 乙\n\n> `e\n> f` 丙\n'],
  // Found at random: the line ending inside the code reaches over the item's indent.
  ['inline code over an item\'s indent', '\r\n2) `[1. <a@b.cn>.[ ] <!-- c -->乙丙1. [^1]    ```\n[b]: <u> "t"\n    *```\n===\n'],
  ['a link over lines inside a list item', '- [http://x.cn\n  a](http://x.cn\n) 甲\n'],
  ['fenced and indented code', '```js\nlet a = 1;\n```\n\n    indented\n    code\n\n~~~\nx\n~~~\n'],
  ['code inside a list item', '- 甲\n\n  ```\n  代码\n  ```\n- 乙\n'],
  ['html flow, text and comments', '<details>\n<summary>甲</summary>\n\n乙<br/>丙<!-- 注 -->丁\n\n</details>\n'],
  ['character escapes and references', '\\*不是强调\\* &amp; &#32; &#x4e00; &copy; \\[甲\\](u)\n'],
  ['autolinks', '<http://x.cn> <a@b.cn> <mailto:a@b.cn>\n'],
  ['GFM autolink literals', '见 http://x.cn/a 与 www.x.cn 与 a@b.cn，又见https://y.cn。(www.z.cn)\n'],
  ['literals after inline HTML and emphasis', '<br/>www.x.cn <b>a@b.cn</b> **粗**http://x.cn _斜_www.y.cn\n'],
  ['@ with no address around it', '由 @[甲](https://x.cn/a) 与 [乙]@[丙] 提交 @user 与 a@ 与 @b 与 a@.b.cn\n'],
  ['literals that need every gated character', 'x@y a@b.cn HTTP://X.CN Www.X.cn http:/x.cn https//x.cn www x.www\n'],
  ['mailto and xmpp literals', 'mailto:a@b.cn xmpp:a@b.cn/c 与 a@b.c_ a@1.2\n'],
  ['literal in a heading and a table cell', '# 见 www.x.cn\n\n| a | b |\n| - | - |\n| http://x.cn | 甲 |\n'],
  ['footnotes', '甲[^1] 乙[^注]。\n\n[^1]: 脚注 **一**\n[^注]: 脚注\n    二\n'],
  ['tables', '| 年 | 事 |\n| :-- | --: |\n| 2024 | 甲 `a\\|b` 乙 |\n| 2023 | \\| 丙 |\n'],
  ['strikethrough', '~~删除~~ ~单~ ~~跨\n行~~\n'],
  ['task list items', '- [ ] 未完成\n- [x] 完成\n- [X]  两个空格\n- [x] **粗**\n- [ ]\n- [x]\n  续行\n1. [ ] 有序\n'],
  ['task item with definition first', '- [a]: http://x.cn\n  [x] 甲\n'],
  ['setext headings', '标题一\n===\n\n标题\n二\n---\n\n正文\n'],
  ['atx headings', '# 甲 #\n## 乙 ##   \n###### 丙\n#######  不是\n#\n'],
  ['hard breaks', '甲  \n乙\\\n丙\n丁\n'],
  ['thematic breaks', '甲\n\n---\n***\n_ _ _\n乙\n'],
  ['list markers and nesting 3 deep', '- 甲\n  - 乙\n    - 丙\n      1. 丁\n  - 戊\n* 己\n+ 庚\n'],
  ['ordered lists', '1. 甲\n2) 乙\n10. 丙\n   3. 嵌套\n'],
  ['loose lists', '- 甲\n\n- 乙\n\n\n- 丙\n\n  段落\n'],
  ['empty list items', '-\n- \n-   \n- 甲\n-\n\n1.\n2. 乙\n*'],
  ['lists inside blockquotes', '> - 甲\n>   - 乙\n> - 丙\n>\n> 段落\n> 续\n'],
  ['blockquote lazy continuation', '> 甲\n乙\n> - 丙\n丁\n'],
  ['paragraph continuation lines', '- 甲\n  乙\n   丙\n\t丁\n'],
  ['tabs', '-\t甲\n\t- 乙\n\n\t代码\n|\ta\t|\n|-|\n'],
  ['tabs with links, code and a task', '- [x]\t甲 [http://x.cn](http://x.cn)\t`a\tb`\twww.y.cn\n- [ ]\t\n\t- [\t] 乙\n'],
  ['CRLF and CR line endings', '# 甲\r\n- 乙\r\n  - 丙\r\n\r\n丁\r戊\r'],
  ['BOM', '\ufeff# 标题\n- **2024-01-02** 甲\n'],
  ['NUL and odd characters', '甲\u0000乙 [丙\u0000](u) `\u0000`\n'],
  ['link with only a destination', '[](http://x.cn) [甲]() [乙](<>)\n'],
  ['nested emphasis in links', '[**甲** _乙_ `丙`](http://x.cn)\n'],
  ['bracketed dates', '- 🎉 [2025-09-19] 我们的 [工具](https://x.y/z) 已发布！\n  - 支持三种格式\n'],
  ['the corpus shape', '## 2024\n*  **2024-12-31** 获[奖](http://x.cn/a)！\n   <br/><br/> \n   * 子项\n'],
  ['empty input', ''],
  ['only blank lines', '\n\n  \n'],
  ['no GFM character at all', '# 标题\n\n- 甲 *乙*\n- 丙 [丁](u)\n'],
];

describe('markdownStructure on tricky snippets', () => {
  test.each(snippets)('%s', (_name, source) => expectSame(source));
});

describe('one document does not leak into the next', () => {
  // The parsers are reused: a definition or a lazy line of one document must not reach another.
  const sequences: Array<[string, string[]]> = [
    ['a definition, then a document using its label', ['[a]: http://x.cn\n\n[甲][a]\n', '[甲][a] [a] http\n']],
    ['lazy lines, then a plain document', ['> 甲\n乙\n- 丙\n丁\n', '甲\n===\n乙\n---\n']],
    ['every GFM part, then none', ['| a |\n| - |\n| ~~b~~ [^1] a@b.cn www.x.cn http://x.cn |\n\n[^1]: c\n- [x] d\n', '- 甲 *乙*\n']],
  ];
  test.each(sequences)('%s', (_name, texts) => {
    for (const text of texts) expectSame(text);
  });
});

/**
 * Texts nobody wrote by hand: pieces of Markdown syntax strung together at random (a fixed seed, so
 * a failure repeats), as one run of pieces or as lines under random container prefixes. These found
 * what the snippets had not: a parser's footnote definitions outliving its document, GFM's order of
 * the e-mail and www literals, a table without `|`, a line ending's text inside a list item.
 */
const PIECES = ['- ', '* ', '1. ', '2) ', '  ', '    ', '\t', '\n', '\n\n', '> ', '# ', '## ', '**', '*', '_', '__', '~~', '~', '`', '```\n', '~~~\n', '[', ']', '(', ')', '![', '](http://x.cn)', '][a]', '[a]: http://y.cn\n', '[b]', '[b]: <u> "t"\n', '<br/>', '<!-- c -->', '<div>\n', '<http://z.cn>', '<a@b.cn>', '&amp;', '&#65;', '&copy;', '&#x4e00;', '\\', '\\*', '\\\n', '  \n', 'http://x.cn/a', ' https://q.cn/(a)', 'www.x.cn', 'a@b.cn', '@u', 'mailto:a@b.cn', 'xmpp:a@b.cn/r', '[^1]', '[^1]: n\n', '[^2]: x\n  y\n', '| a | b |\n', '|---|---|\n', '| x |', ':-:|', ':---', '[ ] ', '[x] ', '---\n', '===\n', '`` ` ``', '甲', '乙丙', '2024-01-02', 'abc', ' ', '\r\n', '"t"', "'", ':', '.', '!', '\u0000', '\ufeff'];
const PREFIXES = ['', '', '- ', '* ', '1. ', '  ', '   - ', '    ', '> ', '> - ', '>   ', '\t', '## ', '  1) ', '- [ ] ', '- [x] ', '[^1]: ', '| '];


function randomTexts(seed: number, count: number, byLine: boolean): string[] {
  const next = seededRandom(seed);
  const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    if (byLine) {
      for (let lines = 1 + Math.floor(next() * 8); lines > 0; lines--) {
        text += pick(PREFIXES);
        for (let k = Math.floor(next() * 6); k > 0; k--) text += pick(PIECES).replace(/\n/g, '甲');
        text += next() < 0.2 ? '\n\n' : '\n';
      }
    } else {
      for (let k = 1 + Math.floor(next() * 25); k > 0; k--) text += pick(PIECES);
    }
    texts.push(text);
  }
  return texts;
}

describe('markdownStructure on random Markdown', () => {
  const runs: Array<[string, string[]]> = [
    ['runs of syntax pieces', randomTexts(1, 1000, false)],
    ['lines under container prefixes', randomTexts(2, 1000, true)],
  ];
  test.each(runs)('%s, in sequence', (_name, texts) => {
    const wrong = texts.filter((text) => {
      const want = mdastStructure(text);
      const got = markdownStructure(text);
      return view(text, got.mask) !== view(text, want.mask) || JSON.stringify([...got.items].sort()) !== JSON.stringify([...want.items].sort()) || JSON.stringify(got.headings) !== JSON.stringify(want.headings);
    });
    // The first few, whole, so a failure says which text.
    expect(wrong.slice(0, 3)).toEqual([]);
  });
});

describe('the oracle comparison can fail', () => {
  test('markup and text differ in the mask, so a wrong mask would show', () => {
    const source = '- **2024** [甲](http://x.cn)\n';
    expect(view(source, markdownStructure(source).mask)).toBe('- ··2024·· ·甲··············↵\n');
    expect(view(source, mdastStructure(source).mask)).not.toBe(view(source, new Uint8Array(source.length)));
  });
});
