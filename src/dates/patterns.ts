/**
 * Every pattern of the date module, in one place. All run on the FOLDED text (see `fold` in
 * text.ts): full-width digits are ASCII, every dash is `-`, 〜/～ is `~`, every space is ` `.
 *
 * The component patterns are sticky (`y`): the scanner tries them at one position, so none of
 * them can wander off and none needs an anchor. None has a nested quantifier; every repetition
 * is bounded (tests/dates-patterns.test.ts times each one against adversarial input).
 */

import { ERA_NAMES } from './eras.js';

/** The literal start forms; SCAN adds the era names. */
const SCAN_FORMS =
  /\d{4}[-/.]\d|(?:中[华華] ?)?民[國国]|[0-9〇零○一二两三四五六七八九十廿卅]{1,4} ?(?:[年月日号號]|學年|学年|至|到|-|~)|[今本是当當同去上明翌次]年|前一年|第二年|[本是当當同次翌下上]月|[上下][个個]月|[同当當是本即次翌]日|[当當][天晚夜]|[次翌]晨|第二天|前一[天日]|[上中下]旬|[上下]半年|(?:第 ?)?[1-4一二三四] ?季度|第 ?[1-4一二三四] ?季|[春夏秋冬][季天]|年[初底末]|[岁歲]末|月[初底末]|元旦|国庆|國慶|春[节節]|[农農阴陰夏][历曆歷]|[正腊臘]月|[闰閏][0-9一二三四五六七八九十正]|元宵|端午|七夕|中秋|重[阳陽]|除夕|五一|十一|[劳勞]动节|[劳勞]動節|近日|日前|[0-9一二三四五六七八九]0? ?年代|元月|(?:1[5-9]|2[01]|十[五六七八九]|二十一?|[上本]) ?世[纪紀]/;

/**
 * Where a date expression may start. One global pass over a body finds these; the component
 * parser then runs only at each hit, which keeps `findTimes` a single scan. It has no `d` flag
 * on purpose: only the hit's index is used, and `d` would allocate index arrays on every hit.
 * It must stay a superset of what the parser accepts (a test checks every keyword). The era
 * names come from eras.ts (vocabulary is data), joined to the literal forms above.
 */
export const SCAN = new RegExp(`${SCAN_FORMS.source}|(?:(?:南明|明|清|日本) ?)?(?:${ERA_NAMES})`, 'g');

/**
 * Every character a SCAN hit can start with. findTimes looks each character of a body up in a
 * table built from this list and tries SCAN (sticky) only there: a table lookup per character
 * is about twice as fast as the global search, which tries the whole alternation at every
 * position. tests/dates-patterns.test.ts checks the list against SCAN both ways.
 */
export const SCAN_FIRST =
  '0123456789〇零○一二两三四五六七八九十廿卅民今本是当當同去上明翌次前第下即中春夏秋冬年岁歲月元国國农農阴陰正腊臘闰閏端重除劳勞近日' +
  [...new Set(['南明', '清', '日本', ...ERA_NAMES.split('|')].map((w) => w[0]!))].join('');

/** SCAN tried at one position (see SCAN_FIRST). */
export const SCAN_AT = new RegExp(SCAN.source, 'y');

// ── First characters ─────────────────────────────────────────────────────────────────────

const DIGITS = '0123456789';

/**
 * The characters a hit of each component pattern can start with. The parser tries a dozen sticky
 * patterns in turn at every place a date may start, and most of them fail on the first character:
 * parse.ts looks that character up in a table built from these lists and runs a pattern only where
 * it can match (as FIGURE_FIRST gates the figures scanner). A character missing here would
 * silently lose dates, so tests/dates-patterns.test.ts checks each list against its pattern.
 */
export const FIRST_CHARACTERS = {
  LUNAR_PREFIX: '农農阴陰夏旧舊',
  // A dynasty, then a reign title: the first character of either.
  ERA: [...new Set(['南明', '明', '清', '日本', ...ERA_NAMES.split('|')].map((w) => w[0]!))].join(''),
  SHORT_DECADE: '123456789一二三四五六七八九十上本',
  YEAR: `${DIGITS}〇零○一二三四五六七八九`,
  MINGUO_YEAR: '民中',
  MINGUO_ACADEMIC: DIGITS,
  SHORT_MINGUO_YEAR: '123456789',
  RELATIVE_YEAR: '本上今是当當同去前明翌次第',
  MONTH: `闰閏${DIGITS}十一二三四五六七八九正腊臘元`,
  RELATIVE_MONTH: '本是当當同次翌下上',
  DAY: `${DIGITS}三二廿十一四五六七八九`,
  RELATIVE_DAY: '同当當是本即次翌第前',
  PERIOD: '上中下第1234一二三四春夏秋冬年岁歲月',
  FESTIVAL: '元国國十五劳勞春端七中重除',
  RECENT: '近日',
  BARE_NUMBER: `${DIGITS}〇零一二三四五六七八九十廿卅`,
  // The word, or the hour (after an optional space).
  TIME_OF_DAY: ` 凌清早上中午下傍晚夜深${DIGITS}零一二两三四五六七八九十`,
  DOUBLE_HOUR: '子丑寅卯辰巳午未申酉戌亥',
} as const;

