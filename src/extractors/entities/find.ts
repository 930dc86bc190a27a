/**
 * The entity rules. Word segmenters tag place names fairly well in this genre, but almost no
 * person names and no organizations, so the rules work from what a reader uses: a title next to
 * a name, a surname with one or two given characters in that position, an organization suffix
 * with a left boundary, a place suffix or a gazetteer name, lists (`X、Y等企业`), and the
 * chronicle's own subject. Word boundaries from the segmenter serve only as support: they
 * decide whether a one-character boundary word really stands alone, and they are asked for
 * (see `boundaries.ts`) only where a candidate needs them, after every cheaper test passed.
 *
 * Everything runs on a matching view of the text (folded, traditional → simplified) that has
 * the text's length, so offsets found here are offsets into `text`. The word lists are looked
 * up once per entry, in one pass (see `lookup.ts`); the rules read the result by offset.
 */
import { dashiji } from '../../errors.js';
import { sortInPlace } from '../../sorted.js';
import { Scanner } from './scanner.js';
import type { EntityHit, EntityType } from './scanner.js';
import { NameIndex } from './name-index.js';
import type { NameLists } from './name-index.js';
import { PASSES } from './passes/index.js';
import type { Tagger } from './tags.js';
import type { PlaceContext } from './gazetteer.js';
import type { PassInput } from './passes/index.js';

export { matchingView } from './scanner.js';
export type { EntityHit, EntityType, RuleName } from './scanner.js';
export { NameIndex } from './name-index.js';
export type { NameLists } from './name-index.js';

/** What `findEntities` reads: one entry body and its folded view, and optional word lists. */
export interface FindEntitiesInput {
  /** The entry body, page breaks repaired. */
  text: string;
  /** `fold(text)`: same length. */
  norm: string;
  /** The chronicle's subject (from its title), whose short forms get `canonical`. */
  subject: string | null;
  /**
   * The body cut into words (offsets into `text`), when it is at hand; used only as boundary
   * support. Takes precedence over `cut`.
   */
  words?: () => readonly { text: string; start: number; end: number }[];
  /**
   * The segmenter's `cut`, asked only for the stretches between punctuation where a rule needs
   * a word boundary (a few per entry), instead of the whole body. The extractor passes this.
   */
  cut?: (text: string) => readonly string[];
  /** The body cut and tagged; accepted for symmetry with the context, not used by the rules. */
  tagged?: () => readonly { text: string; start: number; end: number; tag: string }[];
  /**
   * The segmenter's part-of-speech `tag`: names its dictionary knows (`nr`) and unknown words in
   * a list of names are one more signal for people (passes/tagged-people.ts). The extractor
   * passes it when the segmenter has one.
   */
  tag?: Tagger;
  /**
   * The administrative units the chronicle named before this entry: a county's short form alone
   * (石狮) is read only when they, or this entry's places, name its prefecture or province.
   */
  places?: PlaceContext;
  /**
   * Names found in earlier entries of the same chronicle (the extractor passes them), so that
   * `张建琛` named with his title in entry 2 is also found bare in entry 6.
   */
  known?: NameLists | NameIndex;
}

// ---------------------------------------------------------------------------------------------
// Resolution: one consistent set of hits.

const TYPE_RANK: Record<EntityType, number> = { person: 0, organization: 1, place: 2 };
const bySpanThenType = (a: EntityHit, b: EntityHit): number => a.start - b.start || a.end - b.end || TYPE_RANK[a.type] - TYPE_RANK[b.type];
/** Organization rules whose hit gives way to a longer organization around it. */
const CONTAINED_RULES = new Set(['national', 'subject', 'subject-alias', 'same-entry', 'known', 'org-list', 'partner']);

