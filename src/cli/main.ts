#!/usr/bin/env node
/**
 * The dashiji command line: parse, check, validate, schema. Usage errors and unreadable input print
 * one line on stderr and exit 2; `check` and `validate` exit 1 when a problem has severity error.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  createParser,
  defaultExtractors,
  defaultRefiners,
  entities,
  summarize,
  validateRecords,
} from '../index.js';
import type { AnyParser, ChronicleEncoding, DefaultChronicle, ParallelOptions, ParserLike } from '../index.js';
import { parseParallel } from '../parallel.js';
import { ChronicleInputError, decodeChronicle, locateRecords, readBounded } from '../io/index.js';
import type { ChronicleSource } from '../io/index.js';
import { inputSource, isPreloaded, preloadInputs, langOf, readOptions } from './input.js';
import { parseDictionary } from '../entry/entities.js';
import { renderReport } from '../entry/report.js';
import { describeThrown } from '../parser.js';
import { defaultSegmenter, isSegmenterUnavailable } from '../words.js';
import type { Segmenter } from '../words.js';
import { closeEarlySegmenter, earlySegmenter } from './segmenter-thread.js';
import { CSV_COLUMNS, UTF8_BOM, csvField, csvRow, escapeControls, formatDiagnostics, lineIndex, locate } from './output.js';
import { formatSummaryScreen } from './screen.js';
import type { Located } from './output.js';
import { createCounter, helperCount, largestFirst, probe, runPool, serve } from './pool.js';
import { parseRecords } from './records.js';
import { OutputError, jsonChunks, openSink, writeAll } from './write.js';
import type { Sink } from './write.js';

declare const __VERSION__: string | undefined;

const HELP = `dashiji — Chinese chronicle text (大事记) to typed event records

Usage:
  dashiji parse FILE... [--format json|ndjson|csv|text] [-o OUT]
                                                             parse chronicles: text, Markdown, PDF, Word
                                                             (.docx) or web pages (FILE "-" reads stdin;
                                                             a directory means its chronicle files
                                                             except README, CHANGELOG …; one with
                                                             no dated entry is skipped, with a note)
  dashiji check FILE... [--format text|json|github]          print diagnostics; exit 1 on any error
  dashiji validate RECORDS... [--source TEXT] [--stale] [--format text|json|github]
                                                             check extracted JSON/NDJSON records
  dashiji summarize FILE [--format json|text]                who, what, how much: the chronicle's index
                                                             (text: one screen)
  dashiji report FILE -o report.html [--title T]             a self-contained HTML timeline page
  dashiji schema                                             print the JSON Schema of the records
  dashiji --help | --version

Options:
  -f, --format FMT     output format (see above)
  -o, --output FILE    write to FILE instead of stdout: atomically, keeping its mode; never
                       through a symlink, into a FIFO or device, or over an input file
      --bom            (csv) start with a UTF-8 byte-order mark (default when -o names a .csv)
  -e, --encoding ENC   force the input encoding (utf-8, utf-16le, gb18030, gbk, big5 …); default: detect
      --from FMT       force the input reader: pdf, docx, html, md or text; default: by content, then name
      --dump-text      (parse) print the text the parser sees (PDF, Word, web page) instead of records;
                       same as --format text. Spans of PDF and Word input refer to this text
      --max-size SIZE  refuse inputs larger than SIZE (e.g. 20M, 1G); default 100M
  -y, --year YEAR      the year the chronicle covers, when its text does not say it
      --lang zh|en     the language of diagnostic messages (every command); default zh
  -d, --dict FILE      a names dictionary for the entity extractor ([people] / [organizations] / [places])
  -t, --title TEXT     (report) the page title; default: the chronicle's title
  -s, --source FILE    (validate) the source the records were extracted from (any input format)
      --stale          (validate) re-parse the source and report records that are out of date
  -j, --jobs N         (parse) threads, the main thread included: for many files (default: the idle
                       cores), or for one large input (default: 1)
  -q, --quiet          no progress output
  -h, --help           this help
  -v, --version        the version

Exit status: 0 success, 1 problems found (check, validate), 2 usage or input error.
`;

/** A usage or input error: one line on stderr, exit 2. */
class UsageError extends Error {}

