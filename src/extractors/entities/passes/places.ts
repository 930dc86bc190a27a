/**
 * Places: GB/T 2260 units and countries from the gazetteer, stems before an administrative unit
 * (崇仁县, 郿县), the stems learned reused bare, and zones after a place (瑞金经开区); rivers,
 * lakes, mountains and a province's parts the segmenter reads as places (汉江, 太湖, 陕南).
 */
import { ADMIN_BLOCKERS, CODE_MENG, codeSet, CODE_XIAN, CODE_ZHANG, CODE_ZHOU, COUNTY_STEMS, FULL_NAME_UNIT, NON_PLACE, PARTNER_BEFORE_CHAR, STEM_LENGTHS, STEM_LENGTHS_COUNTY, STEM_STOP, ZONE_NAME_STOP, sticky } from '../scanner.js';
import type { Scanner } from '../scanner.js';
import { COUNTRY_LIST, DIVISION_LIST, PlaceContext, countyConfirmed, placeUnit, unitsOfShort } from '../gazetteer.js';
import { simplify } from '../../../text.js';
import { AMBIGUOUS_PLACES, COUNTRIES, GENERIC_LANDFORMS, NOT_NAME_START_TAGS, NOT_PLACE_STEMS } from '../lexicon.js';
import { List } from '../lookup.js';
import { ACTS_AFTER } from '../patterns.js';

/** Tags under which a segmenter reads a word as a name (jieba: ns place, nr person, nz other, x unknown, j abbreviation). */
const PLACE_NAME_TAGS: ReadonlySet<string> = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'x', 'j', 'nt']);

/** Short forms of the provinces (matching view): 台湾, 江西, 内蒙古. */
const PROVINCE_STEMS: ReadonlySet<string> = new Set(
  DIVISION_LIST.filter((d) => d.level === 1 && d.short).map((d) => simplify(d.short!)),
);

/** The countries (matching view): before a city of theirs the segmenter may keep both as one word (英国伦敦). */
const COUNTRY_STEMS: ReadonlySet<string> = new Set([...COUNTRY_LIST.map(simplify), ...COUNTRIES.map(simplify)]);

