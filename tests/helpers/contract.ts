/** The CONTRACT.md invariants, as assertions any test can run on any parse. */
import { expect } from 'vitest';

const squash = (s: string): string => s.normalize('NFKC').replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '');

interface AnySpanned {
  text?: unknown;
  span: { start: number; end: number };
}

/** Every item with a span, with a name saying where it sits. */
export function spannedItems(doc: { headings: AnySpanned[]; entries: Array<Record<string, unknown>>; diagnostics: AnySpanned[] }): Array<[string, AnySpanned, boolean]> {
  const items: Array<[string, AnySpanned, boolean]> = [];
  doc.headings.forEach((h, i) => items.push([`headings[${i}]`, h, false]));
  doc.diagnostics.forEach((d, i) => items.push([`diagnostics[${i}]`, d, false]));
  doc.entries.forEach((e, i) => {
    items.push([`entries[${i}]`, e as unknown as AnySpanned, false]);
    if (e.date) items.push([`entries[${i}].date`, e.date as AnySpanned, true]);
    for (const [key, value] of Object.entries(e)) {
      if (!Array.isArray(value)) continue;
      value.forEach((item: unknown, k) => {
        if (item && typeof item === 'object' && 'span' in item) items.push([`entries[${i}].${key}[${k}]`, item as AnySpanned, true]);
      });
    }
  });
  return items;
}

/** Every span inside the input, and `input.slice(span)` reads the item's text (white space and NFKC aside). */
export function expectSpanInvariant(input: string, doc: Parameters<typeof spannedItems>[0]): number {
  const items = spannedItems(doc);
  for (const [where, item, checkText] of items) {
    const { start, end } = item.span;
    expect(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= input.length, `${where} span ${start}-${end}`).toBe(true);
    if (checkText && typeof item.text === 'string') {
      expect(squash(input.slice(start, end)), `${where} text`).toBe(squash(item.text));
    }
  }
  return items.length;
}

/** Every non-blank character lies in a heading, an entry or a diagnostic. */
export function expectNothingLost(input: string, doc: Parameters<typeof spannedItems>[0]): void {
  const covered = new Uint8Array(input.length);
  const mark = (s: { start: number; end: number }) => covered.fill(1, s.start, s.end);
  doc.headings.forEach((h) => mark(h.span));
  doc.diagnostics.forEach((d) => mark(d.span));
  doc.entries.forEach((e) => mark((e as unknown as AnySpanned).span));
  const lost: string[] = [];
  for (let i = 0; i < input.length; i++) {
    if (!covered[i] && squash(input[i]!) !== '') lost.push(`${i}:${JSON.stringify(input.slice(i, i + 8))}`);
  }
  expect(lost.slice(0, 5)).toEqual([]);
}
