/**
 * The Markdown reader's structure (markdown.ts reads lines from it): which characters are text and
 * which are markup, where list items start and how deep, where headings stand. micromark's events
 * (`parse`, `postprocess`, `preprocess`) are walked into a light tree with mdast's node boundaries
 * (mdast-util-from-markdown + mdast-util-gfm), and the mask is read off that tree as it was read off
 * the mdast tree, whose building cost twice micromark's own parse (a position object per node, a
 * copy of the compile context per event) for values the mask never needs.
 * tests/segment-markdown-events.test.ts keeps the mdast path as the oracle.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { parse, postprocess, preprocess } from 'micromark';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { unicodePunctuation, unicodeWhitespace } from 'micromark-util-character';
import { combineExtensions } from 'micromark-util-combine-extensions';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import type { Construct, Event, Extension, ParseContext, Token, TokenizeContext } from 'micromark-util-types';

import { fastMarkdownStructure } from './markdown-fast.js';
import { linkTextIsUrl, MARKUP, TEXT, type MarkdownStructure } from './markdown-mask.js';

export { MARKUP, TEXT, type MarkdownStructure } from './markdown-mask.js';

/**
 * A node of the light tree built from micromark's events: only what the mask needs. The node
 * types and their boundaries are mdast's (mdast-util-from-markdown + mdast-util-gfm), so the
 * mask is the one the mdast tree gave, at a fraction of the cost (no position objects, no
 * per-event context copies, no mdast node shapes).
 */
class MdNode {
  children: MdNode[] | null;
  value = '';
  url = '';
  /** A task list item's state (null: not a task). */
  checked: boolean | null = null;
  constructor(
    public type: string,
    public start: number,
    public end: number,
    withChildren: boolean,
  ) {
    this.children = withChildren ? [] : null;
  }
}

/** Parents whose line endings are text (mdast's `canContainEols`, with GFM's `delete`). */
const EOL_PARENTS = new Set(['emphasis', 'fragment', 'heading', 'paragraph', 'strong', 'delete']);

/** Node types that open a parent, by the micromark token that opens them. */
const PARENTS = new Map<string, string>([
  ['atxHeading', 'heading'],
  ['setextHeading', 'heading'],
  ['blockQuote', 'blockquote'],
  ['emphasis', 'emphasis'],
  ['strong', 'strong'],
  ['strikethrough', 'delete'],
  ['paragraph', 'paragraph'],
  ['listOrdered', 'list'],
  ['listUnordered', 'list'],
  ['link', 'link'],
  ['autolink', 'link'],
  ['literalAutolink', 'link'],
  ['table', 'table'],
  ['tableRow', 'tableRow'],
  ['tableHeader', 'tableCell'],
  ['tableData', 'tableCell'],
  ['gfmFootnoteDefinition', 'footnoteDefinition'],
]);

/**
 * Tokens whose whole content is one leaf (or nothing) for the mask: the events inside them are
 * passed over. A leaf is still a sibling, so text on either side of it is two text nodes.
 */
const LEAVES = new Map<string, string | null>([
  ['codeFenced', 'code'],
  ['codeIndented', 'code'],
  ['htmlFlow', 'html'],
  ['htmlText', 'html'],
  ['image', 'image'],
  ['definition', 'definition'],
  ['gfmFootnoteCall', 'footnoteReference'],
  ['thematicBreak', 'thematicBreak'],
  // Buffered strings mdast keeps only as attributes: no node.
  ['resourceTitleString', null],
  ['referenceString', null],
  ['gfmFootnoteDefinitionLabelString', null],
]);

/** Tokens whose text is a text node's text (mdast's `onenterdata`). */
const DATA = new Set([
  'data',
  'characterEscape',
  'characterReference',
  'autolinkProtocol',
  'autolinkEmail',
  'literalAutolinkHttp',
  'literalAutolinkWww',
  'literalAutolinkEmail',
  'codeTextData',
]);

/** Tokens between a list item's content and the next item: mdast ends the item before them. */
const ITEM_TAIL = new Set(['linePrefix', 'blockQuotePrefix', 'blockQuotePrefixWhitespace', 'blockQuoteMarker', 'listItemIndent']);

