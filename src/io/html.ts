/**
 * Web pages to chronicle text: one line per block element, table rows as TAB-separated cells,
 * the page's chrome left out, entities decoded, and every unit of the text mapped back to the
 * HTML source so spans can point into the page itself.
 *
 * Which part is the chronicle: the `<main>` element (or `role="main"`) when the page has one;
 * otherwise the whole `<body>`. Either way these never count: `<head>`, scripts, styles,
 * templates, `<nav>`, `<aside>`, form controls, SVG and frames; `<header>` and `<footer>` of the
 * page (those not inside an `<article>`, `<section>`, `<main>`, `<aside>` or `<nav>`, as the HTML
 * standard scopes them); elements marked `hidden` or `aria-hidden="true"`, or with a landmark role
 * of navigation, banner, contentinfo, complementary or search; and elements whose id or a class
 * names page chrome (`nav`, `menu`, `header`, `footer`, `sidebar`, `breadcrumb`, `copyright`,
 * optionally with a prefix such as `site-footer`), which is how most sites mark them.
 */
import { ChronicleInputError } from './errors.js';
import { MappedTextBuilder } from './offsets.js';
import type { OffsetMap } from './offsets.js';

type HtmlParser = typeof import('htmlparser2').Parser;

/** Load htmlparser2 only when a web page is read: plain text never pays for it. */
export async function loadHtmlParser(): Promise<HtmlParser> {
  try {
    return (await import('htmlparser2')).Parser;
  } catch {
    throw new ChronicleInputError('reading web pages needs htmlparser2: npm install htmlparser2', 'missing-package');
  }
}

