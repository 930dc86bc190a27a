/**
 * Golden digests of parse output: a short hash of the whole JSON of a document and one per part
 * (document head, entry base fields, each extractor's key, diagnostics), so a speed change that
 * alters a single figure says which part moved without storing megabytes of JSON in the repo.
 */
import { createHash } from 'node:crypto';

/** The digest of one parsed document, as stored in tests/data/golden/outputs.json. */
export interface Digest {
  entries: number;
  all: string;
  parts: Record<string, string>;
}

const hash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** Hash a parsed document whole and by part; the entry keys beyond the base fields are the extractors'. */
export function digest(doc: object): Digest {
  const { entries, diagnostics, ...head } = doc as { entries: ReadonlyArray<Record<string, unknown>>; diagnostics: unknown };
  const base = ['ordinal', 'label', 'span', 'date', 'text'];
  const keys = new Set<string>();
  for (const e of entries) for (const k of Object.keys(e)) if (!base.includes(k)) keys.add(k);
  const parts: Record<string, string> = {
    head: hash(head),
    base: hash(entries.map((e) => base.map((k) => e[k]))),
    diagnostics: hash(diagnostics),
  };
  for (const k of [...keys].sort()) parts[k] = hash(entries.map((e) => e[k]));
  return { entries: entries.length, all: hash(doc), parts };
}
