import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultParser, parseChronicle, parseStream } from '../src/index.js';
import type { Diagnostic } from '../src/index.js';

const source = readFileSync(new URL('../fixtures/2020-power-alliance-chronicle.txt', import.meta.url), 'utf8');

async function collect(chunks: Iterable<string | Uint8Array>, blockSize: number) {
  const entries = [];
  const diagnostics: Diagnostic[] = [];
  for await (const e of parseStream(chunks, { parser: defaultParser, blockSize, onDiagnostic: (d) => diagnostics.push(d) })) entries.push(e);
  return { entries, diagnostics };
}

function* pieces(text: string, size: number): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

describe('parseStream', () => {
  it('yields the same entries as one parse, block by block', async () => {
    const whole = parseChronicle(source);
    for (const blockSize of [500, 2000, 1 << 20]) {
      const { entries, diagnostics } = await collect(pieces(source, 777), blockSize);
      expect(entries.map((e) => [e.ordinal, e.label, e.date?.start, e.date?.end, e.span])).toEqual(whole.entries.map((e) => [e.ordinal, e.label, e.date?.start, e.date?.end, e.span]));
      expect(entries.map((e) => e.figures)).toEqual(whole.entries.map((e) => e.figures));
      expect(entries.map((e) => e.times)).toEqual(whole.entries.map((e) => e.times));
      expect(diagnostics.map((d) => [d.code, d.entry, d.span])).toEqual(whole.diagnostics.map((d) => [d.code, d.entry, d.span]));
    }
  });

  it('carries the title year and headings into later blocks', async () => {
    const text = '1990年大事记\n' + Array.from({ length: 60 }, (_, i) => `${i + 1}、${(i % 12) + 1}月${(i % 28) + 1}日，县里开会研究第${i + 1}件事。`).join('\n');
    const { entries } = await collect([text], 300);
    expect(entries).toHaveLength(60);
    expect(entries.every((e) => e.date?.start.startsWith('1990-'))).toBe(true);
    for (const e of entries) expect(text.slice(e.span.start, e.span.end).startsWith(`${e.label}、`)).toBe(true);
  });

  it('decodes byte chunks, even when a character is split between them', async () => {
    const bytes = Buffer.from(source, 'utf8');
    const chunks = [...pieces(bytes.toString('latin1'), 1001)].map((p) => Buffer.from(p, 'latin1'));
    const { entries } = await collect(chunks, 4000);
    expect(entries).toHaveLength(42);
    expect(entries[2]!.text).toContain('罗林生');
  });

  it('handles empty input and rejects a bad block size', async () => {
    expect((await collect([], 100)).entries).toEqual([]);
    await expect(collect(['x'], 0)).rejects.toThrow(/blockSize/);
  });
});
