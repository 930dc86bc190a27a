#!/usr/bin/env node
// Copied from ../shared/tools (read-only there) so that a clone without ../shared can score the corpus.
// The corpus scoreboard: parses every corpus text that has a gold annotation with the built CLI and
// prints, per file, entries found / in the gold, entry F1, entry-date accuracy, and for files with an
// entities annotation the people / organization / place / figure F1; then the first few misses.
// usage (from the project root, after `npm run build`):
//   node ../shared/tools/score-corpus.mjs [--cli dist/cli.js] [--only 07,09] [--misses N]
// Goal for every file: entry F1 >= 0.95 and date accuracy >= 0.90; entities people >= 0.85,
// organizations and places >= 0.70, figures >= 0.80.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, '..', 'fixtures', 'corpus'); // the project's copy of ../shared/corpus
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const cli = arg('--cli', 'dist/cli.js');
const only = arg('--only', '') ? new Set(arg('--only', '').split(',')) : null;
const showMisses = Number(arg('--misses', '3'));
const tmp = mkdtempSync(join(tmpdir(), 'score-corpus-'));
const score = (mode, out, gold) => JSON.parse(execFileSync('node', [join(here, 'score.mjs'), mode, out, gold], { encoding: 'utf8' }));

const texts = readdirSync(corpus).filter((f) => /^\d\d-.*\.txt$/.test(f)).sort();
const golds = new Set(readdirSync(join(corpus, 'gold')));
let short = 0;
for (const file of texts) {
  const n = file.slice(0, 2);
  if (only && !only.has(n)) continue;
  if (!golds.has(`${n}.gold.json`)) continue;
  const out = join(tmp, `${n}.json`);
  try {
    writeFileSync(out, execFileSync('node', [cli, 'parse', join(corpus, file), '--format', 'json', '-q'], { maxBuffer: 1 << 28 }));
  } catch (e) {
    console.log(`${n}  parse failed: ${String(e.message).split('\n')[0]}`); short++; continue;
  }
  const s = score('heldout', out, join(corpus, 'gold', `${n}.gold.json`));
  const ok = s.segmentation.f1 >= 0.95 && s.dateAccuracy >= 0.9;
  let line = `${ok ? ' ' : '!'} ${n}  entries ${s.entries}/${s.gold}  F1 ${s.segmentation.f1.toFixed(3)}  dates ${s.dateAccuracy.toFixed(3)}`;
  let misses = s.wrong.slice(0, showMisses);
  if (golds.has(`${n}.entities.json`)) {
    const e = score('entities', out, join(corpus, 'gold', `${n}.entities.json`));
    const eok = e.person.f1 >= 0.85 && e.organization.f1 >= 0.7 && e.place.f1 >= 0.7 && e.figures.f1 >= 0.8;
    line += `  entities P ${e.person.f1} O ${e.organization.f1} L ${e.place.f1} F ${e.figures.f1}${eok ? '' : ' !'}`;
    if (!eok) misses = misses.concat(['person', 'organization', 'place'].flatMap((k) =>
      [...e.misses[k].slice(0, showMisses).map((m) => `missed ${k} ${m}`), ...e.misses[k + 'FP'].slice(0, showMisses).map((m) => `extra ${k} ${m}`)]));
    if (!eok) short++;
  }
  if (!ok) short++;
  console.log(line);
  for (const m of misses) console.log(`      ${m}`);
}
console.log(short ? `${short} short of the goal` : 'every file meets the goal');
process.exitCode = short ? 1 : 0;
