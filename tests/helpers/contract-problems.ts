/**
 * The contract checks (docs/CONTRACT.md: spans, nothing lost, schema), as one function the robustness
 * tests share. It returns the problems it finds instead of asserting, so a property test can
 * print a whole counterexample at once and a fixture test can `expect(problems).toEqual([])`.
 *
 * Stricter than /work/shared/tools/check-contract.mjs in two ways: headings and diagnostics are
 * span-checked too (their text, where they carry one), and coverage uses every heading's span
 * rather than searching for the title's text.
 */
import { defaultParser } from '../../src/index.js';
import type { DefaultChronicle } from '../../src/index.js';

/** The comparison rule of the span invariant: no white space at all, NFKC. */
export const squash = (s: string): string => s.normalize('NFKC').replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '');

/** Characters that count as blank for "nothing lost": JS white space plus zero-width characters. */
const BLANK = /[\s\u0085\u200b-\u200d\u2060\ufeff]/;

/**
 * A heading's span is its whole line, so that Markdown markup (`## `, `**2024**`, a table row's
 * `|`) is covered (nothing lost), while its text is the heading without the markup: the one
 * allowed difference.
 */
const MARKDOWN_MARKUP = /^#{1,6}\s+|\*{2,3}|_{2,3}|\|/g;

interface Spanned {
  span: { start: number; end: number };
  text?: string;
}

/** Every problem with one parse of `source`: schema, spans, ordinals, nothing lost. */
export function contractProblems(source: string, doc: DefaultChronicle): string[] {
  const problems: string[] = [];
  const schema = defaultParser.schema().safeParse(doc);
  if (!schema.success) problems.push(`schema: ${schema.error.message.slice(0, 400)}`);

  const covered = new Uint8Array(source.length);
  const inside = (where: string, item: Spanned, textCheck: boolean, markup?: RegExp): void => {
    const { start, end } = item.span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > source.length || start > end) {
      problems.push(`${where}: span ${start}-${end} outside 0-${source.length}`);
      return;
    }
    const raw = source.slice(start, end);
    const slice = markup ? raw.replace(markup, '') : raw;
    if (textCheck && item.text !== undefined && squash(slice) !== squash(item.text) && squash(raw) !== squash(item.text)) {
      problems.push(`${where}: text ${JSON.stringify(item.text)} != slice ${JSON.stringify(source.slice(start, end))} @${start}-${end}`);
    }
  };
  const cover = (s: { start: number; end: number }): void => {
    covered.fill(1, Math.max(0, s.start), Math.min(source.length, s.end));
  };

  doc.headings.forEach((h, i) => {
    inside(`heading ${i}`, h, true, MARKDOWN_MARKUP);
    cover(h.span);
  });
  doc.entries.forEach((e, i) => {
    const at = `entry ${e.ordinal}`;
    if (e.ordinal !== i + 1) problems.push(`${at}: ordinal at position ${i}`);
    inside(at, e, false);
    cover(e.span);
    if (e.date) inside(`${at} date`, e.date, true);
    e.times.forEach((t, k) => inside(`${at} time ${k}`, t, true));
    e.figures.forEach((f, k) => inside(`${at} figure ${k}`, f, true));
    e.entities.forEach((n, k) => inside(`${at} entity ${k}`, n, true));
    // Everything an extractor finds lies inside its entry; a date the entry does not write but
    // takes from its heading (rule `heading`) points at that heading instead, and one a table row
    // with an empty date cell takes from the row above (rule `row-above`) at that row's date.
    const own = e.date && e.date.rule !== 'heading' && e.date.rule !== 'row-above' ? [e.date] : [];
    for (const item of [...own, ...e.times, ...e.figures, ...e.entities]) {
      if (item.span.start < e.span.start || item.span.end > e.span.end) {
        problems.push(`${at}: item ${JSON.stringify(item.text)} @${item.span.start}-${item.span.end} outside the entry ${e.span.start}-${e.span.end}`);
      }
    }
  });
  doc.diagnostics.forEach((d, i) => {
    inside(`diagnostic ${i} (${d.code})`, { span: d.span }, false);
    cover(d.span);
  });

  for (let i = 0; i < source.length; i++) {
    if (!covered[i] && !BLANK.test(source[i]!)) {
      problems.push(`lost ${JSON.stringify(source.slice(i, i + 16))} @${i}`);
      break;
    }
  }
  return problems;
}

/**
 * Matches a finder returned over `input`, checked for shape: in order, each non-empty, inside the
 * input, none overlapping the one before. Returns the first offending match, or null.
 */
export function firstMisplaced<T extends { start: number; end: number }>(matches: readonly T[], input: string): T | null {
  let last = 0;
  for (const m of matches) {
    if (!(m.start >= last && m.start < m.end && m.end <= input.length)) return m;
    last = m.end;
  }
  return null;
}