function version(): string {
  if (typeof __VERSION__ === 'string') return __VERSION__;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

/** Write to stdout; a closed pipe (`dashiji parse big.txt | head`) ends the process quietly. */
function out(text: string): void {
  if (text) process.stdout.write(text);
}

const TEXT_EXTENSIONS = /\.(?:txt|md|markdown|text|pdf|docx|html?)$/i;

/** Expand directories into their chronicle files (sorted), keep files and "-" as given. */
/**
 * A repository's own documents, which sit beside chronicles in a `texts/` folder but are never one:
 * a directory argument leaves them out (name them explicitly to parse them anyway).
 */
const REPOSITORY_DOCUMENTS = /^(?:readme|changelog|changes|contributing|licen[cs]e|code_of_conduct|security|authors)(?:[._-][\w.-]*)?$/i;

/** Files found by expanding a directory: they are skipped when they yield no dated entry. */
const discovered = new Set<string>();

/**
 * Whether to leave out a file found in a directory: a chronicle has dated entries, so a file with
 * none is some other document (notes, an index). Said on stderr, so nothing vanishes silently.
 */
function skipUndated(file: string, doc: { entries: ReadonlyArray<{ date: unknown }> }, values: Values): boolean {
  if (!discovered.has(file) || doc.entries.some((e) => e.date !== null)) return false;
  noteSkipped(file, values);
  return true;
}

function noteSkipped(file: string, values: Values): void {
  if (!values.quiet) process.stderr.write(`dashiji: skipped ${escapeControls(file)}: no dated entry, not a chronicle\n`);
}

function expandInputs(inputs: readonly string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push(input);
      continue;
    }
    let stat;
    try {
      stat = statSync(input);
    } catch {
      throw new UsageError(`no such file: ${input}`);
    }
    if (stat.isDirectory()) {
      const found = readdirSync(input)
        .filter((name) => TEXT_EXTENSIONS.test(name) && !REPOSITORY_DOCUMENTS.test(name))
        .sort()
        .map((name) => join(input, name));
      if (found.length === 0) throw new UsageError(`no chronicle files (.txt, .md, .pdf, .docx, .html) in directory ${input}`);
      for (const file of found) discovered.add(file);
      files.push(...found);
    } else {
      files.push(input);
    }
  }
  return files;
}

/** How a file is named in messages and records: standard input is `stdin`. */
const displayName = (file: string) => (file === '-' ? 'stdin' : file);

/** The `--max-size` in force for every file read (records and dictionaries too). */
let inputLimit: number | undefined;

/** A ChronicleInputError as a usage error (exit 2), with the file's name in front once. */
function inputError(file: string, error: unknown): unknown {
  if (!(error instanceof ChronicleInputError)) return error;
  const name = displayName(file);
  return new UsageError(error.message.includes(name) ? error.message : `${name}: ${error.message}`);
}

function readText(file: string, encoding: string | undefined): string {
  try {
    return decodeChronicle(readBounded(file, inputLimit), encoding as ChronicleEncoding | undefined).text;
  } catch (error) {
    throw inputError(file, error);
  }
}

/**
 * Read ahead the inputs whose readers are asynchronous (PDF, Word, web pages, and stdin, read
 * without blocking the event loop so an interrupt still removes a half-written `-o` file).
 */
async function preload(files: string[], values: Values): Promise<string[]> {
  for (const file of files) {
    try {
      await preloadInputs([file], values);
    } catch (error) {
      throw inputError(file, error);
    }
  }
  return files;
}