export function scanPlaces(sc: Scanner): void {
  const { s, lex } = sc;
  // Gazetteer names: units of GB/T 2260 (full names and short forms), countries; with their
  // suffix unless a title takes it.
  let next = 0;
  const pending: number[] = [];
  for (const i of lex.occurrences(List.gazetteer)) {
    if (i < next) continue;
    let stemLen = lex.at(List.gazetteer, i);
    // 瑞金市长, 泉州市场: a full name whose unit word starts the next word is its short form.
    const unitLen = FULL_NAME_UNIT.get(s.slice(i, i + stemLen));
    const titled = unitLen !== undefined && sc.codeAt(i + stemLen) === CODE_ZHANG;
    const shortened = unitLen !== undefined &&
      (titled || ADMIN_BLOCKERS[s[i + stemLen - 1]!]?.includes(s[i + stemLen] ?? '\u0000') === true);
    if (shortened) stemLen -= unitLen;
    const stemEnd = i + stemLen;
    let end = stemEnd;
    const full = unitLen !== undefined && !shortened;
    // A full name takes no second unit word (石狮市|市委), nor a short form the next word took.
    const sufLen = full || shortened ? 0 : lex.at(List.gazetteerSuffix, end);
    const region = sufLen !== 0 && s.startsWith('地区', end); // 地区 is no part of the name
    const stem = s.slice(i, stemEnd);
    // A county's short form alone waits until the entry's other places are known (below).
    if (sufLen === 0 && !full && !titled && COUNTY_STEMS.has(stem)) {
      pending.push(i);
      continue;
    }
    // 中共陕西省委: a gazetteer name with its own suffix needs no left boundary.
    if (!(sufLen !== 0 && !region && stemLen >= 2) && !full && !sc.placeLeftOk(i)) continue;
    if (sufLen !== 0 && !region && !(sufLen === 1 && sc.codeAt(end + 1) === CODE_ZHANG)) end += sufLen;
    const followedByUnit = lex.at(List.admin, end) !== 0 || lex.at(List.zone, end) !== 0;
    if (end === stemEnd && !followedByUnit && AMBIGUOUS_PLACES.has(stem)) continue;
    // 太白山: the segmenter keeps 白山 inside a longer word. A province starting a word stays
    // (台湾光复 is one word to jieba, and still names Taiwan).
    // A country before one of its cities stays too (英国伦敦, 美国纽约: single words to jieba).
    if (sufLen === 0 && !full && !followedByUnit && !sc.boundaryAt(end) && sc.cuts.available && !sc.cutAt(stemEnd) &&
      !(PROVINCE_STEMS.has(stem) && sc.cutAt(i)) && !(COUNTRY_STEMS.has(stem) && sc.cutAt(i) && lex.at(List.gazetteer, end) !== 0)) continue;
    sc.add({ type: 'place', start: i, end, rule: titled ? 'place-in-title' : 'gazetteer' });
    sc.placeStems.add(stem);
    next = end;
  }
  countyStems(sc, pending);
  // Stems with an administrative suffix: 瑞金市, 崇仁县, 新罗区, 郿县; 瑞金市长 gives 瑞金.
  next = 1;
  for (const k of lex.occurrences(List.admin)) {
    if (k < next) continue;
    const sufLen = lex.at(List.admin, k);
    const first = s.charCodeAt(k);
    if (sufLen === 1 ? first === CODE_ZHOU || first === CODE_MENG : s.startsWith('地区', k)) continue;
    if (sc.hits.some((h) => h.type === 'place' && h.start <= k && h.end > k)) continue;
    // 开发区, 新区: the unit ends a zone word (see scanZones).
    if (lex.before(List.zone, k + sufLen) > sufLen) continue;
    if (sufLen === 1 && ADMIN_BLOCKERS[s[k]!]?.includes(s[k + 1] ?? '\u0000')) continue;
    // 召开县一届四次人代会, 简称县政府: a verb before 县 is no stem.
    if (lex.before(List.leftStop, k) >= 2) continue;
    const titleTakes = sufLen === 1 && sc.codeAt(k + 1) === CODE_ZHANG;
    const span = placeStemBefore(sc, k, sufLen === 1 && first === CODE_XIAN);
    if (span === null) continue;
    const end = titleTakes ? k : k + sufLen;
    sc.add({ type: 'place', start: span, end, rule: titleTakes ? 'place-in-title' : 'admin-suffix' });
    sc.placeStems.add(s.slice(span, k));
    next = k + sufLen;
  }
  // Stems learned above, used bare: 瑞金经开区, 推介瑞金.
  findStems(sc);
  scanZones(sc);
}

/**
 * Counties named by their short form alone (石狮): only where the chronicle so far, or this
 * entry's other places, name the county, its prefecture or its province (the extractor checks
 * the same once the whole entry is read), and where the segmenter reads the stem as a word of its
 * own. The cheap test goes first: most two-character county names in a text are other words.
 */
function countyStems(sc: Scanner, pending: readonly number[]): void {
  if (pending.length === 0) return;
  const { s, lex } = sc;
  const context = sc.places?.copy() ?? new PlaceContext();
  for (const h of sc.hits) {
    if (h.type !== 'place') continue;
    const unit = placeUnit(s.slice(h.start, h.end), context);
    if (unit) context.add(unit.unit);
  }
  let next = 0;
  for (const i of pending) {
    if (i < next) continue;
    const e = i + lex.at(List.gazetteer, i);
    if (sc.overlaps(i, e, 'place')) continue;
    const units = unitsOfShort(s.slice(i, e)).filter((d) => d.level === 3 && countyConfirmed(d, context));
    if (units.length === 0) continue;
    // 四川汶川: right after its province the segmenter may run the two together.
    const chained = sc.hitEndingAt(i, 'place') !== undefined;
    if (!sc.cuts.available || !sc.placeLeftOk(i) || !(chained || sc.cutAt(i)) || !sc.cutAt(e) || !(chained || sc.uncut(i, e))) continue;
    // 温泉, 白塔: a stem that is an ordinary word to the segmenter counts only once the county
    // itself was named in full.
    const tag = sc.pos.available ? sc.pos.wordTag(i, e) : undefined;
    if (tag !== undefined && !PLACE_NAME_TAGS.has(tag) && !units.some((d) => context.named(d))) continue;
    sc.add({ type: 'place', start: i, end: e, rule: 'county-stem' });
    next = e;
  }
}

