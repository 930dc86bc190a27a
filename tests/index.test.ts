// The package root's export list, pinned: a name joins or leaves the public API only on purpose
// (and then this list, docs/api.md and the CHANGELOG change together).
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTICS } from '../src/diagnostics/registry.js';
import type { DiagnosticCode } from '../src/diagnostics/registry.js';
import * as root from '../src/index.js';
import { parseChronicle } from '../src/index.js';

/** Runtime values of `import … from 'dashiji'`. */
const VALUES = [
  'ChronicleInputError',
  'ChronicleSchema',
  'ChronicleSummarySchema',
  'DateValueSchema',
  'DiagnosticSchema',
  'EntitySchema',
  'EventTypeSchema',
  'FigureSchema',
  'HeadingSchema',
  'SpanSchema',
  'TimeExpressionSchema',
  'chronicleSchemaFor',
  'claimedRanges',
  'createParser',
  'defaultExtractors',
  'defaultParser',
  'defaultRefiners',
  'defineExtractor',
  'entities',
  'entrySchemaFor',
  'eventTypes',
  'figures',
  'jiebaSegmenter',
  'locateRecords',
  'parseChronicle',
  'parseParallel',
  'parseStream',
  'readChronicle',
  'summarize',
  'times',
  'validateRecords',
];

/** Names that are types only (erased at run time, so read from the source with the compiler). */
const TYPES = [
  'AnyExtractor',
  'AnyParser',
  'BaseEntry',
  'Chronicle',
  'ChronicleEncoding',
  'ChronicleEntry',
  'ChronicleInputErrorCode',
  'ChronicleSource',
  'ChronicleSummary',
  'DateValue',
  'DefaultChronicle',
  'DefaultExtractors',
  'Diagnostic',
  'DocumentContext',
  'Entity',
  'EntityOptions',
  'EventType',
  'EventTypeOptions',
  'ExtractContext',
  'ExtractedFields',
  'Extractor',
  'Figure',
  'FigureKind',
  'FigureTotal',
  'Heading',
  'InputFormat',
  'JiebaOptions',
  'NamedSummary',
  'ParallelOptions',
  'ParseOptions',
  'Parser',
  'ParserConfig',
  'ParserExtension',
  'ParserLike',
  'PersonSummary',
  'PartReport',
  'PlaceSummary',
  'Precision',
  'ReadOptions',
  'RefineContext',
  'Refiner',
  'Segmenter',
  'Severity',
  'Span',
  'StreamOptions',
  'SummarizableChronicle',
  'TaggedToken',
  'TaggedWord',
  'TimeExpression',
  'TimeOfDay',
  'ValidateOptions',
  'ValidationDiagnostic',
  'Word',
];

/**
 * Every name src/index.ts exports, types included, read from its syntax: the root lists each
 * name explicitly (STYLE.md), so a walk over its export statements is the whole list. An
 * `export *` would hide names from this walk, so it is refused.
 */
function exportedNames(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const names: string[] = [];
  const exported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const node of source.statements) {
    if (ts.isExportDeclaration(node)) {
      if (!node.exportClause || !ts.isNamedExports(node.exportClause)) throw new Error(`${file}: export * hides the names it exports`);
      for (const e of node.exportClause.elements) names.push(e.name.text);
    } else if (ts.isVariableStatement(node) && exported(node)) {
      for (const d of node.declarationList.declarations) names.push((d.name as ts.Identifier).text);
    } else if ((ts.isFunctionDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isClassDeclaration(node)) && exported(node)) {
      names.push(node.name!.text);
    }
  }
  return names.sort();
}

describe('the package root', () => {
  it('exports exactly the pinned runtime values', () => {
    expect(Object.keys(root).sort()).toEqual(VALUES);
  });

  it('exports exactly the pinned names, types included', () => {
    expect(exportedNames('src/index.ts')).toEqual([...VALUES, ...TYPES].sort());
  });

  it.each([
    // finders and helpers: subpath exports now
    'findTimes', 'matchEntryDate', 'findFigures', 'parseNumber', 'findEntities', 'parseDictionary', 'uniqueEntities',
    'EVENT_TYPES', 'EVENT_TYPE_LABELS', 'findEventTypes', 'compileVocabulary', 'renderReport', 'fold',
    // the step constants: the factories replace them
    'timesExtractor', 'figuresExtractor', 'entityExtractor', 'typesExtractor', 'dateOrderRefiner',
    // formatting helpers (the CLI's and the report's), internals and dead exports
    'figureKindLabel', 'formatAmount', 'formatFigureTotal', 'formatSummaryText', 'formatPath', 'SEVERITY_RANK',
    'decodeChronicle', 'detectEncoding', 'defaultSegmenter', 'BaseChronicleSchema', 'ImpliedSchema', 'NUMERAL_CHAR',
  ])('no longer exports %s', (name) => {
    expect(name in root).toBe(false);
  });
});

/**
 * One language per run (issue 16, item 11): with `lang: 'en'`, every message of the fixture and
 * of every corpus file is its code's English template, and Chinese appears only inside the
 * parameters that quote the source (a label, a date as written, a page header).
 */
describe("parseChronicle({ lang: 'en' })", () => {
  const QUOTES_SOURCE = new Set(['text', 'label', 'previous', 'found']);
  const templateRegex = (template: string): { re: RegExp; names: string[] } => {
    const names: string[] = [];
    const body = template
      .split(/(\{[A-Za-z]+\})/)
      .map((part) => {
        const name = /^\{([A-Za-z]+)\}$/.exec(part)?.[1];
        if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(name);
        return '([^]*?)';
      })
      .join('');
    return { re: new RegExp(`^${body}$`, 'u'), names };
  };
  const files = [
    'fixtures/2020-power-alliance-chronicle.txt',
    ...readdirSync(new URL('../fixtures/corpus/', import.meta.url))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => `fixtures/corpus/${f}`),
  ];
  it.each(files)('%s: English messages only, same codes and severities as in Chinese', (file) => {
    const text = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
    const en = parseChronicle(text, { lang: 'en' });
    const zh = parseChronicle(text);
    expect(en.diagnostics.map((d) => [d.code, d.severity, d.span])).toEqual(zh.diagnostics.map((d) => [d.code, d.severity, d.span]));
    expect(en.entries).toEqual(zh.entries);
    for (const d of en.diagnostics) {
      const { re, names } = templateRegex(DIAGNOSTICS[d.code as DiagnosticCode].en);
      const m = re.exec(d.message);
      expect(m, `${d.code}: ${d.message}`).not.toBeNull();
      names.forEach((name, i) => {
        if (!QUOTES_SOURCE.has(name)) expect(m![i + 1], `${d.code} {${name}}: ${d.message}`).not.toMatch(/\p{Script=Han}/u);
      });
    }
  });

  it('the default stays Chinese (negative)', () => {
    const doc = parseChronicle('大事记\n1、某日，开会。\n');
    expect(doc.diagnostics.length).toBeGreaterThan(0);
    expect(doc.diagnostics.every((d) => /\p{Script=Han}/u.test(d.message))).toBe(true);
  });

  it.each([['fr'], [''], [1]])('rejects lang %j, naming the option', (lang) => {
    expect(() => parseChronicle('x', { lang } as never)).toThrow(/dashiji: invalid parseChronicle\(\) options: option "lang"/);
  });
});
