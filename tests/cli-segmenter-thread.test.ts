import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SMALL_INPUT, earlySegmenter, startEarlySegmenter } from '../src/cli/segmenter-thread.js';
import { jiebaSegmenter } from '../src/words.js';
import type { Segmenter } from '../src/words.js';

const inThread = jiebaSegmenter();
const fixture = readFileSync('fixtures/2020-power-alliance-chronicle.txt', 'utf8');
let fallbackCalls = 0;
const fallback = (): Segmenter => {
  fallbackCalls++;
  return inThread;
};

// One module state per test file: these run in order, the thread first serving, then closed.
describe('jieba loaded on another thread while the CLI starts', () => {
  startEarlySegmenter();
  const thread = earlySegmenter(fixture.length, fallback);

  const rows: Array<[string, string]> = [
    ['a sentence', '11月24日，市委书记马国强在武汉市青山区主持召开座谈会。'],
    ['empty', ''],
    ['Latin, digits and spaces', 'GMT 6.0 released, 2019-01-27  ok'],
    ['a control character that the reply uses between a word and its tag', '开会\u0001讨论'],
    ['the whole fixture in one call', fixture],
  ];
  it.each(rows)('cuts %s exactly as jieba in this thread', (_name, text) => {
    expect(thread).not.toBeNull();
    expect(thread!.cut(text)).toEqual(inThread.cut(text));
  });
  it.each(rows)('tags %s exactly as jieba in this thread', (_name, text) => {
    expect(thread!.tag!(text)).toEqual(inThread.tag!(text));
  });
  it('sends a text with NUL to the fallback (NUL separates the words of a reply)', () => {
    const before = fallbackCalls;
    expect(thread!.cut('甲\u0000乙')).toEqual(inThread.cut('甲\u0000乙'));
    expect(fallbackCalls).toBe(before + 1);
  });
  it('serves small inputs only: past SMALL_INPUT characters in all it closes for good', () => {
    expect(earlySegmenter(1000, fallback)).toBe(thread);
    expect(earlySegmenter(SMALL_INPUT, fallback)).toBeNull();
    expect(earlySegmenter(10, fallback)).toBeNull();
    // a call on the closed thread goes to the fallback
    const before = fallbackCalls;
    expect(thread!.cut('市委书记')).toEqual(inThread.cut('市委书记'));
    expect(fallbackCalls).toBe(before + 1);
  });
});
