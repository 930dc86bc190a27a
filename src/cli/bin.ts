#!/usr/bin/env node
/**
 * The `dashiji` command's first lines: before the rest of the CLI is even compiled, start loading
 * jieba's dictionary on another core for the commands that will need words (see
 * segmenter-thread.ts), then load the CLI itself (main.ts).
 *
 * Not for several files or a directory: those are parsed by the worker pool, which first measures
 * which cores are idle, and a thread loading a dictionary there would keep one busy.
 */
import { statSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { startEarlySegmenter } from './segmenter-thread.js';

// Node 22.1 and later keep V8's compiled code of the CLI between runs (in the system's temporary
// folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off): a fresh `dashiji parse` then skips most of
// compiling its 1 MB of JavaScript. Node 20 has no such cache; there this does nothing.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const NEEDS_WORDS = new Set(['parse', 'check', 'summarize', 'report']);
const argv = process.argv.slice(2);
const command = argv.findIndex((a) => NEEDS_WORDS.has(a));
if (command >= 0 && !argv.includes('--dump-text') && !argv.includes('--help') && !argv.includes('-h')) {
  const inputs = argv.slice(command + 1).filter((a) => !a.startsWith('-'));
  const isDirectory = (path: string): boolean => {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  };
  if (inputs.length <= 1 && !inputs.some(isDirectory)) startEarlySegmenter();
}
await import('./main.js');
