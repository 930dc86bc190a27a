/**
 * The figure finder: money, headcounts, counts, measures, percentages and ordinals in one entry
 * body. A pure function of the text, so it is tested without a pipeline and reused by anyone who
 * has a string.
 *
 * One rule decides what is a figure: a number with a unit or measure word (元, 人, 家, 公里, %,
 * 第N届 …) written next to it. A bare number (群号 791856541, 学年度 78), a numeral inside a word
 * (统一, 之一, 创四方, 四大媒体平台) and a date (2020年, 2019 年度, 民國七十八年) are not figures.
 */
import type { FigureKind } from '../../schema.js';
import { parseNumber } from '../../numbers.js';
import { dashiji } from '../../errors.js';
import {
  CURRENCY_BEFORE,
  ERA_BEFORE,
  FIGURE,
  FIGURE_FIRST,
  MONTH_AFTER,
  NOT_A_MEASURE,
  OF_AFTER,
  OF_AFTER_MONEY,
  OF_BEFORE,
  QUALIFIER_BEFORE,
  RANGE_LOW,
  WORD_BEFORE_YI,
  WORD_SUFFIX,
} from './patterns.js';

/** How an approximate figure relates to its value (FigureSchema.qualifier). */
export type Qualifier = 'about' | 'more-than' | 'less-than' | 'at-least';

/** One figure, with offsets into the text it was found in (not yet an original-input span). */
export interface FigureHit {
  kind: FigureKind;
  value: number;
  unit: string;
  currency?: string;
  approx: boolean;
  qualifier?: Qualifier;
  of?: string;
  start: number;
  end: number;
}

/** Options of `findFigures`. */
export interface FindFiguresOptions {
  /** Ranges of `text` already claimed (by dates): a number inside one is never a figure. */
  exclude?: ReadonlyArray<readonly [number, number]>;
}

/**
 * The qualifier words and what they mean. A table, not code, so the judgement calls are in one
 * place and the README can quote it:
 * - about: 约, 大约, 约合, 约为, 大概, 左右, 上下, 来 (十来个);
 * - more-than: 余, 多, 几 (十几), 逾, 超过, 超, 之多, 有余, 数 (数百), 几 (几十);
 * - less-than: 近, 将近, 接近, 不到, 不足, 不超过, 以下, 以内 (以下/以内 include the number in
 *   law, "at most"; the schema has no at-most, and less-than is the nearer reading);
 * - at-least: 及以上, 以上, 不少于, 不低于, 至少, 上 (上百), and ranges (3-5天 is at least 3).
 *   以上 is at-least, not more-than: Chinese statute defines 以上 as including the number
 *   (刑法第九十九条, 民法典第一千二百五十九条), and chronicles use it in that sense
 *   (100亿元及以上, 三级以上).
 */
export const QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  约: 'about', 大约: 'about', 约合: 'about', 约为: 'about', 约莫: 'about', 大概: 'about',
  左右: 'about', 上下: 'about', 来: 'about', 來: 'about',
  余: 'more-than', 餘: 'more-than', 多: 'more-than', 几: 'more-than', 幾: 'more-than', 逾: 'more-than',
  超过: 'more-than', 超過: 'more-than', 超: 'more-than', 之多: 'more-than', 有余: 'more-than', 有餘: 'more-than',
  数: 'more-than', 數: 'more-than',
  近: 'less-than', 将近: 'less-than', 將近: 'less-than', 接近: 'less-than', 不到: 'less-than',
  不足: 'less-than', 不超过: 'less-than', 以下: 'less-than', 以内: 'less-than', 以內: 'less-than',
  及以上: 'at-least', 以上: 'at-least', 不少于: 'at-least', 不少於: 'at-least',
  不低于: 'at-least', 至少: 'at-least', 上: 'at-least',
};

