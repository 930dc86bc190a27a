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

  // Issue 16, item 11: the same option checker as every other entry point.
  const badOptions: Array<[string, unknown, RegExp]> = [
    ['an unknown option', { sources: 'x' }, /^dashiji: invalid validateRecords\(\) options: unknown option "sources" \(expected source, parser, stale, lang\)/],
    ['a language it does not speak', { lang: 'de' }, /option "lang"/],
    ['a parser that is not one', { parser: {} }, /option "parser": expected a parser/],
  ];
  it.each(badOptions)('rejects %s with a TypeError naming the option', (_label, options, message) => {
    expect(() => validateRecords(fresh(), options as never)).toThrow(TypeError);
    expect(() => validateRecords(fresh(), options as never)).toThrow(message);
  });

  it('reports schema problems with their JSON path', () => {
    const doc = fresh() as unknown as { entries: Array<{ figures: Array<{ value: unknown }> }> };
    doc.entries[1]!.figures[0]!.value = '7';
    const found = validateRecords(doc, { lang: 'en' });
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
    // same length: only the items holding the name stop matching
    const at = source.indexOf('张建琛');
    const edited = source.replace('张建琛', '张建成');
    const found = validateRecords(fresh(), { source: edited });
    expect(found).toHaveLength(1);
    expect(found[0]!.code).toMatch(/^(span-mismatch|source-changed)$/);
    expect(found[0]!.span!.start).toBeGreaterThanOrEqual(at - 10);
  });

  it('one small edit that shifts the rest is ONE source-changed naming its first line (issue 13, item 15)', () => {
    const at = source.indexOf('张建琛');
    const line = source.slice(0, at).split('\n').length;
    const edited = source.replace('张建琛', '张建琛琛');
    const found = validateRecords(fresh(), { source: edited, lang: 'en' });
    expect(codes(found)).toEqual(['source-changed']);
    expect(found[0]!.message).toContain(`from line ${line} on`);
    // a shorter source: items past its end are part of the same change, not one error each
    const cut = validateRecords(fresh(), { source: source.slice(0, source.length - 400) });
    expect(codes(cut)).toEqual(['source-changed']);
    // negative: one wrong record stays a span-mismatch
    const doc = fresh();
    doc.entries.find((e) => e.figures.length > 0)!.figures[0]!.text = '九百九十九';
    expect(codes(validateRecords(doc, { source }))).toEqual(['span-mismatch']);
  });

  it('says "not finite" and "start after end" (issue 13, item 15)', () => {
    const doc = fresh();
    const k = doc.entries.findIndex((e) => e.figures.length > 0);
    doc.entries[k]!.figures[0]!.value = Infinity;
    expect(validateRecords(doc, { lang: 'en' }).map((d) => d.message)).toContain(`entries[${k}].figures[0].value: Infinity is not finite`);
    const reversed = fresh();
    reversed.entries[0]!.span = { start: 20, end: 10 };
    expect(validateRecords(reversed, { lang: 'en' }).map((d) => d.message)).toContain('entries[0].span.end: start 20 after end 10');
  });

  const notChronicles: Array<[string, unknown, string]> = [
    ['an empty array', [], 'no-records'],
    ['a package.json', { name: 'x', version: '1.0.0' }, 'not-a-chronicle'],
    ['an empty object', {}, 'not-a-chronicle'],
  ];
  it.each(notChronicles)('%s is an error, not a pass (issue 13, item 15)', (_label, records, code) => {
    const found = validateRecords(records);
    expect(codes(found)).toEqual([code]);
    expect(found[0]!.severity).toBe('error');
  });

  it('--stale: key order never matters, and title, headings and diagnostics count (issue 13, item 15)', () => {
    const sortKeys = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(sortKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])])) : v;
    expect(validateRecords(sortKeys(fresh()), { source, stale: true })).toEqual([]);
    const rows: Array<[string, (d: ReturnType<typeof fresh>) => void, string]> = [
      ['title', (d) => (d.title = '旧标题'), 'title'],
      ['headings', (d) => d.headings.pop(), 'headings'],
      ['diagnostics', (d) => (d.diagnostics = []), 'diagnostics'],
    ];
    for (const [label, edit, path] of rows) {
      const doc = fresh();
      edit(doc);
      const found = validateRecords(doc, { source, stale: true });
      expect(codes(found), label).toEqual(['stale-changed']);
      expect(found[0]!.path, label).toMatch(new RegExp(`^${path}`));
    }
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
  const run = (args: string[]) => spawnSync(process.execPath, ['dist/cli.js', 'validate', '--lang', 'en', ...args], { encoding: 'utf8' });

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

  it('speaks Chinese by default and English with --lang en (issue 16, item 11)', () => {
    const bad = fresh();
    bad.entries[1]!.ordinal = 7;
    const badFile = join(dir, 'bad-lang.json');
    writeFileSync(badFile, JSON.stringify(bad));
    const zh = spawnSync(process.execPath, ['dist/cli.js', 'validate', badFile], { encoding: 'utf8' });
    expect(zh.stdout).toContain('entries[1].ordinal 为 7，应为 2');
    expect(zh.stdout).not.toContain('expected 2');
    const en = run([badFile]);
    expect(en.stdout).toContain('entries[1].ordinal is 7, expected 2');
    expect(en.stdout).not.toMatch(/\p{Script=Han}/u);
  });

  it('fails on an empty file, [], non-chronicle JSON and a truncated file, naming where it ends (issue 13, item 15)', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['empty.json', '', /the file is empty.*\[no-records\]/],
      ['array.json', '[]\n', /no records: an empty array.*\[no-records\]/],
      ['package.json', '{"name": "x", "version": "1.0.0"}\n', /not chronicle records.*\[not-a-chronicle\]/],
      ['cut.json', JSON.stringify(fresh(), null, 2).slice(0, 500), /cut\.json:\d+:\d+ +error +not valid JSON: it ends unexpectedly at line \d+, column \d+/],
    ];
    for (const [name, text, message] of cases) {
      const file = join(dir, name);
      writeFileSync(file, text);
      const r = run([file]);
      expect(r.status, name).toBe(1);
      expect(r.stdout, name).toMatch(message);
    }
  });

  it('is not fooled by re-sorted keys (jq -S) with --stale', () => {
    const sortKeys = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(sortKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])])) : v;
    const sorted = join(dir, 'sorted.json');
    writeFileSync(sorted, JSON.stringify(sortKeys(fresh()), null, 2));
    const r = run([sorted, '--source', 'fixtures/2020-power-alliance-chronicle.txt', '--stale']);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });

  it("prints record text inert: no workflow command, no terminal escape, one line per problem (issue 13, item 5)", () => {
    const doc = fresh();
    doc.entries[0]!.text = 'x';
    doc.entries[0]!.ordinal = '\n::error file=.github/workflows/ci.yml::pwned\u001b[2J' as unknown as number;
    const file = join(dir, 'evil.json');
    writeFileSync(file, JSON.stringify(doc));
    const r = run([file]);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(/^::error/m);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('\\n::error file=');
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
