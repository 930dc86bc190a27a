/**
 * Highlights in an entry's body. Item spans point into the ORIGINAL input, while the report
 * only has the repaired body (`entry.text`: page breaks removed, so offsets drift). Each item is
 * found in the body by its text, and its span picks WHICH occurrence: the body is the input
 * minus a growing number of removed characters, so an item's body offset is at most its span
 * start minus the drift already seen. Marks may nest (厦门 inside 厦门万久) or even cross; the
 * renderer closes and reopens tags so the HTML is always well formed.
 */
import { fold, isZeroWidth } from '../text.js';
import { escapeHtml } from './html.js';

/** Something with a text and an original-input span: an entity, figure, time or trigger. */
export interface SpannedItem {
  readonly text: string;
  readonly span: { readonly start: number; readonly end: number };
}

/** A located item, in body offsets. */
export interface Located<T extends SpannedItem> {
  item: T;
  start: number;
  end: number;
}

/** The body without white space and zero-width characters, folded, with a map back to the body. */
function squeeze(text: string): { norm: string; map: number[] } {
  const folded = fold(text);
  let norm = '';
  const map: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || isZeroWidth(c)) continue;
    norm += folded[i];
    map.push(i);
  }
  return { norm, map };
}

/**
 * Where each item stands in `body`. `base` is where the body starts in the original input, as
 * near as the caller knows (the end of the entry's date); an over-estimate is fine. Items whose
 * text the body does not contain are left out.
 */
export function locateItems<T extends SpannedItem>(body: string, items: readonly T[], base: number): Array<Located<T>> {
  const { norm, map } = squeeze(body);
  const sorted = [...items].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: Array<Located<T>> = [];
  let drift = base;
  for (const item of sorted) {
    const needle = squeeze(item.text).norm;
    if (!needle) continue;
    const estimate = item.span.start - drift;
    let best = -1;
    let after = -1;
    for (let at = norm.indexOf(needle); at >= 0; at = norm.indexOf(needle, at + 1)) {
      const bodyAt = map[at]!;
      if (bodyAt <= estimate) best = at;
      else {
        after = at;
        break;
      }
    }
    const at = best >= 0 ? best : after;
    if (at < 0) continue;
    const start = map[at]!;
    const end = map[at + needle.length - 1]! + 1;
    drift = Math.max(drift, item.span.start - start);
    out.push({ item, start, end });
  }
  return out;
}

/** A highlight: body range, CSS class and attributes (already-safe names, raw values). */
export interface Mark {
  start: number;
  end: number;
  className: string;
  attributes?: Readonly<Record<string, string>>;
  /** Ties at the same range: lower is outer. */
  rank: number;
}

function openTag(m: Mark): string {
  let attrs = ` class="${escapeHtml(m.className)}"`;
  for (const [name, value] of Object.entries(m.attributes ?? {})) attrs += ` ${name}="${escapeHtml(value)}"`;
  return `<mark${attrs}>`;
}

/**
 * The body as HTML with every mark, escaped. Nesting follows range (outer first, then `rank`);
 * a mark that crosses another's end is closed there and reopened, as browsers do themselves.
 */
export function renderMarked(body: string, marks: readonly Mark[]): string {
  const valid = marks
    .filter((m) => m.end > m.start && m.start >= 0 && m.end <= body.length)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const bounds = [...new Set([0, body.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const stack: Mark[] = [];
  let next = 0;
  let html = '';
  for (let b = 0; b < bounds.length; b++) {
    const pos = bounds[b]!;
    const firstEnded = stack.findIndex((m) => m.end <= pos);
    if (firstEnded >= 0) {
      const reopen = stack.slice(firstEnded).filter((m) => m.end > pos);
      html += '</mark>'.repeat(stack.length - firstEnded);
      stack.length = firstEnded;
      for (const m of reopen) {
        html += openTag(m);
        stack.push(m);
      }
    }
    while (next < valid.length && valid[next]!.start === pos) {
      const m = valid[next++]!;
      html += openTag(m);
      stack.push(m);
    }
    const until = bounds[b + 1];
    if (until !== undefined) html += escapeHtml(body.slice(pos, until));
  }
  return html + '</mark>'.repeat(stack.length);
}