/** One input parsed, its spans referring to what the docs say (the HTML source, the PDF's text). */
/** The same parser reading Markdown structure: for `.md` files and `--from md`, whatever the text looks like. */
const markdownParsers = new WeakMap<AnyParser, AnyParser>();

function parseInput(parser: AnyParser, file: string, values: Values, source = parseInputSource(file, values)): { doc: DefaultChronicle; source: ChronicleSource } {
  words = earlySegmenter(source.text.length, defaultSegmenter) ?? defaultSegmenter();
  let reader = parser;
  if (source.format === 'md') {
    reader = markdownParsers.get(parser) ?? parser.extend({ markdown: true });
    markdownParsers.set(parser, reader);
  }
  return { doc: locateRecords(reader.parse(source.text) as DefaultChronicle, source), source };
}

function parseInputSource(file: string, values: Values): ChronicleSource {
  try {
    return inputSource(file, values);
  } catch (error) {
    throw inputError(file, error);
  }
}

/**
 * The words of the input being parsed: from the thread that started loading jieba with the CLI
 * (small inputs, see segmenter-thread.ts), else jieba in this thread. Both give the same words.
 */
let words: Segmenter | undefined;
const cliSegmenter: Segmenter = {
  cut: (text) => (words ??= defaultSegmenter()).cut(text),
  tag: (text) => (words ??= defaultSegmenter()).tag?.(text) ?? [],
};

/** The options each parser of makeParser was made from: what parseParallel's threads build again. */
const parserOptions = new WeakMap<AnyParser, ParallelOptions>();

function makeParser(values: { year?: string | undefined; dict?: string | undefined; lang?: string | undefined }): AnyParser {
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!Number.isInteger(year) || year < 1 || year > 9999) throw new UsageError(`--year expects a year such as 2020, got "${values.year}"`);
  }
  let extractors: AnyParser['config']['extractors'] = defaultExtractors;
  let dictionary: ParallelOptions['dictionary'];
  if (values.dict !== undefined) {
    try {
      dictionary = parseDictionary(readText(values.dict, undefined));
    } catch (error) {
      // One line for the terminal: without the library's prefix, the dictionary's problems joined.
      throw new UsageError(`--dict ${values.dict}: ${(error as Error).message.replace(/^dashiji: /, '').replace(/:\n/, ': ').split('\n').join('; ')}`);
    }
    const entityOptions = dictionary;
    extractors = defaultExtractors.map((x) => (x.name === 'entities' ? entities(entityOptions) : x));
  }
  const lang = langOf(values);
  const parser = createParser({ extractors, refiners: defaultRefiners, segmenter: cliSegmenter, lang, ...(year === undefined ? {} : { year }) });
  parserOptions.set(parser, { lang, ...(year === undefined ? {} : { year }), ...(dictionary === undefined ? {} : { dictionary }) });
  return parser;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--format must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

type RecordFormat = 'json' | 'ndjson' | 'csv';

/**
 * One parsed file in its output format, as chunks: a JSON document entry by entry (byte for byte
 * `JSON.stringify(doc, null, 2)`), one NDJSON line or CSV row per entry. With many files each
 * record carries its file name.
 */
function* formatFile(name: string, doc: DefaultChronicle, format: RecordFormat, many: boolean): Generator<string> {
  if (format === 'json') {
    yield* jsonChunks(many ? { file: name, ...doc } : doc, 3);
    return;
  }
  for (const e of doc.entries) yield format === 'ndjson' ? JSON.stringify(many ? { file: name, ...e } : e) + '\n' : csvRow(name, e);
}

function parseFile(file: string, parser: AnyParser, values: Values): DefaultChronicle {
  return parseInput(parser, file, values).doc;
}

/** Characters from which one input is parsed on several threads (parseParallel). */
const PARALLEL_CHARS = 1 << 19;