// ── Years ────────────────────────────────────────────────────────────────────────────────

/** `2020年`, `2020 年`, `一九五〇年`, `2019 年度`, `2019学年度`: a written Gregorian year. */
export const YEAR = /(?<num>\d{4}|[〇零○一二三四五六七八九]{4}) ?(?<unit>學年度|学年度|學年|学年|年度|年代|年)/y;

/** `民國44年`, `民國七十八年`, `民國九十九` (no 年): the Republic of China (Minguo) calendar. */
export const MINGUO_YEAR =
  /(?:中[华華] ?)?民[國国] ?(?<num>元|\d{1,3}|[〇零○一二三四五六七八九十百]{1,5})(?: ?(?<unit>學年度|学年度|年度|年))?(?: ?\( ?(?<bracket>\d{4}) ?年? ?\))?/y;

/**
 * `清康熙七年`, `乾隆二十四年`, `明崇祯十五年（1642年）`, `大正12年`: a reign or era year, with the
 * Gregorian year the text may bracket after it (the bracket wins; see resolve.ts). 元年 is 1.
 */
export const ERA_YEAR = new RegExp(eraYearSource(''), 'y');

/** ERA_YEAR's source; `close` is `?` for a heading, whose closing bracket HEADING_WRAPPER strips. */
function eraYearSource(close: '' | '?'): string {
  return `(?:(?<dynasty>南明|明|清|日本) ?)?(?<era>${ERA_NAMES}) ?(?<num>元|\\d{1,2}|[一二三四五六七八九十]{1,4}) ?年(?! ?[间間代])(?: ?\\( ?(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年? ?[,、] ?)?(?<bracket>\\d{1,4}) ?年? ?\\)${close}(?: ?年)?)?`;
}

/** `清康熙年间（1662～1722年）`: a reign as a whole, with the span of years the text may bracket. */
export const ERA_PERIOD = new RegExp(eraPeriodSource(''), 'y');

function eraPeriodSource(close: '' | '?'): string {
  return `(?:(?<dynasty>南明|明|清|日本) ?)?(?<era>${ERA_NAMES}) ?(?:年[间間]|时期|時期|(?<edge>初年|末年))(?: ?\\( ?(?<from>\\d{1,4}) ?年? ?(?:-{1,2}|~|至) ?(?<to>\\d{1,4}) ?年? ?\\)${close})?`;
}

/** `78學年度`: a bare Minguo number is only a year when 學年度 follows it. */
export const MINGUO_ACADEMIC = /(?<num>\d{2,3}) ?(?<unit>學年度|学年度)/y;

/**
 * `108年6月`, `99年度`, `110年上半年`, `109年第二季`, `109年春`, `109年底`: a Minguo year written without
 * 民國, as Taiwan's chronicles write it. Read only where years count from 1912 (DateContext.minguo).
 * A month or a part of the year (or 度) must follow, so that `創校50年` stays a duration; an entry
 * that starts with `111年` alone is find.ts's.
 */
export const SHORT_MINGUO_YEAR =
  /(?<num>[1-9]\d{1,2}) ?(?:(?<unit>年度)|年(?= ?(?:(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]) ?(?:月|至|到|-)|[上下]半年|第 ?[一二三四1-4] ?季|[春夏秋冬]|[初底末]|元月|[正腊臘]月)))/y;

/** `109.3.15`, `109/03/15`, `109-03-15`: a Minguo date in numbers (where SHORT_MINGUO_YEAR is read). */
export const SHORT_MINGUO_DATE = /(?<year>[1-9]\d{1,2})(?<sep>[-/.])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})(?!\d)/y;

/**
 * Where a two- or three-digit year may start (`108年`, `109.3`): only there does find.ts look
 * whether the text is in traditional script, which makes such a year a Minguo one.
 */
export const SHORT_YEAR_AHEAD = /[1-9]\d{1,2}(?: ?年|[-/.]\d)/y;

/** Years named relative to the reference date: 是年 (that year), 翌年 (the next), 去年 … */
export const RELATIVE_YEAR =
  /(?<word>本年度|上年度|今年|本年|是年|当年|當年|同年|去年|上年|前一年|明年|翌年|次年|第二年)/y;

/** How many years each relative-year word moves from the reference year. */
export const RELATIVE_YEAR_OFFSET: Readonly<Record<string, number>> = {
  本年度: 0, 今年: 0, 本年: 0, 是年: 0, 当年: 0, 當年: 0, 同年: 0,
  上年度: -1, 去年: -1, 上年: -1, 前一年: -1,
  明年: 1, 翌年: 1, 次年: 1, 第二年: 1,
};

// ── Months and days ───────────────────────────────────────────────────────────────────────

/**
 * `10月`, `1 月`, `九月份`, `十二月`: 1–12 only, so `13月` never reads as `3月`. The lunar names
 * 正月 (1) and 腊月 (12), and 闰 before a month (a leap month), are lunar by themselves.
 */
export const MONTH = /(?<leap>[闰閏] ?)?(?<num>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|正|[腊臘]|元(?=月)) ?月(?<fen>份)?/y;

