import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { DIAGNOSTICS, placeholders, severityOf, t } from '../src/diagnostics/registry.js';
import type { DiagnosticCode, DiagnosticParams } from '../src/diagnostics/registry.js';

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
    ['page-furniture', { text: '$& - 3 -' }, 'zh', '页眉页脚或页码，未计入条目：$& - 3 -'],
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