/**
 * The only input: with `--jobs N` (N ≥ 2) and 512 Ki characters or more, parsed on N threads
 * (parseParallel: the same records as one thread), else as any file. Not by default: on the
 * 2-vCPU machines this was measured on, two threads read one document no faster than one
 * (docs/performance.md).
 */
async function parseOne(file: string, parser: AnyParser, values: Values): Promise<DefaultChronicle> {
  const source = parseInputSource(file, values);
  const threads = values.jobs === undefined ? 1 : Math.min(availableParallelism(), jobsOf(values.jobs));
  if (source.text.length < PARALLEL_CHARS || threads < 2) return parseInput(parser, file, values, source).doc;
  closeEarlySegmenter();
  const options = parserOptions.get(parser) ?? {};
  const doc = await parseParallel(source.text, { ...options, ...(source.format === 'md' ? { markdown: true } : {}), threads });
  return locateRecords(doc, source);
}

/** A worker's answer: one file's output, in pieces of about a megabyte (no giant string); null when skipped. */
function formatInPieces(file: string, parser: AnyParser, values: Values, format: RecordFormat): string[] | null {
  const doc = parseFile(file, parser, values);
  if (discovered.has(file) && !doc.entries.some((e) => e.date !== null)) return null;
  const pieces: string[] = [];
  let piece: string[] = [];
  let size = 0;
  for (const chunk of formatFile(displayName(file), doc, format, true)) {
    piece.push(chunk);
    size += chunk.length;
    if (size >= 1 << 20) {
      pieces.push(piece.join(''));
      piece = [];
      size = 0;
    }
  }
  pieces.push(piece.join(''));
  return pieces;
}

/** A progress line on stderr, only on a terminal and without --quiet. */
function progress(values: Values, total: number): (done: number) => void {
  if (values.quiet || !process.stderr.isTTY || total < 2) return () => {};
  return (done) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`);
    if (done === total) process.stderr.write('\n');
  };
}

/** What the main thread gives each helper worker (src/cli/pool.ts): the files and where to claim them. */
interface PoolWorkerData {
  dashijiWorker: true;
  values: Values;
  format: RecordFormat;
  files: readonly string[];
  /** Files found by expanding a directory (skipped when they hold no dated entry). */
  discovered: readonly string[];
  order: readonly number[];
  counter: Int32Array;
}

/**
 * Parse many files on the main thread and on helper workers together; each file's output (or null
 * when it is skipped) in input order. The helpers (one per spare core, only for inputs large enough
 * to pay for them) claim files, largest first, from a shared counter. Files that need an
 * asynchronous reader (PDF, Word, web pages, stdin) are parsed on the main thread alone, which has
 * read them already. Returns null when no helper is worth starting: the caller then streams.
 */
async function parseMany(files: readonly string[], parser: AnyParser, values: Values, format: RecordFormat, tick: (done: number) => void): Promise<Array<string[] | null> | null> {
  if (files.length < 2 || files.some((f) => f === '-' || isPreloaded(f))) return null;
  const input = {
    sizes: files.map((f) => statSync(f).size),
    cores: availableParallelism(),
    stdin: false,
    ...(values.jobs === undefined ? {} : { jobs: jobsOf(values.jobs) }),
  };
  let helpers = helperCount(input);
  if (helpers === 0) return null;
  // Inputs this large load jieba in-thread anyway; the early thread would only keep a core busy
  // while the probe below measures which cores are idle.
  closeEarlySegmenter();
  const here = (i: number) => formatInPieces(files[i]!, parser, values, format);
  const results = new Array<string[] | null>(files.length);
  let order = largestFirst(input.sizes);
  if (values.jobs === undefined) {
    // No --jobs: start only as many helpers as the machine has idle cores (src/cli/pool.ts).
    const { rest, idle } = probe(order, here, results, tick);
    order = rest;
    helpers = Math.min(helpers, helperCount({ ...input, idle }));
  }
  const counter = createCounter();
  const data: PoolWorkerData = { dashijiWorker: true, values, format, files, discovered: [...discovered], order, counter };
  const workers = Array.from({ length: order.length > 0 ? helpers : 0 }, () => new Worker(new URL(import.meta.url), { workerData: data }));
  return runPool<string[] | null>({
    order,
    counter,
    workers,
    here,
    tick,
    results,
    fail: (message, usage) => (usage ? new UsageError(message) : new Error(message)),
  });
}

/** `--jobs N`: threads in all, the main thread included; 1 parses on the main thread alone. */
function jobsOf(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs expects a number of threads such as 4, got "${value}"`);
  return n;
}