/** Currency of a money unit, sign or code. 元 with no other word is CNY: these are Chinese texts. */
const CURRENCY: Readonly<Record<string, string>> = {
  元: 'CNY', 圆: 'CNY', 圓: 'CNY', 块钱: 'CNY', 塊錢: 'CNY', 人民币: 'CNY', 人民幣: 'CNY',
  '¥': 'CNY', '￥': 'CNY', RMB: 'CNY', CNY: 'CNY',
  美元: 'USD', 美金: 'USD', $: 'USD', US$: 'USD', USD: 'USD',
  澳元: 'AUD', 加元: 'CAD', 新加坡元: 'SGD', 韩元: 'KRW', 韓元: 'KRW', 卢布: 'RUB', 盧布: 'RUB', 泰铢: 'THB', 泰銖: 'THB', 瑞士法郎: 'CHF',
  港元: 'HKD', 港币: 'HKD', 港幣: 'HKD', HK$: 'HKD', HKD: 'HKD',
  澳门币: 'MOP', 澳門幣: 'MOP', 澳门元: 'MOP', 澳門元: 'MOP', 葡币: 'MOP', 葡幣: 'MOP', MOP: 'MOP', MOP$: 'MOP',
  欧元: 'EUR', 歐元: 'EUR', '€': 'EUR', EUR: 'EUR',
  日元: 'JPY', JPY: 'JPY',
  英镑: 'GBP', 英鎊: 'GBP', '£': 'GBP', GBP: 'GBP',
  新台币: 'TWD', 新臺幣: 'TWD', 新台幣: 'TWD', 台币: 'TWD', 臺幣: 'TWD', 台幣: 'TWD', NT$: 'TWD', TWD: 'TWD',
};

/** The unit a money figure written with only a sign or code takes: ￥675.70 is in 元. */
const CURRENCY_UNIT: Readonly<Record<string, string>> = {
  CNY: '元', USD: '美元', HKD: '港元', EUR: '欧元', JPY: '日元', GBP: '英镑', TWD: '新台币', MOP: '澳门元',
};

/** The unit groups of FIGURE, in the order they are tried. */
const KIND_GROUPS = [
  'percent', 'duration', 'area', 'money', 'length', 'weight', 'people', 'count', 'ordinal', 'other',
] as const satisfies ReadonlyArray<FigureKind>;

/** A bare multiplier counts as a number only with a qualifier: 百余人, 近百家, 数十个, 上千人. */
const BARE_MULTIPLIER: Readonly<Record<string, number>> = {
  十: 10, 百: 100, 千: 1000, 万: 10_000, 萬: 10_000, 亿: 100_000_000, 億: 100_000_000,
  百万: 1e6, 百萬: 1e6, 千万: 1e7, 千萬: 1e7, 百亿: 1e10, 百億: 1e10, 千亿: 1e11, 千億: 1e11,
  万亿: 1e12, 萬億: 1e12,
};

/** A Chinese numeral with no unit character: read digit by digit (一八二队) or a range (两三个). */
const DIGIT_RUN = /^[〇零○一壹二贰貳两兩三叁四肆五伍六陆陸七柒八捌九玖]{2,}$/;
/** 两三个, 三四十人, 七八百万: adjacent digits are a range; the figure is its low end. */
const RANGE_RUN = /^(?<a>[一二两兩三四五六七八九])(?<b>[二三四五六七八九])(?<rest>[十百千万萬亿億].*)?$/;
const DIGIT_VALUE: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 千米, 千克, 千瓦, 兆瓦: the numeral scanner takes 千/兆 as a multiplier; give it back to the unit. */
const PREFIXED_UNITS = new Set(['千米', '千克', '千瓦', '兆瓦']);

/** 一批, 一种, 一类: 一 as an indefinite article ("a batch of"), not a count. */
const INDEFINITE_AFTER_YI = new Set(['批', '种', '種', '类', '類']);

/** Before N届, these make it a count of sessions (连续三届), not the third session. */
const COUNT_OF_SESSIONS = /(?:连续|連續|共|累计|累計|先后|先後|历|歷)$/;

/** Units after which `of` is the noun that follows: measure words, and 米/吨/亩 of something. */
const OF_FOLLOWS: ReadonlySet<FigureKind> = new Set(['count', 'length', 'area', 'weight']);
const OF_FOLLOWS_PEOPLE = new Set(['位', '名']);
const MAX_OF = 8;