/** The first characters of the units below a county: 镇, 乡, 村, 街道. */
const LOWER_UNIT: ReadonlySet<string> = new Set(['镇', '乡', '村', '街']);

/** Where the stem before the unit at `k` starts (one character allowed before 县: 郿县). */
function placeStemBefore(sc: Scanner, k: number, county: boolean): number | null {
  const { s } = sc;
  for (const len of county ? STEM_LENGTHS_COUNTY : STEM_LENGTHS) {
    const b = k - len;
    if (b < 0) continue;
    let ok = true;
    for (let j = b; j < k; j++) if (!sc.hanAt(j) || STEM_STOP[s.charCodeAt(j)] === 1) ok = false;
    if (!ok || sc.charIn(NON_PLACE, k - 1) || (len === 1 && sc.charIn(NON_PLACE, b))) continue;
    if (sc.insideTitle(b, k) || sc.overlaps(b, k, 'person')) continue;
    if (NOT_PLACE_STEMS.has(s.slice(b, k))) continue;
    // 东乡区孝岗镇, 宜黄县二都镇: a town or village right after its county is a place, whatever the
    // segmenter makes of its name.
    if (len >= 2 && !county && sc.hitEndingAt(b, 'place') && LOWER_UNIT.has(s.slice(k, k + 2)[0]!)) return b;
    // 表彰市级, 第二批省级: a verb or a numeral is no place's stem.
    const word = sc.pos.available ? sc.pos.firstWord(b, k) : undefined;
    if (word && NOT_NAME_START_TAGS.has(word.tag)) continue;
    const plainLeft = b === 0 || sc.boundaryAt(b - 1) || sc.hitEndingAt(b, 'place') !== undefined ||
      (b >= 2 && s.startsWith('中共', b - 2));
    // No left boundary without asking the segmenter, and no left-context word to ask about.
    if (!plainLeft && sc.lex.before(List.leftStop, b) === 0) continue;
    // A stem the segmenter does not cut inside (应|瑞金市 is not a stem 应瑞金).
    if (len > 1 && !sc.uncut(b, k)) continue;
    const left = plainLeft || sc.stopBefore(b) !== 0;
    // The segmenter must not run a word across the stem's start (`推介瑞金市`: 介瑞金 is not a stem).
    if (left && (!sc.cuts.available || sc.wordStartsAt(b))) return b;
  }
  return null;
}

function findStems(sc: Scanner): void {
  const { s } = sc;
  for (const stem of sc.placeStems) {
    if (stem.length < 2) continue;
    for (let i = s.indexOf(stem); i >= 0; i = s.indexOf(stem, i + 1)) {
      if (sc.hits.some((h) => h.type === 'place' && h.start <= i && h.end >= i + stem.length)) continue;
      if (sc.overlaps(i, i + stem.length, 'person')) continue;
      if (!sc.placeLeftOk(i)) continue;
      sc.add({ type: 'place', start: i, end: i + stem.length, rule: 'known-stem' });
    }
  }
}

/** Zones and parks after a place: 瑞金经开区, 马鞍山经济开发区, 龙岩市新罗区龙雁组团科创园. */
function scanZones(sc: Scanner): void {
  const { s } = sc;
  let next = 1;
  for (const k of sc.lex.occurrences(List.zone)) {
    if (k < next) continue;
    const zoneLen = sc.lex.at(List.zone, k);
    const end = k + zoneLen;
    // The zone's name is the place chain right before it, or a short name right after a place.
    let start = -1;
    const direct = sc.hitEndingAt(k, 'place');
    if (direct?.rule.startsWith('zone')) continue; // 开发区园区: one zone
    if (direct) {
      start = direct.start;
      for (let prev = sc.hitEndingAt(start, 'place'); prev; prev = sc.hitEndingAt(start, 'place')) start = prev.start;
    } else {
      for (let b = k - 1; b >= Math.max(0, k - 6); b--) {
        if (!sc.hanAt(b)) break;
        if (sc.hitEndingAt(b, 'place')) {
          // 新罗区龙雁组团科创园; not 新罗区政府签署红电孵化园 nor 博望区等产业园区.
          if (k - b >= 2 && !anyCharIn(sc, ZONE_NAME_STOP, b, k) && !sc.overlaps(b, k, 'organization') &&
            !sc.hasStopInside(b - 1, k + 1)) start = b;
          break;
        }
      }
    }
    if (start < 0) continue;
    const acts = sc.charIn(PARTNER_BEFORE_CHAR, start - 1) && sticky(ACTS_AFTER, s, end, 3);
    sc.add({ type: acts ? 'organization' : 'place', start, end, rule: acts ? 'zone-acting' : 'zone' });
    next = end;
  }
}