/**
 * Where mdast ends a list item closed at event `at` (the next item's prefix or the list's exit):
 * at the first line ending of the run of line endings and prefixes before it, else at that event's end.
 */
function itemEnd(events: Event[], at: number): number {
  let line = -1;
  for (let k = at - 1; k >= 0; k--) {
    const [kind, token] = events[k]!;
    if (token.type === 'lineEnding' || token.type === 'lineEndingBlank') {
      if (kind === 'enter') line = k;
    } else if (!ITEM_TAIL.has(token.type)) break;
  }
  return line >= 0 ? events[line]![1].start.offset : events[at]![1].end.offset;
}

/** The tree of `input` as mdast would give it, reduced to what the mask needs. */
function buildTree(input: string): MdNode {
  const events = postprocess(
    parserFor(input)
      .document()
      .write(preprocess()(input, undefined, true)),
  );
  // Without tabs or NULs a token's text is its slice of the input (micromark expands tabs and
  // replaces NULs), except a line ending's: its end moves past the container prefix of the next
  // line (`> `, a list item's indent), which is not its text.
  const sliceable = !/[\t\0]/.test(input);
  const root = new MdNode('root', 0, input.length, true);
  const stack: MdNode[] = [root];
  let skipping: Token | null = null;
  let skipped: MdNode | null = null;
  let atHardBreak = false;
  let slurpLineEnding = false;
  let inReference = false;
  let inTable = false;
  let characterReferenceType = '';
  const top = () => stack[stack.length - 1]!;
  const piece = (token: Token, context: TokenizeContext) => {
    if (!sliceable) return context.sliceSerialize(token);
    const s = token.start.offset;
    if (token.type !== 'lineEnding') return input.slice(s, token.end.offset);
    return input.charCodeAt(s) === 0x0d && input.charCodeAt(s + 1) === 0x0a ? '\r\n' : input[s]!;
  };
  const open = (node: MdNode) => {
    top().children!.push(node);
    stack.push(node);
  };
  const enterData = (token: Token) => {
    const siblings = top().children!;
    let tail = siblings[siblings.length - 1];
    if (!tail || tail.type !== 'text') {
      tail = new MdNode('text', token.start.offset, token.end.offset, false);
      siblings.push(tail);
    }
    stack.push(tail);
  };
  const exitData = (token: Token, context: TokenizeContext) => {
    const tail = stack.pop()!;
    tail.value += piece(token, context);
    tail.end = token.end.offset;
  };
  const close = (token: Token) => {
    stack.pop()!.end = token.end.offset;
  };

  for (let i = 0; i < events.length; i++) {
    const [kind, token, context] = events[i]!;
    const type = token.type;
    if (skipping) {
      if (kind === 'exit' && token === skipping) {
        if (skipped) skipped.end = token.end.offset;
        skipping = null;
      }
      continue;
    }
    if (kind === 'enter') {
      const parentType = PARENTS.get(type);
      if (parentType !== undefined) {
        open(new MdNode(parentType, token.start.offset, token.end.offset, true));
        if (type === 'table') inTable = true;
      } else if (LEAVES.has(type)) {
        const leaf = LEAVES.get(type)!;
        skipped = leaf === null ? null : new MdNode(leaf, token.start.offset, token.end.offset, false);
        if (skipped) top().children!.push(skipped);
        skipping = token;
      } else if (DATA.has(type)) {
        enterData(token);
      } else if (type === 'listItemPrefix') {
        if (top().type === 'listItem') stack.pop()!.end = itemEnd(events, i);
        open(new MdNode('listItem', token.start.offset, token.end.offset, true));
      } else if (type === 'codeText') {
        open(new MdNode('inlineCode', token.start.offset, token.end.offset, false));
        // Its value is gathered in a fragment, as mdast does.
        stack.push(new MdNode('fragment', token.start.offset, token.end.offset, true));
      } else if (type === 'label') {
        // The label's text becomes the link's children (images are passed over whole).
        const fragment = new MdNode('fragment', token.start.offset, token.end.offset, false);
        fragment.children = top().children;
        stack.push(fragment);
      } else if (type === 'resourceDestinationString') {
        stack.push(new MdNode('fragment', token.start.offset, token.end.offset, true));
      } else if (type === 'hardBreakEscape' || type === 'hardBreakTrailing') {
        open(new MdNode('break', token.start.offset, token.end.offset, false));
      }
      continue;
    }
    // exit
    switch (type) {
      case 'data':
      case 'codeTextData':
      case 'characterEscapeValue':
        exitData(token, context);
        break;
      case 'autolinkProtocol':
      case 'literalAutolinkHttp':
        exitData(token, context);
        top().url = piece(token, context);
        break;
      case 'autolinkEmail':
      case 'literalAutolinkEmail':
        exitData(token, context);
        top().url = 'mailto:' + piece(token, context);
        break;
      case 'literalAutolinkWww':
        exitData(token, context);
        top().url = 'http://' + piece(token, context);
        break;
      case 'characterReferenceMarkerNumeric':
      case 'characterReferenceMarkerHexadecimal':
        characterReferenceType = type;
        break;
      case 'characterReferenceValue': {
        const data = piece(token, context);
        top().value +=
          characterReferenceType === 'characterReferenceMarkerNumeric'
            ? decodeNumericCharacterReference(data, 10)
            : characterReferenceType === 'characterReferenceMarkerHexadecimal'
              ? decodeNumericCharacterReference(data, 16)
              : (decodeNamedCharacterReference(data) as string);
        characterReferenceType = '';
        break;
      }
      case 'characterReference':
        stack.pop()!.end = token.end.offset;
        break;
      case 'lineEnding': {
        if (atHardBreak) {
          const siblings = top().children!;
          siblings[siblings.length - 1]!.end = token.end.offset;
          atHardBreak = false;
        } else if (!slurpLineEnding && EOL_PARENTS.has(top().type)) {
          enterData(token);
          exitData(token, context);
        }
        break;
      }
      case 'hardBreakEscape':
      case 'hardBreakTrailing':
        atHardBreak = true;
        close(token);
        break;
      case 'setextHeadingText':
        slurpLineEnding = true;
        break;
      case 'setextHeading':
        slurpLineEnding = false;
        close(token);
        break;
      case 'codeText': {
        let value = textOf(stack.pop()!);
        if (inTable) value = value.replace(/\\([\\|])/g, (all: string, c: string) => (c === '|' ? c : all));
        top().value = value;
        close(token);
        break;
      }
      case 'label':
        stack.pop();
        inReference = true;
        break;
      case 'resource':
        inReference = false;
        break;
      case 'resourceDestinationString': {
        const url = textOf(stack.pop()!);
        top().url = url;
        break;
      }
      case 'link':
        if (inReference) top().type = 'linkReference';
        close(token);
        break;
      case 'taskListCheckValueChecked':
      case 'taskListCheckValueUnchecked':
        stack[stack.length - 2]!.checked = type === 'taskListCheckValueChecked';
        break;
      case 'paragraph':
        shiftTaskText(stack);
        close(token);
        break;
      case 'listOrdered':
      case 'listUnordered':
        if (top().type === 'listItem') stack.pop()!.end = itemEnd(events, i);
        close(token);
        break;
      case 'table':
        inTable = false;
        close(token);
        break;
      default:
        if (PARENTS.has(type)) close(token);
    }
  }
  return root;
}

