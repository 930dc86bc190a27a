/**
 * Step 2 of segmentation: inferring the layout. A chronicle is consistent with itself: which kinds
 * of line begin an entry is learned from how often and where each kind occurs in THIS document,
 * not assumed. The answer is a small record the assembly step reads; nothing here looks at dates
 * in context.
 */
import { MARK_AFTER_DATE } from '../patterns.js';
import { looksLikeHeading } from './lines.js';
import type { Line, LineInfo } from './lines.js';

/** What this document uses to begin an entry. */
export interface Layout {
  /**
   * Entries begin with labels or bullets: a line that merely begins with a date after an
   * unfinished sentence is a page-break continuation, not a new entry.
   */
  marked: boolean;
  /**
   * Each labelled entry is a headline line followed by its dated body line
   * (`1.林华东院长率团参访…` / `2016年1月5日，…`): the body line dates the entry, it never starts one.
   */
  headline: boolean;
  /**
   * Paragraphs are separated by blank lines: under a year or month heading, a paragraph that
   * follows a finished sentence is an entry of its own even without a date (a gazetteer's
   * undated events, dated by their heading).
   */
  paragraphs: boolean;
  /**
   * Record blocks between separator lines (`//////////`): each short block is ONE entry (a label,
   * a date line, a headline, a body that repeats the date, photo captions `☆…`).
   */
  separated: boolean;
  /**
   * Bullets this document writes right after a leading date (`2001年：⊙甲事。` / `⊙乙事。`): each
   * lists another event of the same period, so a line it leads takes the entry above's date.
   */
  periodMarks: string;
  /**
   * Under its year and month headings the document writes its events as short lines without
   * punctuation (`2008年` / `公司成立` / `推出首款产品`), and hardly ever a finished sentence:
   * such a line is an event, not a section heading (a gazetteer's `政治` above sentences is one).
   */
  bareEvents: boolean;
  /**
   * Bullets this document only writes on short undated lines with no sentence punctuation, never
   * after a date, and not as Markdown list markers (`☆比赛现场`, `★颁奖现场`): under an entry with
   * a date of its own they caption its photos and stay in the entry.
   */
  captionMarks: string;
  /**
   * Labels head sections, not entries: the document writes `一、重要会议` above several dated
   * lines (`1月15日，…` / `3月20日，…`), each an entry of its own. A labelled line that is short,
   * undated and followed by two dated lines or more (most of them are) is a section heading.
   */
  sectionLabels: boolean;
  /**
   * Entries carry their date at the end, in brackets (`学校召开教职工大会。（2月18日）`), and hardly
   * any line starts with a date: each such line is an entry dated by its bracket.
   */
  trailingDates: boolean;
}

/** A block of at most this many lines between separators is one record. */
const RECORD_BLOCK_LINES = 8;

/** Infer the layout from every line's reading. Pure; linear in the number of lines. */
export function inferLayout(lines: readonly Line[], infos: readonly LineInfo[]): Layout {
  let marked = 0;
  let digitLed = 0;
  let labelledUndated = 0;
  let headlines = 0;
  let sectionish = 0;
  let gaps = 0;
  let content = 0;
  let headings = 0;
  let separators = 0;
  let blocks = 0;
  let shortBlocks = 0;
  let blockLines = 0;
  let periodMarks = '';
  /** Per bullet character: how many lines it leads, whether one is dated, one a sentence. */
  const bullets = new Map<string, { lines: number; dated: boolean; sentences: boolean }>();
  let dated = false;
  let bare = 0;
  let trailing = 0;
  let leading = 0;
  let sentences = 0;
  const endBlock = (): void => {
    if (blockLines > 0) {
      blocks++;
      if (blockLines <= RECORD_BLOCK_LINES) shortBlocks++;
    }
    blockLines = 0;
  };
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    if (info.separator) {
      separators++;
      endBlock();
    }
    if (info.furniture) continue;
    if (separators > 0) blockLines++;
    if (info.heading?.kind === 'year' || info.heading?.kind === 'month') dated = true;
    else if (dated && !info.heading && !info.marker && !info.dateLed && info.markdownHeading === null) {
      if (looksLikeHeading(lines[i]!.norm)) bare++;
      else if (info.sentenceEnd) sentences++;
    }
    // `▲ △ □ ◆ ●` start same-period events (issue 12), never captions.
    if (info.marker?.kind === 'bullet' && !info.marker.samePeriod) {
      const c = lines[i]!.norm.trimStart()[0] ?? '';
      const b = bullets.get(c) ?? { lines: 0, dated: false, sentences: false };
      b.lines++;
      b.sentences ||= !looksLikeHeading(lines[i]!.norm);
      // `• 1925`: a bare year after the bullet dates the line as much as `1925年` does.
      b.dated ||= info.dateLed || /^\s*\d/.test(lines[i]!.norm.slice(info.marker.after));
      bullets.set(c, b);
    }
    if (info.dateLed && !info.marker) {
      const mark = MARK_AFTER_DATE.exec(lines[i]!.norm)?.groups?.mark;
      if (mark && !periodMarks.includes(mark)) periodMarks += mark;
    }
    if (info.heading) headings++;
    else if (info.dateLed) leading++;
    else if (info.trailingDate >= 0) trailing++;
    content++;
    if (i > 0 && lines[i]!.gapBefore) gaps++;
    if (info.marker) marked++;
    else if (info.digitLed) digitLed++;
    if (info.marker?.kind === 'label' && !info.dateLed) {
      labelledUndated++;
      const next = infos[i + 1];
      if (next && !next.marker && !next.heading && next.dateLed) headlines++;
      // Dated lines below it, unmarked or labelled in another family (`（一）1月10日，…` under
      // `一、党的建设`), up to the next marker of its own family, a bullet or a heading (each line is
      // looked at once per label above it, and labels of the family end the look: linear).
      const family = info.marker.family;
      let dated = 0;
      for (let k = i + 1; k < infos.length && dated < 2; k++) {
        const x = infos[k]!;
        // A day alone on its line (`1月10日` / `学会召开…`) right under the label: no headline has
        // that (its body line is a dated sentence), a section does.
        const day = x.heading?.kind === 'section' && x.heading.month !== null;
        if (day && k === i + 1) dated = 2;
        // A year or a month heading right under it (`二、…时期（1957—1966）` / `1958年`): a period.
        if (k === i + 1 && (x.heading?.kind === 'year' || x.heading?.kind === 'month')) dated = 2;
        if ((x.heading && !day) || (x.marker && (x.marker.kind !== 'label' || x.marker.family === family))) break;
        if (x.dateLed || day) dated++;
      }
      if (dated >= 2 && looksLikeHeading(lines[i]!.norm)) sectionish++;
    }
  }
  endBlock();
  let captionMarks = '';
  for (const [c, b] of bullets) if (b.lines >= 2 && !b.dated && !b.sentences && !periodMarks.includes(c) && !'-*+'.includes(c)) captionMarks += c;
  const sectionLabels = sectionish >= 2 && sectionish * 2 >= labelledUndated;
  return {
    marked: marked >= 2 && marked >= digitLed,
    headline: !sectionLabels && headlines >= 2 && headlines * 2 >= labelledUndated,
    paragraphs: headings >= 1 && content >= 4 && gaps * 10 >= (content - 1) * 7,
    separated: separators >= 2 && blocks >= 2 && shortBlocks * 3 >= blocks * 2,
    periodMarks,
    bareEvents: bare >= 3 && sentences * 4 < bare,
    captionMarks,
    sectionLabels,
    trailingDates: trailing >= 2 && trailing > leading,
  };
}
