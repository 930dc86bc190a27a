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
import type { AnyParser, ChronicleEncoding, DefaultChronicle } from '../index.js';
import { ChronicleInputError, decodeChronicle } from '../io.js';
import { CSV_COLUMNS, csvRows, formatDiagnostics, lineIndex, locate } from './output.js';
import type { Located } from './output.js';
import { createCounter, helperCount, largestFirst, probe, runPool, serve } from './pool.js';

declare const __VERSION__: string | undefined;

const HELP = `dashiji — Chinese chronicle text (大事记) to typed event records

Usage:
  dashiji parse FILE... [--format json|ndjson|csv] [-o OUT]   parse chronicles (FILE "-" reads stdin;
                                                             a directory means its .txt/.md files)
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
  -y, --year YEAR      the year the chronicle covers, when its text does not say it
  -d, --dict FILE      a names dictionary for the entity extractor ([people] / [organizations] / [places])
  -t, --title TEXT     (report) the page title; default: the chronicle's title
  -s, --source FILE    (validate) the source text the records were extracted from
      --stale          (validate) re-parse the source and report records that are out of date
  -j, --jobs N         (parse) threads for many files, the main thread included; default: the idle cores
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

const TEXT_EXTENSIONS = /\.(?:txt|md|markdown|text)$/i;

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
      if (found.length === 0) throw new UsageError(`no chronicle files (.txt, .md) in directory ${input}`);
      files.push(...found);
    } else {
      files.push(input);
    }
  }
  return files;
}

function readBytes(file: string): Buffer {
  try {
    return file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`no such file: ${file}`);
    if (code === 'EISDIR') throw new UsageError(`${file} is a directory`);
    throw new UsageError(`cannot read ${file}: ${code ?? (error as Error).message}`);
  }
}

function readText(file: string, encoding: string | undefined): string {
  try {
    return decodeChronicle(readBytes(file), encoding as ChronicleEncoding | undefined).text;
  } catch (error) {
    if (error instanceof ChronicleInputError) throw new UsageError(`${file === '-' ? 'stdin' : file}: ${error.message}`);
    throw error;
  }
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
  const doc = parser.parse(readText(file, values.encoding)) as DefaultChronicle;
  const name = file === '-' ? 'stdin' : file;
  if (format === 'json') return { body: JSON.stringify(many ? { file: name, ...doc } : doc, null, 2) };
  if (format === 'ndjson') return { body: doc.entries.map((e) => JSON.stringify(many ? { file: name, ...e } : e) + '\n').join('') };
  return { body: csvRows(name, doc.entries) };
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
  order: readonly number[];
  counter: Int32Array;
}

/**
 * Parse the files on the main thread and on helper workers together, output in input order. The
 * helpers (one per spare core, only for inputs large enough) claim files from a shared counter.
 */
async function parseMany(files: readonly string[], parser: AnyParser, values: Values, format: RecordFormat, tick: (done: number) => void): Promise<ParsedFile[]> {
  const input = {
    sizes: files.map((f) => (f === '-' ? 0 : statSync(f).size)),
    cores: availableParallelism(),
    stdin: files.includes('-'),
    ...(values.jobs === undefined ? {} : { jobs: jobsOf(values.jobs) }),
  };
  const here = (i: number) => parseOne(files[i]!, parser, values, format, files.length > 1);
  const results = new Array<ParsedFile>(files.length);
  let order = largestFirst(input.sizes);
  let helpers = helperCount(input);
  if (helpers > 0 && values.jobs === undefined) {
    // No --jobs: start only as many helpers as the machine has idle cores (src/cli/pool.ts).
    const { rest, idle } = probe(order, here, results, tick);
    order = rest;
    helpers = Math.min(helpers, helperCount({ ...input, idle }));
  }
  const counter = createCounter();
  const data: PoolWorkerData = { dashijiWorker: true, values, format, files, order, counter };
  const workers = Array.from({ length: order.length > 0 ? helpers : 0 }, () => new Worker(new URL(import.meta.url), { workerData: data }));
  return runPool<ParsedFile>({
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
  const { values, format, files, order, counter } = workerData as PoolWorkerData;
  const parser = makeParser(values);
  serve(counter, order, (i) => parseOne(files[i]!, parser, values, format, true), (m) => parentPort!.postMessage(m), (e) => e instanceof UsageError);
}

async function parseCommand(files: string[], values: Values): Promise<number> {
  const format = oneOf(values.format, ['json', 'ndjson', 'csv'] as const, 'json');
  const parser = makeParser(values);
  const many = files.length > 1;
  const tick = progress(values, files.length);
  const parsed = await parseMany(files, parser, values, format, tick);
  let text: string;
  if (format === 'json') text = many ? `[\n${parsed.map((p) => p.body).join(',\n')}\n]\n` : `${parsed[0]!.body}\n`;
  else if (format === 'ndjson') text = parsed.map((p) => p.body).join('');
  else text = CSV_COLUMNS.join(',') + '\r\n' + parsed.map((p) => p.body).join('');
  if (values.output) writeAtomically(values.output, text);
  else out(text);
  return 0;
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
    const source = readText(file, values.encoding);
    const at = lineIndex(source);
    const name = file === '-' ? 'stdin' : file;
    for (const d of parser.parse(source).diagnostics) list.push(locate({ file: name, code: d.code, severity: d.severity, message: d.message, span: d.span }, at));
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
  const source = values.source ? readText(values.source, values.encoding) : undefined;
  const at = source === undefined ? null : lineIndex(source);
  const list: Located[] = [];
  for (const file of files) {
    const records = readRecords(file);
    const found = validateRecords(records, { parser, ...(source === undefined ? {} : { source }), stale: values.stale === true });
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
  const doc = makeParser(values).parse(readText(files[0]!, values.encoding)) as DefaultChronicle;
  const summary = summarize(doc);
  const text = format === 'json' ? JSON.stringify(summary, null, 2) + '\n' : formatSummaryText(summary);
  if (values.output) writeAtomically(values.output, text);
  else out(text);
  return 0;
}

function reportCommand(files: string[], values: Values): number {
  if (files.length !== 1) throw new UsageError('report takes exactly one FILE');
  if (!values.output) throw new UsageError('report needs -o FILE.html');
  const doc = makeParser(values).parse(readText(files[0]!, values.encoding)) as DefaultChronicle;
  writeAtomically(values.output, renderReport(doc, summarize(doc), values.title === undefined ? {} : { title: values.title }));
  if (!values.quiet) process.stderr.write(`wrote ${values.output} (${doc.entries.length} entries)\n`);
  return 0;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  encoding: { type: 'string', short: 'e' },
  year: { type: 'string', short: 'y' },
  dict: { type: 'string', short: 'd' },
  source: { type: 'string', short: 's' },
  title: { type: 'string', short: 't' },
  stale: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = {
  format?: string | undefined;
  output?: string | undefined;
  encoding?: string | undefined;
  year?: string | undefined;
  dict?: string | undefined;
  source?: string | undefined;
  title?: string | undefined;
  stale?: boolean | undefined;
  quiet?: boolean | undefined;
  jobs?: string | undefined;
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
      return await parseCommand(expandInputs(rest), values);
    case 'check':
      if (rest.length === 0) throw new UsageError('check needs at least one FILE (or - for stdin)');
      return checkCommand(expandInputs(rest), values);
    case 'validate':
      if (rest.length === 0) throw new UsageError('validate needs at least one RECORDS file');
      return validateCommand(expandInputs(rest), values);
    case 'summarize':
      if (rest.length === 0) throw new UsageError('summarize needs a FILE');
      return summarizeCommand(expandInputs(rest), values);
    case 'report':
      if (rest.length === 0) throw new UsageError('report needs a FILE');
      return reportCommand(expandInputs(rest), values);
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