/**
 * Casual references chrono-node reads (chrono.ts): 今天 … 后天, 星期X / 周X / 礼拜X, 上周X /
 * 下周X, and a clock time with a time-of-day word, a colon, or its minutes (下午3点半, 15:30,
 * 10时30分, 9点半, 2时许). A body without any of them never loads chrono. A bare `3点` is left out:
 * 3点意见 is three points, not 3 o'clock.
 */
export const CHRONO_TRIGGER =
  /今天|昨天|明天|前天|[后後]天|(?:星期|[礼禮]拜|[周週])[一二三四五六日天]|(?:凌晨|早上|上午|中午|下午|傍晚|晚上)[0-9一二三四五六七八九十两兩]{1,3}[点點时時]|(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])|(?<![\d.])(?:[01]?\d|2[0-3])[点點时時](?:[0-5]?\d分|半|[许許])/;

/** Before a weekday, 每 makes it a habit (每周三), not a date. */
export const CHRONO_NOT_BEFORE = '每逢隔';

/** Traditional-only characters among the triggers: such a body goes to chrono's zh/hant. */
export const CHRONO_HANT = /[後週禮點時]/;

/** `农历`, `阴历`, `夏历`, `旧历` before a date: what follows is lunar. */
export const LUNAR_PREFIX = /(?<word>[农農阴陰夏旧舊][历曆歷]) ?/y;

/**
 * A lunar day after a month, with or without 日: `初二`, `十五`, `廿三`, `三十`. 初X is lunar by
 * itself; the others only count when the month is lunar (the parser checks). A measure word
 * after the number makes it a count (十五个), not a day.
 */
export const LUNAR_DAY =
  /(?<num>初[一二三四五六七八九十]|三十|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|十[一二三四五六七八九]?)(?: ?(?<unit>[日号號]))?(?![一二三四五六七八九十个個名位人家项項次年])/y;

/** `九月己未`: a day named by its sexagenary (干支) name after a month. */
export const SEXAGENARY_DAY = /(?<name>[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])(?:日)?(?![子丑寅卯辰巳午未申酉戌亥年])/y;

/**
 * `80年代`, `八十年代`: a decade written with two digits, read in the chronicle's century, unless
 * the century is written before it: `20世纪60年代`, `二十世纪八十年代`, `上世纪90年代`, `本世纪10年代`.
 */
export const SHORT_DECADE =
  /(?:(?:(?<century>1[5-9]|2[01]|十[五六七八九]|二十[一]?) ?世[纪紀]|(?<relative>上|本) ?世[纪紀]) ?)?(?<num>[1-9]0|[一二三四五六七八九]十) ?年代/y;

/**
 * After a written year, the same year in another count, in brackets, before its month:
 * `1937年（民国二十六年）7月7日`, `1949年（己丑）3月`. The month goes on the Gregorian year.
 */
export const YEAR_NOTE = / ?\( ?(?:民[国國] ?(?:元|\d{1,3}|[〇零○一二三四五六七八九十百]{1,5}) ?年|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥] ?年?) ?\) ?/y;

/**
 * After a decade, its part and the years of the decade it covers: `初` / `初期` the first (0–3),
 * `中期` / `中叶` the middle (4–6), `中后期` the middle to last (4–9), `末` / `末期` the last (7–9).
 */
export const DECADE_EDGE_YEARS: ReadonlyMap<string, readonly [number, number]> = new Map<string, readonly [number, number]>([
  ['初期', [0, 3]], ['初', [0, 3]], ['中期', [4, 6]], ['中叶', [4, 6]], ['中葉', [4, 6]],
  ['中后期', [4, 9]], ['中後期', [4, 9]], ['末期', [7, 9]], ['末', [7, 9]],
]);

/** One of DECADE_EDGE_YEARS, the longest first. */
export const DECADE_EDGE = new RegExp(`(?<edge>${[...DECADE_EDGE_YEARS.keys()].sort((a, b) => b.length - a.length).join('|')})`, 'y');

/** `近日`, `日前`: recently, read against the entry's date (or, for an entry's own date, its year). 最近日程 is not one. */
export const RECENT = /(?<![最附接靠邻鄰临臨将將])(?<word>近日|日前)(?![子里裡内內程])/y;

/** 是月 / 本月 / 次月 …: a month relative to the reference date. */
export const RELATIVE_MONTH = /(?<word>本月|是月|当月|當月|同月|次月|翌月|下个月|下個月|下月|上个月|上個月|上月)(?<fen>份)?/y;

/** 上个月 / 下个月 are here, not chrono's: chrono-node's Chinese locale does not read them. */
export const RELATIVE_MONTH_OFFSET: Readonly<Record<string, number>> = {
  本月: 0, 是月: 0, 当月: 0, 當月: 0, 同月: 0, 次月: 1, 翌月: 1, 下月: 1, 下个月: 1, 下個月: 1, 上月: -1, 上个月: -1, 上個月: -1,
};

/** `4日`, `8 日`, `20号`, `二十八日`, `廿一日`: 1–31 (the calendar check comes later). */
export const DAY =
  /(?<num>3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]) ?[日号號]/y;

/** 同日 / 次日 / 前一天 …: a day relative to the reference date. */
export const RELATIVE_DAY =
  /(?<word>同日|当日|當日|当天|當天|当晚|當晚|当夜|當夜|是日|本日|即日|次日|翌日|次晨|翌晨|第二天|前一天|前一日)/y;

