// Scores a dashiji JSON output against a hand-made gold annotation (corpus/gold/NN.gold.json, NN.entities.json).
// Copied from ../shared/tools (read-only there) so that a clone without ../shared can score the corpus.
// usage: node score.mjs seed  OUTPUT.json GOLD.json
//        node score.mjs heldout OUTPUT.json GOLD.json
// Prints one JSON object of figures.
import { readFileSync } from 'node:fs';

const [mode, outPath, goldPath] = process.argv.slice(2);
const out = JSON.parse(readFileSync(outPath, 'utf8'));
const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
const squash = (s) => (s ?? '').normalize('NFKC').replace(/[\s,，:：、。；;.]/g, '');
const f1 = (tp, fp, fn) => {
  if (tp + fp + fn === 0) return { p: 1, r: 1, f1: 1, tp, fp, fn }; // nothing to find, nothing found
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
  return { p: +p.toFixed(3), r: +r.toFixed(3), f1: p + r ? +((2 * p * r) / (p + r)).toFixed(3) : 0, tp, fp, fn };
};
const entries = Array.isArray(out.entries) ? out.entries : [];

// Align gold entries to predicted ones, in order, by the head of their text.
function align(goldEntries, headOf, allowReuse) {
  const map = new Map();
  let from = 0;
  for (const g of goldEntries) {
    const head = squash(headOf(g)).slice(0, 10);
    if (!head) continue;
    for (let i = allowReuse(g) ? Math.max(0, from - 1) : from; i < entries.length; i++) {
      const t = squash(entries[i].text ?? '');
      const where = t.indexOf(head);
      if (where >= 0 && (where <= 30 || allowReuse(g))) {
        map.set(g, i);
        from = i + 1;
        break;
      }
    }
  }
  return map;
}

const sameDate = (d, g) => d && g && d.start === g.start && d.end === g.end;

if (mode === 'seed' || mode === 'entities') {
  // entities: a held-out annotation whose entries carry `head` instead of `text`, and no dates
  const map = align(gold.entries, (g) => (mode === 'seed' ? g.text : g.head), () => false);
  const res = { entries: entries.length, goldEntries: gold.entries.length, aligned: map.size };
  let labels = 0, dates = 0;
  const fig = { tp: 0, fp: 0, fn: 0, kindOk: 0, approxOk: 0 };
  const ent = { person: [0, 0, 0], organization: [0, 0, 0], place: [0, 0, 0] };
  let roles = 0, rolesGold = 0, times = 0, timesGold = 0;
  const misses = { dates: [], figures: [], figureFP: [], person: [], personFP: [], organization: [], organizationFP: [], place: [], placeFP: [], times: [] };
  for (const g of gold.entries) {
    const i = map.get(g);
    const e = i === undefined ? null : entries[i];
    if (e && String(e.label) === g.label) labels++;
    if (!g.date) { /* held-out entity files carry no dates */ }
    else if (e && sameDate(e.date, g.date)) dates++;
    else misses.dates.push(`${g.ordinal}:${g.date.start}..${g.date.end} got ${e?.date ? e.date.start + '..' + e.date.end : 'none'}`);
    // figures: match on value and unit
    const pf = (e?.figures ?? []).map((f) => ({ ...f, used: false }));
    for (const gf of g.figures ?? []) {
      const m = pf.find((f) => !f.used && Number(f.value) === gf.value && squash(f.unit) === squash(gf.unit));
      if (m) {
        m.used = true; fig.tp++;
        if (m.kind === gf.kind) fig.kindOk++;
        if (Boolean(m.approx) === Boolean(gf.approx)) fig.approxOk++;
      } else { fig.fn++; misses.figures.push(`${g.ordinal}:${gf.text}`); }
    }
    for (const f of pf) {
      if (f.used) continue;
      const opt = (g.optional?.figures ?? []).some((o) => Number(f.value) === o.value);
      if (!opt) { fig.fp++; misses.figureFP.push(`${g.ordinal}:${f.text}`); }
    }
    // entities: sets per entry
    const kinds = { person: ['people'], organization: ['organizations'], place: ['places'] };
    for (const [type, [key]] of Object.entries(kinds)) {
      const req = new Set((g[key] ?? []).map(squash));
      const opt = new Set((g.optional?.[key] ?? []).map(squash));
      // a short form resolved to a name the gold knows (联盟 → the alliance's full name) is a coreference
      // mention: neither a hit nor a false positive
      const known = (x) => x.canonical && (req.has(squash(x.canonical)) || opt.has(squash(x.canonical)) ||
        squash(x.canonical) === squash(out.subject));
      const pred = new Set((e?.entities ?? []).filter((x) => x.type === type)
        .filter((x) => req.has(squash(x.text)) || opt.has(squash(x.text)) || !known(x)).map((x) => squash(x.text)));
      for (const p of pred) {
        if (req.has(p)) ent[type][0]++;
        else if (!opt.has(p)) { ent[type][1]++; misses[type + 'FP'].push(`${g.ordinal}:${p}`); }
      }
      for (const r of req) if (!pred.has(r)) { ent[type][2]++; misses[type].push(`${g.ordinal}:${r}`); }
    }
    // a person's role counts when any mention carries any of the titles the gold ties to that person
    const titlesOf = new Map();
    for (const t of g.titles ?? []) titlesOf.set(squash(t.person), [...(titlesOf.get(squash(t.person)) ?? []), squash(t.title)]);
    for (const [person, titles] of titlesOf) {
      rolesGold++;
      const hit = (e?.entities ?? []).some((x) => x.type === 'person' && squash(x.text) === person && x.role &&
        titles.some((t) => t.includes(squash(x.role)) || squash(x.role).includes(t)));
      if (hit) roles++;
    }
    for (const p of g.periods ?? []) {
      timesGold++;
      const hit = (e?.times ?? []).some((x) => x.start === p.start && (p.end === undefined || x.end === p.end));
      if (hit) times++; else misses.times.push(`${g.ordinal}:${p.text}`);
    }
  }
  Object.assign(res, {
    labels, dates, times: `${times}/${timesGold}`, timesRecall: +(times / Math.max(1, timesGold)).toFixed(3),
    figures: f1(fig.tp, fig.fp, fig.fn), figureKindOk: fig.kindOk, figureApproxOk: fig.approxOk,
    person: f1(...ent.person), organization: f1(...ent.organization), place: f1(...ent.place),
    roles: `${roles}/${rolesGold}`, rolesRecall: +(roles / Math.max(1, rolesGold)).toFixed(3),
    misses,
  });
  console.log(JSON.stringify(res));
} else if (mode === 'heldout') {
  const map = align(gold.entries, (g) => g.head, (g) => Boolean(g.group));
  const used = new Set(map.values());
  let dates = 0;
  const wrong = [];
  for (const g of gold.entries) {
    const i = map.get(g);
    const e = i === undefined ? null : entries[i];
    if (e && sameDate(e.date, g.date)) dates++;
    else wrong.push(`${g.ordinal}:${g.date_text}=${g.date.start}..${g.date.end} got ${e ? (e.date ? e.date.start + '..' + e.date.end : 'none') : 'no entry'}`);
  }
  const seg = f1(used.size, entries.length - used.size, gold.entries.length - map.size);
  console.log(JSON.stringify({ file: gold.file, entries: entries.length, gold: gold.entries.length, segmentation: seg,
    dateAccuracy: +(dates / gold.entries.length).toFixed(3), dates, wrong: wrong.slice(0, 8) }));
} else {
  console.error('usage: score.mjs seed|heldout OUTPUT GOLD');
  process.exit(2);
}