/** The worker side: claim files from the shared counter and parse them until none is left. */
function serveWorker(): void {
  const { values, format, files, order, counter, discovered: found } = workerData as PoolWorkerData;
  for (const file of found) discovered.add(file);
  const parser = makeParser(values);
  serve(counter, order, (i) => formatInPieces(files[i]!, parser, values, format), (m) => parentPort!.postMessage(m), (e) => e instanceof UsageError || isSegmenterUnavailable(e));
}

/** Every file the command reads, for refusing an `-o` that would overwrite one of them. */
function inputsOf(files: readonly string[], values: Values): string[] {
  return [...files, ...(values.source ? [values.source] : []), ...(values.dict ? [values.dict] : [])];
}

/**
 * Parse and write as it goes: each file is parsed, written entry by entry and dropped before the
 * next one, so memory holds one file's records, never the whole output as one string.
 */
async function parseCommand(files: string[], values: Values): Promise<number> {
  if (values['dump-text'] || values.format === 'text') return dumpText(files, values);
  const format = oneOf(values.format, ['json', 'ndjson', 'csv'] as const, 'json');
  const parser = makeParser(values);
  const many = files.length > 1;
  const tick = progress(values, files.length);
  const sink = openSink(values.output, inputsOf(files, values));
  try {
    // Excel reads a CSV without a byte-order mark in the local code page: Chinese turns to mojibake.
    if (format === 'csv' && (values.bom || /\.csv$/i.test(values.output ?? ''))) sink.write(UTF8_BOM);
    if (format === 'csv') sink.write(CSV_COLUMNS.map(csvField).join(',') + '\r\n');
    if (format === 'json' && many) sink.write('[\n');
    const separator = format === 'json' ? (many ? ',\n' : '') : '';
    let first = true;
    const begin = () => {
      if (!first) sink.write(separator);
      first = false;
    };
    const pooled = await parseMany(files, parser, values, format, tick);
    if (pooled) {
      for (const [index, pieces] of pooled.entries()) {
        if (pieces === null) {
          noteSkipped(files[index]!, values);
          continue;
        }
        begin();
        for (const piece of pieces) sink.write(piece);
        if (sink.backedUp) await sink.ready();
      }
    } else {
      for (const [i, file] of files.entries()) {
        if (file === '-') await preload([file], values);
        const doc = many ? parseFile(file, parser, values) : await parseOne(file, parser, values);
        tick(i + 1);
        if (skipUndated(file, doc, values)) continue;
        begin();
        for (const chunk of formatFile(displayName(file), doc, format, many)) {
          sink.write(chunk);
          if (sink.backedUp) await sink.ready();
        }
      }
    }
    if (format === 'json') sink.write(many ? '\n]\n' : '\n');
    await sink.commit();
  } catch (error) {
    sink.abort();
    throw error;
  }
  return 0;
}

/** `--dump-text`: the text the parser sees, so a span into a PDF's or Word file's text can be checked by eye. */
async function dumpText(files: string[], values: Values): Promise<number> {
  const text = files.map((file) => parseInputSource(file, values).text).join('\n');
  await writeAll(openSink(values.output, inputsOf(files, values)), text);
  return 0;
}

function diagnosticsFormat(values: Values) {
  return oneOf(values.format, ['text', 'json', 'github'] as const, 'text');
}

