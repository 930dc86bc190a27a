// The run-time gazetteer (src/extractors/entities/gazetteer.ts): short forms by rule (compiled
// into the table by scripts/build-gazetteer.mjs), and the choice of a unit by the chronicle's
// other places, including the cases that must stay open.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM build script, no type declarations
import { levelOf, shortForm } from '../scripts/build-gazetteer.mjs';
import {
  COUNTY_SHORT_FORMS,
  DIVISION_LIST,
  MAJOR_SHORT_FORMS,
  PlaceContext,
  countyConfirmed,
  divisionOf,
  placeUnit,
} from '../src/extractors/entities/gazetteer.js';

describe('shortForm', () => {
  it.each([
    ['瑞金市', 3, '瑞金'],
    ['海淀区', 3, '海淀'],
    ['崇仁县', 3, '崇仁'],
    ['江西省', 1, '江西'],
    ['新疆维吾尔自治区', 1, '新疆'],
    ['延边朝鲜族自治州', 2, '延边'],
    ['恩施土家族苗族自治州', 2, '恩施'],
    ['巴音郭楞蒙古自治州', 2, '巴音郭楞'],
    ['锡林郭勒盟', 2, '锡林郭勒'],
    ['大兴安岭地区', 2, '大兴安岭'],
    // a stem that ends like a nationality's name (藏, 蒙古, 白, 水) keeps it when less would remain
    ['西藏自治区', 1, '西藏'],
    ['内蒙古自治区', 1, '内蒙古'],
    ['长白朝鲜族自治县', 3, '长白'],
    ['融水苗族自治县', 3, '融水'],
  ] as const)('%s → %s', (name, level, short) => {
    expect(shortForm(name, level)).toBe(short);
  });
  it.each([
    ['赵县', 3],
    ['城区', 3],
    ['新城区', 3],
    ['市中区', 3],
    ['东区', 3],
  ] as const)('%s has none (too short or generic)', (name, level) => {
    expect(shortForm(name, level)).toBeNull();
  });
});

describe('the tables', () => {
  it('read every unit with the short form its rules give', () => {
    const differ = DIVISION_LIST.filter((d) => d.short !== shortForm(d.name, levelOf(d.code)));
    expect(differ).toEqual([]);
  });
  it('know every level and keep county short forms apart from the major ones', () => {
    expect(divisionOf('360781')).toMatchObject({ name: '瑞金市', level: 3, short: '瑞金' });
    expect(divisionOf('350500')).toMatchObject({ name: '泉州市', level: 2 });
    expect(DIVISION_LIST.filter((d) => d.level === 1)).toHaveLength(34);
    expect(MAJOR_SHORT_FORMS).toContain('泉州');
    expect(COUNTY_SHORT_FORMS).toContain('石狮');
    expect(COUNTY_SHORT_FORMS).not.toContain('泉州');
  });
});

describe('placeUnit', () => {
  const context = (...codes: string[]) => {
    const c = new PlaceContext();
    for (const code of codes) c.add(divisionOf(code)!);
    return c;
  };
  it('takes the only unit of a name, full or short, traditional or simplified', () => {
    expect(placeUnit('瑞金市', context())).toMatchObject({ unit: { code: '360781' }, province: { name: '江西省' }, evidence: 'unique', short: false });
    expect(placeUnit('瑞金', context())).toMatchObject({ unit: { code: '360781' }, short: true });
    expect(placeUnit('廈門', context())).toMatchObject({ unit: { code: '350200' } });
  });
  it('decides a shared name by the prefecture or province named before', () => {
    expect(placeUnit('朝阳区', context('110000'))).toMatchObject({ unit: { code: '110105' }, evidence: 'context' });
    expect(placeUnit('朝阳区', context('220100'))).toMatchObject({ unit: { code: '220104' }, evidence: 'context' });
  });
  it('takes the province for a short form a province shares (吉林)', () => {
    expect(placeUnit('吉林', context())).toMatchObject({ unit: { code: '220000' }, evidence: 'province-first' });
  });
  it.each([['朝阳区'], ['鼓楼区'], ['陕南'], ['法国'], ['']])('leaves %s open without context', (name) => {
    expect(placeUnit(name, context())).toBeNull();
  });
  it('confirms a county only when the chronicle names it or its prefecture', () => {
    const shishi = divisionOf('350581')!;
    expect(countyConfirmed(shishi, context())).toBe(false);
    expect(countyConfirmed(shishi, context('350500'))).toBe(true);
    expect(countyConfirmed(shishi, context('350581'))).toBe(true);
    expect(countyConfirmed(shishi, context('350000'))).toBe(false);
    expect(countyConfirmed(shishi, context('360000'))).toBe(false);
  });
  it('confirms a district of a municipality by the municipality', () => {
    expect(countyConfirmed(divisionOf('110111')!, context('110000'))).toBe(true);
  });
  it('reads a prefecture\'s short form as the prefecture when only counties share it', () => {
    expect(placeUnit('长沙', context())).toMatchObject({ unit: { code: '430100' }, evidence: 'prefecture-first' });
    expect(placeUnit('長沙', context())).toMatchObject({ unit: { code: '430100' } });
  });
  it('reads a province\'s short form as the province, whatever lower unit shares it', () => {
    expect(placeUnit('河南', context('630000'))).toMatchObject({ unit: { code: '410000' } });
  });
});