export const RELATIVE_DAY_OFFSET: Readonly<Record<string, number>> = {
  同日: 0, 当日: 0, 當日: 0, 当天: 0, 當天: 0, 当晚: 0, 當晚: 0, 当夜: 0, 當夜: 0, 是日: 0, 本日: 0, 即日: 0,
  次日: 1, 翌日: 1, 次晨: 1, 翌晨: 1, 第二天: 1, 前一天: -1, 前一日: -1,
};

/** Relative words that also name the time of day: 当晚 (that evening), 次晨 (the next morning). */
export const RELATIVE_DAY_TIME: Readonly<Record<string, 'morning' | 'evening'>> = {
  当晚: 'evening', 當晚: 'evening', 当夜: 'evening', 當夜: 'evening', 次晨: 'morning', 翌晨: 'morning',
};

/**
 * Characters that, next to a relative word, show it is part of another word. Chronicles are
 * prose, and 是年 also occurs in 于是年轻人, 本月 in 日本月刊, 次年 in 一次年会.
 */
export const RELATIVE_GUARDS: Readonly<Record<string, { notBefore?: string; notAfter?: string }>> = {
  今年: { notAfter: '轻輕龄齡纪紀' }, // 如今年轻人
  本年: { notBefore: '日基成版样樣根原文课課书書资資剧劇账賬脚腳范範标標读讀' }, // 日本年会
  本月: { notBefore: '日基成版样樣根原文课課书書资資剧劇账賬脚腳范範标標读讀' }, // 日本月刊
  本日: { notBefore: '日基成版样樣根原文课課书書资資剧劇账賬脚腳范範标標读讀' },
  本年度: { notBefore: '日基成版样樣根原文课課书書资資' },
  是年: { notAfter: '轻輕龄齡纪紀' }, // 于是年轻人
  是月: { notAfter: '亮光球饼餅' },
  是日: { notAfter: '本子常益报報趋趨记記志程期均产產' }, // 就是日本
  当年: { notBefore: '相应應适適充', notAfter: '轻輕龄齡纪紀' }, // 相当年轻
  當年: { notBefore: '相应應适適充', notAfter: '轻輕龄齡纪紀' },
  同年: { notBefore: '不共相', notAfter: '龄齡级級纪紀' }, // 不同年龄
  同月: { notBefore: '不共相' },
  同日: { notBefore: '不共相', notAfter: '期' }, // 不同日期
  去年: { notBefore: '过過失除' },
  上年: { notBefore: '马馬向', notAfter: '级級纪紀龄齡' },
  明年: { notBefore: '光文清聪聰' },
  次年: { notBefore: '一二两三四五六七八九十几幾每多本该該首', notAfter: '会會' }, // 一次年会
  次日: { notBefore: '一二两三四五六七八九十几幾每多本该該首', notAfter: '本' },
  次月: { notBefore: '一二两三四五六七八九十几幾每多本该該首' },
  当月: { notBefore: '相每' },
  當月: { notBefore: '相每' },
  当日: { notBefore: '每', notAfter: '落出' },
  當日: { notBefore: '每', notAfter: '落出' },
  当天: { notBefore: '每' },
  當天: { notBefore: '每' },
  上月: { notAfter: '球' },
  下月: { notBefore: '一' },
};

/** A number with no unit, standing before a range separator: `4` in `1月4—8日`, `17` in `17至21日`. */
export const BARE_NUMBER = /(?<num>\d{1,4}|[〇零一二三四五六七八九十廿卅]{1,4})(?= ?(?:至|到|-|~))/y;

/** The separator of a range, after folding: `-` (— – － ‐), `~` (～ 〜), 至, 到. */
export const RANGE_SEPARATOR = / ?(?:至|到|-{1,2}|~) ?/y;

/** The separator of a day list: `6月28日、29日`. */
export const LIST_SEPARATOR = / ?[、和及] ?/y;

// ── Periods ───────────────────────────────────────────────────────────────────────────────

/**
 * What may follow a year: `2020年底`, `今年年底`, `2020年上半年`, `2020年第一季度`,
 * `1956年冬`. Lookaheads keep words out: 年初步 (初步), 年春节 (a festival), 年中国 (中国).
 */
export const YEAR_PART =
  /(?:年 ?)?(?:(?<half>[上下])半年|(?:第 ?)?(?<quarter>[1-4一二三四]) ?季度|第 ?(?<quarterShort>[1-4一二三四]) ?季|(?<season>[春夏秋冬])(?:季|天)?(?![节節运運])|(?<edge>[初底末])(?![步次级級期线線层層])|(?<mid>中)(?=[，,。;；、 )]|$))/y;

/** What may follow a month: `3月上旬`, `本月底`, `9月初`; 月中 only before punctuation. */
export const MONTH_PART =
  /(?<xunPair>上中|中下)旬|(?<xun>[上中下])旬|(?<edge>[初底末])(?![步次级級期线線层層])|(?<mid>中)(?=[，,。;；、 )]|$)/y;