async function report(list: Located[], values: Values, inputs: readonly string[]): Promise<number> {
  const format = diagnosticsFormat(values);
  const text = formatDiagnostics(list, format);
  await writeAll(openSink(values.output, inputs), text);
  if (format === 'text' && !values.quiet) {
    const errors = list.filter((d) => d.severity === 'error').length;
    const warnings = list.filter((d) => d.severity === 'warning').length;
    process.stderr.write(`${errors} error(s), ${warnings} warning(s), ${list.length - errors - warnings} note(s)\n`);
  }
  return list.some((d) => d.severity === 'error') ? 1 : 0;
}

async function checkCommand(files: string[], values: Values): Promise<number> {
  diagnosticsFormat(values);
  const parser = makeParser(values);
  const list: Located[] = [];
  for (const file of files) {
    const { doc, source } = parseInput(parser, file, values);
    const at = lineIndex(source.source);
    const name = displayName(file);
    if (skipUndated(file, doc, values)) continue;
    for (const d of doc.diagnostics) list.push(locate({ file: name, code: d.code, severity: d.severity, message: d.message, span: d.span }, at));
  }
  return report(list, values, inputsOf(files, values));
}

async function validateCommand(files: string[], values: Values): Promise<number> {
  diagnosticsFormat(values);
  const parser = makeParser(values);
  if (values.stale && !values.source) throw new UsageError('--stale needs --source TEXT to re-parse');
  // The source in any format: spans of records from a web page refer to its HTML, from a PDF to
  // its text; a re-parse for --stale is located the same way (PDF pages, HTML offsets).
  const input = values.source === undefined ? undefined : parseInputSource(values.source, values);
  const source = input?.source;
  const checker: ParserLike = input ? { schema: () => parser.schema(), parse: () => locateRecords(parser.parse(input.text), input) } : parser;
  const at = source === undefined ? null : lineIndex(source);
  const list: Located[] = [];
  for (const file of files) {
    const read = parseRecords(readText(file, undefined), langOf(values));
    if ('problem' in read) {
      const { code, message, line, column } = read.problem;
      list.push({ file, code, severity: 'error', message, ...(line === undefined ? {} : { line, column }) });
      continue;
    }
    const records = read.records;
    const found = validateRecords(records, { parser: checker, ...(source === undefined ? {} : { source }), stale: values.stale === true, lang: langOf(values) });
    for (const d of found) {
      const where = d.span && values.source ? values.source : file;
      list.push(locate({ file: where, code: d.code, severity: d.severity, message: d.message, ...(d.path ? { path: d.path } : {}), ...(d.span ? { span: d.span } : {}) }, d.span ? at : null));
    }
  }
  return report(list, values, inputsOf(files, values));
}

async function summarizeCommand(files: string[], values: Values): Promise<number> {
  const format = oneOf(values.format, ['json', 'text'] as const, 'json');
  if (files.length !== 1) throw new UsageError('summarize takes exactly one FILE');
  const { doc } = parseInput(makeParser(values), files[0]!, values);
  const summary = summarize(doc);
  // The text summary keeps its line structure; a control character inside a name is made visible.
  const text = format === 'json' ? JSON.stringify(summary, null, 2) + '\n' : escapeControls(formatSummaryScreen(summary), true);
  await writeAll(openSink(values.output, inputsOf(files, values)), text);
  return 0;
}

