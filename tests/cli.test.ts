import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, chmodSync, statSync, symlinkSync } from 'node:fs';
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
  it('reads a .md file as Markdown, whatever its text looks like, and a .txt file as it is', () => {
    const text = '- 2024-01-02 [甲事](http://x.org/a)。\n';
    writeFileSync(join(tmp, 'links.md'), text);
    writeFileSync(join(tmp, 'links.txt'), text);
    const textOf = (file: string) => run(['parse', join(tmp, file), '--format', 'ndjson']).stdout.trim().split('\n').map((l) => JSON.parse(l).text);
    expect(textOf('links.md')).toEqual(['甲事。']);
    expect(textOf('links.txt')).toEqual(['[甲事](http://x.org/a)。']);
  });

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
    expect(rows[0]).toBe('file,ordinal,label,date_start,date_end,precision,date_text,text,times,figures,people,organizations,places,types');
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
      [['parse', pdf], /x\.pdf: this is not a readable PDF/],
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

describe('parse output, written as it goes (issue 13, item 2)', () => {
  it('json is byte for byte what JSON.stringify gives, single file and many', async () => {
    const { parseChronicle } = await import('../src/index.js');
    const doc = parseChronicle(readFileSync(FIXTURE, 'utf8'));
    expect(run(['parse', FIXTURE]).stdout).toBe(JSON.stringify(doc, null, 2) + '\n');
    const many = run(['parse', FIXTURE, FIXTURE]).stdout;
    const body = JSON.stringify({ file: FIXTURE, ...doc }, null, 2);
    expect(many).toBe(`[\n${body},\n${body}\n]\n`);
  });
});