/** The text of a buffered fragment (mdast's `resume`: its text nodes' values joined). */
function textOf(fragment: MdNode): string {
  let value = '';
  for (const child of fragment.children!) value += child.value;
  return value;
}

/** mdast-util-gfm drops the blank after a task item's `[x]` from the first text of its first paragraph. */
function shiftTaskText(stack: MdNode[]): void {
  const parent = stack[stack.length - 2];
  if (!parent || parent.type !== 'listItem' || parent.checked === null) return;
  const node = stack[stack.length - 1]!;
  const head = node.children![0];
  if (!head || head.type !== 'text') return;
  if (parent.children!.find((c) => c.type === 'paragraph') !== node) return;
  head.value = head.value.slice(1);
  if (head.value.length === 0) node.children!.shift();
  else node.start = ++head.start;
}

/**
 * GFM's autolink literals with only the constructs named (micromark's names: `emailAutolink`,
 * `protocolAutolink`, `wwwAutolink`), in one extension so that where two start at one character
 * (`w`: e-mail, then www) they keep GFM's order. The e-mail construct is tried at every ASCII
 * letter and digit, so a text that cannot hold an address is spared it.
 */
function autolinkLiteral(names: Set<string>): Extension {
  const text: Record<number, Construct[]> = {};
  for (const [code, constructs] of Object.entries(gfmAutolinkLiteral().text ?? {})) {
    const kept = (Array.isArray(constructs) ? constructs : [constructs]).filter((c): c is Construct => names.has(c?.name ?? ''));
    if (kept.length) text[Number(code)] = kept;
  }
  return { text };
}

