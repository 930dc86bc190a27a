#!/usr/bin/env node
/**
 * The dashiji command line: parse, check, validate, schema. Usage errors and unreadable input print
 * one line on stderr and exit 2; `check` and `validate` exit 1 when a problem has severity error.
 */
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  createParser,
  defaultExtractors,
  defaultRefiners,
  entities,
  formatSummaryText,
  parseDictionary,
  renderReport,
  summarize,
  validateRecords,
} from '../index.js';
import type { AnyParser, ChronicleEncoding, DefaultChronicle, ParserLike } from '../index.js';
import { ChronicleInputError, decodeChronicle, locateRecords, readBounded } from '../io/index.js';
import type { ChronicleSource } from '../io/index.js';
import { inputSource, preloadInputs, readOptions } from './input.js';
import { CSV_COLUMNS, csvRows, formatDiagnostics, lineIndex, locate } from './output.js';
import type { Located } from './output.js';

declare const __VERSION__: string | undefined;

const HELP = `dashiji — Chinese chronicle text (大事记) to typed event records

Usage:
  dashiji parse FILE... [--format json|ndjson|csv|text] [-o OUT]
                                                             parse chronicles: text, Markdown, PDF, Word
                                                             (.docx) or web pages (FILE "-" reads stdin;
                                                             a directory means its chronicle files)
  dashiji check FILE... [--format text|json|github]          print diagnostics; exit 1 on any error
  dashiji validate RECORDS... [--source TEXT] [--stale] [--format text|json|github]
                                                             check extracted JSON/NDJSON records
  dashiji summarize FILE [--format json|text]                who, what, how much: the chronicle's index
  dashiji report FILE -o report.html [--title T]             a self-contained HTML timeline page
  dashiji schema                                             print the JSON Schema of the records
  dashiji --help | --version

Options:
  -f, --format FMT     output format (see above)
  -o, --output FILE    write to FILE (atomically) instead of stdout
  -e, --encoding ENC   force the input encoding (utf-8, utf-16le, gb18030, gbk, big5 …); default: detect
      --from FMT       force the input reader: pdf, docx, html, md or text; default: by content, then name
      --dump-text      (parse) print the text the parser sees (PDF, Word, web page) instead of records;
                       same as --format text. Spans of PDF and Word input refer to this text
      --max-size SIZE  refuse inputs larger than SIZE (e.g. 20M, 1G); default 100M
  -y, --year YEAR      the year the chronicle covers, when its text does not say it
  -d, --dict FILE      a names dictionary for the entity extractor ([people] / [organizations] / [places])
  -t, --title TEXT     (report) the page title; default: the chronicle's title
  -s, --source FILE    (validate) the source the records were extracted from (any input format)
      --stale          (validate) re-parse the source and report records that are out of date
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

/** Write `text` to `path` atomically: a temp file beside it, then a rename. */
function writeAtomically(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    if (existsSync(tmp)) unlinkSync(tmp);
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

const TEXT_EXTENSIONS = /\.(?:txt|md|markdown|text|pdf|docx|html?)$/i;

/** Expand directories into their chronicle files (sorted), keep files and "-" as given. */
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
        .filter((name) => TEXT_EXTENSIONS.test(name))
        .sort()
        .map((name) => join(input, name));
      if (found.length === 0) throw new UsageError(`no chronicle files (.txt, .md, .pdf, .docx, .html) in directory ${input}`);
      files.push(...found);
    } else {
      files.push(input);
    }
  }
  return files;
}

/** The `--max-size` in force for every file read (records and dictionaries too). */
let inputLimit: number | undefined;

/** A ChronicleInputError as a usage error (exit 2), with the file's name in front once. */
function inputError(file: string, error: unknown): unknown {
  if (!(error instanceof ChronicleInputError)) return error;
  const name = file === '-' ? 'stdin' : file;
  return new UsageError(error.message.includes(name) ? error.message : `${name}: ${error.message}`);
}

function readText(file: string, encoding: string | undefined): string {
  try {
    return decodeChronicle(readBounded(file, inputLimit), encoding as ChronicleEncoding | undefined).text;
  } catch (error) {
    throw inputError(file, error);
  }
}

/** Read ahead the inputs whose readers are asynchronous (PDF, Word, web pages, stdin). */
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
function parseInput(parser: AnyParser, file: string, values: Values): { doc: DefaultChronicle; source: ChronicleSource } {
  const source = parseInputSource(file, values);
  return { doc: locateRecords(parser.parse(source.text) as DefaultChronicle, source), source };
}

function makeParser(values: { year?: string | undefined; dict?: string | undefined }): AnyParser {
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!Number.isInteger(year) || year < 1 || year > 9999) throw new UsageError(`--year expects a year such as 2020, got "${values.year}"`);
  }
  let extractors: AnyParser['config']['extractors'] = defaultExtractors;
  if (values.dict !== undefined) {
    let dictionary;
    try {
      dictionary = parseDictionary(readText(values.dict, undefined));
    } catch (error) {
      throw new UsageError(`--dict ${values.dict}: ${(error as Error).message.split('\n')[0]}`);
    }
    extractors = defaultExtractors.map((x) => (x.name === 'entities' ? entities(dictionary) : x));
  }
  return createParser({ extractors, refiners: defaultRefiners, ...(year === undefined ? {} : { year }) });
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--format must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

/** One file parsed and formatted: what a worker sends back, so the main thread only concatenates. */
interface ParsedFile {
  /** JSON of the document (json), entry lines (ndjson) or rows (csv). */
  body: string;
}

type RecordFormat = 'json' | 'ndjson' | 'csv';

/** Parse one file and format it; runs in the main thread or in a worker. */
function parseOne(file: string, parser: AnyParser, values: Values, format: RecordFormat, many: boolean): ParsedFile {
  const { doc } = parseInput(parser, file, values);
  const name = file === '-' ? 'stdin' : file;
  if (format === 'json') return { body: JSON.stringify(many ? { file: name, ...doc } : doc, null, 2) };
  if (format === 'ndjson') return { body: doc.entries.map((e) => JSON.stringify(many ? { file: name, ...e } : e) + '\n').join('') };
  return { body: csvRows(name, doc.entries) };
}

/** Files at least this large in total are worth spreading over worker threads. */
const WORKER_THRESHOLD_BYTES = 256 * 1024;

function totalSize(files: readonly string[]): number {
  let n = 0;
  for (const f of files) if (f !== '-') n += statSync(f).size;
  return n;
}

/** Whether `parse` spreads these files over worker threads (each worker then reads its own files). */
function inWorkers(files: readonly string[]): boolean {
  return files.length > 1 && !files.includes('-') && availableParallelism() > 1 && totalSize(files) >= WORKER_THRESHOLD_BYTES;
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

/** Parse many files on worker threads (one per core), keeping the output in input order. */
async function parseInWorkers(files: readonly string[], values: Values, format: RecordFormat, tick: (done: number) => void): Promise<ParsedFile[]> {
  const results: ParsedFile[] = new Array<ParsedFile>(files.length);
  const size = Math.min(availableParallelism(), files.length);
  let next = 0;
  let done = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { dashijiWorker: true, values, format } });
      const feed = () => {
        if (next >= files.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        worker.postMessage({ index, file: files[index] });
      };
      worker.on('message', (m: { index: number; result?: ParsedFile; error?: string; usage?: boolean }) => {
        if (m.error !== undefined) {
          void worker.terminate();
          reject(m.usage ? new UsageError(m.error) : new Error(m.error));
          return;
        }
        results[m.index] = m.result!;
        tick(++done);
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: size }, runWorker));
  return results;
}

/** The worker side: parse the files the main thread sends, one at a time. */
function serveWorker(): void {
  const { values, format } = workerData as { values: Values; format: RecordFormat };
  const parser = makeParser(values);
  parentPort!.on('message', async ({ index, file }: { index: number; file: string }) => {
    try {
      await preload([file], values);
      parentPort!.postMessage({ index, result: parseOne(file, parser, values, format, true) });
    } catch (error) {
      parentPort!.postMessage({ index, error: (error as Error).message, usage: error instanceof UsageError });
    }
  });
}

async function parseCommand(files: string[], values: Values): Promise<number> {
  if (values['dump-text'] || values.format === 'text') return dumpText(files, values);
  const format = oneOf(values.format, ['json', 'ndjson', 'csv'] as const, 'json');
  const parser = makeParser(values);
  const many = files.length > 1;
  const tick = progress(values, files.length);
  let parsed: ParsedFile[];
  if (inWorkers(files)) {
    parsed = await parseInWorkers(files, values, format, tick);
  } else {
    parsed = files.map((file, i) => {
      const r = parseOne(file, parser, values, format, many);
      tick(i + 1);
      return r;
    });
  }
  let text: string;
  if (format === 'json') text = many ? `[\n${parsed.map((p) => p.body).join(',\n')}\n]\n` : `${parsed[0]!.body}\n`;
  else if (format === 'ndjson') text = parsed.map((p) => p.body).join('');
  else text = CSV_COLUMNS.join(',') + '\r\n' + parsed.map((p) => p.body).join('');
  if (values.output) writeAtomically(values.output, text);
  else out(text);
  return 0;
}

/** `--dump-text`: the text the parser sees, so a span into a PDF's or Word file's text can be checked by eye. */
function dumpText(files: string[], values: Values): number {
  const text = files.map((file) => parseInputText(file, values)).join('\n');
  if (values.output) writeAtomically(values.output, text);
  else out(text);
  return 0;
}

function parseInputText(file: string, values: Values): string {
  return parseInputSource(file, values).text;
}

function parseInputSource(file: string, values: Values): ChronicleSource {
  try {
    return inputSource(file, values);
  } catch (error) {
    throw inputError(file, error);
  }
}

function diagnosticsFormat(values: Values) {
  return oneOf(values.format, ['text', 'json', 'github'] as const, 'text');
}

function report(list: Located[], values: Values): number {
  const format = diagnosticsFormat(values);
  const text = formatDiagnostics(list, format);
  if (values.output) writeAtomically(values.output, text);
  else out(text);
  if (format === 'text' && !values.quiet) {
    const errors = list.filter((d) => d.severity === 'error').length;
    const warnings = list.filter((d) => d.severity === 'warning').length;
    process.stderr.write(`${errors} error(s), ${warnings} warning(s), ${list.length - errors - warnings} note(s)\n`);
  }
  return list.some((d) => d.severity === 'error') ? 1 : 0;
}

function checkCommand(files: string[], values: Values): number {
  diagnosticsFormat(values);
  const parser = makeParser(values);
  const list: Located[] = [];
  for (const file of files) {
    const { doc, source } = parseInput(parser, file, values);
    const at = lineIndex(source.source);
    const name = file === '-' ? 'stdin' : file;
    for (const d of doc.diagnostics) list.push(locate({ file: name, code: d.code, severity: d.severity, message: d.message, span: d.span }, at));
  }
  return report(list, values);
}

/** A records file: one JSON document (or array), or NDJSON (one entry per line). */
function readRecords(file: string): unknown {
  const text = readText(file, undefined).trim();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const lines = text.split(/\r?\n/).filter((l) => l.trim());
    return lines.map((line, i) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new UsageError(`${file}: line ${i + 1} is not JSON (expected a JSON document or NDJSON)`);
      }
    });
  }
}

function validateCommand(files: string[], values: Values): number {
  diagnosticsFormat(values);
  const parser = makeParser(values);
  if (values.stale && !values.source) throw new UsageError('--stale needs --source TEXT to re-parse');
  // The source in any format: spans of records from a web page refer to its HTML, from a PDF to
  // its text; a re-parse for --stale is located the same way (PDF pages, HTML offsets).
  const read = values.source === undefined ? undefined : parseInputSource(values.source, values);
  const source = read?.source;
  const checker: ParserLike = read ? { schema: () => parser.schema(), parse: () => locateRecords(parser.parse(read.text), read) } : parser;
  const at = source === undefined ? null : lineIndex(source);
  const list: Located[] = [];
  for (const file of files) {
    const records = readRecords(file);
    const found = validateRecords(records, { parser: checker, ...(source === undefined ? {} : { source }), stale: values.stale === true });
    for (const d of found) {
      const where = d.span && values.source ? values.source : file;
      list.push(locate({ file: where, code: d.code, severity: d.severity, message: d.message, ...(d.path ? { path: d.path } : {}), ...(d.span ? { span: d.span } : {}) }, d.span ? at : null));
    }
  }
  return report(list, values);
}

function summarizeCommand(files: string[], values: Values): number {
  const format = oneOf(values.format, ['json', 'text'] as const, 'json');
  if (files.length !== 1) throw new UsageError('summarize takes exactly one FILE');
  const { doc } = parseInput(makeParser(values), files[0]!, values);
  const summary = summarize(doc);
  const text = format === 'json' ? JSON.stringify(summary, null, 2) + '\n' : formatSummaryText(summary);
  if (values.output) writeAtomically(values.output, text);
  else out(text);
  return 0;
}

function reportCommand(files: string[], values: Values): number {
  if (files.length !== 1) throw new UsageError('report takes exactly one FILE');
  if (!values.output) throw new UsageError('report needs -o FILE.html');
  const { doc } = parseInput(makeParser(values), files[0]!, values);
  writeAtomically(values.output, renderReport(doc, summarize(doc), values.title === undefined ? {} : { title: values.title }));
  if (!values.quiet) process.stderr.write(`wrote ${values.output} (${doc.entries.length} entries)\n`);
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
  dict: { type: 'string', short: 'd' },
  source: { type: 'string', short: 's' },
  title: { type: 'string', short: 't' },
  stale: { type: 'boolean' },
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
  dict?: string | undefined;
  source?: string | undefined;
  title?: string | undefined;
  stale?: boolean | undefined;
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
    case 'parse': {
      if (rest.length === 0) throw new UsageError('parse needs at least one FILE (or - for stdin)');
      const files = expandInputs(rest);
      // Workers read their own files: reading them here too would do the PDFs twice.
      const dump = values['dump-text'] || values.format === 'text';
      return await parseCommand(inWorkers(files) && !dump ? files : await preload(files, values), values);
    }
    case 'check':
      if (rest.length === 0) throw new UsageError('check needs at least one FILE (or - for stdin)');
      return checkCommand(await preload(expandInputs(rest), values), values);
    case 'validate':
      if (rest.length === 0) throw new UsageError('validate needs at least one RECORDS file');
      if (values.source !== undefined) await preload([values.source], values);
      return validateCommand(expandInputs(rest), values);
    case 'summarize':
      if (rest.length === 0) throw new UsageError('summarize needs a FILE');
      return summarizeCommand(await preload(expandInputs(rest), values), values);
    case 'report':
      if (rest.length === 0) throw new UsageError('report needs a FILE');
      return reportCommand(await preload(expandInputs(rest), values), values);
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
    const message = error instanceof UsageError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`dashiji: ${message}\n`);
    process.exitCode = 2;
  }
}

// The same file is the CLI and the worker that `parse` starts for many files.
if (!isMainThread && (workerData as { dashijiWorker?: boolean } | null)?.dashijiWorker) serveWorker();
else void run();
