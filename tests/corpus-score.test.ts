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
const FLOORS: Record<string, Floor> = {};

/**
 * The gold `head` of a Markdown entry is its raw source (`恭喜[姚亮](autho`, `建立 QQ 群“**地学`,
 * `[@seisman][s`: corpus 01, 10, 13, 14), while entry text holds the link text and never markup or a
 * URL, as issue 12 asks. Scored as they are, those entries cannot align (01 F1 0.857, 10 0.933, 13
 * 0.852, 14 0.615). The scorer runs on a copy of each gold whose heads lose the Markdown syntax
 * (and nothing else), so those files are held to the full goal; the project's copy of the gold stays
 * byte-identical to ../shared. RAW_MARKDOWN_FLOORS keeps the scores against the gold as it is.
 */
const RAW_MARKDOWN_FLOORS: Record<string, Floor> = {
  '01': { f1: 0.85, dates: 0.85 },
  '10': { f1: 0.93, dates: 0.93, person: 0.66, figures: 0.66 },
  '13': { f1: 0.85, dates: 0.85 },
  '14': { f1: 0.61, dates: 0.61 },
};

/** A gold head without Markdown syntax: `[text](url` → text, `[text][ref` → text, `**`, `*`, `[` and `]` dropped. */
function stripMarkdownHead(head: string): string {
  return head
    .replace(/!?\[([^\]]*)\]\([^)]*\)?/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]?/g, '$1')
    .replace(/\]\([^)]*$/, '')
    .replace(/\*+/g, '')
    .replace(/[[\]]/g, '')
    .replace(/\([a-z]+$/, '');
}

/** The gold at `path`, written to the temp folder with its heads stripped of Markdown syntax. */
function withPlainHeads(path: string): string {
  const gold = JSON.parse(readFileSync(path, 'utf8')) as { entries: Array<{ head?: string }> };
  for (const e of gold.entries) if (typeof e.head === 'string') e.head = stripMarkdownHead(e.head);
  const out = join(tmp, `plain-${path.split('/').pop()}`);
  writeFileSync(out, JSON.stringify(gold));
  return out;
}

const files = readdirSync(corpus).filter((f) => /^\d\d-.*\.txt$/.test(f)).sort();
const need = (n: string, k: keyof typeof GOAL) => FLOORS[n]?.[k] ?? GOAL[k];
const score = (mode: string, out: string, gold: string) =>
  JSON.parse(execFileSync('node', [scorer, mode, out, gold], { encoding: 'utf8' }));

describe.each(files)('%s', (file) => {
  const n = file.slice(0, 2);
  const out = join(tmp, `${n}.json`);
  writeFileSync(out, JSON.stringify(parseChronicle(readFileSync(join(corpus, file), 'utf8'))));

  it('entries and dates against the gold (heads without Markdown syntax)', () => {
    const s = score('heldout', out, withPlainHeads(join(corpus, 'gold', `${n}.gold.json`)));
    expect(s.segmentation.f1, `entry F1 (misses: ${s.wrong.join('; ')})`).toBeGreaterThanOrEqual(need(n, 'f1'));
    expect(s.dateAccuracy, `date accuracy (misses: ${s.wrong.join('; ')})`).toBeGreaterThanOrEqual(need(n, 'dates'));
  });

  const entitiesGold = join(corpus, 'gold', `${n}.entities.json`);
  const hasEntities = readdirSync(join(corpus, 'gold')).includes(`${n}.entities.json`);
  it.runIf(hasEntities)('entities against the gold (heads without Markdown syntax)', () => {
    const e = score('entities', out, withPlainHeads(entitiesGold));
    for (const k of ['person', 'organization', 'place'] as const) {
      expect(e[k].f1, `${k} F1 (missed ${e.misses[k].join(' ')}; extra ${e.misses[k + 'FP'].join(' ')})`).toBeGreaterThanOrEqual(need(n, k));
    }
    expect(e.figures.f1, 'figures F1').toBeGreaterThanOrEqual(need(n, 'figures'));
  });
});

describe.each(Object.entries(RAW_MARKDOWN_FLOORS))('%s against its gold as written (raw Markdown heads)', (n, floor) => {
  const out = join(tmp, `${n}.json`);
  it('keeps the scores it has', () => {
    const s = score('heldout', out, join(corpus, 'gold', `${n}.gold.json`));
    expect(s.segmentation.f1).toBeGreaterThanOrEqual(floor.f1 ?? GOAL.f1);
    expect(s.dateAccuracy).toBeGreaterThanOrEqual(floor.dates ?? GOAL.dates);
  });
});

describe('stripMarkdownHead', () => {
  it.each([
    ['恭喜[姚亮](autho', '恭喜姚亮'],
    ['[@seisman][s', '@seisman'],
    ['建立 QQ 群“**地学', '建立 QQ 群“地学'],
    ['我们提出了 *Human', '我们提出了 Human'],
    ['由 @[dutor](h', '由 @dutor'],
    ['刘凡教授获第一届全国电子', '刘凡教授获第一届全国电子'],
  ])('%s → %s', (head, plain) => {
    expect(stripMarkdownHead(head)).toBe(plain);
  });
});

it('the gold files are the corpus files', () => {
  const gold = readdirSync(join(corpus, 'gold')).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, 2));
  expect(gold).toEqual(files.map((f) => f.slice(0, 2)));
  expect(readFileSync(join(corpus, 'README.md'), 'utf8')).toContain('Gold annotations');
});