const BLOCK = new Set(
  'address article aside blockquote body br caption center dd details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);
const SKIPPED = new Set('head title script style noscript template nav aside svg math iframe object embed canvas button select textarea input option datalist'.split(' '));
/** Where a `<header>`/`<footer>` belongs to a part of the page, not to the page itself. */
const SECTIONING = new Set(['article', 'section', 'main', 'aside', 'nav']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
const CHROME_NAME = /^(?:[a-z0-9]+[-_])?(?:nav|navbar|navigation|menu|header|footer|sidebar|breadcrumbs?|copyright)$/i;

interface Open {
  name: string;
  skip: boolean;
  main: boolean;
}

function isChrome(name: string, attrs: Record<string, string>, stack: readonly Open[]): boolean {
  if (SKIPPED.has(name)) return true;
  if ('hidden' in attrs || attrs['aria-hidden'] === 'true') return true;
  if (attrs.role !== undefined && CHROME_ROLES.has(attrs.role.toLowerCase())) return true;
  if ((name === 'header' || name === 'footer') && !stack.some((o) => SECTIONING.has(o.name))) return true;
  const names = `${attrs.id ?? ''} ${attrs.class ?? ''}`.split(/\s+/);
  return names.some((n) => CHROME_NAME.test(n));
}

const isMain = (name: string, attrs: Record<string, string>) => name === 'main' || attrs.role?.toLowerCase() === 'main';

/**
 * Whether the page seems to mark its main content: a cheap scan of the source instead of a
 * second parse. A `<main` inside a comment or script can fool it; `htmlToText` then finds no
 * main content and reads the page again without the restriction.
 */
const MAIN_TAG = /<main[\s>]|\srole\s{0,8}=\s{0,8}["']?main["'\s>]/i;

/** What a web page reads as: the text and where each of its units stands in the HTML. */
export interface HtmlText {
  text: string;
  map: OffsetMap;
}

/**
 * The chronicle text of an HTML page (see the module comment for what counts). Never throws on
 * odd markup: htmlparser2 recovers from unclosed and stray tags as browsers do.
 */
export function htmlToText(Parser: HtmlParser, html: string): HtmlText {
  if (MAIN_TAG.test(html)) {
    const main = readText(Parser, html, true);
    if (main.sawMain) return main.result;
  }
  return readText(Parser, html, false).result;
}

function readText(Parser: HtmlParser, html: string, onlyMain: boolean): { result: HtmlText; sawMain: boolean } {
  let sawMain = false;
  const out = new MappedTextBuilder(html.length);
  const stack: Open[] = [];
  let skipDepth = 0;
  let mainDepth = 0;
  let preDepth = 0;
  let cellDepth = 0;
  let cellsInRow = 0;
  // The separator owed before the next visible character: a line break outranks a TAB, which
  // outranks a space; it is written only once text follows, so empty blocks leave no blank lines.
  let owed: '' | ' ' | '\t' | '\n' = '';
  let owedAt = 0;
  const owe = (sep: ' ' | '\t' | '\n', at: number) => {
    const rank = { '': 0, ' ': 1, '\t': 2, '\n': 3 };
    if (rank[sep] > rank[owed]) [owed, owedAt] = [sep, at];
  };
  const visible = () => skipDepth === 0 && (!onlyMain || mainDepth > 0);
  const parser: InstanceType<HtmlParser> = new Parser(
    {
      onopentag(name, attrs) {
        const at = parser.startIndex;
        const skip = isChrome(name, attrs, stack);
        const main = isMain(name, attrs);
        sawMain ||= main;
        stack.push({ name, skip, main });
        if (skip) skipDepth++;
        if (main) mainDepth++;
        if (name === 'pre') preDepth++;
        if (name === 'tr') {
          owe('\n', at);
          cellsInRow = 0;
        } else if (name === 'td' || name === 'th') {
          if (cellsInRow++ > 0 && visible()) {
            // A TAB for every cell after the first, even an empty one, so columns stay columns.
            if (owed === '\n' && out.length > 0) out.insert('\n', owedAt);
            out.insert('\t', at);
            owed = '';
          }
          cellDepth++;
        } else if (BLOCK.has(name)) {
          owe(cellDepth > 0 ? ' ' : '\n', at);
        }
      },
      onclosetag(name) {
        const at = parser.startIndex;
        // htmlparser2 closes implied and void elements itself, so the stack stays balanced.
        const open = stack.pop();
        if (!open) return;
        if (open.skip) skipDepth--;
        if (open.main) mainDepth--;
        if (name === 'pre') preDepth--;
        if (name === 'td' || name === 'th') cellDepth--;
        else if (name === 'tr') owe('\n', at);
        else if (BLOCK.has(name)) owe(cellDepth > 0 ? ' ' : '\n', at);
      },
      ontext(data) {
        if (!visible()) return;
        const from = parser.startIndex;
        const to = parser.endIndex + 1;
        // A decoded entity (`&amp;`): one piece, mapped to the whole reference.
        if (data.length !== to - from) {
          if (/^\s+$/.test(data) && preDepth === 0) return owe(' ', from);
          flush();
          return out.push(data, from, to);
        }
        let i = 0;
        while (i < data.length) {
          const code = data.charCodeAt(i);
          if (preDepth > 0 && (code === 0x0a || code === 0x0d)) {
            owe('\n', from + i);
            i++;
          } else if (preDepth === 0 && (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x0c)) {
            owe(' ', from + i);
            i++;
          } else {
            let j = i + 1;
            while (j < data.length && !/[\s]/.test(data[j]!)) j++;
            flush();
            out.push(data.slice(i, j), from + i, from + j);
            i = j;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  function flush(): void {
    if (owed === '\n' && out.length > 0) out.insert('\n', owedAt);
    else if (owed === '\t') out.insert('\t', owedAt);
    else if (owed === ' ' && out.length > 0 && out.last !== 0x0a && out.last !== 0x09) out.insert(' ', owedAt);
    owed = '';
  }
  parser.end(html);
  return { result: out.finish(), sawMain };
}

/** Whether decoded text is clearly a web page: a doctype or an `<html>`, `<head>` or `<body>` tag first. */
export function looksLikeHtml(text: string): boolean {
  let head = text.slice(0, 4096).replace(/^\ufeff/, '').trimStart();
  // Comments before the doctype (`<!-- saved from url=… -->`, as browsers write) are skipped.
  while (head.startsWith('<!--')) {
    const end = head.indexOf('-->');
    if (end < 0) return false;
    head = head.slice(end + 3).trimStart();
  }
  return /^<(?:!doctype\s+html|html|head|body)[\s>]/i.test(head);
}

/** The encoding a page declares in its first KiB (`<meta charset="gbk">`), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).toLowerCase();
  for (let at = head.indexOf('<meta'); at >= 0; at = head.indexOf('<meta', at + 5)) {
    const end = head.indexOf('>', at);
    const tag = head.slice(at, end < 0 ? head.length : end);
    const charset = /charset\s{0,3}=\s{0,3}["']?(?<charset>[\w-]{2,20})/.exec(tag)?.groups?.charset;
    if (charset) return charset;
  }
  return undefined;
}
