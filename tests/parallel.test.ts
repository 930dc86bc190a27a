// parseParallel (src/parallel.ts): one document on several threads gives exactly the records of
// parseChronicle. Run against the built package: the worker is a file of dist/ (`npm test` builds
// first), and a test that loaded src/ would quietly parse every part on the calling thread.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PartReport } from '../src/index.js';
import { Divergence, newMemory, replay } from '../src/extractors/entities/index.js';
import { parseOnOneAndTwoThreads } from './helpers/cli.js';

const built = '../dist/index.js'; // a variable: type-checking must not need dist/ to exist
const lib = (await import(built)) as typeof import('../src/index.js');
const { parseChronicle, parseParallel } = lib;

const fixture = readFileSync(new URL('../fixtures/2020-power-alliance-chronicle.txt', import.meta.url), 'utf8');
const corpusDir = new URL('../fixtures/corpus/', import.meta.url);
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => [f, readFileSync(new URL(f, corpusDir), 'utf8')] as const);

/** The fixture's title, then its entries `copies` times over. */
function repeatedFixture(copies: number): string {
  const start = fixture.indexOf('1、');
  const body = fixture.slice(start);
  return fixture.slice(0, start) + Array.from({ length: copies }, () => body).join('\n');
}

/** parseParallel with every part but the first read by a worker, and the reports of those parts. */
async function parallel(text: string, threads: number, options: Record<string, unknown> = {}) {
  const reports: PartReport[] = [];
  const doc = await parseParallel(text, { threads, minLength: 0, onPart: (r) => reports.push(r), ...options });
  return { doc, reports };
}

describe('parseParallel', () => {
  it('gives the records of parseChronicle on the fixture repeated, most entries kept as the worker read them', async () => {
    const text = repeatedFixture(12);
    const { doc, reports } = await parallel(text, 2);
    expect(doc).toEqual(parseChronicle(text));
    expect(reports).toHaveLength(1);
    const [part] = reports;
    expect(part!.error).toBeUndefined();
    expect(part!.entries).toBeGreaterThan(200);
    expect(part!.kept + part!.reread).toBe(part!.entries);
    // The worker's first copy meets names the first part taught: some are read again, most not.
    expect(part!.reread).toBeGreaterThan(0);
    expect(part!.kept).toBeGreaterThan(part!.entries * 0.8);
  });

  it.each(corpus)('gives the records of parseChronicle on %s, in 2 and 3 threads', async (_name, text) => {
    const one = parseChronicle(text);
    for (const threads of [2, 3]) {
      const { doc, reports } = await parallel(text, threads);
      expect(doc).toEqual(one);
      for (const r of reports) expect(r.error).toBeUndefined();
    }
  });

  it('reads again an entry whose carried name was taught before its part', async () => {
    // Part 1 teaches 王建华 (a title beside the name); part 2 names him bare, which only the memory finds.
    const filler = Array.from({ length: 40 }, (_, i) => `${i + 3}、3月${(i % 27) + 1}日，召开第${i + 1}次工作会议，审议年度计划。`).join('\n');
    const text = `2021年大事记\n1、1月5日，公司董事长王建华出席年会。\n2、1月8日，召开工作会议。\n${filler}\n44、12月2日，王建华到基层调研。\n`;
    const one = parseChronicle(text);
    const last = one.entries.at(-1)!;
    expect(last.entities.map((e) => e.text)).toContain('王建华');
    const { doc, reports } = await parallel(text, 2);
    expect(doc).toEqual(one);
    expect(reports[0]!.reread).toBeGreaterThanOrEqual(1);
  });

  it('reads again an entry whose place needs the places named before its part', async () => {
    // 朝阳区 is in Beijing and in Changchun: the first part's 北京市 decides it.
    const filler = Array.from({ length: 40 }, (_, i) => `${i + 2}、3月${(i % 27) + 1}日，召开第${i + 1}次工作会议。`).join('\n');
    const text = `2021年大事记\n1、1月5日，北京市召开年会。\n${filler}\n42、12月2日，在朝阳区举办展览。\n`;
    const one = parseChronicle(text);
    const place = one.entries.at(-1)!.entities.find((e) => e.text === '朝阳区');
    expect(place?.code).toBe('110105');
    const { doc } = await parallel(text, 2);
    expect(doc).toEqual(one);
  });

  it('passes the options to the workers', async () => {
    const body = fixture.slice(fixture.indexOf('1、'));
    const text = Array.from({ length: 4 }, () => body).join('\n');
    const options = { year: 2020, lang: 'en' as const, dictionary: { organizations: ['万久'] }, types: { epidemic: ['疫情'] } };
    const { doc, reports } = await parallel(text, 2, options);
    expect(doc).toEqual(parseChronicle(text, options));
    expect(reports[0]!.kept).toBeGreaterThan(0);
  });

  it('parses on the calling thread alone below minLength or with one thread', async () => {
    const reports: PartReport[] = [];
    const doc = await parseParallel(fixture, { onPart: (r) => reports.push(r) });
    expect(doc).toEqual(parseChronicle(fixture));
    await parseParallel(fixture, { threads: 1, minLength: 0, onPart: (r) => reports.push(r) });
    expect(reports).toEqual([]);
  });

  it('rejects wrong options at once, naming them', async () => {
    await expect(parseParallel(fixture, { threads: 0 })).rejects.toThrow(/threads/);
    await expect(parseParallel(fixture, { segmenter: { cut: () => [] } } as never)).rejects.toThrow(/unknown option "segmenter"/);
  });

  it('never throws on odd text', async () => {
    for (const text of ['', '\n\n\n', '\u0000\uFFFF'.repeat(50), '1、'.repeat(3000)]) {
      const { doc } = await parallel(text, 2);
      expect(doc).toEqual(parseChronicle(text));
    }
  });
});

