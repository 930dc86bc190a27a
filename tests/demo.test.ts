// `npm run demo` is the README's first command: it must show the summary and the report's path in
// one screen, and the records one flag away. (Runs scripts/demo.mjs on the built dist/.)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const demo = (...args: string[]) => spawnSync(process.execPath, ['scripts/demo.mjs', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

describe('npm run demo', () => {
  it('shows the summary and the path of the report it wrote, in one screen', () => {
    const r = demo();
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(35);
    expect(r.stdout).toContain('人物  张建琛 秘书长');
    const path = /^HTML report: (\S+)/m.exec(r.stdout)?.[1];
    expect(path).toBeDefined();
    expect(existsSync(path!)).toBe(true);
    expect(r.stdout).toContain('npm run demo -- --json');
    expect(r.stdout).toContain('npx dashiji parse fixtures/2020-power-alliance-chronicle.txt');
  });

  it('prints the records as JSON with --json', () => {
    const r = demo('--json');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { entries: unknown[] }).entries).toHaveLength(42);
  });

  it('refuses an argument it does not know', () => {
    const r = demo('--jsno');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown argument --jsno');
    expect(r.stdout).toBe('');
  });
});