interface Draft {
  kind: FigureKind;
  value: number;
  unit: string;
  currency?: string;
  qualifier?: Qualifier;
  start: number;
  end: number;
  /** Where the number itself stands, for the exclude test. */
  numStart: number;
  numEnd: number;
}

/**
 * Find every figure in `text`. `norm` must be `fold(text)` (same length); matching happens on it
 * and offsets are into both. `exclude` holds ranges already claimed by dates; dates are also
 * guarded here (2020年, 2019 年度, 98年3月, 民國七十八年), so figures never swallow a date even
 * when no date extractor ran.
 *
 * @example findFigures('投入约3亿元', '投入约3亿元')
 * // [{ kind: 'money', value: 300000000, unit: '元', currency: 'CNY', approx: true,
 * //    qualifier: 'about', of: '投入', start: 2, end: 7 }]
 */
export function findFigures(text: string, norm: string, options: FindFiguresOptions = {}): FigureHit[] {
  if (norm.length !== text.length) {
    throw dashiji('findFigures: `norm` must be fold(text), the same length as `text`');
  }
  const out: FigureHit[] = [];
  // A sentence's comma is no thousands separator: `MOP 1,500,000，150萬澳門元` holds two figures. The
  // fold made both commas ASCII; the full-width ones are put back for the scanner.
  if (text.includes('，')) norm = withSentenceCommas(text, norm);
  let at = nextStart(norm, 0);
  if (at < 0) return out;
  // Claimed characters marked once, so a body with thousands of dates stays linear.
  const claimed = new Uint8Array(norm.length);
  for (const [s, e] of options.exclude ?? []) claimed.fill(1, Math.max(0, s), Math.min(norm.length, e));
  let lastEnd = 0;
  // The sticky scanner tried only where a hit can start: the same hits, in the same order, as a
  // global scan (which would try every position), since no hit starts anywhere else.
  while (at >= 0) {
    FIGURE.lastIndex = at;
    const m = FIGURE.exec(norm);
    if (m === null) {
      at = nextStart(norm, at + 1);
      continue;
    }
    at = nextStart(norm, m.index + m[0].length);
    // A tab is a table's cell border (78<TAB>本系前身), never the gap between a number and its unit.
    if (m[0].includes(' ') && text.slice(m.index, m.index + m[0].length).includes('\t')) continue;
    const draft = readMatch(m, norm, lastEnd);
    if (!draft || overlaps(draft, claimed)) continue;
    const hit = finish(draft, text, norm, m);
    out.push(hit);
    lastEnd = hit.end;
  }
  return out;
}

/** `norm` with the full-width commas of `text` where the fold put ASCII ones (same length). */
function withSentenceCommas(text: string, norm: string): string {
  let out = '';
  let from = 0;
  for (let i = text.indexOf('，'); i >= 0; i = text.indexOf('，', i + 1)) {
    out += norm.slice(from, i) + '，';
    from = i + 1;
  }
  return out + norm.slice(from);
}

/** 1 for each UTF-16 code unit in FIGURE_FIRST: a table lookup per character, no regex. */
const STARTS = new Uint8Array(0x10000);
for (let i = 0; i < FIGURE_FIRST.length; i++) STARTS[FIGURE_FIRST.charCodeAt(i)] = 1;

/** The first position at or after `from` where a FIGURE hit may start, or -1. */
function nextStart(norm: string, from: number): number {
  for (let i = from; i < norm.length; i++) if (STARTS[norm.charCodeAt(i)] === 1) return i;
  return -1;
}

/** `text` without its trailing run of `chars`: a loop, where `/[…]+$/` would be quadratic. */
function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

function overlaps(d: Draft, claimed: Uint8Array): boolean {
  for (let i = d.numStart; i < d.numEnd; i++) if (claimed[i]) return true;
  return false;
}