function resolve(hits: EntityHit[]): EntityHit[] {
  const dict = hits.filter((h) => h.rule === 'dictionary');
  const crosses = (a: EntityHit, b: EntityHit): boolean =>
    a.start < b.end && b.start < a.end && !(a.start <= b.start && a.end >= b.end) && !(b.start <= a.start && b.end >= a.end);
  let out = dict.length === 0 ? hits : hits.filter((h) => {
    if (h.rule === 'dictionary') return true;
    // The user's names win: no rule hit may cross one, or take its span as another type,
    // or hold one inside it as something else than a place inside an organization.
    return !dict.some(
      (d) => crosses(d, h) || (d.start === h.start && d.end === h.end) ||
        (h.start <= d.start && h.end >= d.end && h.type !== 'place' && h.type !== d.type) ||
        (d.start <= h.start && d.end >= h.end && !(d.type === 'organization' && h.type === 'place')),
    );
  });
  const persons = out.filter((h) => h.type === 'person');
  const orgs = out.filter((h) => h.type === 'organization');
  out = out.filter((h) => {
    if (h.type === 'place') {
      // A place inside a person's name is part of the name (张玉林).
      return !persons.some((p) => p.start < h.end && h.start < p.end);
    }
    if (h.type === 'organization') {
      if (h.rule === 'dictionary') return true;
      if (persons.some((p) => p.role !== undefined && p.start < h.end && h.start < p.end)) return false;
      // Keep the longest of organizations that start together (…信息化局 / …信息化局行业管理处),
      // and drop short forms and known bodies inside a longer name (国网 in 国网电商物联科技…).
      return !orgs.some(
        (o) =>
          o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start &&
          (o.start === h.start || CONTAINED_RULES.has(h.rule)),
      );
    }
    if (h.rule === 'dictionary') return true;
    return !orgs.some((o) => o.rule !== 'dictionary' && o.start <= h.start && o.end >= h.end && h.role === undefined);
  });
  // One item per span: the first by type rank, or the user's name if one has the span. Sorting
  // by (start, end, type) brings the hits of a span together; the sort is stable.
  sortInPlace(out, bySpanThenType);
  const result: EntityHit[] = [];
  for (let k = 0; k < out.length; ) {
    let chosen = out[k]!;
    let j = k + 1;
    for (; j < out.length && out[j]!.start === chosen.start && out[j]!.end === chosen.end; j++) {
      const h = out[j]!;
      if (h.rule === 'dictionary' && chosen.rule !== 'dictionary') chosen = h;
      else if (chosen.type === h.type && chosen.canonical === undefined && h.canonical !== undefined) {
        // 输配电产业联盟 found by its suffix and as the subject's short form: one item, with canonical.
        chosen = { ...chosen, canonical: h.canonical };
      }
    }
    result.push(chosen);
    k = j;
  }
  return result;
}

const EMPTY_NAMES = new NameIndex();

/**
 * The scanner's tables live in one byte buffer, kept between calls: allocating typed arrays costs
 * more than scanning a short entry. A call takes the spare buffer (zeroing the part it uses) and
 * puts it back when done; a call made while it is out (a segmenter that parses, say) gets a new one.
 */
let spareTable: Uint8Array | null = null;

function borrowTable(size: number): Uint8Array {
  const spare = spareTable;
  spareTable = null;
  if (!spare || spare.length < size) return new Uint8Array(Math.max(size, 2 * (spare?.length ?? 4096)));
  spare.fill(0, 0, size);
  return spare;
}

/**
 * Find the people, organizations and places of one entry body. Pure: the same input gives the
 * same hits. Offsets are into `input.text`; the list is sorted by start and has one item per
 * span (nested spans are allowed: `瑞金市` inside `瑞金市人民政府`).
 */
export function findEntities(input: FindEntitiesInput, dictionary: NameLists | NameIndex = EMPTY_NAMES): EntityHit[] {
  if (input.norm.length !== input.text.length) {
    throw dashiji('findEntities: `norm` must be fold(text), the same length as `text`');
  }
  const table = borrowTable(Scanner.size(input.text.length));
  try {
    return scan(input, dictionary, table);
  } finally {
    spareTable = table;
  }
}

function scan(input: FindEntitiesInput, dictionary: NameLists | NameIndex, table: Uint8Array): EntityHit[] {
  const source = input.words ? { words: input.words } : { cut: input.cut };
  const sc = new Scanner(input.text, input.norm, source, table, input.tag);
  sc.places = input.places ?? null;
  const passInput: PassInput = {
    subject: input.subject,
    dictionary: dictionary instanceof NameIndex ? dictionary : NameIndex.of(dictionary),
    known: input.known ? (input.known instanceof NameIndex ? input.known : NameIndex.of(input.known)) : null,
  };
  for (const pass of PASSES) pass.run(sc, passInput);
  return resolve(sc.hits);
}
