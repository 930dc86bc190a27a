/**
 * Precision and recall of the entity extractor over the whole reference chronicle, against a
 * hand annotation (tests/data/entities-annotation.json) written from the text, not from the
 * output. Matching is by (type, text) per entry, each distinct pair once; role accuracy is
 * reported apart. The floors are the levels reached, rounded down: a change that loses ground
 * fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChronicle } from '../src/index.js';
import annotation from './data/entities-annotation.json' with { type: 'json' };

interface Gold {
  label: string;
  persons: Array<{ text: string; role?: string }>;
  organizations: Array<{ text: string; canonical?: string }>;
  places: string[];
}

const FLOOR = { precision: 1, recall: 0.96, roleAccuracy: 1, canonical: 1 };

const fixture = readFileSync(new URL('../fixtures/2020-power-alliance-chronicle.txt', import.meta.url), 'utf8');
const doc = parseChronicle(fixture);
const gold = (annotation as { entries: Gold[] }).entries;

const key = (type: string, text: string): string => `${type}\u0000${text.replace(/\s+/g, '')}`;

function score() {
  let tp = 0;
  let predicted = 0;
  let expected = 0;
  let rolesRight = 0;
  let rolesAll = 0;
  let canonRight = 0;
  let canonAll = 0;
  const misses: string[] = [];
  const extras: string[] = [];
  doc.entries.forEach((entry, i) => {
    const g = gold[i]!;
    const want = new Set([
      ...g.persons.map((p) => key('person', p.text)),
      ...g.organizations.map((o) => key('organization', o.text)),
      ...g.places.map((p) => key('place', p)),
    ]);
    const got = new Set(entry.entities.map((e) => key(e.type, e.text)));
    predicted += got.size;
    expected += want.size;
    for (const k of got) if (want.has(k)) tp++;
    else extras.push(`${entry.label}: ${k.replace('\u0000', ' ')}`);
    for (const k of want) if (!got.has(k)) misses.push(`${entry.label}: ${k.replace('\u0000', ' ')}`);
    for (const p of g.persons) {
      if (!p.role) continue;
      rolesAll++;
      if (entry.entities.some((e) => e.type === 'person' && e.text === p.text && e.role === p.role)) rolesRight++;
    }
    for (const o of g.organizations) {
      if (!o.canonical) continue;
      const found = entry.entities.filter((e) => e.type === 'organization' && e.text === o.text);
      if (!found.length) continue;
      canonAll++;
      if (found.every((e) => e.canonical === o.canonical)) canonRight++;
    }
  });
  return {
    precision: tp / predicted,
    recall: tp / expected,
    roleAccuracy: rolesRight / rolesAll,
    canonical: canonRight / canonAll,
    misses,
    extras,
  };
}

describe('entities over the reference chronicle', () => {
  it('has one annotation per entry, in order', () => {
    expect(doc.entries.map((e) => e.label)).toEqual(gold.map((g) => g.label));
  });

  it('keeps precision, recall, role and canonical accuracy at the levels reached', () => {
    const s = score();
    // Printed so a change shows what it gained or lost.
    console.log(
      `entities: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}, ` +
        `roles ${s.roleAccuracy.toFixed(3)}, canonical ${s.canonical.toFixed(3)}\n` +
        `missed: ${s.misses.join(' | ')}\nextra: ${s.extras.join(' | ')}`,
    );
    expect(s.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(s.recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(s.roleAccuracy).toBeGreaterThanOrEqual(FLOOR.roleAccuracy);
    expect(s.canonical).toBeGreaterThanOrEqual(FLOOR.canonical);
  });

  it('gives every entity a span whose source is its text', () => {
    for (const entry of doc.entries) {
      for (const e of entry.entities) {
        const src = fixture.slice(e.span.start, e.span.end).replace(/\s+/g, '');
        expect(src.normalize('NFKC')).toBe(e.text.replace(/\s+/g, '').normalize('NFKC'));
      }
    }
  });
});
