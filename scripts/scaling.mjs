// Scaling benchmark (not a test): does parse time grow linearly with input size?
//
//   npx tsup && node scripts/scaling.mjs [--limit SECONDS]
//
// Parses, with the BUILT library as a user imports it, inputs of 1, 2, 4 and 8 MB (UTF-8 bytes)
// made from the reference fixture and from generated chronicle-shaped text, one 10 MB line with
// no line break (the fixture with its breaks removed, with smaller sizes of the same to show the
// trend), one entry of up to ~40,000 lines, up to 100,000 numbered entries (labels past 9999), and
// a million short lines; and parseStream over one long entry (no place to cut a block for
// megabytes). Prints seconds and MB/s per size and a one-line verdict per
// series. Each case runs in its own process, so one that takes too long is stopped at --limit
// seconds (default 120) and reported as such instead of hanging the benchmark.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const FIXTURE = readFileSync(new URL('../fixtures/2020-power-alliance-chronicle.txt', import.meta.url), 'utf8');
const MB = 1024 * 1024;

/** Repeat `unit` (joined by `sep`) until the UTF-8 size reaches `bytes`. */
function grow(unit, bytes, sep = '\n') {
  const unitBytes = Buffer.byteLength(unit + sep);
  const n = Math.max(1, Math.ceil(bytes / unitBytes));
  return Array.from({ length: n }, () => unit).join(sep);
}

/** A small deterministic PRNG (mulberry32), so every run parses the same text. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Chronicle-shaped text: year headings, numbered dated entries, bodies with names, figures, dates. */
function chronicleShaped(bytes) {
  const r = rng(2020);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const pieces = [
    '副市长罗林生一行莅临考察', '第二届全国输配电产业论坛在苏州成功举办', '签约项目12个，总投资约29.79亿元',
    '联盟秘书长张建琛出席会议并讲话', '100余名专家学者参加', '中国（南方）知识产权运营中心揭牌', '会期为3天',
    '江西师范大学ACM协会正式成立', '召开县一届四次人代会', '同比增长15.6%', '8日上午召开座谈会', '一行8人赴厦门调研',
  ];
  const out = ['智能输配电设备产业技术创新战略联盟大事记', ''];
  let size = 0;
  let year = 1990;
  while (size < bytes) {
    out.push(`${year}年`);
    for (let i = 1; i <= 30; i++) {
      const body = Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(pieces)).join('，');
      const line = `${i}、${1 + Math.floor(r() * 12)}月${1 + Math.floor(r() * 28)}日，${body}。`;
      out.push(line);
      size += Buffer.byteLength(line) + 1;
    }
    year++;
  }
  return out.join('\n');
}

const CASES = {
  fixture: (mb) => grow(FIXTURE, mb * MB),
  shaped: (mb) => chronicleShaped(mb * MB),
  'single-line': (mb) => grow(FIXTURE.replace(/\s+/g, ''), mb * MB, ''),
  // One entry of many lines (up to ~40,000 at 1 MB): its body must not be rebuilt or re-read per line.
  'long-entry': (mb) => '2020年大事记\n1、1月4日，召开会议\n' + grow('讨论第三项议题并形成决定，3月5日继续审议有关事项', mb * MB),
  // Numbered entries past 9999 (100,000 at about 3 MB): labels of any size are read.
  numbered: (mb) => {
    const out = ['2020年大事记'];
    let size = 0;
    for (let i = 1; size < mb * MB; i++) {
      const line = `${i}、${(i % 12) + 1}月${(i % 28) + 1}日，会议。`;
      out.push(line);
      size += Buffer.byteLength(line) + 1;
    }
    return out.join('\n');
  },
  // parseStream over an input with no place to cut a block for megabytes (one long entry, in 64 KB
  // chunks): the buffer is searched for a cut at every chunk, and must not be read again each time.
  'stream-no-cut': (mb) => '2020年大事记\n1、1月4日，召开会议\n' + grow('讨论第三项议题并形成决定而后继续审议有关事项', mb * MB),
  'million-lines': () => Array.from({ length: 1_000_000 }, (_, i) => (i % 3 === 0 ? `${(i % 9999) + 1}、${(i % 12) + 1}月${(i % 28) + 1}日，会议。` : i % 3 === 1 ? '甲。' : '')).join('\n'),
};

