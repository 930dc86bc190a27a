import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURE = 'fixtures/2020-power-alliance-chronicle.txt';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'dashiji-cli-'));

describe('dashiji parse', () => {
  it('prints the document as JSON', () => {
    const r = run(['parse', FIXTURE]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { entries: unknown[]; year: number };
    expect(doc.entries).toHaveLength(42);
    expect(doc.year).toBe(2020);
  });

  it('prints one CSV row per entry, with a header', () => {
    const r = run(['parse', FIXTURE, '--format', 'csv']);
    const rows = r.stdout.trim().split('\r\n');
    expect(rows[0]).toBe('file,ordinal,label,date_start,date_end,precision,date_text,text,times,figures,people,organizations,places');
    expect(rows).toHaveLength(43);
    expect(rows[7]).toContain(',7,7,2020-04-24,2020-04-25,day,');
  });

  it('reads stdin with -', () => {
    const r = run(['parse', '-', '--format', 'ndjson'], '1、2020年1月4日，开会。\n2、1月5日，座谈。\n');
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('reads a directory and writes -o atomically', () => {
    const dir = join(tmp, 'chronicles');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), '2020年大事记\n1、2020年1月4日，开会。\n');
    writeFileSync(join(dir, 'b.txt'), '2021年大事记\n1、2021年2月4日，开会。\n');
    const out = join(tmp, 'all.json');
    const r = run(['parse', dir, '-o', out]);
    expect(r.code).toBe(0);
    const docs = JSON.parse(readFileSync(out, 'utf8')) as Array<{ file: string; year: number }>;
    expect(docs.map((d) => d.year)).toEqual([2020, 2021]);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('fails cleanly: missing file, empty directory, unknown option, binary input, unwritable -o', () => {
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    const pdf = join(tmp, 'x.pdf');
    writeFileSync(pdf, '%PDF-1.7\n\x00\x01binary');
    const locked = join(tmp, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    for (const [args, message] of [
      [['parse', join(tmp, 'nope.txt')], /no such file/],
      [['parse', empty], /no chronicle files/],
      [['parse', FIXTURE, '--bogus'], /Unknown option '--bogus'$/m],
      [['parse', pdf], /PDF document, not text/],
      [['parse', FIXTURE, '--format', 'xml'], /--format must be one of json, ndjson, csv/],
      [['frobnicate'], /unknown command/],
      [['parse', FIXTURE, '-o', '/proc/no/such/dir/out.json'], /cannot write/],
    ] as const) {
      const r = run([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    }
    expect(existsSync(join(locked, 'out.json'))).toBe(false);
  });

  it('spreads many files over worker threads and keeps the output in input order', () => {
    const dir = join(tmp, 'many');
    mkdirSync(dir);
    const source = readFileSync(FIXTURE, 'utf8');
    // 24 copies (~330 KB) pass the size above which workers are used
    for (let i = 0; i < 24; i++) writeFileSync(join(dir, `c${String(i).padStart(2, '0')}.txt`), source.replace('2020 年智能', `${2000 + i} 年智能`));
    const r = run(['parse', dir, '--format', 'ndjson', '--quiet']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; ordinal: number });
    expect(lines).toHaveLength(24 * 42);
    expect(lines.filter((l) => l.ordinal === 1).map((l) => l.file)).toEqual(Array.from({ length: 24 }, (_, i) => join(dir, `c${String(i).padStart(2, '0')}.txt`)));
  });

  it('ends quietly when the reader closes the pipe', () => {
    const r = spawnSync('sh', ['-c', `node dist/cli.js parse ${FIXTURE} ${FIXTURE} ${FIXTURE} --format ndjson | head -c 10`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('dashiji check', () => {
  it('prints located diagnostics and exits 0 on warnings only', () => {
    const r = run(['check', FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${FIXTURE}:79:1  warning 条目编号 33 重复`);
  });

  it('speaks GitHub annotations and JSON', () => {
    const gh = run(['check', FIXTURE, '--format', 'github']);
    expect(gh.stdout.split('\n')[0]).toMatch(/^::warning file=fixtures\/2020-power-alliance-chronicle\.txt,line=79,col=1,endLine=79,endColumn=\d+,title=dashiji duplicate-label::/);
    const js = JSON.parse(run(['check', FIXTURE, '--format', 'json']).stdout) as Array<{ code: string; line: number }>;
    expect(js.map((d) => [d.code, d.line])).toEqual([['duplicate-label', 79], ['duplicate-label', 81]]);
  });

  it('reports warnings and notes with exit 0: only an error fails the check', () => {
    const odd = join(tmp, 'odd.txt');
    writeFileSync(odd, '大事记\n一些说明文字，不是条目。\n1、没有日期的条目。\n');
    const r = run(['check', odd, '--format', 'json']);
    expect(r.code).toBe(0);
    const codes = (JSON.parse(r.stdout) as Array<{ code: string; severity: string }>).map((d) => `${d.code}:${d.severity}`);
    expect(codes).toEqual(expect.arrayContaining(['undated-entry:warning']));
    expect(codes.some((c) => c.endsWith(':error'))).toBe(false);
  });
});

describe('dashiji schema', () => {
  it('prints a JSON Schema with every record field', () => {
    const schema = JSON.parse(run(['schema']).stdout) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(['title', 'year', 'subject', 'headings', 'entries', 'diagnostics']);
  });
});

describe('--help and --version', () => {
  it('prints them', () => {
    expect(run(['--help']).stdout).toMatch(/Usage:/);
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(run([]).code).toBe(2);
  });
});
