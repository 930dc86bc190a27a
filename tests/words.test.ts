import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createParser, defaultExtractors } from '../src/index.js';
import { JIEBA_PLATFORMS, isSegmenterUnavailable, loadJieba, platformKey, segmenterUnavailableMessage } from '../src/words.js';

const napiFailure = () => {
  throw new Error('Cannot find native binding. npm has a bug related to optional dependencies');
};

describe('a missing jieba binary (issue 13, item 10)', () => {
  it('fails with one error naming the platform and the package to install', () => {
    let thrown: unknown;
    try {
      loadJieba(napiFailure);
    } catch (error) {
      thrown = error;
    }
    expect(isSegmenterUnavailable(thrown)).toBe(true);
    const message = (thrown as Error).message;
    expect(message).toContain(platformKey());
    expect(message).toMatch(/@node-rs\/jieba/);
    expect((thrown as Error).cause).toBeInstanceOf(Error);
  });

  const rows: Array<[string, RegExp]> = [
    ['linux-x64-gnu', /install @node-rs\/jieba-linux-x64-gnu .*--include=optional/],
    ['linux-x64-musl', /install @node-rs\/jieba-linux-x64-musl/],
    ['darwin-arm64', /install @node-rs\/jieba-darwin-arm64/],
    ['win32-x64', /install @node-rs\/jieba-win32-x64-msvc/],
    ['linux-arm-gnu', /install @node-rs\/jieba-linux-arm-gnueabihf/],
    // negative: a platform without a binary is named as such, with the way out
    ['aix-ppc64', /no prebuilt binary for aix-ppc64; or pass your own segmenter/],
    ['linux-riscv64-gnu', /no prebuilt binary for linux-riscv64-gnu/],
  ];
  it.each(rows)('%s', (key, message) => {
    expect(segmenterUnavailableMessage(key)).toMatch(message);
  });

  it('names linux by its C library and other systems by platform and arch', () => {
    expect(platformKey('linux', 'x64', 'musl')).toBe('linux-x64-musl');
    expect(platformKey('darwin', 'arm64')).toBe('darwin-arm64');
    expect(Object.keys(JIEBA_PLATFORMS)).toHaveLength(13);
  });

  it('parse throws it once instead of one extractor-failed diagnostic per entry', () => {
    let calls = 0;
    const broken = {
      cut: () => {
        calls++;
        return loadJieba(napiFailure).cut('');
      },
    };
    const parser = createParser({ extractors: defaultExtractors, segmenter: broken });
    expect(() => parser.parse(readFileSync('fixtures/2020-power-alliance-chronicle.txt', 'utf8'))).toThrow(/cannot load on/);
    expect(calls).toBe(1);
  });

  it('other segmenter failures stay diagnostics (negative case)', () => {
    const flaky = { cut: () => { throw new Error('flaky'); } };
    const doc = createParser({ extractors: defaultExtractors, segmenter: flaky }).parse(readFileSync('fixtures/2020-power-alliance-chronicle.txt', 'utf8'));
    expect(doc.entries).toHaveLength(42);
    expect(doc.diagnostics.some((d) => d.code === 'extractor-failed' && d.message.includes('flaky'))).toBe(true);
  });
});
