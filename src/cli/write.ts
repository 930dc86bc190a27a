/**
 * Where the CLI's output goes: stdout, or `-o FILE` written safely. Output is written as it is
 * produced (a document entry by entry), never built as one string, so any size fits in bounded
 * memory: V8 cannot hold a string over about 512 MB, and a 50 MB JSON document used to need 2 GB.
 *
 * `-o` is careful because a careless path is easy to type: it never writes through a symlink,
 * into a FIFO or a device, or over one of the command's own inputs; it writes a temporary file
 * created exclusively under an unpredictable name beside the target, then renames it, so a
 * reader sees the old file or the new one, never half of one; the new file keeps the old one's
 * mode; an interrupt (SIGINT, SIGTERM, SIGHUP) removes the temporary file.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, lstatSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A refused or failed output: the CLI prints its message on one line and exits 2. */
export class OutputError extends Error {}

/** Where output goes. `write` buffers; `ready` waits while a slow reader catches up. */
export interface Sink {
  write(chunk: string): void;
  /** Resolves when the sink can take more (stdout drained); at once for a file. */
  ready(): Promise<void>;
  /** Whether the writer should `await ready()` before producing more. */
  readonly backedUp: boolean;
  /** Finish: flush, and for a file make it appear at its path. */
  commit(): Promise<void>;
  /** Give up: for a file, remove the temporary file and leave the target as it was. */
  abort(): void;
}

/** Chunks are gathered up to this size before a write: fewer system calls, little memory. */
const FLUSH_BYTES = 64 * 1024;

function kind(stat: Stats): string {
  if (stat.isSymbolicLink()) return 'a symbolic link';
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function statOrNull(path: string, follow: boolean): Stats | null {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch {
    return null;
  }
}

/**
 * Refuse an output path that is not a plain file or that names one of the inputs (by device and
 * inode, so `./a.txt`, a hard link or a symlinked directory are caught too). Returns the existing
 * file's stats, or null when there is none yet.
 */
export function checkOutputPath(path: string, inputs: readonly string[]): Stats | null {
  const existing = statOrNull(path, false);
  if (!existing) return null;
  if (!existing.isFile()) throw new OutputError(`refusing to write ${path}: it is ${kind(existing)}, not a regular file`);
  for (const input of inputs) {
    if (input === '-') continue;
    const stat = statOrNull(input, true);
    if (stat && stat.dev === existing.dev && stat.ino === existing.ino) {
      throw new OutputError(`refusing to write ${path}: it is also an input (${input}); choose another output file`);
    }
  }
  return existing;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** `-o FILE`: a temporary file beside it, renamed over it on commit. */
export function fileSink(path: string, inputs: readonly string[]): Sink {
  const existing = checkOutputPath(path, inputs);
  // Unpredictable and created exclusively ('wx' = O_CREAT|O_EXCL): a planted file or symlink
  // at a guessed name makes the open fail instead of redirecting the write.
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx', existing ? existing.mode & 0o777 : 0o666);
  } catch (error) {
    throw new OutputError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let open = true;
  let pending: string[] = [];
  let size = 0;
  const cleanup = () => {
    if (open) {
      open = false;
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    release();
    // Die of the same signal, as the shell expects of an interrupted command.
    process.kill(process.pid, signal);
  };
  const release = () => {
    for (const s of SIGNALS) process.off(s, onSignal);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  const fail = (error: unknown): never => {
    cleanup();
    release();
    throw new OutputError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  };
  const flush = () => {
    if (size === 0) return;
    const buffer = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    size = 0;
    try {
      for (let at = 0; at < buffer.length; ) at += writeSync(fd, buffer, at);
    } catch (error) {
      fail(error);
    }
  };
  return {
    write(chunk) {
      pending.push(chunk);
      size += chunk.length;
      if (size >= FLUSH_BYTES) flush();
    },
    ready: () => Promise.resolve(),
    backedUp: false,
    async commit() {
      flush();
      try {
        // The old file's mode (a 0600 file stays 0600), exactly, whatever the umask.
        if (existing) fchmodSync(fd, existing.mode & 0o7777);
        fsyncSync(fd);
        closeSync(fd);
        open = false;
        // The target may have become something else meanwhile: check again just before the rename.
        checkOutputPath(path, inputs);
        renameSync(tmp, path);
      } catch (error) {
        if (error instanceof OutputError) {
          cleanup();
          release();
          throw error;
        }
        fail(error);
      }
      release();
    },
    abort() {
      cleanup();
      release();
    },
  };
}

/** Standard output, waiting for a slow reader (a pipe on macOS is asynchronous) to drain. */
export function stdoutSink(): Sink {
  let pending: string[] = [];
  let size = 0;
  let backedUp = false;
  const flush = () => {
    if (size === 0) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    if (!process.stdout.write(text)) backedUp = true;
  };
  const ready = () =>
    backedUp
      ? new Promise<void>((resolve) =>
          process.stdout.once('drain', () => {
            backedUp = false;
            resolve();
          }),
        )
      : Promise.resolve();
  return {
    write(chunk) {
      pending.push(chunk);
      size += chunk.length;
      if (size >= FLUSH_BYTES) flush();
    },
    ready,
    get backedUp() {
      return backedUp;
    },
    async commit() {
      flush();
      await ready();
    },
    abort() {
      flush();
    },
  };
}

/** `-o FILE` when given, stdout otherwise. */
export function openSink(output: string | undefined, inputs: readonly string[]): Sink {
  return output === undefined ? stdoutSink() : fileSink(output, inputs);
}

/** Write one finished text (a summary, a report) to its sink. */
export async function writeAll(sink: Sink, text: string): Promise<void> {
  try {
    sink.write(text);
    await sink.commit();
  } catch (error) {
    sink.abort();
    throw error;
  }
}

/**
 * `JSON.stringify(value, null, 2)` as a sequence of chunks, byte for byte: the top `depth` levels
 * of objects and arrays are walked, deeper values stringified whole. With depth 3 a chronicle
 * comes out one entry at a time.
 */
export function* jsonChunks(value: unknown, depth: number, indent = ''): Generator<string> {
  const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
  if (depth > 0 && typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
      if (value.length === 0) return yield '[]';
      yield '[\n';
      for (let i = 0; i < value.length; i++) {
        yield inner;
        const item: unknown = value[i];
        if (skipped(item)) yield 'null';
        else yield* jsonChunks(item, depth - 1, inner);
        yield i < value.length - 1 ? ',\n' : '\n';
      }
      return yield `${indent}]`;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((k) => !skipped(record[k]));
    if (keys.length === 0) return yield '{}';
    yield '{\n';
    for (let i = 0; i < keys.length; i++) {
      yield `${inner}${JSON.stringify(keys[i])}: `;
      yield* jsonChunks(record[keys[i]!], depth - 1, inner);
      yield i < keys.length - 1 ? ',\n' : '\n';
    }
    return yield `${indent}}`;
  }
  const text = JSON.stringify(value, null, 2);
  // A JSON text holds no raw line feed inside a string, so every \n is layout.
  yield indent ? text.replace(/\n/g, `\n${indent}`) : text;
}
