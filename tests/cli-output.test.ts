import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, csvRow, escapeControls, formatDiagnostics } from '../src/cli/output.js';
import type { Located } from '../src/cli/output.js';

describe('csvField: formula injection neutralised, RFC 4180 quoting kept (issue 13, item 4)', () => {
  const rows: Array<[unknown, string]> = [
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    // negative cases: nothing added where no formula can start
    ['1-2', '1-2'],
    ['a=b', 'a=b'],
    ["'quoted", "'quoted"],
    ['召开会议', '召开会议'],
    ['', ''],
    [null, ''],
    [42, '42'],
    ['a,"b"', '"a,""b"""'],
    ['two\nlines', '"two\nlines"'],
  ];
  it.each(rows)('%j → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('csvRow', () => {
  const entry = {
    ordinal: 1,
    label: '1',
    date: { start: '2020-01-04', end: '2020-01-04', precision: 'day', text: '2020年1月4日' },
    text: '召开会议，签署协议。',
    types: [{ type: 'meeting' }, { type: 'signing' }, { type: 'meeting' }],
  };
  it('ends with the event types, once each (issue 16, item 5)', () => {
    expect(CSV_COLUMNS.at(-1)).toBe('types');
    expect(csvRow('a.txt', entry)).toBe('a.txt,1,1,2020-01-04,2020-01-04,day,2020年1月4日,召开会议，签署协议。,,,,,,meeting; signing\r\n');
  });
  it('leaves the column empty for an entry without types (negative case)', () => {
    expect(csvRow('a.txt', { ...entry, types: [] }).endsWith(',\r\n')).toBe(true);
    const { types: _types, ...untyped } = entry;
    expect(csvRow('a.txt', untyped).split(',')).toHaveLength(CSV_COLUMNS.length);
  });
});

describe('escapeControls (issue 13, item 5)', () => {
  const rows: Array<[string, string]> = [
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\r\\nb'],
    ['\u001b[31mred', '\\x1b[31mred'],
    ['bell\u0007', 'bell\\x07'],
    ['c1\u009b', 'c1\\x9b'],
    ['del\u007f', 'del\\x7f'],
    ['ls\u2028ps\u2029', 'ls\\u2028ps\\u2029'],
    ['\t', '\\t'],
    // negative cases: printable text is untouched
    ['召开会议 2020-01-04 ::x::', '召开会议 2020-01-04 ::x::'],
    ['', ''],
  ];
  it.each(rows)('%j → %s', (text, expected) => {
    expect(escapeControls(text)).toBe(expected);
  });
  it('keeps line feeds when asked, escaping the rest', () => {
    expect(escapeControls('a\nb\u001b', true)).toBe('a\nb\\x1b');
  });
});

describe('formatDiagnostics: one line per diagnostic whatever the text holds (issue 13, item 5)', () => {
  const evil: Located = {
    file: 'r.json',
    code: 'span-mismatch',
    severity: 'error',
    message: 'reads “x\n::error file=ci.yml::pwned\u001b[2J”',
    path: 'entries[0]',
  };
  it.each(['text', 'github'] as const)('%s output', (format) => {
    const out = formatDiagnostics([evil], format);
    expect(out.split('\n')).toHaveLength(2);
    expect(out).not.toMatch(/^::error file=ci\.yml/m);
    expect(out).not.toContain('\u001b');
  });
  it('json output stays JSON (control characters escaped by JSON itself)', () => {
    expect(JSON.parse(formatDiagnostics([evil], 'json'))).toEqual([evil]);
  });
});