/** Turn one scanner hit into a draft figure, or null when the rules say it is no figure. */
function readMatch(m: RegExpExecArray, norm: string, lastEnd: number): Draft | null {
  const g = m.groups ?? {};
  // Where the unit ends and the trailing qualifier (左右, 以上 …) starts: the tail closes the hit.
  const bodyEnd = m.index + m[0].length - (g.tail?.length ?? 0);

  if (g.pct !== undefined) {
    // 百分之百 is 100; 百 alone is no number to parseNumber.
    const value = g.pct === '百' ? 100 : parseNumber(g.pct);
    if (value === null) return null;
    return { kind: 'percent', value, unit: '%', start: m.index, end: bodyEnd, numStart: m.index, numEnd: bodyEnd };
  }
  if (g.first !== undefined && g.firstUnit !== undefined) {
    // 首届网页设计大赛: the first session.
    return { kind: 'ordinal', value: 1, unit: g.firstUnit, start: m.index, end: bodyEnd, numStart: m.index, numEnd: m.index + 1 };
  }
  if (g.sym !== undefined && g.symNum !== undefined) return readSymbol(m, g, norm, bodyEnd);
  if (g.num === undefined) return null;
  return readNumeral(m, g, norm, bodyEnd, lastEnd);
}

/** ￥675.70, US$5, RMB 100万: a sign or code, then Arabic digits. */
function readSymbol(m: RegExpExecArray, g: Record<string, string | undefined>, norm: string, bodyEnd: number): Draft | null {
  // The sign opens the hit; one optional space, then the digits.
  const afterSign = m.index + g.sym!.length;
  const numSpan = [norm[afterSign] === ' ' ? afterSign + 1 : afterSign] as const;
  let digits = g.symNum!;
  let end = bodyEnd;
  // 价格 ￥55.14, then a sentence comma: give the trailing separator back.
  const trimmed = trimTrailing(digits, '.,');
  if (trimmed !== digits && g.symMult === undefined && g.symUnit === undefined) {
    end = numSpan[0] + trimmed.length;
    digits = trimmed;
  }
  const value = parseNumber(digits + (g.symMult ?? ''));
  if (value === null) return null;
  const currency = CURRENCY[g.sym!] ?? 'CNY';
  const unit = g.symUnit ?? CURRENCY_UNIT[currency] ?? '元';
  return { kind: 'money', value, unit, currency, start: m.index, end, numStart: numSpan[0], numEnd: numSpan[0] + digits.length };
}

