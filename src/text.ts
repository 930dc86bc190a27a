/**
 * Character-level normalization shared by every stage.
 *
 * Chronicles mix full-width and half-width forms freely (`２０２０年`, `（厦门）`, `，` and `,`).
 * Matching happens on a *folded* view of the text that has exactly the same length as the
 * text it folds, so an index found in the folded view is an index into the unfolded one and
 * spans never need a second offset map.
 */
import { HANT_PAIRS } from './data/hant.js';

/**
 * CJK Radicals Supplement forms (U+2E80–U+2EFF) that stand for a BMP ideograph, after Unicode's
 * EquivalentUnifiedIdeograph.txt (only the forms with a one-unit equivalent; those whose
 * equivalent is astral would change the length). PDF text from CJK fonts gives `⻚` for 页 and
 * `⻅` for 见: the font's glyph is shared, its Unicode name is the radical's.
 */
const RADICAL_SUPPLEMENT =
  '⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王⺪疋⺫目⺬示⺭礻⺯糹⺰纟⺲罒⺹耂⺺肀⺻聿⺼肉⺽臼⺾艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻋车⻌辶⻏阝⻐钅⻑長⻒镸⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟';

/**
 * The ideograph each radical form in U+2E80–U+2FDF stands for, 0 where none: the Kangxi radicals
 * (U+2F00–U+2FD5) from their NFKC decomposition, the supplement from the table above. Built once,
 * at first use, so importing the library costs nothing for it.
 */
let radicalTable: Uint16Array | undefined;

function radicals(): Uint16Array {
  if (radicalTable) return radicalTable;
  const table = new Uint16Array(0x2fe0 - 0x2e80);
  for (let code = 0x2f00; code <= 0x2fdf; code++) {
    const folded = String.fromCharCode(code).normalize('NFKC');
    if (folded.length === 1 && folded.charCodeAt(0) !== code) table[code - 0x2e80] = folded.charCodeAt(0);
  }
  for (let i = 0; i + 1 < RADICAL_SUPPLEMENT.length; i += 2) table[RADICAL_SUPPLEMENT.charCodeAt(i) - 0x2e80] = RADICAL_SUPPLEMENT.charCodeAt(i + 1);
  return (radicalTable = table);
}

/** The ideograph a Kangxi radical or radical supplement form stands for (⽉ → 月); else `code`. */
export function foldRadical(code: number): number {
  if (code < 0x2e80 || code > 0x2fdf) return code;
  return radicals()[code - 0x2e80] || code;
}

/** `text` with every radical form folded to its ideograph: same length, so offsets stay valid. */
export function foldRadicals(text: string): string {
  return /[\u2e80-\u2fdf]/.test(text) ? text.replace(/[\u2e80-\u2fdf]/g, (ch) => String.fromCharCode(foldRadical(ch.charCodeAt(0)))) : text;
}

/**
 * Fold one UTF-16 code unit: full-width ASCII to ASCII, every kind of space to U+0020, radical
 * forms to the ideographs they stand for.
 */
export function foldChar(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code >= 0x2e80 && code <= 0x2fdf) return foldRadical(code);
  switch (code) {
    case 0x3000: // ideographic space
    case 0x00a0: // no-break space
    case 0x202f:
    case 0x205f:
    case 0x0009: // tab
    case 0x000b:
    case 0x000c:
      return 0x20;
    case 0x301c: // 〜 wave dash, a range separator like ～
      return 0x7e;
    case 0x2014: // — em dash, ― horizontal bar, – en dash, − minus, ‐ ‑ hyphens: all a range dash
    case 0x2015:
    case 0x2013:
    case 0x2212:
    case 0x2010:
    case 0x2011:
    case 0xfe63:
      return 0x2d;
    default:
      if (code >= 0x2000 && code <= 0x200a) return 0x20;
      return code;
  }
}

/**
 * Every code unit `foldChar` may change (a superset: a radical form without an equivalent stays).
 * Searching for them with one regular expression skips the runs of text that fold to themselves
 * (nearly all of a chronicle) in native code instead of a call per character;
 * tests/text.test.ts holds `fold` against `foldChar` over the whole BMP.
 */
const FOLDABLE = /[\t\v\f\u00a0\u2000-\u200a\u2010\u2011\u2013-\u2015\u202f\u205f\u2212\u2e80-\u2fdf\u3000\u301c\ufe63\uff01-\uff5e]/g;