describe('dashiji parse on one large input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dashiji-parallel-'));
  // Above the CLI's threshold (512 Ki characters) for reading one input on several threads.
  const file = join(dir, 'large.txt');
  writeFileSync(file, repeatedFixture(130));

  it.each(['json', 'ndjson', 'csv'])('writes the same %s on two threads as on one', (format) => {
    const { one, two } = parseOnOneAndTwoThreads(file, format);
    expect(two).toBe(one);
    expect(one.length).toBeGreaterThan(1_000_000);
  });
});

describe('Divergence (what the parallel parse checks per entry)', () => {
  const doc = { title: '2021年大事记', year: 2021, subject: null };
  const trace = (carried: Array<['person' | 'organization' | 'place', string]>, units: string[] = []) => ({ carried, units, probes: [] });

  it('agrees without reading the text while both memories hold the same names', () => {
    const a = newMemory(doc);
    const b = newMemory(doc);
    replay(a, trace([['person', '王建华']]));
    const d = new Divergence(a, b);
    let read = 0;
    const norm = (text: string) => () => (read++, text);
    expect(d.agrees(norm('王建华到基层调研'), [])).toBe(false);
    expect(d.agrees(norm('召开工作会议'), [])).toBe(true);
    replay(b, trace([['person', '王建华']]));
    expect(d.agrees(norm('王建华到基层调研'), [])).toBe(true);
    expect(read).toBe(2);
  });

  it('tells a name only the other side holds, and a place code answered differently', () => {
    const a = newMemory(doc);
    const b = newMemory(doc);
    const d = new Divergence(a, b);
    replay(b, trace([['organization', '华光科技公司']]));
    expect(d.agrees(() => '与华光科技公司签约', [])).toBe(false);
    replay(a, trace([], ['110105']));
    expect(d.agrees(() => '在朝阳区举办展览', ['110100'])).toBe(false);
    expect(d.agrees(() => '在朝阳区举办展览', ['310000'])).toBe(true);
  });
});