function readNumeral(
  m: RegExpExecArray,
  g: Record<string, string | undefined>,
  norm: string,
  bodyEnd: number,
  lastEnd: number,
): Draft | null {
  let kind: FigureKind | undefined;
  let unitSpan: [number, number] | undefined;
  for (const name of KIND_GROUPS) {
    const u = g[name];
    if (u !== undefined) {
      kind = name;
      // The unit group is the last before the tail, so it ends where the tail starts.
      unitSpan = [bodyEnd - u.length, bodyEnd];
      break;
    }
  }
  if (!kind || !unitSpan) return null;
  // The numeral run opens the hit (the guard before it is a lookbehind).
  const numSpan = [m.index, m.index + g.num!.length] as const;
  let run = g.num!;
  let unit = g[kind]!;
  let unitStart = unitSpan[0];
  let end = bodyEnd;
  let numEnd = numSpan[1];

  // 110千伏 / 3千米 / 4万千瓦: 千 belongs to the unit, not to the number.
  const last = run.slice(-1);
  if (g.post === undefined && g.mult === undefined && PREFIXED_UNITS.has(last + unit) && run.length > 1) {
    run = run.slice(0, -1);
    unit = last + unit;
    unitStart -= 1;
    numEnd -= 1;
    if (unit === '千瓦' && norm[end] === '时' && g.tail === undefined) {
      unit = '千瓦时';
      end += 1;
    }
  }

  // 统一部署, 一次性, 三年级, 2019 年度: numeral + unit that starts another word.
  if (unit.length === 1) {
    NOT_A_MEASURE.lastIndex = unitStart;
    if (NOT_A_MEASURE.test(norm)) return null;
  }
  WORD_SUFFIX.lastIndex = unitSpan[1];
  if (WORD_SUFFIX.test(norm)) return null;

  const before = norm.slice(Math.max(0, numSpan[0] - 8), numSpan[0]);
  // 统一, 唯一, 之一, 新一轮, 同一批: 一 inside a word.
  if (run[0] === '一' && WORD_BEFORE_YI.test(before)) return null;
  const ordinalMark = /第 ?$/.exec(before);

  let qualifier: Qualifier | undefined;
  let value: number | null;
  const multiplier = BARE_MULTIPLIER[run];
  if (DIGIT_RUN.test(run)) {
    // 两三个: the low end of a range; 一八二队, 三三两两: a name or a phrase, no figure.
    const r = RANGE_RUN.exec(run);
    if (!r || r.groups!.rest !== undefined || run.length !== 2) return null;
    const a = DIGIT_VALUE[r.groups!.a!]!;
    const b = DIGIT_VALUE[r.groups!.b!]!;
    if (b <= a) return null;
    value = a;
    qualifier = 'at-least';
  } else {
    value = parseNumber(run);
    if (value === null) {
      const r = RANGE_RUN.exec(run);
      if (r?.groups?.rest !== undefined) {
        // 三四十人, 七八百万元: the low end.
        value = parseNumber(r.groups.a! + r.groups.rest);
        qualifier = 'at-least';
      } else if (multiplier !== undefined) {
        value = multiplier; // 百余人, 近百家: needs a qualifier, checked below
      }
    }
  }
  if (value === null) return null;
  if (g.mult !== undefined) {
    // 二百余万元, 一千多万元: the multiplier comes after 余/多.
    const scaled = parseNumber(run + g.mult);
    value = scaled ?? value * (BARE_MULTIPLIER[g.mult] ?? 1);
  }
  if (g.post !== undefined) qualifier = QUALIFIERS[g.post];

  // 个多月, 个半月: the qualifier or the half sits inside the unit.
  if (unit === '个多月' || unit === '个多小时') {
    unit = unit.replace('多', '');
    qualifier = 'more-than';
  } else if (unit === '个半月') {
    unit = '个月';
    value += 0.5;
  } else if (unit === '个人' || unit === '個人') {
    unit = '人';
  }

  // 一批, 一种: an indefinite article.
  if (run === '一' && INDEFINITE_AFTER_YI.has(unit) && !ordinalMark) return null;

  // Dates: 2020年, 98年3月, 民國七十八年, 78學年度.
  if (unit === '年' || unit === '学年' || unit === '學年') {
    if (/^[0-9]{3,}$/.test(run)) return null;
    if (ERA_BEFORE.test(before)) return null;
    MONTH_AFTER.lastIndex = unitSpan[1];
    if (MONTH_AFTER.test(norm)) return null;
    if (norm[unitSpan[1]] === '度') return null;
  }

  // 第一行代码 is an ordinal; 一行 alone is a delegation (张三一行), never a count of lines.
  if (unit === '行' && !ordinalMark) return null;

  let start = numSpan[0];
  if (ordinalMark) {
    // 第二届, 第39届, 第一屆, 第八队, 第一次: any measure word after 第 makes an ordinal.
    kind = 'ordinal';
    start -= ordinalMark[0].length;
  } else if (kind === 'ordinal' && COUNT_OF_SESSIONS.test(before)) {
    kind = 'count'; // 连续三届
  } else if (unit === '次' && /[届屆]$/.test(before)) {
    kind = 'ordinal'; // 县一届四次人代会: the fourth session of the first congress
  }

  // A qualifier before the number: 约3亿元, 近百人, 逾千家, 数十个.
  const q = QUALIFIER_BEFORE.exec(before);
  if (q && kind !== 'ordinal') {
    const word = q.groups!.q!;
    const needsBare = word === '上' || word === '数' || word === '數' || word === '几' || word === '幾';
    if (needsBare && multiplier === undefined) {
      // 会上5家: 上 is no qualifier here.
    } else if (word === '近' && kind === 'duration') {
      start -= q[0].length; // 近五年: the last five years, not "nearly"
    } else {
      qualifier = QUALIFIERS[word] ?? qualifier;
      start -= q[0].length;
    }
  }
  // 百周年, 千周年: an anniversary is the one place a bare 百/千 is a number without a qualifier.
  const anniversary = (unit === '周年' || unit === '週年') && (run === '百' || run === '千');
  if (multiplier !== undefined && value === multiplier && qualifier === undefined && run !== '十' && !anniversary) return null;
  if (!q && kind === 'duration' && /前$/.test(before)) start -= 1; // 前五年产值

  // 3-5天, 10至20万元: the low end of a range.
  if (!q && kind !== 'ordinal') {
    const r = RANGE_LOW.exec(before);
    const lo = r?.groups?.lo;
    if (r && lo !== undefined) {
      const trailing = run.slice(trimTrailing(run, '十百千万萬亿億').length);
      const loValue = /[十百千万萬亿億]/.test(lo) ? parseNumber(lo) : parseNumber(lo + trailing);
      if (loValue !== null && loValue < value) {
        value = loValue;
        qualifier = 'at-least';
        start -= r[0].length;
      }
    }
  }

  const tail = g.tail;
  if (tail !== undefined) {
    if (tail === '多' && (kind !== 'duration' || g.post !== undefined)) {
      end = bodyEnd; // 3家多元化企业: not ours
    } else {
      qualifier = QUALIFIERS[tail] ?? qualifier;
      end = m.index + m[0].length;
    }
  }

  if (start < lastEnd) start = numSpan[0];
  if (!Number.isFinite(value)) return null;
  const draft: Draft = { kind, value, unit, start, end, numStart: numSpan[0], numEnd };
  if (qualifier !== undefined) draft.qualifier = qualifier;
  if (kind === 'money') {
    draft.currency = CURRENCY[unit] ?? 'CNY';
    // 港币500万元: the currency before the number, the unit only 元.
    if (unit === '元') {
      const cur = CURRENCY_BEFORE.exec(norm.slice(Math.max(0, start - 5), start))?.groups?.['cur'];
      if (cur !== undefined) draft.currency = CURRENCY[cur] ?? draft.currency;
    }
  }
  return draft;
}