describe('CSV for spreadsheets (issue 13, item 4; issue 16, item 5)', () => {
  const source = join(tmp, 'formula.txt');
  writeFileSync(source, '2020年大事记\n1、2020年1月4日 =HYPERLINK("http://evil","点击")召开会议。\n');
  it('neutralises a cell that starts a formula', () => {
    const r = run(['parse', source, '--format', 'csv']);
    expect(r.stdout).toContain(`"'=HYPERLINK(""http://evil"",""点击"")召开会议。"`);
    expect(r.stdout).not.toMatch(/,=HYPERLINK/);
  });
  it('writes a byte-order mark with --bom, and by default when -o names a .csv file', () => {
    expect(run(['parse', source, '--format', 'csv']).stdout.startsWith('file,')).toBe(true);
    expect(run(['parse', source, '--format', 'csv', '--bom']).stdout.startsWith('\ufefffile,')).toBe(true);
    const out = join(tmp, 'events.csv');
    expect(run(['parse', source, '--format', 'csv', '-o', out]).code).toBe(0);
    expect(readFileSync(out).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const plain = join(tmp, 'events.txt');
    run(['parse', source, '--format', 'csv', '-o', plain]);
    expect(readFileSync(plain, 'utf8').startsWith('file,')).toBe(true);
  });
});

describe('-o never destroys what it should not (issue 13, item 7)', () => {
  it('refuses to overwrite an input, a symlink or a device, and leaves them as they were', () => {
    const source = join(tmp, 'a.txt');
    const text = '2020年大事记\n1、2020年1月4日，开会。\n';
    writeFileSync(source, text);
    const records = join(tmp, 'r.json');
    writeFileSync(records, run(['parse', source]).stdout);
    const before = readFileSync(records, 'utf8');
    const link = join(tmp, 'link.json');
    symlinkSync(join(tmp, 'target.json'), link);
    for (const [args, message] of [
      [['parse', source, '-o', source], /refusing to write .*a\.txt: it is also an input/],
      [['validate', records, '-o', records], /refusing to write .*r\.json: it is also an input/],
      [['validate', records, '--source', source, '-o', source], /it is also an input/],
      [['parse', source, '-o', link], /it is a symbolic link, not a regular file/],
      [['parse', source, '-o', '/dev/null'], /it is a device, not a regular file/],
    ] as const) {
      const r = run([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(readFileSync(source, 'utf8')).toBe(text);
    expect(readFileSync(records, 'utf8')).toBe(before);
    expect(existsSync(join(tmp, 'target.json'))).toBe(false);
  });

  it('keeps the mode of the file it replaces', () => {
    const out = join(tmp, 'secret.json');
    writeFileSync(out, '{}');
    chmodSync(out, 0o600);
    expect(run(['parse', FIXTURE, '-o', out]).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(out, 'utf8')).entries).toHaveLength(42);
  });

  it('removes its temporary file when interrupted', async () => {
    const dir = join(tmp, 'interrupted');
    mkdirSync(dir);
    const out = join(dir, 'out.json');
    // stdin stays open: the command waits for input with its temporary file already created
    const child = spawn(process.execPath, ['dist/cli.js', 'parse', '-', '-o', out], { stdio: ['pipe', 'ignore', 'pipe'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    while (readdirSync(dir).length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(readdirSync(dir)[0]).toMatch(/^\.out\.json\.[0-9a-f]{16}\.tmp$/);
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a missing jieba binary (issue 13, item 10)', () => {
  it('fails once, naming the platform and the package, with exit 2', () => {
    const hook = join(tmp, 'no-jieba.cjs');
    writeFileSync(
      hook,
      "const Module = require('node:module'); const load = Module._load;\n" +
        "Module._load = function (request, ...rest) { if (request === '@node-rs/jieba') throw new Error('Cannot find native binding.'); return load.call(this, request, ...rest); };\n",
    );
    const r = spawnSync(process.execPath, ['--require', hook, 'dist/cli.js', 'parse', FIXTURE], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`cannot load on ${process.platform}-${process.arch}`));
    expect(r.stderr).toMatch(/@node-rs\/jieba-/);
    expect(r.stderr).not.toMatch(/internal error/);
  });
});

describe('a directory argument (issue 16, item 6)', () => {
  const dir = join(tmp, 'texts');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.txt'), '2020年大事记\n1、2020年1月4日，开会。\n');
  writeFileSync(join(dir, 'b.md'), '# 2021年大事记\n\n- 2021年2月4日，开会。\n');
  // a README with dated lines is still not a chronicle: left out by name
  writeFileSync(join(dir, 'README.md'), '# Texts\n\n1、2020年1月4日 added a.txt\n\nSee the [guide](x).\n');
  writeFileSync(join(dir, 'notes.md'), '# 说明\n\n这里放各年的大事记文本。\n\n一些没有日期的说明文字。\n');
  writeFileSync(join(dir, 'notes.json'), '{}');

  it('parse takes the chronicles, leaves out README and skips a file with no dated entry, saying so', () => {
    const r = run(['parse', dir, '--format', 'ndjson']);
    expect(r.code).toBe(0);
    const files = [...new Set(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file))];
    expect(files).toEqual([join(dir, 'a.txt'), join(dir, 'b.md')]);
    expect(r.stderr).toContain(`skipped ${join(dir, 'notes.md')}: no dated entry`);
    expect(r.stderr).not.toContain('README');
    const json = JSON.parse(run(['parse', dir]).stdout) as Array<{ file: string }>;
    expect(json.map((d) => d.file)).toEqual([join(dir, 'a.txt'), join(dir, 'b.md')]);
  });

  it("check does not swallow the directory's README", () => {
    const r = run(['check', dir, '--format', 'json']);
    const located = JSON.parse(r.stdout) as Array<{ file: string }>;
    expect(located.some((d) => d.file.endsWith('README.md') || d.file.endsWith('notes.md'))).toBe(false);
  });

  it('a file named explicitly is parsed even without dated entries (negative case)', () => {
    const r = run(['parse', join(dir, 'notes.md')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(Array.isArray((JSON.parse(r.stdout) as { entries: unknown }).entries)).toBe(true);
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

  // Issue 16, item 11: one language per run, for every command.
  const langRows: Array<[string, string[], RegExp, RegExp]> = [
    ['check --lang en', ['check', FIXTURE, '--lang', 'en'], /warning entry number 33 repeats \(entry 35\)/, /条目编号/],
    ['check --lang zh', ['check', FIXTURE, '--lang', 'zh'], /warning 条目编号 33 重复/, /entry number/],
    ['check (default zh)', ['check', FIXTURE], /warning 条目编号 33 重复/, /entry number/],
    ['parse --lang en', ['parse', FIXTURE, '--lang', 'en'], /"message": "entry number 33 repeats \(entry 35\)"/, /"message": "条目编号/],
  ];
  it.each(langRows)('%s', (_label, args, shown, absent) => {
    const r = run(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(shown);
    expect(r.stdout).not.toMatch(absent);
  });

  it('a bad --dict file is one line naming the file and every bad line, with one dashiji: prefix', () => {
    const dict = join(tmp, 'bad.dict');
    writeFileSync(dict, '张三\n[things]\n');
    const r = run(['check', FIXTURE, '--dict', dict]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^dashiji: --dict \S+bad\.dict: invalid entity dictionary: line 1: .*; line 2: unknown section \[things\]/);
  });

  it('--lang takes zh or en only (negative)', () => {
    const r = run(['check', FIXTURE, '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--lang must be zh or en, got "fr"/);
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

describe('text output is inert (issue 13, item 5)', () => {
  it('summarize --format text writes control characters from the chronicle as escapes', () => {
    const evil = join(tmp, 'esc.txt');
    writeFileSync(evil, '\u001b[2J某协会2020年大事记\n1、2020年1月4日，张三主持召开理事会。\n');
    const r = run(['summarize', evil, '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('\\x1b[2J');
    // negative: the summary keeps its own line structure
    expect(r.stdout.split('\n').length).toBeGreaterThan(3);
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
