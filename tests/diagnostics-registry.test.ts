import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { DIAGNOSTICS, PHRASES, diagnostic, explain, phrase, placeholders, severityOf, t } from '../src/diagnostics/registry.js';
import type { DiagnosticCode, DiagnosticParams, PhraseKey } from '../src/diagnostics/registry.js';

const SRC = new URL('../src/', import.meta.url).pathname;
const KEBAB = /'([a-z]+(?:-[a-z]+)+)'/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('registry.ts') ? [path] : [];
  });
}

/**
 * Every code the sources emit: the literals of a `code:` field (`code: blank ? 'empty-input' :
 * 'no-entries'`), the first argument of the registry's `diagnostic(code, …)` and `t(code, …)`, and
 * the code argument of `new ChronicleInputError(message, 'binary-input')`.
 */
function emittedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bcode\s*[:=]\s*([^,\n;]+)/g)) for (const [, code] of m[1]!.matchAll(KEBAB)) codes.add(code!);
    // The registry's helpers take the code first: `diagnostic('undated-entry', …)`, `t('invalid-json', …)`.
    for (const m of text.matchAll(/\b(?:diagnostic|t)\(\s*([^,]+),/g)) for (const [, code] of m[1]!.matchAll(KEBAB)) codes.add(code!);
    for (const m of text.matchAll(/\b(?:unparsed|ChronicleInputError)\(([\s\S]*?)\);/g)) {
      const literals = [...m[1]!.matchAll(KEBAB)];
      if (literals.length) codes.add(literals.at(-1)![1]!);
    }
  }
  return codes;
}

describe('the diagnostics registry', () => {
  const emitted = emittedCodes();
  const registered = Object.keys(DIAGNOSTICS);

  it('finds the codes the sources emit (the scan itself works)', () => {
    for (const code of ['duplicate-label', 'empty-input', 'no-entries', 'page-furniture', 'repeated-title', 'binary-input', 'stale-changed']) expect(emitted).toContain(code);
    expect(emitted).not.toContain('year-month-day'); // a date rule name, not a diagnostic code
  });

  it('holds every code emitted in src/', () => {
    expect([...emitted].filter((code) => !registered.includes(code)).sort()).toEqual([]);
  });

  it('holds no code that nothing emits', () => {
    expect(registered.filter((code) => !emitted.has(code)).sort()).toEqual([]);
  });

  it.each(registered)('%s: both languages take the same parameters, and each language is its own', (code) => {
    const d = DIAGNOSTICS[code as DiagnosticCode];
    expect(placeholders(d.en).sort()).toEqual(placeholders(d.zh).sort());
    expect(d.zh).toMatch(/\p{Script=Han}|^\{path\}/u);
    expect(d.en).not.toMatch(/\p{Script=Han}/u);
  });
});

describe('t', () => {
  const rows: Array<[DiagnosticCode, Record<string, string | number>, 'zh' | 'en', string]> = [
    ['duplicate-label', { label: '33', entry: 35 }, 'zh', '条目编号 33 重复（第 35 条）'],
    ['duplicate-label', { label: '33', entry: 35 }, 'en', 'entry number 33 repeats (entry 35)'],
    ['undated-entry', { entry: 4 }, 'zh', '第 4 条没有自己的日期'],
    ['empty-input', {}, 'en', 'the input is empty (or blank)'],
    // A missing parameter stays visible instead of throwing.
    ['label-gap', { previous: 12, entry: 14 }, 'en', 'entry numbers jump from 12 to {label} (entry 14)'],
    // Replacement text is taken literally, `$&` included.
    ['page-furniture', { text: '$& - 3 -' }, 'zh', '页眉页脚、页码或标记，未计入条目：$& - 3 -'],
  ];
  it.each(rows)('%s %j in %s', (code, params, lang, expected) => {
    expect(t(code, params as never, lang)).toBe(expected);
  });

  it('speaks Chinese by default, as the parser does today', () => {
    expect(t('undated-entry', { entry: 1 })).toBe('第 1 条没有自己的日期');
  });

  it('types the parameters from the template', () => {
    expectTypeOf<DiagnosticParams<'duplicate-label'>>().toEqualTypeOf<Record<'label' | 'entry', string | number>>();
    expectTypeOf<DiagnosticParams<'empty-input'>>().toEqualTypeOf<Record<never, string | number>>();
  });

  it('gives each code its severity', () => {
    expect(severityOf('invalid-item')).toBe('error');
    expect(severityOf('page-furniture')).toBe('info');
    expect(severityOf('label-gap')).toBe('warning');
  });
});

describe('docs/diagnostics.md', () => {
  const page = readFileSync(new URL('../docs/diagnostics.md', import.meta.url), 'utf8');
  it.each(Object.keys(DIAGNOSTICS))('documents %s', (code) => {
    expect(page).toContain(`\`${code}\``);
  });
});

/**
 * Every code rendered with the parameters its emission site passes (issue 16, item 11): no
 * parameter left unfilled, the Chinese one in Chinese, the English one free of Chinese except
 * where a parameter quotes the source.
 */
