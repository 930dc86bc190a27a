/**
 * Chronicles whose entries run on inside paragraphs: `1月2日，甲会议召开。1月5日，乙项目开工。…`,
 * as a web page or a yearbook prints a month, or a whole year, as one block of text. Each
 * sentence that starts with a date and its separator is an entry of its own; the line reader gets
 * one line per such sentence, cut where the sentence starts (offsets unchanged: a line is a span
 * of the original input, and nothing between the pieces is dropped but the spaces after a 。).
 *
 * A document is read so only when that is how it writes most of its dated sentences: a chronicle
 * of one entry per line also has sentences that start with a date inside an entry (`…开工。5月31日，
 * 竣工。`), and those stay where they are.
 */
import { RUN_ON_LINE_DATE, RUN_ON_START } from '../patterns.js';
import type { Line } from './lines.js';

/** At least this many date-led sentences inside lines, and this many times the date-led lines. */
const MIN_RUN_ON = 3;
const RUN_ON_RATIO = 2;

/**
 * Whether the document writes its entries run on: most of its date-led sentences stand inside
 * lines (at least twice as many as the long lines a date leads), and there are a few of them.
 */
export function isRunOn(lines: readonly Line[]): boolean {
  let inside = 0;
  let leading = 0;
  for (const line of lines) {
    // Short lines (a title, a month heading) hold no entry of their own to count.
    if (line.runs || line.norm.length <= 20) continue;
    inside += runOnStarts(line.norm).length;
    if (RUN_ON_LINE_DATE.test(line.norm)) leading++;
  }
  return inside >= MIN_RUN_ON && inside >= RUN_ON_RATIO * leading;
}

/**
 * Sentence ends a date-led sentence may follow (folded: ；！？ are half-width). Searched for with
 * a regular expression: a line is mostly not sentence ends, and the search skips it natively.
 */
const SENTENCE_ENDS = /[。;!?]/g;

function runOnStarts(norm: string): number[] {
  const at: number[] = [];
  SENTENCE_ENDS.lastIndex = 0;
  while (SENTENCE_ENDS.test(norm)) {
    const i = SENTENCE_ENDS.lastIndex - 1;
    let k = i + 1;
    while (k < norm.length && k <= i + 2 && norm.charCodeAt(k) === 0x20) k++;
    RUN_ON_START.lastIndex = k;
    if (RUN_ON_START.test(norm)) at.push(k);
  }
  return at;
}

/**
 * The lines of a run-on chronicle cut at each date-led sentence (`runOn`: the decision, by
 * default `isRunOn(lines)`; parseStream decides once for every block), or `lines` itself.
 * Plain-text lines only (Markdown has its own blocks).
 */
export function splitRunOn(lines: Line[], runOn: boolean = isRunOn(lines)): Line[] {
  if (!runOn) return lines;
  const out: Line[] = [];
  for (const line of lines) {
    const at = line.runs || line.norm.length <= 20 ? [] : runOnStarts(line.norm);
    if (at.length === 0) {
      out.push(line);
      continue;
    }
    let from = 0;
    for (const cut of [...at, line.norm.length]) {
      // The piece ends at its sentence end; the spaces before the next sentence belong to neither.
      let end = cut;
      while (end > from && /\s/.test(line.norm[end - 1]!)) end--;
      if (end > from) {
        out.push({
          start: line.start + from,
          end: line.start + end,
          norm: line.norm.slice(from, end),
          gapBefore: from === 0 ? line.gapBefore : false,
          indent: from === 0 ? line.indent : 0,
        });
      }
      from = cut;
    }
  }
  return out;
}