/**
 * The GFM constructs, each with the characters it cannot occur without, in GFM's order. A text
 * lacking them is parsed without that construct: a construct costs time at every character it may
 * start at, and without its characters it can only ever decline, so the events are the same (the
 * equivalence test holds this against the full GFM tree). Autolink literals: an address needs a
 * letter, digit or `+-._` right before its `@` and a domain character after (`[@user]`, `]@[` are
 * none), a URL its `http://` or `https://`, a host its `www.`.
 */
const GFM_PARTS: Array<[string, RegExp]> = [
  ['emailAutolink', /[\w+.-]@[\w.-]/],
  ['protocolAutolink', /https?:\/\//i],
  ['wwwAutolink', /www\./i],
  ['footnote', /\[\^/],
  ['strikethrough', /~/],
  // A table's delimiter row needs a `|` or an alignment colon (`:--`, `--:`), or it is a setext underline.
  ['table', /\||:-|-:/],
  ['taskListItem', /\[[\sxX]\]/],
];

const GFM_EXTENSIONS: Record<string, () => Extension> = {
  footnote: gfmFootnote,
  strikethrough: gfmStrikethrough,
  table: gfmTable,
  taskListItem: gfmTaskListItem,
};

/** The extensions for the GFM parts named, in GFM's order (a later extension's constructs are tried first). */
function gfmExtensions(names: Set<string>): Extension[] {
  const literals = new Set([...names].filter((n) => n.endsWith('Autolink')));
  const extensions = literals.size ? [autolinkLiteral(literals)] : [];
  for (const [name] of GFM_PARTS) if (names.has(name) && GFM_EXTENSIONS[name]) extensions.push(GFM_EXTENSIONS[name]());
  return extensions;
}

/**
 * Parsers by the set of GFM parts a text needs (a bit each), built once: building one merges every
 * construct table again (about 0.1 ms, a tenth of reading a 1 KB file). A parser keeps the state
 * of the document it reads on itself: `defined` (reference definitions), `lazy` (lazy lines), and
 * whatever an extension adds (GFM footnotes add `gfmFootnotes`). Each document starts from the
 * parser as built: those two emptied, every property added since deleted. Parsing is synchronous,
 * so no two documents share a parser at once.
 */
const PARSERS = new Map<number, { parser: ParseContext; keys: Set<string> }>();

function parserFor(input: string): ParseContext {
  let key = 0;
  for (let k = 0; k < GFM_PARTS.length; k++) if (GFM_PARTS[k]![1].test(input)) key |= 1 << k;
  let built = PARSERS.get(key);
  if (!built) {
    const extensions = gfmExtensions(new Set(GFM_PARTS.filter((_, k) => key & (1 << k)).map(([name]) => name)));
    const parser = parse({ extensions: extensions.length ? [combineExtensions(extensions)] : [] });
    built = { parser, keys: new Set(Object.keys(parser)) };
    PARSERS.set(key, built);
  }
  const { parser, keys } = built;
  for (const name of Object.keys(parser)) if (!keys.has(name)) delete (parser as unknown as Record<string, unknown>)[name];
  parser.defined = [];
  parser.lazy = {};
  return parser;
}

/**
 * Whether mdast-util-gfm's autolink-literal pass would cut this text node into links (it finds
 * URLs and e-mail addresses the parser left as text, for example after inline HTML). The pieces
 * it makes have no position, so none of the node's characters were text: the same here.
 */
function cutIntoLinks(value: string): boolean {
  if (!/https?:\/\/|www\.|@/i.test(value)) return false;
  for (const [pattern, accepts] of AUTOLINK_FINDS) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(value))) {
      if (accepts(match)) return true;
      pattern.lastIndex = match.index + 1;
    }
  }
  return false;
}

