/**
 * The rule passes of the entity extractor and the one place where their order is declared. Each
 * pass reads what the passes before it found (the scanner's hits and titles) and adds hits of
 * its own; `resolve` (find.ts) then makes one consistent set of them. The order matters, and
 * each line says why its pass stands where it does.
 */
import type { NameIndex } from '../name-index.js';
import type { Scanner } from '../scanner.js';
import { scanContextOrganizations } from './context-organizations.js';
import { scanElections } from './elections.js';
import { findNames } from './names.js';
import { scanOrganizations } from './organizations.js';
import { scanPersons } from './persons.js';
import { scanLandforms, scanPlaces } from './places.js';
import { propagate } from './propagate.js';
import { scanStateBodies } from './state-bodies.js';
import { scanMedia } from './media.js';
import { scanTaggedPeople } from './tagged-people.js';
import { scanQuotedNames } from './quoted-names.js';
import { scanLatinNames } from './latin-names.js';
import { scanTitles } from './titles.js';
import { trimOrganizations } from './boundaries.js';

/** What a pass may read besides the scanner: the chronicle's subject and the names to look for. */
export interface PassInput {
  readonly subject: string | null;
  readonly dictionary: NameIndex;
  readonly known: NameIndex | null;
}

/** The name of a pass (see `PASSES` for the order). */
export type PassName =
  | 'dictionary'
  | 'titles'
  | 'places'
  | 'elections'
  | 'organizations'
  | 'state-bodies'
  | 'media'
  | 'quoted-names'
  | 'latin-names'
  | 'persons'
  | 'context-organizations'
  | 'tagged-people'
  | 'landforms'
  | 'boundaries'
  | 'known'
  | 'propagate';

/** One pass: its name and the function that runs it over an entry. */
export interface Pass {
  readonly name: PassName;
  readonly run: (sc: Scanner, input: PassInput) => void;
}

/** The passes, in the order they run. */
export const PASSES: readonly Pass[] = [
  // The user's names first: every later rule hit that crosses one is dropped in `resolve`.
  { name: 'dictionary', run: (sc, input) => findNames(sc, input.dictionary, 'dictionary') },
  // Titles before anything that reads a name next to a title, or must not take a title's 会/委.
  { name: 'titles', run: (sc) => scanTitles(sc) },
  // Places before organizations and people: a body's name starts at its place (瑞金市人民政府),
  // and a place is never a person's name.
  { name: 'places', run: (sc) => scanPlaces(sc) },
  // Elections and offices before organizations: 王信维为县人民政府县长 and 刘洪任县委书记 name a
  // person before a body (after places: a place stem the office verb ends is dropped there).
  { name: 'elections', run: (sc) => scanElections(sc) },
  // Organizations by suffix, the subject and its short forms, party committees after 中共.
  { name: 'organizations', run: (sc, input) => scanOrganizations(sc, input.subject) },
  // Party and state bodies after their place (石狮市委, 泉州市总工会) or alone (县政府): after the
  // suffix rule, whose shorter reading of the same name gives way in `resolve`.
  { name: 'state-bodies', run: (sc) => scanStateBodies(sc) },
  // Media by their general suffixes (人民网, 泉州晚报): after places, which they start with.
  { name: 'media', run: (sc) => scanMedia(sc) },
  // A body's new name in quotes after 改称 holds the names the suffix rule read inside it.
  { name: 'quoted-names', run: (sc) => scanQuotedNames(sc) },
  // Latin-script handles and event names, which no Chinese rule reads; before people, so that a
  // handle is not read again as something else.
  { name: 'latin-names', run: (sc) => scanLatinNames(sc) },
  // People after every organization and place, so that none of those is read as a name.
  { name: 'persons', run: (sc) => scanPersons(sc) },
  // Organizations by context (X总经理, X、Y等企业) need the people found, to keep them out.
  { name: 'context-organizations', run: (sc) => scanContextOrganizations(sc) },
  // Rivers, mountains, temples, a province's parts by the segmenter's tags: after the rules for
  // people and bodies, whose names hold such words (刘江, 中山大学); before the people the tags give
  // (the segmenter tags 武侯祠 as a name).
  { name: 'landforms', run: (sc) => scanLandforms(sc) },
  // The segmenter's tags, after every rule: a tagged word is taken only where no rule hit stands
  // (施耐德 in a list of companies stays a company).
  { name: 'tagged-people', run: (sc) => scanTaggedPeople(sc) },
  // Organizations found by a guessed left edge lose a leading verb or date remnant, once every
  // rule has placed its hits and before their names are looked for again below.
  { name: 'boundaries', run: (sc) => trimOrganizations(sc) },
  // Names carried from earlier entries fill in what this entry's rules did not find.
  { name: 'known', run: (sc, input) => { if (input.known) findNames(sc, input.known, 'known'); } },
  // Last: other mentions, in this entry, of every name found above.
  { name: 'propagate', run: (sc) => propagate(sc) },
];