/** The folded view of `text`: same length, full-width ASCII and dashes folded, spaces unified. */
export function fold(text: string): string {
  let out = '';
  let runStart = 0;
  FOLDABLE.lastIndex = 0;
  // `test` moves lastIndex past the one code unit it found, and builds no match object.
  while (FOLDABLE.test(text)) {
    const i = FOLDABLE.lastIndex - 1;
    const c = text.charCodeAt(i);
    const f = foldChar(c);
    if (f !== c) {
      out += text.slice(runStart, i) + String.fromCharCode(f);
      runStart = i + 1;
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/** Traditional → simplified by UTF-16 code (0: unchanged), from OpenCC's table (src/data/hant.ts). */
const SIMPLIFIED: Uint16Array = (() => {
  const table = new Uint16Array(65536);
  for (let i = 0; i + 1 < HANT_PAIRS.length; i += 2) table[HANT_PAIRS.charCodeAt(i)] = HANT_PAIRS.charCodeAt(i + 1);
  return table;
})();

/**
 * The matching view of a folded text: traditional characters folded to simplified, one code unit
 * for one, so the view has the text's length and its offsets are the text's. Every extractor that
 * matches words reads this view, so the vocabularies are written once, in simplified characters,
 * and zh-Hant chronicles (Taiwan, Hong Kong) need no second copy of any list. Item text is always
 * sliced from the original, so nothing a user sees is simplified. OpenCC's character table is
 * applied without its phrase tables: 乾隆 folds to 干隆, which only matters for matching, and
 * matching folds the vocabulary the same way.
 */
/**
 * Whether a text is written in traditional script: a character of it folds to a simplified one.
 * 乾 does not count: simplified texts write 乾隆 and 乾坤 so too.
 */
export function isTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (SIMPLIFIED[code] !== 0 && code !== QIAN) return true;
  }
  return false;
}

const QIAN = '乾'.charCodeAt(0);

export function simplify(norm: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < norm.length; i++) {
    const simp = SIMPLIFIED[norm.charCodeAt(i)]!;
    if (simp !== 0) {
      out += norm.slice(runStart, i) + String.fromCharCode(simp);
      runStart = i + 1;
    }
  }
  return runStart === 0 ? norm : out + norm.slice(runStart);
}

/** Zero-width characters that PDF and web copies leave behind; they are dropped from entry text. */
export function isZeroWidth(code: number): boolean {
  return code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff;
}

/** Line breaks of every convention: LF, CR, and the Unicode line and paragraph separators. */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x85;
}

/** White space in the widest sense used here: JS `\s` plus the zero-width characters. */
export function isBlank(code: number): boolean {
  return isZeroWidth(code) || (code !== 0x85 && SPACES[code] === 1);
}

/**
 * Whether a character belongs to CJK script (ideographs, CJK punctuation, full-width forms).
 * A line break between two such characters is a page-break artefact and joins with nothing;
 * a line break between two Latin words joins with a space.
 */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) || // radicals, kana, CJK punctuation, ideographs
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 || // “ ” ‘ ’ as used in Chinese
    code === 0x2014 || code === 0x2026 || code === 0x00b7 || code === 0x25b3 // — … · △
  );
}

/**
 * The item text rule used everywhere: the source slice as written, with every run of white
 * space that contains a line break removed (between CJK) or turned into one space (between
 * Latin words). `罗\n\n林生` reads `罗林生`; `2020 年 1 月` keeps its spaces.
 *
 * A hand-written scan, not a global replace of "spaces, a break, spaces": that regex retries its
 * leading `\s*` at every position of a long blank run without a break, which is quadratic
 * (recheck flags it; tests/redos.test.ts).
 */
export function collapseBreaks(slice: string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  const n = slice.length;
  while (i < n) {
    if (!isSpace(slice.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let hasBreak = false;
    while (j < n && isSpace(slice.charCodeAt(j))) {
      if (isLineBreak(slice.charCodeAt(j))) hasBreak = true;
      j++;
    }
    if (hasBreak) {
      const before = i > 0 ? slice.charCodeAt(i - 1) : 0;
      const after = j < n ? slice.charCodeAt(j) : 0;
      out += slice.slice(copied, i) + (before === 0 || after === 0 || isCjk(before) || isCjk(after) ? '' : ' ');
      copied = j;
    }
    i = j;
  }
  return copied === 0 ? slice : out + slice.slice(copied);
}

/**
 * JS `\s` plus NEL (U+0085), which `\s` lacks but which breaks lines here. A table read per
 * character: the old `/\s/.test(String.fromCharCode(c))` built a string for every CJK character
 * of every item. tests/text.test.ts checks the table against `\s` over the whole BMP.
 */
function isSpace(code: number): boolean {
  return SPACES[code] === 1;
}

/** 1 for every code unit of JS `\s`, and for NEL. */
const SPACES = new Uint8Array(0x10000);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) SPACES[c] = 1;
SPACES.fill(1, 0x2000, 0x200b);

/**
 * The first of `words` that `s` holds at `at`, or undefined. A plain loop, not
 * `words.find((w) => s.startsWith(w, at))`: in a scan over every offset, an arrow that captures
 * the loop's offset makes V8 allocate a fresh context for the offset at EVERY iteration (about a
 * third of a full parse's allocation came from three such loops).
 */
export function wordAt(words: readonly string[], s: string, at: number): string | undefined {
  for (let i = 0; i < words.length; i++) if (s.startsWith(words[i]!, at)) return words[i];
  return undefined;
}

/** The first of `words` that `s` holds ending at `end` and starting at or after `min`, or undefined (see `wordAt`). */
export function wordEndingAt(words: readonly string[], s: string, end: number, min = 0): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (end - w.length >= min && s.startsWith(w, end - w.length)) return w;
  }
  return undefined;
}