/** Add `of` and shape the hit. */
function finish(d: Draft, text: string, norm: string, m: RegExpExecArray): FigureHit {
  const hit: FigureHit = { kind: d.kind, value: d.value, unit: d.unit, approx: d.qualifier !== undefined, start: d.start, end: d.end };
  if (d.currency !== undefined) hit.currency = d.currency;
  if (d.qualifier !== undefined) hit.qualifier = d.qualifier;
  const of = findOf(d, text, norm, m);
  if (of !== undefined) hit.of = of;
  return hit;
}

function findOf(d: Draft, text: string, norm: string, m: RegExpExecArray): string | undefined {
  if (d.kind === 'ordinal') return undefined;
  const tailed = m.groups?.tail !== undefined && d.end === m.index + m[0].length;
  if (!tailed && (OF_FOLLOWS.has(d.kind) || (d.kind === 'people' && OF_FOLLOWS_PEOPLE.has(d.unit)))) {
    // 13 家成员单位 → 成员单位; 7 位专家和 → 专家
    const at = norm[d.end] === ' ' ? d.end + 1 : d.end;
    OF_AFTER.lastIndex = at;
    const a = OF_AFTER.exec(norm);
    // 一个重要的里程碑: what stops at 的 is a modifier, and the noun after it is past our reach.
    if (a) return a[0].length <= MAX_OF && norm[at + a[0].length] !== '的' ? text.slice(at, at + a[0].length) : undefined;
  }
  if (d.kind === 'money' && !tailed) {
    // 3万元的现金奖励 → 现金奖励
    OF_AFTER_MONEY.lastIndex = d.end;
    const a = OF_AFTER_MONEY.exec(norm);
    const of = a?.groups?.of;
    if (a && of !== undefined) return text.slice(d.end + 1, d.end + 1 + of.length);
  }
  // 前五年产值合计约29.79亿元 → 产值; 用工合计约900人 → 用工
  const from = Math.max(0, d.start - 14);
  const b = OF_BEFORE.exec(norm.slice(from, d.start));
  const of = b?.groups?.of;
  // `of` opens the match, so it starts where the match does.
  if (b && of !== undefined) return text.slice(from + b.index, from + b.index + of.length);
  return undefined;
}
