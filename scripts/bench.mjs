#!/usr/bin/env node
// npm run bench: dashiji's full parse next to the tools a user would otherwise pick, on the same
// text, in one run. Medians of several runs after a warm-up; one thread. Not a test: numbers vary
// by machine, so nothing here asserts a time.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = `${root}fixtures/2020-power-alliance-chronicle.txt`;
const fixture = readFileSync(FIXTURE, 'utf8');
const { parseChronicle } = await import('../dist/index.js');

const MB = (s) => Buffer.byteLength(s, 'utf8') / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The fixture's body (no title) repeated until it is about `mb` MB: one long chronicle. */
function repeated(mb) {
  const body = fixture.slice(fixture.indexOf('1、'));
  const title = fixture.slice(0, fixture.indexOf('1、'));
  const copies = Math.ceil((mb * 1e6) / Buffer.byteLength(body));
  return title + Array.from({ length: copies }, () => body).join('\n');
}

function time(fn, runs) {
  for (let i = 0; i < Math.max(1, runs >> 2); i++) fn(); // warm-up: let the JIT settle
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ts.push((performance.now() - t) / 1000);
  }
  return median(ts);
}

const rows = [];
function row(name, input, seconds, entries) {
  const mbs = MB(input) / seconds;
  rows.push({ name, mb: MB(input), seconds, mbs, entries });
  const eps = entries ? `  ${(entries / seconds).toFixed(0).padStart(8)} entries/s` : '';
  console.log(`${name.padEnd(46)} ${MB(input).toFixed(2).padStart(6)} MB  ${seconds.toFixed(3).padStart(8)} s  ${mbs.toFixed(2).padStart(8)} MB/s${eps}`);
  return mbs;
}

console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}, one thread`);
console.log('');

// dashiji, full pipeline (segmentation, dates, times, figures, entities)
const two = repeated(2);
const lines2 = two.split('\n').filter((l) => l.trim());
row('dashiji parseChronicle (fixture)', fixture, time(() => parseChronicle(fixture), 200), 42);
const d2 = row('dashiji parseChronicle (2 MB)', two, time(() => parseChronicle(two), 5), parseChronicle(two).entries.length);

// Two shapes that were once quadratic, at 1 MB: one entry of ~40,000 lines, and 100,000 numbered
// entries (labels past 9999). Their throughput should be of the order of the 2 MB row's.
const longEntry = '2020年大事记\n1、1月4日，召开会议\n' + Array.from({ length: 40_000 }, () => '讨论第三项议题并形成决定，3月5日继续审议有关事项').join('\n');
row('dashiji parseChronicle (one entry, 40,000 lines)', longEntry, time(() => parseChronicle(longEntry), 3), 1);
const numbered = ['2020年大事记', ...Array.from({ length: 100_000 }, (_, i) => `${i + 1}、${(i % 12) + 1}月${(i % 28) + 1}日，会议。`)].join('\n');
row('dashiji parseChronicle (100,000 numbered entries)', numbered, time(() => parseChronicle(numbered), 3), parseChronicle(numbered).entries.length);

// chrono-node zh.hans: dates only, line by line
const chrono = await import('chrono-node/zh/hans');
const c2 = row('chrono-node zh.hans casual.parse (dates only)', two, time(() => { for (const l of lines2) chrono.casual.parse(l); }, 3));

// @node-rs/jieba: the floor for any word-based entity stage
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict.js');
const jieba = Jieba.withDict(dict);
const j1 = row('@node-rs/jieba cut', two, time(() => { for (const l of lines2) jieba.cut(l, true); }, 3));
const j2 = row('@node-rs/jieba tag', two, time(() => { for (const l of lines2) jieba.tag(l, true); }, 3));

// Microsoft Recognizers-Text, Chinese: number + currency + dimension + date-time. It is slow, so
// it runs on a slice of the same text and the rate is reported per MB.
const R = require('@microsoft/recognizers-text-suite');
const slice = lines2.slice(0, 40);
const sliceText = slice.join('\n');
const ms = row('MS Recognizers-Text zh (4 recognizers, slice)', sliceText, time(() => {
  for (const l of slice) {
    R.recognizeNumber(l, R.Culture.Chinese);
    R.recognizeCurrency(l, R.Culture.Chinese);
    R.recognizeDimension(l, R.Culture.Chinese);
    R.recognizeDateTime(l, R.Culture.Chinese);
  }
}, 3));

console.log('');
console.log('ratios (dashiji 2 MB throughput ÷ other):');
console.log(`  ÷ chrono-node zh.hans        ${(d2 / c2).toFixed(2)}×`);
console.log(`  ÷ jieba cut                  ${(d2 / j1).toFixed(2)}×`);
console.log(`  ÷ jieba tag                  ${(d2 / j2).toFixed(2)}×   (target ≥ 0.5)`);
console.log(`  ÷ MS Recognizers-Text        ${(d2 / ms).toFixed(0)}×   (target ≥ 100)`);

// 20 MB in a child process of its own, read from a file as a user's program would, for
// throughput and peak memory (RSS, which includes Node itself, the file's bytes and the string).
const bigFile = join(mkdtempSync(join(tmpdir(), 'dashiji-bench-')), 'big.txt');
writeFileSync(bigFile, repeated(20));
const big = spawnSync(process.execPath, ['-e', `
  const { readFileSync } = require('node:fs');
  const { parseChronicle } = require(${JSON.stringify(`${root}dist/index.cjs`)});
  parseChronicle(readFileSync(${JSON.stringify(FIXTURE)}, 'utf8'));
  const text = readFileSync(${JSON.stringify(bigFile)}, 'utf8');
  const before = process.resourceUsage().maxRSS / 1024;
  const t = performance.now(); const doc = parseChronicle(text); const s = (performance.now() - t) / 1000;
  console.log(JSON.stringify({ mb: Buffer.byteLength(text) / 1e6, s, entries: doc.entries.length, before, rss: process.resourceUsage().maxRSS / 1024 }));
