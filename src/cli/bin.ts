#!/usr/bin/env node
/**
 * The `dashiji` command's first lines: before the rest of the CLI is even compiled, start loading
 * jieba's dictionary on another core for the commands that will need words (see
 * segmenter-thread.ts), then load the CLI itself (main.ts).
 */
import { startEarlySegmenter } from './segmenter-thread.js';

const NEEDS_WORDS = new Set(['parse', 'check', 'summarize', 'report']);
const argv = process.argv.slice(2);
if (argv.some((a) => NEEDS_WORDS.has(a)) && !argv.includes('--dump-text') && !argv.includes('--help') && !argv.includes('-h')) startEarlySegmenter();
await import('./main.js');
