/**
 * What the format tests compare: a reading of the reference fixture from a PDF, a .docx or a
 * web page must give the same labels, dates and people as the text itself.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseChronicle } from '../../src/index.js';
import type { ChronicleSource, DefaultChronicle, InputFormat } from '../../src/index.js';

/** A file of tests/fixtures-extra/formats (made by scripts/make-format-fixtures.mjs). */
export const formatFile = (name: string): string => new URL(`../fixtures-extra/formats/${name}`, import.meta.url).pathname;

export const FIXTURE_TEXT = readFileSync(new URL('../../fixtures/2020-power-alliance-chronicle.txt', import.meta.url), 'utf8');
export const FIXTURE_DOC = parseChronicle(FIXTURE_TEXT);

/** Each entry's label and date. */
export const labelsAndDates = (doc: DefaultChronicle) => doc.entries.map((e) => [e.label, e.date?.start, e.date?.end]);

/** The people named anywhere, as a sorted set. */
export const people = (doc: DefaultChronicle) => [...new Set(doc.entries.flatMap((e) => e.entities.filter((n) => n.type === 'person').map((n) => n.text)))].sort();

/** A reading of the fixture in `format` gives the text's 42 entries, labels, dates, people and title. */
export function expectLikeTheText(source: ChronicleSource, doc: DefaultChronicle, format: InputFormat, spansReferTo: ChronicleSource['spansReferTo']): void {
  expect([source.format, source.spansReferTo]).toEqual([format, spansReferTo]);
  expect(doc.entries).toHaveLength(42);
  expect(labelsAndDates(doc)).toEqual(labelsAndDates(FIXTURE_DOC));
  expect(people(doc)).toEqual(people(FIXTURE_DOC));
  expect(doc.title).toBe(FIXTURE_DOC.title);
}
