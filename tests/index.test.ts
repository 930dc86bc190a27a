// The package root's export list, pinned: a name joins or leaves the public API only on purpose
// (and then this list, docs/api.md and the CHANGELOG change together).
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';

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
  'ParseOptions',
  'Parser',
  'ParserConfig',
  'ParserExtension',
  'ParserLike',
  'PersonSummary',
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
