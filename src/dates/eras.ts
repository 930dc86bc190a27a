/**
 * Era years as data: the reign titles (年号) of the Ming and Qing, the Republic of China (民国),
 * and the modern Japanese eras. A chronicle writes `清康熙七年`, `乾隆二十四年`, `民国4年`,
 * `大正12年`; the year is the era's first year plus the number minus one (元年 is 1).
 *
 * First years are the years the title was in use from (the year after the accession for a
 * Chinese reign, whose 元年 starts at the next new year; the accession year itself for a Japanese
 * era, which changed mid-year). The last year closes `康熙年间` (a reign taken as a whole).
 * Traditional spellings are listed beside the simplified ones so both read before OpenCC folding.
 */

/** Which calendar an era's months and days are written in (before 1912 China used the lunar one). */
export type EraCalendar = 'lunar' | 'gregorian';

export interface Era {
  /** The title as written, e.g. `康熙`; traditional spellings are separate rows. */
  name: string;
  /** The dynasty or country a chronicle may write before it: `清康熙`, `明崇祯`. */
  dynasty: '明' | '南明' | '清' | '民国' | '日本';
  first: number;
  last: number;
  /** Months and days under this era: lunar for a Chinese reign, Gregorian from 1912 on. */
  calendar: EraCalendar;
}

type Row = [names: string, first: number, last: number];

function rows(dynasty: Era['dynasty'], calendar: EraCalendar, list: readonly Row[]): Era[] {
  return list.flatMap(([names, first, last]) => names.split('|').map((name) => ({ name, dynasty, first, last, calendar })));
}

/** Ming (1368–1644) and Southern Ming reign titles. */
const MING: readonly Row[] = [
  ['洪武', 1368, 1398], ['建文', 1399, 1402], ['永乐|永樂', 1403, 1424], ['洪熙', 1425, 1425],
  ['宣德', 1426, 1435], ['正统|正統', 1436, 1449], ['景泰', 1450, 1456], ['天顺|天順', 1457, 1464],
  ['成化', 1465, 1487], ['弘治', 1488, 1505], ['正德', 1506, 1521], ['嘉靖', 1522, 1566],
  ['隆庆|隆慶', 1567, 1572], ['万历|萬曆|萬歷', 1573, 1620], ['泰昌', 1620, 1620], ['天启|天啟|天啓', 1621, 1627],
  ['崇祯|崇禎', 1628, 1644],
];
const SOUTHERN_MING: readonly Row[] = [['弘光', 1645, 1645], ['隆武', 1645, 1646], ['永历|永曆', 1647, 1662]];

/** Qing reign titles (天命 and 天聪 are the Later Jin's, written the same way in gazetteers). */
const QING: readonly Row[] = [
  ['天命', 1616, 1626], ['天聪|天聰', 1627, 1636], ['崇德', 1636, 1643], ['顺治|順治', 1644, 1661],
  ['康熙', 1662, 1722], ['雍正', 1723, 1735], ['乾隆', 1736, 1795], ['嘉庆|嘉慶', 1796, 1820],
  ['道光', 1821, 1850], ['咸丰|咸豐', 1851, 1861], ['同治', 1862, 1874], ['光绪|光緒', 1875, 1908],
  ['宣统|宣統', 1909, 1911],
];

/** The Republic of China counts from 1912 (民国元年), in Taiwan to this day. */
const MINGUO: readonly Row[] = [['民国|民國', 1912, 2199]];

/** Japanese eras since the calendar reform of 1873 (明治 6); 元年 is the year the era began. */
const JAPAN: readonly Row[] = [
  ['明治', 1868, 1912], ['大正', 1912, 1926], ['昭和', 1926, 1989], ['平成', 1989, 2019], ['令和', 2019, 2199],
];

/** Every era, longest name first so an alternation never stops at a shorter prefix. */
export const ERAS: readonly Era[] = [
  ...rows('明', 'lunar', MING),
  ...rows('南明', 'lunar', SOUTHERN_MING),
  ...rows('清', 'lunar', QING),
  ...rows('民国', 'gregorian', MINGUO),
  ...rows('日本', 'gregorian', JAPAN),
].sort((a, b) => b.name.length - a.name.length);

const BY_NAME: ReadonlyMap<string, Era> = new Map(ERAS.map((e) => [e.name, e]));

/** The era a title names, or undefined. */
export function eraOf(name: string): Era | undefined {
  return BY_NAME.get(name);
}

/**
 * The alternation of every era name for patterns.ts (vocabulary lives here, not in a regex).
 * 民国 is left out: MINGUO_YEAR reads it, with its school years (78學年度) and numbers without 年.
 */
export const ERA_NAMES: string = ERAS.filter((e) => e.dynasty !== '民国').map((e) => e.name).join('|');

/**
 * The Gregorian year of the `n`th year of `era`, or null when `n` lies outside the era (康熙七十年
 * does not exist: a misreading, not a date). A year past the end of a Chinese reign is allowed
 * one year of slack: the reign that ends mid-year has its last year counted both ways.
 */
export function eraYear(era: Era, n: number): number | null {
  if (!Number.isInteger(n) || n < 1) return null;
  const y = era.first + n - 1;
  return y <= era.last + 1 ? y : null;
}

/**
 * Dynasties and periods, as a gazetteer's 大事记 heads its sections with them (`唐`, `北 魏`,
 * `中华民国`): a line that is nothing but one of these is a section heading, not an event. The
 * one-character 新 (Wang Mang's Xin) is left out: alone on a line it is more likely a word.
 */
export const DYNASTIES: ReadonlySet<string> = new Set(
  `夏 商 周 西周 东周 東周 春秋 战国 戰國 秦 汉 漢 西汉 西漢 东汉 東漢 三国 三國 魏 蜀 吴 吳 晋 晉 西晋 西晉 东晋 東晉
   十六国 十六國 南北朝 南朝 北朝 宋 齐 齊 梁 陈 陳 北魏 东魏 東魏 西魏 北齐 北齊 北周 隋 唐 五代 后梁 後梁 后唐 後唐
   后晋 後晉 后汉 後漢 后周 後周 十国 十國 辽 遼 北宋 南宋 西夏 金 元 明 南明 清 民国 民國 中华民国 中華民國
   中华人民共和国 中華人民共和國`.split(/\s+/),
);
