// src/text.ts: the same-length foldings every extractor matches on.
import { describe, expect, it } from 'vitest';
import { fold, simplify } from '../src/text.js';

describe('simplify (OpenCC characters, one for one)', () => {
  it.each([
    ['秘書長張建琛', '秘书长张建琛'],
    ['臺灣光復後', '台湾光复后'],
    ['德明財經科技大學資訊管理系', '德明财经科技大学资讯管理系'],
    ['爲', '为'],
    ['民國七十八年', '民国七十八年'],
  ])('%s → %s', (hant, hans) => {
    expect(simplify(hant)).toBe(hans);
  });
  it.each([['秘书长张建琛'], ['ABC 123'], [''], ['𠀀𠀁']])('leaves %j as it is', (text) => {
    expect(simplify(text)).toBe(text);
  });
  it('never changes a length, so offsets stay offsets', () => {
    const text = '２０２０年，會議在臺北舉行（廈門）。';
    expect(simplify(fold(text))).toHaveLength(text.length);
  });
});