async function reportCommand(files: string[], values: Values): Promise<number> {
  if (files.length !== 1) throw new UsageError('report takes exactly one FILE');
  if (!values.output) throw new UsageError('report needs -o FILE.html');
  const { doc } = parseInput(makeParser(values), files[0]!, values);
  await writeAll(openSink(values.output, inputsOf(files, values)), renderReport(doc, summarize(doc), values.title === undefined ? {} : { title: values.title }));
  if (!values.quiet) process.stderr.write(`wrote ${escapeControls(values.output)} (${doc.entries.length} entries)\n`);
  return 0;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  encoding: { type: 'string', short: 'e' },
  from: { type: 'string' },
  'max-size': { type: 'string' },
  'dump-text': { type: 'boolean' },
  year: { type: 'string', short: 'y' },
  lang: { type: 'string' },
  dict: { type: 'string', short: 'd' },
  source: { type: 'string', short: 's' },
  title: { type: 'string', short: 't' },
  jobs: { type: 'string', short: 'j' },
  stale: { type: 'boolean' },
  bom: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = {
  format?: string | undefined;
  output?: string | undefined;
  encoding?: string | undefined;
  from?: string | undefined;
  'max-size'?: string | undefined;
  'dump-text'?: boolean | undefined;
  year?: string | undefined;
  lang?: string | undefined;
  dict?: string | undefined;
  source?: string | undefined;
  title?: string | undefined;
  jobs?: string | undefined;
  stale?: boolean | undefined;
  bom?: boolean | undefined;
  quiet?: boolean | undefined;
  help?: boolean | undefined;
  version?: boolean | undefined;
};

/** Run the CLI with `argv` (without node and the script); returns the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's message adds a long hint after the first sentence; the first sentence says it all.
    throw new UsageError((error as Error).message.split(/\n|\. /)[0]!.replace(/\.$/, ''));
  }
  const values = parsed.values as Values;
  const [command, ...rest] = parsed.positionals;
  try {
    inputLimit = readOptions(values).maxSize;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.version) {
    out(version() + '\n');
    return 0;
  }
  if (values.help || command === undefined || command === 'help') {
    out(HELP);
    return command === undefined && !values.help ? 2 : 0;
  }
  switch (command) {
    case 'parse':
      if (rest.length === 0) throw new UsageError('parse needs at least one FILE (or - for stdin)');
    {
      const files = expandInputs(rest);
      // Workers read their own files: reading them here too would do the PDFs twice.
      const dump = values['dump-text'] || values.format === 'text';
      // PDF, Word and web pages are read here (their readers are asynchronous); standard input is
      // read inside the command, once its -o file is open: an interrupt while waiting for it still
      // removes the temporary file.
      await preload(dump ? files : files.filter((f) => f !== '-'), values);
      return await parseCommand(files, values);
    }
    case 'check':
      if (rest.length === 0) throw new UsageError('check needs at least one FILE (or - for stdin)');
      return await checkCommand(await preload(expandInputs(rest), values), values);
    case 'validate':
      if (rest.length === 0) throw new UsageError('validate needs at least one RECORDS file');
      if (values.source !== undefined) await preload([values.source], values);
      return await validateCommand(expandInputs(rest), values);
    case 'summarize':
      if (rest.length === 0) throw new UsageError('summarize needs a FILE');
      return await summarizeCommand(await preload(expandInputs(rest), values), values);
    case 'report':
      if (rest.length === 0) throw new UsageError('report needs a FILE');
      return await reportCommand(await preload(expandInputs(rest), values), values);
    case 'schema':
      out(JSON.stringify(makeParser(values).jsonSchema(), null, 2) + '\n');
      return 0;
    default:
      throw new UsageError(`unknown command "${command}" (try dashiji --help)`);
  }
}

async function run(): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    // A missing jieba binary is an installation problem: its message already names the fix.
    const message =
      error instanceof UsageError || error instanceof OutputError || isSegmenterUnavailable(error)
        ? error.message.replace(/^dashiji: /, '')
        : `internal error: ${describeThrown(error)}`;
    process.stderr.write(`dashiji: ${escapeControls(message)}\n`);
    process.exitCode = 2;
  }
}

// The same file is the CLI and the worker that `parse` starts for many files.
if (!isMainThread && (workerData as { dashijiWorker?: boolean } | null)?.dashijiWorker) serveWorker();
else void run();