/** A period with nothing before it, resolved against the reference date: `上旬`, `春季`, `年底`. */
export const PERIOD =
  /(?<xunPair>上中|中下)旬|(?<xun>[上中下])旬|(?<half>[上下])半年|(?:第 ?)?(?<quarter>[1-4一二三四]) ?季度|第 ?(?<quarterShort>[1-4一二三四]) ?季(?![节節])|(?<season>[春夏秋冬])[季天]|年(?<yearEdge>[初底末])(?![步次级級期线線层層])|(?<yearEnd>[岁歲]末)|月(?<monthEdge>[初底末])(?![步次级級期线線层層])/y;

/** Characters before a bare 年初/年底 that make it part of a count: 三年底, 每年年底 is kept. */
export const PERIOD_NOT_BEFORE = '一二两三四五六七八九十几幾多半全近跨整历歷';

/**
 * Festivals: the solar ones with fixed dates (元旦, 五一, 国庆 / 十一), and the lunar ones (春节,
 * 元宵, 端午, 七夕, 中秋, 重阳, 除夕), resolved with the lunar calendar. 国庆 and 十一 alone are
 * too often other words (国庆60周年, 十一届): they count only with 节 or a holiday word after them.
 * `前夕` / `来临之际` (as the holiday approached) is the week before it.
 */
export const FESTIVAL =
  /(?<name>元旦|国庆节|國慶節|国庆(?=期间|假期|前后|前夕|长假|黄金周)|國慶(?=期間|假期|前後|前夕|長假|黃金週)|十一(?=期间|期間|假期|长假|長假|黄金周|黃金週|国庆|國慶)|五一(?:国际)?(?:劳动节|勞動節|[节節])|五一(?=期间|期間|假期|长假|長假|黄金周|黃金週|前后|前後|前夕|当天|當天)|劳动节|勞動節|春[节節]|元宵[节節]?|端午[节節]?|七夕[节節]?|中秋[节節]?|重[阳陽][节節]?|除夕)(?:(?<period>期间|期間|前后|前後|假期)|(?<eve>前夕|来临之际|來臨之際|到来之际|到來之際))?/y;

/** Which holiday each festival word names; the lunar ones are keys of lunar.ts LUNAR_FESTIVALS. */
export const FESTIVAL_NAMES: ReadonlyArray<readonly [prefix: string, name: string]> = [
  ['元旦', 'new-year'], ['国庆', 'national-day'], ['國慶', 'national-day'], ['十一', 'national-day'],
  ['五一', 'labour-day'], ['劳动', 'labour-day'], ['勞動', 'labour-day'],
  ['春', 'spring-festival'], ['元宵', 'lantern'], ['端午', 'dragon-boat'], ['七夕', 'qixi'],
  ['中秋', 'mid-autumn'], ['重', 'double-ninth'], ['除夕', 'new-years-eve'],
];

// ── Time of day ──────────────────────────────────────────────────────────────────────────

/**
 * After a day: `上午`, `8 日下午`, `9月8日晚`, `9日清晨`, `下午3时`, `9时30分`.
 * 晚会 / 夜校 are words, not times: the lookaheads keep them out.
 */
export const TIME_OF_DAY =
  /(?<word>凌晨|清晨|早晨|早上|上午|中午|午后|午後|下午|傍晚|晚上|晚间|晚間|夜间|夜間|深夜|夜里|夜裡|晚(?![会會宴餐报報辈輩年期点點])|夜(?![校班市景宵]))?(?: ?(?<hour>2[0-4]|[01]?\d|[零一二两三四五六七八九十]{1,3}) ?(?:[时時点點](?: ?(?<minute>[0-5]?\d|[零一二三四五六七八九十]{1,3}|半)(?: ?分)?)?|:(?<minute2>[0-5]\d)))?/y;

/**
 * A double hour (时辰) after a day, as gazetteers write it: `六月十七日戌时` (19:00–21:00). Read as
 * the hour it begins: 子时 starts at 23:00 the evening before, 丑时 at 01:00, … 亥时 at 21:00.
 */
export const DOUBLE_HOUR = /(?<branch>[子丑寅卯辰巳午未申酉戌亥])[时時](?![间間代期刻候])/y;

/** The evening and afternoon words, whose hour numbers count from noon: 下午3时 = 15:00. */
export const PM_WORDS = new Set(['午后', '午後', '下午', '傍晚', '晚上', '晚间', '晚間', '夜间', '夜間', '深夜', '夜里', '夜裡', '晚', '夜']);

export const TIME_WORD: Readonly<Record<string, 'morning' | 'afternoon' | 'evening'>> = {
  凌晨: 'morning', 清晨: 'morning', 早晨: 'morning', 早上: 'morning', 上午: 'morning',
  中午: 'afternoon', 午后: 'afternoon', 午後: 'afternoon', 下午: 'afternoon',
  傍晚: 'evening', 晚上: 'evening', 晚间: 'evening', 晚間: 'evening', 夜间: 'evening', 夜間: 'evening',
  深夜: 'evening', 夜里: 'evening', 夜裡: 'evening', 晚: 'evening', 夜: 'evening',
};

/** A weekday after a date, kept inside the date's text: `2020年1月4日（星期六）`. */
export const WEEKDAY = / ?\(? ?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天] ?\)?/y;

// ── Open periods ─────────────────────────────────────────────────────────────────────────

/** `8月21日起`, `从九月份开始`, `2019年以来`: only the start is known. 起草 / 起义 are words. */
export const OPEN_END_SUFFIX =
  /(?<word> ?起(?![草义義飞飛诉訴步源航火点點跑])|开始|開始|以来|以來|至今|以后|以後|之后|之後)/y;

