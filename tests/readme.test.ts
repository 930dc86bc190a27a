// The README and docs/ as a newcomer meets them: the two first commands are on the first screen and
// exist, and every relative link leads somewhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const readme = read('README.md');
const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);

/** Pages other 0.2 branches write; the README links them before the merge brings them. */
const WRITTEN_ELSEWHERE = new Set<string>();

describe('the README', () => {
  it('shows the two first commands on its first screen, and both scripts exist', () => {
    const firstScreen = readme.split('\n').slice(0, 15).join('\n');
    expect(firstScreen).toContain('npm ci && npm run demo');
    expect(firstScreen).toContain('npm ci && npm test');
    const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['demo', 'test', 'docs']));
  });

  it('tells the story and leaves the reference to docs/ (about a third of the 35 KB it was)', () => {
    expect(Buffer.byteLength(readme)).toBeLessThan(16_000);
    for (const page of ['docs/api.md', 'docs/cli.md', 'docs/CONTRACT.md', 'docs/diagnostics.md', 'docs/figures.md', 'docs/performance.md']) {
      expect(readme).toContain(`(${page})`);
    }
  });

  it('says the package is not on the registry yet, and how to install meanwhile', () => {
    expect(readme).toContain('not on the npm registry yet');
    expect(readme).toContain('npm pack');
    expect(readme).toMatch(/npm install [^\n]*\.tgz/);
  });
});

describe('links', () => {
  const pages = ['README.md', 'CHANGELOG.md', ...docs];
  it.each(pages)('%s links only to files that exist', (page) => {
    const broken = [...read(page).matchAll(/\]\((?!https?:|#)([^)#\s]+)/g)]
      .map((m) => normalize(join(dirname(page), m[1]!)))
      .filter((target) => !existsSync(join(root, target)) && !WRITTEN_ELSEWHERE.has(target));
    expect(broken).toEqual([]);
  });
});
