/// <reference lib="dom" />
/**
 * The report in a real browser: Debian's headless Chromium driven by playwright-core. Skipped,
 * with a message, where /usr/bin/chromium is missing (CI installs it: `apt-get install -y
 * chromium fonts-noto-cjk`). With DASHIJI_SCREENSHOT=1 it also writes docs/report.png.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typesExtractor } from '../src/extractors/types/index.js';
import { defaultParser } from '../src/index.js';
import { renderReport } from '../src/report/index.js';
import { summarize } from '../src/summarize.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`report.browser.test: skipped, ${CHROMIUM} is missing (apt-get install -y chromium)`);

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!available)('the report in Chromium', () => {
  const fixture = readFileSync(new URL('../fixtures/2020-power-alliance-chronicle.txt', import.meta.url), 'utf8');
  const doc = defaultParser.extend({ extractors: [typesExtractor] }).parse(fixture);
  const summary = summarize(doc);
  let dir: string;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dashiji-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderReport(doc, summary));
    url = pathToFileURL(file).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Open the report; collect console errors, page errors and any request leaving file://. */
  async function open(width: number, height: number): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width, height } });
    page.setDefaultTimeout(10_000);
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) problems.push(`network: ${r.url()}`);
    });
    await page.goto(url);
    return { page, problems };
  }

  const visibleOrdinals = (page: Page) =>
    page.$$eval('.entry', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => Number(e.getAttribute('data-ordinal'))));

  it('shows all 42 entries, filters by a person, and resets', async () => {
    const { page, problems } = await open(1366, 900);
    expect(await visibleOrdinals(page)).toHaveLength(42);
    expect(await page.textContent('#shown')).toBe('42');

    const person = summary.people[1]!; // 吴建平: 4 entries, several months
    await page.click(`.index [data-ref="p1"]`);
    expect(await visibleOrdinals(page)).toEqual(person.entries);
    expect(await page.textContent('#shown')).toBe(String(person.entries.length));
    expect(await page.textContent('#filter-label')).toContain(person.name);
    // Months without a shown entry are hidden too.
    const months = await page.$$eval('.month', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(months).toBe(new Set(person.entries.map((o) => doc.entries[o - 1]!.date!.start.slice(0, 7))).size);
    // Each shown month counts only its shown entries.
    const counts = await page.$$eval('.month:not([hidden]) h2 small', (els) => els.map((e) => parseInt(e.textContent ?? '', 10)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(person.entries.length);

    await page.click('#show-all');
    expect(await visibleOrdinals(page)).toHaveLength(42);
    expect(await page.isDisabled('#show-all')).toBe(true);

    // A name highlighted in the text filters as well; clicking the same name again resets.
    const org = summary.organizations[0]!;
    await page.click(`.entry [data-ref="o0"] >> nth=0`);
    expect(await visibleOrdinals(page)).toEqual(org.entries);
    await page.click(`.index [data-ref="o0"]`);
    expect(await visibleOrdinals(page)).toHaveLength(42);

    // Event types filter too.
    await page.click(`.index [data-ref="t0"]`);
    expect(await visibleOrdinals(page)).toEqual(Object.values(summary.byType!)[0]);
    await page.click('#show-all');

    expect(problems).toEqual([]);
    if (process.env['DASHIJI_SCREENSHOT']) {
      mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
      await page.screenshot({ path: new URL('../docs/report.png', import.meta.url).pathname });
    }
    await page.close();
  });

  it('has no horizontal overflow at phone width (390px)', async () => {
    const { page, problems } = await open(390, 844);
    const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // The index panels fold on a phone; the filter still works from them.
    await page.click('.panel:has(.name.person) > summary');
    await page.click(`.index [data-ref="p0"]`);
    expect(await visibleOrdinals(page)).toEqual(summary.people[0]!.entries);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await page.close();
  });
});