describe('every code renders in both languages with its site parameters', () => {
  const site: Record<DiagnosticCode, Record<string, string | number>> = {
    'markdown-unreadable': {},
    'empty-input': {},
    'no-entries': {},
    'unparsed-text': {},
    'page-furniture': { text: '- 3 -' },
    'editorial-note': { text: '(1) p. 12' },
    'repeated-title': {},
    'duplicate-label': { label: '33', entry: 35 },
    'label-gap': { previous: '12', label: '14', entry: 13 },
    'ambiguous-date': { reason: 'year guessed as the heading below minus one' },
    'unresolved-date': { text: '3/4', reason: 'no year or month in its context' },
    'date-out-of-order': { entry: 5, date: '2020-01-03', order: 'before', previousEntry: 4, previousDate: '2020-02-01', note: '' },
    'date-outside-year': { entry: 5, date: '2021-01-03', year: 2020 },
    'undated-entry': { entry: 4 },
    'year-overridden': { said: 1990, year: 1991 },
    'refiner-failed': { refiner: 'date-order', reason: 'threw: boom' },
    'era-year-mismatch': { reason: 'reign year 1708, bracket 1710: the bracket wins' },
    'replaced-bytes': { count: 2, encoding: 'gb18030', first: 17 },
    'extractor-failed': { extractor: 'figures', reason: 'threw: boom' },
    'invalid-item': { extractor: 'figures', reason: 'expected number' },
    'schema-mismatch': { path: 'entries[1].figures[0].value', reason: 'expected number, got string' },
    'ordinal-sequence': { path: 'entries[1].ordinal', ordinal: 7, expected: 2 },
    'invalid-date': { path: 'entries[1].date', start: '2020-02-30', end: '2020-03-01' },
    'invalid-figure': { path: 'entries[1].figures[0].value', value: -1 },
    'span-out-of-range': { path: 'entries[1]', start: 10, end: 99999, length: 5000 },
    'no-records': { what: 'an empty array' },
    'not-a-chronicle': { keys: 'name, version' },
    'invalid-json': { reason: "Unexpected token '}'" },
    'source-changed': { line: 7, count: 562, first: 'entries[1].entities[2]: …' },
    'span-mismatch': { path: 'entries[1].entities[2]', start: 315, end: 317, found: 'ab', text: 'cd' },
    'stale-added': { entry: 43 },
    'stale-removed': { path: 'entries[42]' },
    'stale-changed': { path: 'entries[3]', fields: 'text, figures' },
    'binary-input': { what: 'a PDF' },
    'unknown-encoding': { encoding: 'klingon' },
    'undecodable-input': { reason: 'invalid UTF-16' },
    'too-large': { name: 'big.txt', limit: '100 MiB' },
    'unreadable-file': { name: 'a.txt', reason: 'ENOENT' },
    'unsupported-format': { reason: '.doc' },
    'missing-package': { what: 'PDF', package: 'pdfjs-dist' },
    'broken-document': { reason: 'bad zip' },
    'encrypted-pdf': {},
    'no-text-layer': {},
  };

  it('has a row for every registered code, and none for a code that is gone', () => {
    expect(Object.keys(site).sort()).toEqual(Object.keys(DIAGNOSTICS).sort());
  });

  it.each(Object.keys(DIAGNOSTICS) as DiagnosticCode[])('%s', (code) => {
    const params = site[code] as never;
    const zh = t(code, params, 'zh');
    const en = t(code, params, 'en');
    for (const message of [zh, en]) expect(message).not.toMatch(/\{[A-Za-z]+\}/);
    expect(zh).toMatch(/\p{Script=Han}/u);
    expect(en).not.toMatch(/\p{Script=Han}/u);
    expect(diagnostic(code, params, 'en')).toEqual({ code, severity: severityOf(code), message: en });
  });

  it('a template missing a parameter at its site is caught (negative)', () => {
    expect(t('label-gap', { entry: 1 } as never, 'en')).toMatch(/\{previous\}/);
  });
});

describe('explain and phrase', () => {
  const rows: Array<[string, 'zh' | 'en', string]> = [
    ['日期范围的终点早于起点 (range ends before it starts)', 'zh', '日期范围的终点早于起点'],
    ['日期范围的终点早于起点 (range ends before it starts)', 'en', 'range ends before it starts'],
    ['康熙47年应为1708年，括注为1710年，取括注 (reign year 1708, bracket 1710: the bracket wins)', 'en', 'reign year 1708, bracket 1710: the bracket wins'],
    // Negative: text in another shape (a custom message) is kept as it is.
    ['只有中文', 'en', '只有中文'],
    ['（全角括号）', 'en', '（全角括号）'],
  ];
  it.each(rows)('explain(%j, %s)', (text, lang, expected) => {
    expect(explain(text, lang)).toBe(expected);
  });

  it.each(Object.keys(PHRASES) as PhraseKey[])('phrase %s speaks both languages', (key) => {
    const params = { type: 'object', reason: 'boom', line: 3, column: 1 };
    expect(phrase(key, 'en', params)).not.toMatch(/\p{Script=Han}|\{[A-Za-z]+\}/u);
    expect(phrase(key, 'zh', params)).not.toMatch(/\{[A-Za-z]+\}/);
  });
});
