// The corpus scoreboard as a test: every file of fixtures/corpus is parsed and scored against its hand-made
// gold (fixtures/corpus/gold) by the same scorer as ../shared/tools/score.mjs (copied to scripts/). The goal
// for every file is entry F1 >= 0.95 and date accuracy >= 0.90; entities people >= 0.85, organizations and
// places >= 0.70, figures >= 0.80. FLOORS holds, for files not yet at the goal, the score they must not fall below.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseChronicle } from '../src/index.js';

const corpus = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
const scorer = fileURLToPath(new URL('../scripts/score.mjs', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'dashiji-score-'));

const GOAL = { f1: 0.95, dates: 0.9, person: 0.85, organization: 0.7, place: 0.7, figures: 0.8 };
type Floor = Partial<typeof GOAL>;
/** Files below the goal on some measure: the floor each must keep until it reaches the goal. */
const FLOORS: Record<string, Floor> = {
  // 01, 10, 13, 14: the gold `head` of a Markdown entry is its raw source (`恭喜[姚亮](autho`,
  // `建立 QQ 群“**地学`), while entry text holds link text and never markup or a URL (issue 12).
  // Those entries cannot align until the gold heads drop the markup; every other entry is dated.
  '01': { f1: 0.85, dates: 0.85 },
  '10': { f1: 0.93, dates: 0.93, person: 0.66, figures: 0.66 },
  '13': { f1: 0.85, dates: 0.85 },
  '14': { f1: 0.61, dates: 0.61 },
};

const files = readdirSync(corpus).filter((f) => /^\d\d-.*\.txt$/.test(f)).sort();
const need = (n: string, k: keyof typeof GOAL) => FLOORS[n]?.[k] ?? GOAL[k];
const score = (mode: string, out: string, gold: string) =>
  JSON.parse(execFileSync('node', [scorer, mode, out, gold], { encoding: 'utf8' }));

describe.each(files)('%s', (file) => {
  const n = file.slice(0, 2);
  const out = join(tmp, `${n}.json`);
  writeFileSync(out, JSON.stringify(parseChronicle(readFileSync(join(corpus, file), 'utf8'))));

  it('entries and dates against the gold', () => {
    const s = score('heldout', out, join(corpus, 'gold', `${n}.gold.json`));
    expect(s.segmentation.f1, `entry F1 (misses: ${s.wrong.join('; ')})`).toBeGreaterThanOrEqual(need(n, 'f1'));
    expect(s.dateAccuracy, `date accuracy (misses: ${s.wrong.join('; ')})`).toBeGreaterThanOrEqual(need(n, 'dates'));
  });

  const entitiesGold = join(corpus, 'gold', `${n}.entities.json`);
  it.runIf(readdirSync(join(corpus, 'gold')).includes(`${n}.entities.json`))('entities against the gold', () => {
    const e = score('entities', out, entitiesGold);
    for (const k of ['person', 'organization', 'place'] as const) {
      expect(e[k].f1, `${k} F1 (missed ${e.misses[k].join(' ')}; extra ${e.misses[k + 'FP'].join(' ')})`).toBeGreaterThanOrEqual(need(n, k));
    }
    expect(e.figures.f1, 'figures F1').toBeGreaterThanOrEqual(need(n, 'figures'));
  });
});

it('the gold files are the corpus files', () => {
  const gold = readdirSync(join(corpus, 'gold')).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, 2));
  expect(gold).toEqual(files.map((f) => f.slice(0, 2)));
  expect(readFileSync(join(corpus, 'README.md'), 'utf8')).toContain('Gold annotations');
});