/** `2019年9月以前`, `…为止`: only the end is known. */
export const OPEN_START_SUFFIX = /(?<word>以前|之前|为止|為止)/y;

/** Words before a date that open its end (从九月份开始, 自…起), longest first. */
export const OPEN_END_PREFIXES: readonly string[] = ['自从', '自從', '从', '從', '自'];

/** 来自 / 亲自 are not 自 the preposition. */
export const OPEN_END_PREFIX_NOT_BEFORE = '来來亲親各独獨出擅暗';

/** Words before a date that open its start (截至…, 到2019年9月), longest first. */
export const OPEN_START_PREFIXES: readonly string[] = ['截止到', '截止至', '截至', '截止', '直到', '直至', '到', '至'];

// ── Numeric forms ────────────────────────────────────────────────────────────────────────

/** `2020-01-04`, `2020/1/4`, `2020.1.4`: the same separator twice, four-digit year. */
export const NUMERIC_DATE = /(?<year>\d{4})(?<sep>[-/.])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})(?![\d])/y;

/** At an entry start only: `2019-01`, `2015.08` (year and month). */
export const NUMERIC_MONTH = /(?<year>\d{4})[-/.](?<month>\d{1,2})(?![\d./-])/y;

/**
 * At an entry start only: `11/13 …`, `1.4 …`, `01-05 …` under a year heading (a dash only
 * between two two-digit numbers: `3-5 人` is a range). In a body `3.6` is a number.
 */
export const NUMERIC_MONTH_DAY = /(?<month>\d{1,2})(?:[/.]|(?<=(?<!\d)\d\d)-(?=\d\d))(?<day>\d{1,2})(?![\d./])/y;

/** At an entry start only: a bare year `2013 …`; with a Minguo option `78 …`. */
export const BARE_YEAR = /(?<year>\d{4})(?![\d年])/y;
export const BARE_MINGUO_YEAR = /(?<year>\d{2,3})(?![\d年])/y;

/** At an entry start, where years count from 1912: `111年 …`, `99年度 …` (a year alone), `109.03 …`. */
export const SHORT_MINGUO_ENTRY_YEAR = /(?<year>[1-9]\d{1,2}) ?年(?<unit>度)?(?![代间間])/y;
export const SHORT_MINGUO_MONTH = /(?<year>[1-9]\d{1,2})[-/.](?<month>\d{1,2})(?![\d./-])/y;

/**
 * At an entry start only: a season alone, as gazetteers write it: `春，大旱。`, and with no
 * separator at all, `冬农商部与江苏省…`, `秋客居板浦的…`. Without a separator the next character
 * must not make a word of it: 春节, 夏令营, 秋收, 冬训, and the solar terms 春分, 夏至 ….
 */
/** At an entry start only: `秋冬之交`, `春夏间`, `夏秋之际` (two seasons in a row). */
export const ENTRY_SEASON_PAIR = /(?<first>[春夏秋冬])(?<second>[春夏秋冬])(?:之交|之际|之際|之间|之間|间|間)/y;

export const ENTRY_SEASON =
  /(?<season>[春夏秋冬])(?:(?:季|天)?(?=[ ，,、：:])|(?![季天节節令收耕运運种種播训訓装裝游遊晚风風雨雪日景色意光暖寒凉涼至分茶笋筍蚕蠶菇瓜粮糧衣被眠泳])(?=[\u4e00-\u9fff]))/y;

/**
 * At an entry start only: a reign year of an era the tables do not hold, with its Gregorian year
 * in brackets, as county gazetteers write from antiquity on: `唐贞观十年(636),`, `宋嘉定三年(1210年)`,
 * `秦始皇二十六年(前221)`, `元大德七年(1303)八月,` (text folded: half-width brackets).
 */
export const ERA_BRACKET_ENTRY =
  /(?!第|每|前|后|後|同|当|當|本|该|該|这|這|去|今|明年)(?<era>[^\s\d,，.。;；:：、()]{1,8}?)(?<n>元|[一二三四五六七八九十廿卅〇零两]{1,4})年 ?\( ?(?:公元)?(?<bce>前)? ?(?<year>\d{1,4}) ?年? ?\)/y;

/** At an entry start only: `公元221年`, `公元前221年`, a year of the common era written out. */
export const ANNO_ENTRY = /公元 ?(?<bce>前)? ?(?<year>\d{1,4}) ?年/y;

/** What must follow a bare numeric entry date: a separator, a space, or the end. */
export const AFTER_BARE = /[ ，,、：:;；]|$/y;

/**
 * At an entry start only, before a separator: `年内，…`, `全年　…` (the year in force), `月内，…`
 * (the month). A yearbook closes a year or a month with them; in a body they are no date.
 */
/** At an entry start only: `7、8月间`, `10、11月份`, `七、八月` (two months in a row). */
export const ENTRY_MONTH_PAIR = /(?<m1>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]) ?、 ?(?<m2>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]) ?月(?:间|間|份)?/y;

