import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defaultParser, defineExtractor, parseChronicle, validateRecords } from '../src/index.js';

const source = readFileSync(new URL('../fixtures/2020-power-alliance-chronicle.txt', import.meta.url), 'utf8');
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const fresh = () => clone(parseChronicle(source));
const codes = (list: ReadonlyArray<{ code: string }>) => list.map((d) => d.code);

describe('validateRecords', () => {
  it('finds nothing wrong with a fresh parse, with or without the source', () => {
    expect(validateRecords(fresh())).toEqual([]);
    expect(validateRecords(fresh(), { source, stale: true })).toEqual([]);
  });

  it('reports schema problems with their JSON path', () => {
    const doc = fresh() as unknown as { entries: Array<{ figures: Array<{ value: unknown }> }> };
    doc.entries[1]!.figures[0]!.value = '7';
    const found = validateRecords(doc);
    expect(found[0]).toMatchObject({ code: 'schema-mismatch', severity: 'error', path: 'entries[1].figures[0].value' });
    expect(found[0]!.message).toBe('entries[1].figures[0].value: expected number, got string');
  });

  it('checks ordinals, dates, figures and the year', () => {
    const doc = fresh();
    doc.entries[3]!.ordinal = 9;
    doc.entries[4]!.date!.end = '2020-04-01';
    doc.entries[5]!.date!.start = '2020-02-30';
    doc.entries[6]!.figures[0]!.value = -1;
    doc.entries[7]!.date = { ...doc.entries[7]!.date!, start: '2021-05-09', end: '2021-05-09' };
    expect(codes(validateRecords(doc))).toEqual(['ordinal-sequence', 'invalid-date', 'invalid-date', 'invalid-figure', 'date-outside-year']);
  });

  it('catches a source edited after extraction (span no longer points at the text)', () => {
    const edited = source.replace('张建琛', '张建成');
    const found = validateRecords(fresh(), { source: edited });
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(codes(found))).toEqual(new Set(['span-mismatch']));
    expect(found[0]!.span).toBeDefined();
  });

  it('reports stale records: changed, added and removed entries', () => {
    const doc = fresh();
    doc.entries[0]!.text = '旧的文字';
    doc.entries.pop();
    const found = validateRecords(doc, { source, stale: true });
    expect(codes(found)).toEqual(['stale-changed', 'stale-added']);
  });

  it('validates NDJSON entries, and custom extractor keys with the user parser', () => {
    const tags = defineExtractor({ name: 'tags', schema: z.object({ tag: z.string() }), extract: () => [{ tag: 'x' }] });
    const parser = defaultParser.extend({ extractors: [tags] });
    const doc = clone(parser.parse(source));
    expect(validateRecords(doc.entries, { parser })).toEqual([]);
    (doc.entries[2]!.tags[0] as { tag: unknown }).tag = 3;
    expect(validateRecords(doc.entries, { parser })[0]).toMatchObject({ path: 'entries[2].tags[0].tag' });
    // without the user's parser, the unknown key is not checked (zod objects strip unknown keys)
    expect(validateRecords(doc.entries)).toEqual([]);
  });
});

describe('dashiji validate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dashiji-validate-'));
  const run = (args: string[]) => spawnSync(process.execPath, ['dist/cli.js', 'validate', ...args], { encoding: 'utf8' });

  it('exits 0 on clean records, 1 on errors, 2 on usage errors', () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(fresh()));
    expect(run([good, '--source', 'fixtures/2020-power-alliance-chronicle.txt', '--stale']).status).toBe(0);
    const bad = fresh();
    bad.entries[1]!.ordinal = 7;
    const badFile = join(dir, 'bad.json');
    writeFileSync(badFile, JSON.stringify(bad));
    const r = run([badFile]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('entries[1].ordinal is 7, expected 2');
    expect(run([badFile, '--stale']).status).toBe(2);
    expect(run([]).status).toBe(2);
  });

  it('reads NDJSON and prints GitHub annotations located in the source', () => {
    const nd = join(dir, 'records.ndjson');
    writeFileSync(nd, fresh().entries.map((e) => JSON.stringify(e)).join('\n'));
    const edited = join(dir, 'edited.txt');
    writeFileSync(edited, source.replace('陈细金', '陈细银'));
    const r = run([nd, '--source', edited, '--format', 'github']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=.*edited\.txt,line=5,col=\d+,endLine=5,endColumn=\d+,title=dashiji span-mismatch::/m);
  });
});