// ── Child: parse one case and print a JSON line ─────────────────────────────────────────────
if (process.argv[2] === '--child') {
  const [, , , name, mbArg] = process.argv;
  const { parseChronicle } = await import('../dist/index.js');
  const text = CASES[name](Number(mbArg));
  const bytes = Buffer.byteLength(text);
  parseChronicle('1、2020年1月4日，预热。'); // load the segmenter's dictionary outside the timing
  const t0 = performance.now();
  const doc = name.startsWith('stream-') ? await streamed(text) : parseChronicle(text);
  const seconds = (performance.now() - t0) / 1000;
  console.log(JSON.stringify({ bytes, seconds, entries: doc.entries.length, diagnostics: doc.diagnostics.length }));
  process.exit(0);
}

/** parseStream over `text` in 64 KB chunks, as a file stream gives them: its entries and diagnostics. */
async function streamed(text) {
  const { parseStream, defaultParser } = await import('../dist/index.js');
  const chunks = [];
  for (let i = 0; i < text.length; i += 1 << 16) chunks.push(text.slice(i, i + (1 << 16)));
  const doc = { entries: [], diagnostics: [] };
  for await (const e of parseStream(chunks, { parser: defaultParser, onDiagnostic: (d) => doc.diagnostics.push(d) })) doc.entries.push(e);
  return doc;
}

// ── Parent: run every case in its own process ──────────────────────────────────────────────
const limitAt = process.argv.indexOf('--limit');
const LIMIT = limitAt > 0 ? Number(process.argv[limitAt + 1]) : 120;

function run(name, mb) {
  const res = spawnSync(process.execPath, ['--max-old-space-size=8192', here, '--child', name, String(mb)], { encoding: 'utf8', timeout: LIMIT * 1000 });
  if (res.error?.code === 'ETIMEDOUT' || res.signal) return { timedOut: true };
  if (res.status !== 0) return { failed: (res.stderr || '').split('\n').slice(0, 3).join(' ') };
  return JSON.parse(res.stdout.trim().split('\n').pop());
}

function row(name, mb, r) {
  const label = `${name.padEnd(14)} ${String(mb).padStart(5)} MB`;
  if (r.timedOut) return console.log(`${label}  > ${LIMIT} s (stopped)`);
  if (r.failed) return console.log(`${label}  FAILED: ${r.failed}`);
  const mbs = r.bytes / MB / r.seconds;
  console.log(`${label}  ${r.seconds.toFixed(2).padStart(7)} s  ${mbs.toFixed(2).padStart(7)} MB/s  ${String(r.entries).padStart(7)} entries  ${String(r.diagnostics).padStart(8)} diagnostics`);
}

/** Linear when the time per MB at the largest size is within 1.5× of the smallest. */
function verdict(name, points) {
  const done = points.filter((p) => p.r.seconds !== undefined);
  if (done.length < points.length) return `${name}: NOT LINEAR: the ${points.find((p) => p.r.seconds === undefined).mb} MB input did not finish within ${LIMIT} s`;
  const first = done[0];
  const last = done[done.length - 1];
  const growth = last.r.seconds / (last.r.bytes / MB) / (first.r.seconds / (first.r.bytes / MB));
  return `${name}: ${growth <= 1.5 ? 'linear' : 'NOT LINEAR'}: s/MB at ${last.mb} MB is ${growth.toFixed(2)}× that at ${first.mb} MB`;
}

console.log(`dashiji scaling benchmark (node ${process.version}, each case in its own process, limit ${LIMIT} s)\n`);
const verdicts = [];
for (const [name, sizes] of [
  ['fixture', [1, 2, 4, 8]],
  ['shaped', [1, 2, 4, 8]],
  ['single-line', [0.125, 0.25, 0.5, 10]],
  ['long-entry', [0.25, 0.5, 1]],
  ['numbered', [0.75, 1.5, 3]],
  ['stream-no-cut', [1, 2, 4]],
]) {
  const points = [];
  for (const mb of sizes) {
    const r = run(name, mb);
    row(name, mb, r);
    points.push({ mb, r });
    if (r.timedOut && mb !== sizes[sizes.length - 1]) {
      // Larger sizes would only take longer; say so without waiting.
      for (const bigger of sizes.filter((s) => s > mb)) {
        console.log(`${name.padEnd(14)} ${String(bigger).padStart(5)} MB  skipped (a smaller size already hit the limit)`);
        points.push({ mb: bigger, r: { timedOut: true } });
      }
      break;
    }
  }
  verdicts.push(verdict(name, points));
}
const million = run('million-lines', 0);
row('million-lines', million.bytes ? +(million.bytes / MB).toFixed(1) : '?', million);

console.log('');
for (const v of verdicts) console.log(v);