/** At an entry start only: `三日　…`, a one-digit day in Chinese numerals before a separator. */
/**
 * Periods every history names, with their years: an entry may start with one (`民国初年，…`,
 * `抗战时期，…`, `“文化大革命”期间，…`). Simplified spellings: find.ts reads them on the simplified
 * view of the line, so 抗戰時期 is 抗战时期.
 */
export const HISTORIC_PERIODS: ReadonlyMap<string, readonly [number, number]> = new Map<string, readonly [number, number]>([
  ...['清末'].map((n) => [n, [1901, 1911]] as const),
  ...['民国初年', '民初'].map((n) => [n, [1912, 1916]] as const),
  ...['抗战时期', '抗战期间', '抗日战争时期'].map((n) => [n, [1937, 1945]] as const),
  ...['解放战争时期'].map((n) => [n, [1945, 1949]] as const),
  ...['建国初期', '解放初期', '新中国成立初期'].map((n) => [n, [1949, 1952]] as const),
  ...['大跃进时期', '大跃进期间'].map((n) => [n, [1958, 1960]] as const),
  ...['文革期间', '文革时期', '十年动乱期间']
    .concat(...['期间', '时期'].map((w) => ['文化大革命', '“文化大革命”', '"文化大革命"'].map((q) => q + w)))
    .map((n) => [n, [1966, 1976]] as const),
]);

/** At an entry start only, before a separator: one of HISTORIC_PERIODS (on the simplified view). */
export const ENTRY_HISTORIC_PERIOD = new RegExp(
  `(?<name>${[...HISTORIC_PERIODS.keys()].sort((a, b) => b.length - a.length).join('|')})(?=[ ，,、：:])`,
  'y',
);

/** The characters a HISTORIC_PERIODS name starts with (the gate before the line is simplified). */
export const HISTORIC_PERIOD_FIRST: string = [...new Set([...HISTORIC_PERIODS.keys()].map((n) => n[0]!))].join('');

export const ENTRY_CHINESE_DAY = /[一二三四五六七八九]日(?=[ ，,、：:])/y;

export const ENTRY_WITHIN = /(?<word>年内|年內|全年|月内|月內)(?=[ ，,、：:])/y;

/**
 * At an entry start only: what a web timeline wraps its date in, `**2024-12-31**` (Markdown
 * emphasis), `[2025-09-19]`, `【2019.5】`, after up to three emoji (`🎉 [2025-09-19]`). The
 * closing half must follow the date (ENTRY_DATE_CLOSE).
 */