`], { encoding: 'utf8', maxBuffer: 1e8 });
// The same file through parseStream, entries counted and dropped as they come: memory stays
// near one block instead of holding every record of the document.
const streamed = spawnSync(process.execPath, ['-e', `
  const { createReadStream } = require('node:fs');
  const { parseStream, defaultParser } = require(${JSON.stringify(`${root}dist/index.cjs`)});
  (async () => {
    const t = performance.now(); let n = 0;
    for await (const e of parseStream(createReadStream(${JSON.stringify(bigFile)}), { parser: defaultParser })) n++;
    console.log(JSON.stringify({ s: (performance.now() - t) / 1000, entries: n, rss: process.resourceUsage().maxRSS / 1024 }));
  })();
`], { encoding: 'utf8', maxBuffer: 1e8 });
rmSync(bigFile);
if (big.status === 0) {
  const r = JSON.parse(big.stdout);
  console.log('');
  console.log(`dashiji parseChronicle (20 MB, one run)        ${r.mb.toFixed(2)} MB  ${r.s.toFixed(2)} s  ${(r.mb / r.s).toFixed(2)} MB/s  ${(r.entries / r.s).toFixed(0)} entries/s`);
  console.log(`peak RSS on the 20 MB input: ${r.rss.toFixed(0)} MB (target < 300 MB); ${r.before.toFixed(0)} MB before the parse (Node + the input)`);
} else {
  console.log(`20 MB run failed: ${big.stderr.split('\n').slice(0, 3).join(' ')}`);
}
if (streamed.status === 0) {
  const r = JSON.parse(streamed.stdout);
  console.log(`dashiji parseStream (20 MB file, entries dropped) ${r.s.toFixed(2)} s, ${r.entries} entries, peak RSS ${r.rss.toFixed(0)} MB`);
} else {
  console.log(`parseStream run failed: ${streamed.stderr.split('\n').slice(0, 3).join(' ')}`);
}

// Cold start: a fresh process that imports dashiji and parses the fixture, against one that only
// loads jieba's dictionary.
function cold(code, runs = 7) {
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root });
    ts.push(performance.now() - t);
  }
  return median(ts);
}
const coldDashiji = cold(`import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path'; import { parseChronicle } from './dist/index.js'; parseChronicle(readFileSync(${JSON.stringify(FIXTURE)}, 'utf8'));`);
const coldJieba = cold(`import { createRequire } from 'node:module'; const r = createRequire(import.meta.url); const { Jieba } = r('@node-rs/jieba'); const { dict } = r('@node-rs/jieba/dict.js'); Jieba.withDict(dict);`);
const coldNode = cold(`0`);
console.log('');
console.log(`cold start, median of 7 (process start to exit):`);
console.log(`  node alone                                  ${coldNode.toFixed(0)} ms`);
console.log(`  import jieba + load its dictionary          ${coldJieba.toFixed(0)} ms`);
console.log(`  import dashiji + parse the fixture          ${coldDashiji.toFixed(0)} ms   (target < 600 ms)`);
