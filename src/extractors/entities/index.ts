/**
 * The entity extractor: people (with the title the text ties to them), organizations and
 * places of every entry. The rules live in `find.ts`, the vocabulary in `lexicon.ts`, the
 * patterns in `patterns.ts`; this file is the public face: options, the `--dict` file format,
 * the extractor object, and the per-entry unique list.
 */
import { z } from 'zod';
import { defineExtractor } from '../../extractor.js';
import { checkOptions } from '../../options.js';
import { dashiji } from '../../errors.js';
import { fold } from '../../text.js';
import type { DocumentContext, ExtractContext } from '../../extractor.js';
import { EntitySchema } from '../../schema.js';
import type { Entity, Span } from '../../schema.js';
import { DICT_SECTION, DICT_TYPED_LINE, PLACE_WITH_UNIT } from './patterns.js';
import { NameIndex, findEntities } from './find.js';
import type { EntityHit, RuleName } from './find.js';
import { PlaceContext, countyConfirmed, divisionOf, placeUnit } from './gazetteer.js';
import { NAME_TYPES } from './name-index.js';
import { matchingView } from './scanner.js';
import type { PlaceUnit } from './gazetteer.js';

export { NameIndex, findEntities, matchingView } from './find.js';
export type { EntityHit, EntityType, FindEntitiesInput, NameLists } from './find.js';

/**
 * Options of `entities()`: a user dictionary. Names listed here are found verbatim wherever
 * they occur and win over the rules (a rule hit that crosses a dictionary name is dropped), so
 * a user can fix what the rules miss: a company short name with no suffix (`万久`), a person
 * named without a title.
 */
export interface EntityOptions {
  people?: string[];
  organizations?: string[];
  places?: string[];
}

const NameList = z.array(z.string().min(1, 'a non-empty name'), 'an array of strings');
const EntityOptionsSchema = z.strictObject({
  people: NameList.optional(),
  organizations: NameList.optional(),
  places: NameList.optional(),
});

/** Validate options at once; misuse of the API throws with the option named and what was expected. */
function validateOptions(options: unknown): EntityOptions {
  const data = checkOptions(EntityOptionsSchema, options ?? {}, 'entities()', 'people, organizations, places');
  const out: EntityOptions = {};
  if (data.people) out.people = data.people;
  if (data.organizations) out.organizations = data.organizations;
  if (data.places) out.places = data.places;
  return out;
}

/** Section names of the `--dict` file, and the `type:` prefixes, in English and Chinese. */
const SECTION_ALIASES: Readonly<Record<string, keyof EntityOptions>> = {
  people: 'people', person: 'people', persons: 'people', 人名: 'people', 人物: 'people',
  organizations: 'organizations', organization: 'organizations', orgs: 'organizations', org: 'organizations',
  机构: 'organizations', 单位: 'organizations',
  places: 'places', place: 'places', 地名: 'places', 地点: 'places',
};

/**
 * Read a user dictionary for the CLI's `--dict FILE`. The format, one name per line:
 *
 * ```text
 * # a comment line (also: blank lines are ignored)
 * [people]            ← section: [people] / [organizations] / [places]
 * 张三                 ← a name, taken verbatim (surrounding spaces trimmed)
 * [organizations]
 * 万久
 * place: 瑞金          ← a typed line works anywhere, inside or outside a section
 * ```
 *
 * Section and type names also accept `person`, `organization`/`org`, `place`, and 人名, 机构,
 * 地名. A name before any section, or an unknown section or type, is an error: all such lines
 * are reported together in one thrown Error, each with its line number, because a dictionary
 * that silently drops names would make the CLI's output wrong without telling anyone.
 */
export function parseDictionary(text: string): EntityOptions {
  const out: Required<EntityOptions> = { people: [], organizations: [], places: [] };
  const errors: string[] = [];
  let section: keyof EntityOptions | null = null;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const at = `line ${index + 1}`;
    if (!line || line.startsWith('#')) return;
    const header = DICT_SECTION.exec(line);
    if (header) {
      const name = header.groups!.section!.trim().toLowerCase();
      const found = SECTION_ALIASES[name];
      if (found) section = found;
      else {
        errors.push(`${at}: unknown section [${name}] (expected [people], [organizations] or [places])`);
        section = null;
      }
      return;
    }
    const typed = DICT_TYPED_LINE.exec(line);
    if (typed) {
      const found = SECTION_ALIASES[typed.groups!.section!.toLowerCase()];
      if (found) {
        out[found].push(typed.groups!.name!);
        return;
      }
    }
    if (section) out[section].push(line);
    else errors.push(`${at}: "${line}" is not in a [people], [organizations] or [places] section`);
  });
  if (errors.length) throw dashiji(`invalid entity dictionary:\n${errors.join('\n')}`, 'input');
  const result: EntityOptions = {};
  for (const key of ['people', 'organizations', 'places'] as const) {
    if (out[key].length) result[key] = [...new Set(out[key])];
  }
  return result;
}