function anyCharIn(sc: Scanner, table: Uint8Array, b: number, e: number): boolean {
  for (let k = b; k < e; k++) if (sc.charIn(table, k)) return true;
  return false;
}

/** The last character of a river's, lake's, mountain's or island's name (江河湖山岛). */
const LANDFORM_BIT = 1;
/** The last character of a temple's or shrine's name (少林寺, 雍和宫, 关帝庙, 武侯祠: 寺宫庙祠庵; not 观: 世界观). */
const SITE_BIT = 2;
/** A direction after a province's character (陕南: 东南西北). */
const DIRECTION_BIT = 4;
/** By UTF-16 code: which of the three the character is, as bits (one table look per character). */
const LAST_KIND = new Uint8Array(65536);
for (const [chars, bit] of [['江河湖山岛', LANDFORM_BIT], ['寺宫庙祠庵', SITE_BIT], ['东南西北', DIRECTION_BIT]] as const) {
  for (const c of chars) LAST_KIND[c.charCodeAt(0)]! |= bit;
}

/** Tags under which the segmenter reads a temple's name: a name (nr, often), a place, or unknown. */
const SITE_TAGS: ReadonlySet<string> = new Set(['ns', 'nr', 'nrt', 'nz', 'x']);
/** A province's one-character name, before a direction (东南西北): 陕南, 苏北, 闽西, 豫东. */
const PROVINCE_CHAR = codeSet('京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼黔滇');

/**
 * Rivers, lakes, mountains, islands (汉江, 太湖, 黄山) and the parts of a province (陕南, 苏北): no
 * gazetteer of them, so a word of two to four characters ending so, that the segmenter cuts out
 * whole and tags as a place, outside every name found so far and not an ordinary word (江山, 登山).
 * After the rules for people and bodies: 刘江 and 中山大学 hold such words and are not places. Before
 * the people the segmenter's tags give: it tags temples as names (武侯祠 is `nr`).
 */
export function scanLandforms(sc: Scanner): void {
  if (!sc.pos.available || !sc.cuts.available) return;
  const { s, n } = sc;
  for (let e = 2; e <= n; e++) {
    const last = e - 1;
    // One table look per character: most are none of these.
    const kind = LAST_KIND[s.charCodeAt(last)]!;
    if (kind === 0) continue;
    const region = (kind & DIRECTION_BIT) !== 0 && sc.charIn(PROVINCE_CHAR, last - 1);
    const site = !region && (kind & SITE_BIT) !== 0;
    if (!region && !site && (kind & LANDFORM_BIT) === 0) continue;
    if (sc.overlaps(last, e) || sc.hanAt(e) && !sc.cutAt(e)) continue;
    // A temple's name has three or four characters (宗祠, 子宫 are words): 少林寺, 南普陀寺.
    for (const len of region ? [2] : site ? [4, 3] : [4, 3, 2]) {
      const b = e - len;
      if (b < 0) continue;
      let han = true;
      for (let k = b; k < last; k++) if (!sc.hanAt(k)) han = false;
      if (!han || sc.overlaps(b, e) || !sc.cutAt(b)) continue;
      if (site) {
        // 南普陀|寺: the segmenter may cut the temple word off its name.
        if (!sc.uncut(b, last)) continue;
        const tag = sc.pos.wordTag(b, e) ?? sc.pos.wordTag(b, last);
        if (tag === undefined || !SITE_TAGS.has(tag)) continue;
      } else if (!sc.uncut(b, e) || GENERIC_LANDFORMS.has(s.slice(b, e)) || sc.pos.wordTag(b, e) !== 'ns') continue;
      sc.add({ type: 'place', start: b, end: e, rule: 'landform' });
      break;
    }
  }
}
