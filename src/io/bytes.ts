/**
 * Reading a file's bytes with a ceiling. `readFileSync('/dev/zero')` or a pipe that never closes
 * grows until the process dies; a chronicle is a few hundred KB, a PDF of one a few MB, so a cap
 * far above both turns endless or absurd input into one clear error instead.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { ChronicleInputError } from './errors.js';

/** The default ceiling: 100 MiB, some hundred times the longest chronicle seen, PDFs included. */
export const DEFAULT_MAX_SIZE = 100 * 1024 * 1024;

const UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/**
 * A size as people write it on a command line: `5000000`, `64K`, `20M`, `1.5G` (binary units,
 * case-insensitive). Returns null for anything else, so the caller can say what it expected.
 */
export function parseSize(text: string): number | null {
  const match = /^(?<n>\d{1,12}(?:\.\d{1,6})?)\s?(?<unit>[a-z]{0,3})$/i.exec(text.trim());
  const unit = UNITS[match?.groups?.unit?.toLowerCase() ?? 'x'];
  if (!match || unit === undefined) return null;
  const bytes = Math.floor(Number(match.groups!.n) * unit);
  return bytes > 0 ? bytes : null;
}

/** `104857600` as `100 MiB`: the cap in an error message, in the unit a user would type. */
export function formatSize(bytes: number): string {
  for (const [unit, size] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

function tooLarge(name: string, maxSize: number): ChronicleInputError {
  return new ChronicleInputError(`${name} is larger than the ${formatSize(maxSize)} limit (raise it with --max-size, or maxSize in the API)`, 'too-large');
}

/**
 * Every byte of a path (or of file descriptor 0 for `"-"`), refusing more than `maxSize`. A
 * regular file is judged by its size before anything is read; a device, FIFO or pipe is read
 * in chunks and stopped at the cap, so `/dev/zero` costs `maxSize` bytes of memory, not all of it.
 */
export function readBounded(path: string, maxSize: number = DEFAULT_MAX_SIZE): Uint8Array {
  const name = path === '-' ? 'stdin' : path;
  let fd: number;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
  } catch (error) {
    throw unreadable(name, error);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new ChronicleInputError(`${name} is a directory`, 'unreadable-file');
    if (stat.isFile() && stat.size > maxSize) throw tooLarge(name, maxSize);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(1024 * 1024, maxSize + 1 - total));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        // A non-blocking stdin with nothing yet: wait a moment and read again.
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        if ((error as NodeJS.ErrnoException).code === 'EOF') break;
        throw error;
      }
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxSize) throw tooLarge(name, maxSize);
    }
    return chunks.length === 1 ? chunks[0]! : concat(chunks, total);
  } catch (error) {
    throw error instanceof ChronicleInputError ? error : unreadable(name, error);
  } finally {
    if (path !== '-') closeSync(fd);
  }
}

/**
 * Standard input, read without blocking the event loop (so a signal handler can still run while
 * a slow producer keeps the pipe open), and stopped at `maxSize` like `readBounded`.
 */
export async function readStdinBounded(maxSize: number = DEFAULT_MAX_SIZE, stdin: AsyncIterable<Uint8Array | string> = process.stdin): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    chunks.push(bytes);
    total += bytes.length;
    if (total > maxSize) throw tooLarge('stdin', maxSize);
  }
  return chunks.length === 1 ? chunks[0]! : concat(chunks, total);
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function unreadable(name: string, error: unknown): ChronicleInputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new ChronicleInputError(`no such file: ${name}`, 'unreadable-file');
  if (code === 'EISDIR') return new ChronicleInputError(`${name} is a directory`, 'unreadable-file');
  return new ChronicleInputError(`cannot read ${name}: ${code ?? (error as Error).message}`, 'unreadable-file');
}
