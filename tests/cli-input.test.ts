/**
 * The CLI's input side (src/cli/input.ts) as a user meets it, on the built dist/: PDF, Word and
 * web pages read straight from the file, `--from`, `--dump-text`, `--max-size`, and every refusal
 * one clear line on stderr with exit 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readChronicle } from '../src/index.js';

const FORMATS = (name: string) => `tests/fixtures-extra/formats/${name}`;
const FIXTURE = 'fixtures/2020-power-alliance-chronicle.txt';
const tmp = mkdtempSync(join(tmpdir(), 'dashiji-cli-input-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Doc {
  entries: Array<{ label: string; page?: number; pages?: number[]; date: { start: string; span: { start: number; end: number } } | null }>;
  diagnostics: Array<{ code: string; span: { start: number } }>;
}

describe('dashiji parse reads PDF, Word and web pages', () => {
  const want = (JSON.parse(run(['parse', FIXTURE]).stdout) as Doc).entries.map((e) => [e.label, e.date?.start]);
  test.each(['fixture.pdf', 'fixture.docx', 'fixture.html'])('%s gives the text\'s 42 entries and dates', (name) => {
    const r = run(['parse', FORMATS(name)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Doc).entries.map((e) => [e.label, e.date?.start])).toEqual(want);
  });

  test('several formats at once (spread over worker threads, as they total over 256 KB)', () => {
    const r = run(['parse', ...['fixture.pdf', 'table.pdf', 'fixture.html', 'fixture.docx'].map(FORMATS), '--format', 'ndjson']);
    expect(r.code).toBe(0);
    const files = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file.replace(/^.*\//, ''));
    expect([...new Set(files)]).toEqual(['fixture.pdf', 'table.pdf', 'fixture.html', 'fixture.docx']);
    expect(files).toHaveLength(42 + 3 + 42 + 42);
  });

  test('PDF entries carry their page', () => {
    const doc = JSON.parse(run(['parse', FORMATS('fixture.pdf')]).stdout) as Doc;
    expect(doc.entries.every((e) => (e.page === undefined) !== (e.pages === undefined))).toBe(true);
  });

  test('web-page spans point into the HTML file', () => {
    const doc = JSON.parse(run(['parse', FORMATS('fixture.html')]).stdout) as Doc;
    const html = readFileSync(FORMATS('fixture.html'), 'utf8');
    const date = doc.entries[2]!.date!;
    expect(html.slice(date.span.start, date.span.end)).toBe('2020 年 3 月 16 日');
  });

  test('a web page on stdin is read as one', () => {
    const r = run(['parse', '-', '--format', 'ndjson'], readFileSync(FORMATS('table.html')));
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
  });

  test('check locates a web page\'s diagnostics by its own lines', () => {
    const r = run(['check', FORMATS('fixture.html'), '--format', 'json']);
    const list = JSON.parse(r.stdout) as Array<{ code: string; line: number }>;
    const html = readFileSync(FORMATS('fixture.html'), 'utf8').split('\n');
    const duplicate = list.find((d) => d.code === 'duplicate-label')!;
    expect(html[duplicate.line - 1]).toMatch(/^<p class="entry">33/);
  });
});

describe('--dump-text and --format text print the text the parser sees', () => {
  test.each([['--dump-text'], ['--format', 'text']])('%s', async (...flag) => {
    const r = run(['parse', FORMATS('fixture.pdf'), ...flag]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await readChronicle(FORMATS('fixture.pdf'))).text);
  });
});

describe('--from forces a reader', () => {
  test('a web page saved as .txt, read as HTML', () => {
    const path = join(tmp, 'page.txt');
    writeFileSync(path, '<div><p>1、2020年1月4日，召开会议。</p><p>2、2020年2月5日，调研。</p></div>');
    expect((JSON.parse(run(['parse', path]).stdout) as Doc).entries.length).toBeLessThan(2);
    expect((JSON.parse(run(['parse', path, '--from', 'html']).stdout) as Doc).entries).toHaveLength(2);
  });
});

describe('input that cannot be read: one line on stderr, exit 2', () => {
  const rows: Array<[string, string[], RegExp]> = [
    ['a scanned PDF', ['parse', FORMATS('scanned.pdf')], /scanned\.pdf: this PDF has no text layer/],
    ['an encrypted PDF', ['parse', FORMATS('encrypted.pdf')], /encrypted\.pdf: this is an encrypted PDF/],
    ['a broken ZIP', ['parse', FORMATS('broken.docx')], /broken\.docx: this is not a readable \.docx \(broken ZIP/],
    ['endless input', ['parse', '/dev/zero', '--max-size', '1M'], /\/dev\/zero is larger than the 1 MiB limit/],
    ['a file over --max-size', ['parse', FIXTURE, '--max-size', '4K'], /larger than the 4 KiB limit/],
    ['a bad --max-size', ['parse', FIXTURE, '--max-size', 'huge'], /--max-size expects a size such as 20M/],
    ['a bad --from', ['parse', FIXTURE, '--from', 'rtf'], /--from must be one of text, md, html, docx, pdf/],
    ['a PDF forced to Word', ['parse', FORMATS('table.pdf'), '--from', 'docx'], /not a readable \.docx/],
  ];
  test.each(rows)('%s', (_name, args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/internal error/);
  });
});

test('lossy decoding shows as a replaced-bytes warning in check', () => {
  const path = join(tmp, 'lossy.txt');
  writeFileSync(path, Buffer.concat([Buffer.from('2020年大事记\n1、2020年1月4日，召开'), Buffer.from([0xff, 0xfe]), Buffer.from('会议。\n')]));
  const r = run(['check', path, '--format', 'json']);
  const list = JSON.parse(r.stdout) as Array<{ code: string; severity: string; line: number }>;
  expect(list.filter((d) => d.code === 'replaced-bytes')).toMatchObject([{ severity: 'warning', line: 2 }]);
});

describe('validate --source reads a PDF or web page as parse did', () => {
  test.each(['fixture.pdf', 'fixture.html', 'fixture.docx'])('records of %s are fresh against it (spans, pages, --stale)', (name) => {
    const records = join(tmp, `${name}.json`);
    expect(run(['parse', FORMATS(name), '-o', records]).code).toBe(0);
    const r = run(['validate', records, '--source', FORMATS(name), '--stale', '--format', 'json']);
    expect(r.stdout.trim()).toBe('[]');
    expect(r.code).toBe(0);
  });

  test('negative: records checked against another file are stale', () => {
    const records = join(tmp, 'fixture.pdf.json');
    expect(run(['parse', FORMATS('fixture.pdf'), '-o', records]).code).toBe(0);
    const r = run(['validate', records, '--source', FORMATS('table.pdf'), '--stale', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).not.toEqual([]);
  });
});