/**
 * The per-entry unique list: one item per (type, canonical ?? text), in first-mention order.
 * `entities` keeps every mention with its own span (what a highlighter needs); this is what a
 * reader's index or a "who was there" column needs. The first mention's item is kept, so its
 * role is the role written at the first mention.
 */
export function uniqueEntities<T extends Pick<Entity, 'type' | 'text' | 'canonical'>>(list: readonly T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of list) {
    const key = `${item.type}\u0000${item.canonical ?? item.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/** Names worth carrying from one entry to the next of the same chronicle. */
const CARRIED_RULES: ReadonlySet<RuleName> = new Set<RuleName>([
  'title-name', 'name-title', 'anchor', 'elected', 'list', 'suffix', 'before-corporate-title',
  'org-list', 'org-list-head', 'name-place-brackets', 'admin-suffix', 'place-in-title', 'alias-in-brackets',
]);

/**
 * The names carried so far: a set per type (each name once), the index `findEntities` reads, and
 * the administrative units the chronicle has named (what decides which 朝阳区 is meant).
 */
export interface Memory {
  seen: Record<EntityHit['type'], Set<string>>;
  index: NameIndex;
  places: PlaceContext;
  /** Set while an entry is traced (see EntityTrace). */
  trace: EntityTrace | null;
  /** Told of every name the memory learns (see Divergence). */
  learnt?: (type: EntityHit['type'], text: string) => void;
}

/**
 * What one entry read from the memory and added to it, recorded for a parallel parse
 * (src/parallel.ts): a part of a document read ahead with an empty memory is kept entry by entry
 * only where the real memory would have answered the same, and its additions are replayed.
 */
export interface EntityTrace {
  /** Every name carried, in order, whether the memory had it or not. */
  carried: Array<[EntityHit['type'], string]>;
  /** The codes of the units this entry's places added to the place context, in order. */
  units: string[];
  /** Every code the entry asked the place context about. */
  probes: string[];
}

/** One memory per document: the key is the document context, so nothing outlives the parse. */
const MEMORIES = new WeakMap<DocumentContext, Memory>();
/** Documents whose entries are traced, with the trace of each entry by ordinal. */
const TRACES = new WeakMap<DocumentContext, Map<number, EntityTrace>>();

/** A new memory: no names, and the places of the chronicle's title. */
export function newMemory(document: DocumentContext): Memory {
  return {
    seen: { person: new Set(), organization: new Set(), place: new Set() },
    index: new NameIndex(),
    places: titlePlaces(document.title, document.subject),
    trace: null,
  };
}

/** The memory the entity extractor keeps for a document (created empty on first use). */
export function memoryOf(document: DocumentContext): Memory {
  return ofDocument(MEMORIES, document, () => newMemory(document));
}

/** Record, from now on, what each entry of the document reads from the memory and adds to it. */
export function traceEntities(document: DocumentContext): Map<number, EntityTrace> {
  return ofDocument(TRACES, document, () => new Map());
}

/** The value a document has in `map`, made on first use. */
function ofDocument<T>(map: WeakMap<DocumentContext, T>, document: DocumentContext, make: () => T): T {
  let value = map.get(document);
  if (value === undefined) {
    value = make();
    map.set(document, value);
  }
  return value;
}

/** Add to `memory` what the traced entry added to its own: the same calls, in the same order. */
export function replay(memory: Memory, trace: EntityTrace): void {
  for (const [type, text] of trace.carried) carry(memory, type, text);
  for (const code of trace.units) {
    const unit = divisionOf(code);
    if (unit) memory.places.add(unit);
  }
}

/**
 * Two memories of one document that may have learnt different names (a worker's, read ahead from
 * an empty memory, and the real one), and whether an entry reads alike under both: every place code
 * it asked about is answered alike, and no name that only one of them holds occurs in its body. The
 * names they both hold are found at the same places whatever order they were learnt in (carried
 * names are taken by place: passes/names.ts), so the entry's result is then the same under either.
 * The names held by one side only are tracked as the memories learn, so most entries need no
 * look at their text at all.
 */
export class Divergence {
  /** `type\0text` of each name only one memory holds → which one (1: `a`, 2: `b`). */
  private readonly only = new Map<string, 1 | 2>();
  private index: NameIndex | null = null;

  constructor(
    private readonly a: Memory,
    private readonly b: Memory,
  ) {
    for (const type of NAME_TYPES) {
      for (const text of a.seen[type]) if (!b.seen[type].has(text)) this.only.set(`${type}\u0000${text}`, 1);
      for (const text of b.seen[type]) if (!a.seen[type].has(text)) this.only.set(`${type}\u0000${text}`, 2);
    }
    a.learnt = (type, text) => this.learn(1, type, text);
    b.learnt = (type, text) => this.learn(2, type, text);
  }

  private learn(side: 1 | 2, type: EntityHit['type'], text: string): void {
    const key = `${type}\u0000${text}`;
    const held = this.only.get(key);
    if (held === undefined) this.only.set(key, side);
    else if (held !== side) this.only.delete(key);
    this.index = null;
  }

  /** Whether an entry reads alike under both memories; `norm` gives its folded body when needed. */
  agrees(norm: () => string, probes: readonly string[]): boolean {
    for (const code of probes) if (this.a.places.has(code) !== this.b.places.has(code)) return false;
    if (this.only.size === 0) return true;
    if (!this.index) {
      this.index = new NameIndex();
      for (const key of this.only.keys()) {
        const cut = key.indexOf('\u0000');
        this.index.add(key.slice(0, cut) as EntityHit['type'], key.slice(cut + 1));
      }
    }
    const s = matchingView(norm());
    return NAME_TYPES.every((type) => this.index!.mentions(s, type).length === 0);
  }
}

function carry(memory: Memory, type: EntityHit['type'], text: string): void {
  memory.trace?.carried.push([type, text]);
  const seen = memory.seen[type];
  if (seen.has(text)) return;
  seen.add(text);
  memory.learnt?.(type, text);
  memory.index.add(type, text);
}

function remember(memory: Memory, hit: EntityHit, text: string): void {
  if (!CARRIED_RULES.has(hit.rule)) return;
  carry(memory, hit.type, text);
  if (hit.type === 'place') {
    // 瑞金市 → 瑞金: the stem alone names the place later (为瑞金招商引资).
    const stem = PLACE_WITH_UNIT.exec(text)?.groups?.stem;
    if (stem) carry(memory, 'place', stem);
  }
}

/**
 * Create the entity extractor. Options are validated at once (unknown keys or wrong types
 * throw). Names found by a strong rule in one entry (a person with a title, a company with its
 * suffix, a county with 县) are carried to the later entries of the same chronicle, keyed by
 * the document context object: no global state, and nothing outlives the parse.
 */
export function entities(options?: EntityOptions) {
  const dictionary = NameIndex.of(validateOptions(options));
  return defineExtractor({
    name: 'entities',
    schema: EntitySchema,
    trusted: true,
    extract(ctx) {
      const memory = memoryOf(ctx.document);
      const traces = TRACES.get(ctx.document);
      if (traces) {
        memory.trace = { carried: [], units: [], probes: [] };
        traces.set(ctx.entry.ordinal, memory.trace);
        memory.places.probes = new Set();
      }
      try {
        return extractWith(ctx, memory, dictionary);
      } finally {
        if (memory.trace) {
          memory.trace.probes = [...memory.places.probes!];
          memory.places.probes = null;
          memory.trace = null;
        }
      }
    },
  });
}

function extractWith(ctx: ExtractContext, memory: Memory, dictionary: NameIndex): Entity[] {
  const hits: EntityHit[] = [];
  for (const [from, to] of windows(ctx.norm)) {
    const text = from === 0 && to === ctx.text.length ? ctx.text : ctx.text.slice(from, to);
    const norm = from === 0 && to === ctx.norm.length ? ctx.norm : ctx.norm.slice(from, to);
    const found = findEntities(
      {
        text,
        norm,
        subject: ctx.document.subject,
        // The segmenter is asked about the few stretches where a rule needs a word boundary,
        // not about the whole body (see boundaries.ts).
        cut: (t) => ctx.segmenter.cut(t),
        ...(ctx.segmenter.tag ? { tag: (t: string) => ctx.segmenter.tag!(t) } : {}),
        places: memory.places,
        // Names carried from earlier entries; this entry's are added once it is scanned.
        known: memory.index,
      },
      dictionary,
    );
    for (const hit of found) hits.push(from === 0 ? hit : { ...hit, start: hit.start + from, end: hit.end + from });
  }
  const units = placeUnits(hits, ctx.text, memory.places, memory.trace);
  const out: Entity[] = [];
  hits.forEach((hit, k) => {
    const unit = units[k];
    if (unit === null) return; // a county's short form the chronicle does not confirm
    const { text, span } = ctx.item(hit.start, hit.end);
    out.push(unit ? entityOf(hit.type, text, span, hit.role, unit.unit.name, unit.unit.code, unit.province?.name) : entityOf(hit.type, text, span, hit.role, hit.canonical));
    remember(memory, hit, ctx.text.slice(hit.start, hit.end));
  });
  return out;
}

/**
 * One entity, its optional fields in the schema's order, made by one object literal of its final
 * shape: fields added after creation would go to a separate property array (40 bytes more for each
 * of the tens of thousands of entities a large chronicle holds, see docs/performance.md).
 */
function entityOf(type: Entity['type'], text: string, span: Span, role?: string, canonical?: string, code?: string, province?: string): Entity {
  if (role === undefined) {
    if (canonical === undefined) return { type, text, span };
    if (code === undefined) return { type, text, span, canonical };
    if (province === undefined) return { type, text, span, canonical, code };
    return { type, text, span, canonical, code, province };
  }
  if (canonical === undefined) return { type, text, span, role };
  const entity: Entity = { type, text, span, role, canonical };
  if (code !== undefined) entity.code = code;
  if (province !== undefined) entity.province = province;
  return entity;
}

/**
 * The unit of every place hit (undefined: no code; null: drop the hit). Places that the table
 * decides alone go first and join the context, so that the rest of the entry is read with them:
 * in 福建省石狮市 and in 石狮…泉州 alike, 石狮 finds its prefecture. A county's short form alone
 * (rule `county-stem`) is kept only when the chronicle names the county, its prefecture or its
 * province.
 */
function placeUnits(hits: readonly EntityHit[], text: string, context: PlaceContext, trace: EntityTrace | null): Array<PlaceUnit | null | undefined> {
  const out: Array<PlaceUnit | null | undefined> = hits.map(() => undefined);
  const open: number[] = [];
  hits.forEach((hit, k) => {
    if (hit.type !== 'place') return;
    const unit = hit.rule === 'county-stem' ? null : placeUnit(text.slice(hit.start, hit.end), context);
    if (unit && unit.evidence !== 'province-first' && unit.evidence !== 'prefecture-first') {
      out[k] = unit;
      addUnit(context, unit.unit, trace);
    } else open.push(k);
  });
  for (const k of open) {
    const hit = hits[k]!;
    const unit = placeUnit(text.slice(hit.start, hit.end), context);
    if (hit.rule === 'county-stem') {
      out[k] = unit && unit.unit.level === 3 && countyConfirmed(unit.unit, context) ? unit : null;
    } else out[k] = unit ?? undefined;
    if (out[k]) addUnit(context, out[k]!.unit, trace);
  }
  return out;
}

function addUnit(context: PlaceContext, unit: PlaceUnit['unit'], trace: EntityTrace | null): void {
  trace?.units.push(unit.code);
  context.add(unit);
}

/** The units named in the chronicle's title (泉州海洋职业学院大事记): the first context of its places. */
function titlePlaces(title: string | null, subject: string | null): PlaceContext {
  const context = new PlaceContext();
  // 《石泉县志》: the title of a book about a place still says where the chronicle is.
  const line = (title ?? subject)?.replace(/[《》〈〉]/g, ' ');
  if (!line) return context;
  const norm = fold(line);
  for (const hit of findEntities({ text: line, norm, subject: null })) {
    if (hit.type !== 'place' || hit.rule === 'county-stem') continue;
    const unit = placeUnit(line.slice(hit.start, hit.end), context);
    if (unit) context.add(unit.unit);
  }
  return context;
}

/** Bodies longer than this are read sentence window by sentence window. */
const WINDOW = 4096;

/**
 * Cut a body into windows that end at a sentence end (。！？；), each about WINDOW characters.
 * Names never cross a sentence end, and the rules compare each hit with the hits before it, so a
 * huge single entry (a 10 MB line with no breaks) stays linear instead of quadratic.
 */
function windows(norm: string): Array<[number, number]> {
  if (norm.length <= WINDOW * 2) return [[0, norm.length]];
  const out: Array<[number, number]> = [];
  let from = 0;
  while (norm.length - from > WINDOW * 2) {
    let cut = -1;
    for (let i = from + WINDOW; i < Math.min(norm.length, from + WINDOW * 2); i++) {
      const c = norm[i];
      if (c === '。' || c === '！' || c === '？' || c === '；' || c === '!' || c === '?' || c === ';' || c === '\n') {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) cut = from + WINDOW * 2; // no sentence end: a hard cut, rare in real text
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, norm.length]);
  return out;
}

/** The default entity extractor: no user dictionary. */
export const entityExtractor = entities();