export const ENTRY_DATE_OPEN = /(?:\p{Extended_Pictographic}\uFE0F? ?){0,3}(?<open>\*\*|__|\[|【|〔) ?/uy;

/** The closing half of each ENTRY_DATE_OPEN wrapper. */
export const ENTRY_DATE_CLOSE: Readonly<Record<string, string>> = { '**': '**', __: '__', '[': ']', '【': '】', '〔': '〕' };

/**
 * An English month at an entry's start, with its day and year when written (`Jan 2019 公司成立`,
 * `Sept. 5, 2020 …`, `March - …`), as Chinese timelines of companies and projects write them.
 * The month is a whole word: `Marching` or `Mayor` is no date.
 */
export const ENTRY_ENGLISH_MONTH =
  /(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?(?: (?<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d.]))?(?:,? (?<year>\d{4})(?!\d))?/iy;

/**
 * Between an entry's date and its text: `，` `,` `、` `：` `:` spaces, or nothing; or a dash set
 * off by spaces (`2008 — 公司成立`, `2009 - 推出产品`) or right after 年 月 日 (`2008年——公司成立`),
 * never one that joins a date to a number.
 */
export const ENTRY_SEPARATOR = / {0,8}(?:[，,、：:;；] {0,8}|(?<= )(?:-{1,2}|[–—]{1,2}) {1,8}|(?<=[年月日号])(?:-{1,2}|[–—]{1,2})(?=[^\d\s.~-]))?/y;

// ── Headings and titles ──────────────────────────────────────────────────────────────────

/**
 * Markdown hashes, a bullet, a section label (`一、`, `（一）`, `第三部分`), brackets and a trailing
 * colon around a heading: `## 2020年`, `【2007年】`, `■四月`, `（一）2015年`.
 */
export const HEADING_WRAPPER =
  /^(?:#{1,6} )?(?:[■□◆◇●○★☆▶►] ?)?(?:[一二三四五六七八九十]{1,3}、 ?|\( ?[一二三四五六七八九十]{1,3} ?\) ?|第[一二三四五六七八九十\d]{1,3}(?:部分|章|节|節|篇|编|編) ?)?[【\[(〔〖<《]? ?(?<inner>.*?) ?[】\])〕〗>》]?[:：]?$/;

/** The number of a person's age, as a 年谱 or a 年表 writes it: `一`, `三十八`, `21`. */
export const AGE_NUMBER = String.raw`(?:\d{1,3}|[一二三四五六七八九十]{1,4})`;
/** A person's age: `一岁`, `21岁`, `虚二十岁`, `六十周岁`. */
const AGE = String.raw`(?:虚|實|实)?${AGE_NUMBER} ?(?:周)?[岁歲]`;

/** Words a news site's year in review opens with before its year: `回眸2023`, `盘点2022`. */
export const REVIEW_WORDS = '回眸|回顾|回顧|盘点|盤點|回望|聚焦|再见|再見|告别|告別';

/**
 * `2020年`, `一九五〇年`, `2019年度`, `1955年民國44年`, `1955年(民国44年)`, `1949年（己丑）`; in a
 * 年谱, with the year's sexagenary name after the 民国 year and the subject's age after it all:
 * `1921年（民国十年　辛酉）　一岁`, `1958年　三十八岁`.
 */
export const HEADING_YEAR = new RegExp(
  String.raw`^(?:公元 ?)?(?<year>\d{4}|[〇零○一二三四五六七八九]{4}) ?年度?(?: ?\(? ?民[國国] ?(?<roc>\d{1,3}|[〇零○一二三四五六七八九十百]{1,5}) ?年?(?: ?[,、]? ?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年?)? ?\)?| ?\(? ?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年? ?\)?| ?\( ?(?:续|續) ?\)?| ?大事(?:记|記)?)?(?: {0,4}${AGE})?$`,
);

/** `民國44年`, `民國44年(1955年)`, `民国元年（1912年）`. */
export const HEADING_MINGUO =
  /^民[國国] ?(?<roc>元|\d{1,3}|[〇零○一二三四五六七八九十百]{1,5}) ?年度?(?: ?\(? ?(?<year>\d{4}) ?年? ?\)?)?$/;

/** `88學年度`, `民國88學年度`, `2019学年`, `2019-2020学年`: a school year alone on its line. */
export const HEADING_ACADEMIC =
  /^(?:民[國国] ?)?(?<num>\d{2,4})(?: ?(?:-{1,2}|~|至|到) ?\d{2,4})? ?(?:學年度|学年度|學年|学年)$/;

/** `107年`, `99年度` alone, where years count from 1912 (headings.ts, matchMinguoShortHeading). */
export const SHORT_MINGUO_HEADING = /^(?<roc>[1-9]\d{1,2}) ?年度?$/;

/** `清顺治二年（1645年）`, `乾隆二十四年（1759年）`, `明治45年`: a reign-year heading (ERA_YEAR alone). */
export const HEADING_ERA = new RegExp(`^(?:${eraYearSource('?')})$`);

/** `清康熙年间（1662～1722年）`: a heading naming a whole reign (ERA_PERIOD alone). */
export const HEADING_ERA_PERIOD = new RegExp(`^(?:${eraPeriodSource('?')})$`);

/** A side label or year line that is nothing but digits: `2013`. */
export const HEADING_BARE_YEAR = /^(?<year>\d{4})$/;

/** `一月`, `1月`, `十二月份`, `2015年8月`, and the side label `11月 2008`. */
export const HEADING_MONTH =
  /^(?:(?<year>\d{4}|[〇零○一二三四五六七八九]{4}) ?年 ?)?(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]) ?月份?(?: (?<year2>\d{4}))?$/;

/** A date alone on a line: `7月11日`, `3月20号 2013` (a side label), `2020年1月4日`. */
export const HEADING_DAY =
  /^(?:(?<year>\d{4}|[〇零○一二三四五六七八九]{4}) ?年 ?)?(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]) ?月 ?(?<day>3[01]|[12]\d|0?[1-9]|[一二三四五六七八九十廿卅]{1,3}) ?[日号號](?: (?<year2>\d{4}))?$/;

/** `1955—1958年`, `1955年-1958年`: a section spanning years. */
export const HEADING_YEAR_RANGE = /^(?<from>\d{4}) ?年? ?(?:至|到|-{1,2}|~) ?(?<to>\d{4}) ?年?$/;

/**
 * A year in a title: `2020 年…大事记`, `大事记(1990年)`, `民國109年…`, `一九五〇年`, `(2019)`; a news
 * site's `回眸2023：南康区年度大事记`, `2023·南康年度大事记` (a year of this century or the last
 * before a colon or a middle dot, or after 回眸, 回顾, 盘点 and the like).
 */
export const TITLE_YEAR = new RegExp(
  String.raw`(?<![\d.])(?:(?<year>\d{4}|[〇零○一二三四五六七八九]{4}) ?年(?!代)|民[國国] ?(?<roc>\d{1,3}|[〇零○一二三四五六七八九十百]{1,5}) ?年|\((?<paren>\d{4})\)|(?<bare>\d{4})(?= ?(?:大事[记記]|[纪紀]事|年鉴|年鑑))|(?<lead>(?:19|20)\d{2})(?= ?[:·•|])|(?<=(?:${REVIEW_WORDS}) ?)(?<after>(?:19|20)\d{2})(?!\d))`,
);

/** A year range around a title's year (`2019-2020年`, `1955年—1958年`): the title names no one year. */
export const TITLE_RANGE_AFTER = /^ ?(?:至|到|-{1,2}|~) ?\d{4}/;
export const TITLE_RANGE_BEFORE = /\d{4} ?年? ?(?:至|到|-{1,2}|~) ?$/;

/** A bare number that can be a year: four Arabic digits or four digit-by-digit Chinese ones. */
export const FOUR_DIGIT_YEAR = /^(?:\d{4}|[〇零○一二三四五六七八九]{4})$/;

/** 廿 and 卅 spelled out, so `parseNumber` reads 廿一 (it reads a lone 廿 but not 廿一). */
export const TENS_CHARACTERS = /[廿卅]/g;
