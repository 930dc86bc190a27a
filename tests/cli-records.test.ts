import { describe, expect, it } from 'vitest';
import { parseRecords } from '../src/cli/records.js';

describe('parseRecords (issue 13, item 15)', () => {
  const problems: Array<[string, string, RegExp, number | undefined, number | undefined]> = [
    ['an empty file', '', /the file is empty/, undefined, undefined],
    ['white space only', ' \n\n ', /the file is empty/, undefined, undefined],
    ['a truncated document', '{\n  "title": "x",\n  "entries": [\n    {"ordinal": 1', /ends unexpectedly at line 4, column 18/, 4, 18],
    ['a document cut after a comma', '{\n  "a": 1,\n', /ends unexpectedly at line 3, column 1/, 3, 1],
    ['garbage after the document', '{"a": 1}\nx', /NDJSON line 2|not valid JSON at line 2, column 1/, 2, 1],
    ['a bad NDJSON line', '{"ordinal": 1}\n{"ordinal": 2}\n{"ordinal": 3,\n', /NDJSON line 3: .*column 15/, 3, 15],
  ];
  it.each(problems)('%s is a located problem', (_label, text, message, line, column) => {
    const read = parseRecords(text, 'en');
    expect('problem' in read).toBe(true);
    if (!('problem' in read)) return;
    expect(read.problem.message).toMatch(message);
    expect(read.problem.line).toBe(line);
    expect(read.problem.column).toBe(column);
  });

  const good: Array<[string, string, unknown]> = [
    ['a document', '{"entries": []}', { entries: [] }],
    ['an array', '[{"ordinal": 1}]', [{ ordinal: 1 }]],
    ['NDJSON', '{"ordinal": 1}\n\n{"ordinal": 2}\n', [{ ordinal: 1 }, { ordinal: 2 }]],
    ['one NDJSON line is a document', '{"ordinal": 1}\n', { ordinal: 1 }],
  ];
  it.each(good)('%s is read', (_label, text, records) => {
    expect(parseRecords(text)).toEqual({ records });
  });
});

describe('parseRecords messages', () => {
  it("drops V8's echo of the input and keeps the reason", () => {
    const read = parseRecords('{"a":}', 'en');
    expect(read).toEqual({ problem: { code: 'invalid-json', message: "not valid JSON: Unexpected token '}'" } });
  });

  // One language per run: Chinese by default, the same places.
  const zh: Array<[string, string, RegExp]> = [
    ['an empty file', '', /^没有记录：文件为空/],
    ['a truncated document', '{\n  "a": 1,\n', /^不是有效的 JSON：在第 3 行第 1 列意外结束/],
    ['a bad NDJSON line', '{"ordinal": 1}\n{"ordinal": 2,\n', /^NDJSON 第 2 行: 不是有效的 JSON：/],
  ];
  it.each(zh)('%s: in Chinese by default', (_label, text, message) => {
    const read = parseRecords(text);
    expect('problem' in read && read.problem.message).toMatch(message);
    const en = parseRecords(text, 'en');
    expect('problem' in en && en.problem.message).not.toMatch(/\p{Script=Han}/u);
  });
});
