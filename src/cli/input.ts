/**
 * The CLI's input side: which reader each file gets (`--from`), how much it may read
 * (`--max-size`), and the files that need an asynchronous reader (PDF, Word, web pages, and
 * stdin, which can be read only once) read before the commands run, so the commands themselves
 * stay synchronous and plain text is read exactly as before.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { DEFAULT_MAX_SIZE, detectFormat, INPUT_FORMATS, parseSize, readBounded, readChronicle, readStdinBounded, textSource } from '../io/index.js';
import type { ChronicleEncoding, ChronicleSource, InputFormat, ReadOptions } from '../io/index.js';
import type { Lang } from '../diagnostics/registry.js';

/** The input options as the command line gives them. */
export interface InputValues {
  from?: string | undefined;
  encoding?: string | undefined;
  'max-size'?: string | undefined;
  lang?: string | undefined;
}

/** `--from` and `--max-size` checked and turned into reader options; throws an Error with the usage message. */
export function readOptions(values: InputValues): ReadOptions & { maxSize: number } {
  let from: InputFormat | undefined;
  if (values.from !== undefined) {
    const given = values.from === 'markdown' ? 'md' : values.from === 'txt' ? 'text' : values.from;
    if (!(INPUT_FORMATS as readonly string[]).includes(given)) throw new Error(`--from must be one of ${INPUT_FORMATS.join(', ')}, got "${values.from}"`);
    from = given as InputFormat;
  }
  let maxSize = DEFAULT_MAX_SIZE;
  if (values['max-size'] !== undefined) {
    const size = parseSize(values['max-size']);
    if (size === null) throw new Error(`--max-size expects a size such as 20M, 500K or 1G, got "${values['max-size']}"`);
    maxSize = size;
  }
  return { maxSize, lang: langOf(values), ...(from ? { from } : {}), ...(values.encoding ? { encoding: values.encoding as ChronicleEncoding } : {}) };
}

/** `--lang zh|en`: the language of every diagnostic message of the run (zh by default). */
export function langOf(values: { lang?: string | undefined }): Lang {
  if (values.lang === undefined) return 'zh';
  if (values.lang !== 'zh' && values.lang !== 'en') throw new Error(`--lang must be zh or en, got "${values.lang}"`);
  return values.lang;
}

const loaded = new Map<string, ChronicleSource>();

/** Whether `preloadInputs` read this input (PDF, Word, web page, stdin): only this thread holds it. */
export function isPreloaded(file: string): boolean {
  return loaded.has(file);
}

/** The first 4 KiB of a file: enough to tell a PDF, a ZIP or a web page from text. */
function head(file: string): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const buffer = new Uint8Array(4096);
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

function needsReader(format: InputFormat): boolean {
  return format === 'pdf' || format === 'docx' || format === 'html';
}

/**
 * Read, ahead of the command, every input that is not plain text (and stdin): their readers
 * are asynchronous. A file that cannot be opened is left for the command to report.
 */
export async function preloadInputs(files: readonly string[], values: InputValues): Promise<void> {
  const options = readOptions(values);
  for (const file of files) {
    if (loaded.has(file)) continue;
    let format: InputFormat | undefined = options.from;
    if (file !== '-' && format === undefined) {
      try {
        format = detectFormat(head(file), file);
      } catch {
        continue;
      }
    }
    if (file === '-') loaded.set(file, await readChronicle(await readStdinBounded(options.maxSize), { ...options, name: 'stdin' }));
    else if (needsReader(format!)) loaded.set(file, await readChronicle(file, { ...options, name: file }));
  }
}

/**
 * The source of one input: what `preloadInputs` read, or plain text read now. Throws a
 * ChronicleInputError for input that cannot be read.
 */
export function inputSource(file: string, values: InputValues): ChronicleSource {
  const found = loaded.get(file);
  if (found) return found;
  const options = readOptions(values);
  const bytes = readBounded(file, options.maxSize);
  const format = options.from ?? detectFormat(bytes, file);
  return textSource(bytes, format === 'md' ? 'md' : 'text', options.encoding, options.lang);
}