/** mdast-util-gfm-autolink-literal's patterns, each with its test of whether a match becomes a link. */
const AUTOLINK_FINDS: Array<[RegExp, (m: RegExpExecArray) => boolean]> = [
  [
    /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi,
    (m) => {
      const before = m.input.charCodeAt(m.index - 1);
      if (!(m.index === 0 || unicodeWhitespace(before) || unicodePunctuation(before))) return false;
      const domain = /^w/i.test(m[1]!) ? m[1]! + m[2]! : m[2]!;
      return !unicodePunctuation(domain.charCodeAt(0)) && isCorrectDomain(domain);
    },
  ],
  [
    /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,
    (m) => !(/[\d\-_]$/.test(m[2]!) || (m[3] && (!/[A-Za-z]$/.test(m[3]) || m.input.charAt(m.index + m[0].length) === '@'))),
  ],
  [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, (m) => !/[\d\-_]$/.test(m[2]!)],
  [/(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, (m) => !/[\d\-_]$/.test(m[2]!)],
];

function isCorrectDomain(domain: string): boolean {
  const parts = domain.split('.');
  const bad = (part: string | undefined) => Boolean(part) && (/_/.test(part!) || !/[\dA-Za-z]/.test(part!));
  return !(parts.length < 2 || bad(parts[parts.length - 1]) || bad(parts[parts.length - 2]));
}

/**
 * Which characters are text, where list items start and how deep, where headings stand: by the
 * fast path (markdown-fast.ts) when it reads the document, else by micromark.
 */
export function markdownStructure(source: string): MarkdownStructure {
  return fastMarkdownStructure(source, micromarkStructure) ?? micromarkStructure(source);
}

/** `markdownStructure` by micromark alone. */
export function micromarkStructure(source: string): MarkdownStructure {
  const mask = new Uint8Array(source.length).fill(MARKUP);
  const items = new Map<number, number>();
  const headings: Array<[number, number]> = [];
  const unmask = (s: number, e: number) => mask.fill(TEXT, Math.max(0, s), Math.min(source.length, e));
  // micromark drops a leading BOM, which would shift every offset by one: blank it instead.
  const input = source.charCodeAt(0) === 0xfeff ? ` ${source.slice(1)}` : source;
  const tree = buildTree(input);
  // An explicit stack, not recursion: nesting depth is the input's to choose. `inLink` is the
  // URL of the link around (null: none); `linked` says a link or link reference is around.
  const stack: Array<{ node: MdNode; depth: number; inLink: string | null; linked: boolean }> = [{ node: tree, depth: 0, inLink: null, linked: false }];
  while (stack.length) {
    const { node, depth, inLink, linked } = stack.pop()!;
    switch (node.type) {
      case 'text':
        if (!linked && cutIntoLinks(node.value)) continue;
        // A bare URL (`https://…`, GFM autolink literal) is never entry text.
        if (!(inLink !== null && linkTextIsUrl(node.value, inLink))) unmask(node.start, node.end);
        continue;
      case 'inlineCode': {
        const i = source.indexOf(node.value, node.start);
        if (i >= 0 && i + node.value.length <= node.end) unmask(i, i + node.value.length);
        continue;
      }
      case 'code':
        unmask(node.start, node.end);
        continue;
      case 'heading':
        headings.push([node.start, node.end]);
        break;
      case 'listItem': {
        items.set(node.start, depth + 1);
        // The marker (`-`, `*`, `1.`) stays: it is what starts an entry.
        const first = node.children![0];
        unmask(node.start, first ? first.start : node.end);
        break;
      }
      default:
        break;
    }
    const children = node.children;
    if (!children) continue;
    const childDepth = node.type === 'listItem' ? depth + 1 : depth;
    const link = node.type === 'link' ? node.url : inLink;
    const childLinked = linked || node.type === 'link' || node.type === 'linkReference';
    for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k]!, depth: childDepth, inLink: link, linked: childLinked });
  }
  return { mask, items, headings };
}
