/**
 * Highlights in an entry's body. Item spans point into the ORIGINAL input, while the report
 * only has the repaired body (`entry.text`: page breaks removed, so offsets drift). Each item is
 * found in the body by its text, and its span picks WHICH occurrence: the body is the input
 * minus a growing number of removed characters, so an item's body offset is at most its span
 * start minus the drift already seen. Marks may nest (厦门 inside 厦门万久) or even cross; the
 * renderer closes and reopens tags so the HTML is always well formed.
 */
import { lastAtOrBefore } from '../sorted.js';
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
  const parts: string[] = [];
  const map: number[] = [];
  let run = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || isZeroWidth(c)) {
      if (i > run) parts.push(folded.slice(run, i));
      run = i + 1;
      continue;
    }
    map.push(i);
  }
  if (run === 0) return { norm: folded, map };
  if (folded.length > run) parts.push(folded.slice(run));
  return { norm: parts.join(''), map };
}


/**
 * Where each item stands in `body`. `base` is where the body starts in the original input, as
 * near as the caller knows (the end of the entry's date); an over-estimate is fine. Items whose
 * text the body does not contain are left out.
 *
 * Linear in the items: items come in body order, so each is looked for from where the previous
 * one stood (forwards to its next occurrence, then backwards from its estimated place), never by
 * walking every occurrence from the body's start: an entry with 64,000 names and figures took
 * minutes that way. A text missing from the body is looked for once, not once per item.
 */
export function locateItems<T extends SpannedItem>(body: string, items: readonly T[], base: number): Array<Located<T>> {
  const { norm, map } = squeeze(body);
  const sorted = [...items].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: Array<Located<T>> = [];
  const absent = new Set<string>();
  let drift = base;
  // Where the previous item was found: a later item starts there or after (nested items share it).
  let cursor = 0;
  for (const item of sorted) {
    const needle = squeeze(item.text).norm;
    if (!needle || absent.has(needle)) continue;
    // The occurrence meant is the last one at or before the estimate, else the first after it.
    const limit = lastAtOrBefore(map, item.span.start - drift);
    const next = norm.indexOf(needle, cursor);
    let at = next >= 0 && next <= limit ? norm.lastIndexOf(needle, limit) : next;
    if (at < 0) {
      // Not after the previous item: out of order, or not in the body at all.
      at = limit >= 0 ? norm.lastIndexOf(needle, limit) : -1;
      if (at < 0) at = norm.indexOf(needle);
      if (at < 0) {
        absent.add(needle);
        continue;
      }
    } else cursor = at;
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
