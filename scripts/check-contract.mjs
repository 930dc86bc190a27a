// Checks docs/CONTRACT.md's structural promises on one parse of a chronicle: ordinals, spans, nothing lost.
// Copied from ../shared/tools (read-only there) so that a clone without ../shared can score the corpus.
// usage: node check-contract.mjs SOURCE.txt OUTPUT.json [EXPECTED_ENTRY_COUNT]
//   OUTPUT.json is what `dashiji parse SOURCE.txt --format json` printed. With 42 as the count on the
//   reference fixture it also checks the labels as written (1..34, 33, 34, 35..40).
import { readFileSync } from 'node:fs';
const [srcPath, outPath, expectEntries = '0'] = process.argv.slice(2);
const src = readFileSync(srcPath, 'utf8');
const out = JSON.parse(readFileSync(outPath, 'utf8'));
const problems = [];
const squash = (s) => (s ?? '').normalize('NFKC').replace(/\s/g, '');
const e = out.entries ?? [];
if (Number(expectEntries) && e.length !== Number(expectEntries)) problems.push(`entries ${e.length} != ${expectEntries}`);
e.forEach((x, i) => { if (x.ordinal !== i + 1) problems.push(`ordinal ${x.ordinal} at ${i}`); });
if (Number(expectEntries) === 42) {
  const want = [...Array.from({ length: 34 }, (_, i) => String(i + 1)), '33', '34', ...Array.from({ length: 6 }, (_, i) => String(i + 35))];
  const got = e.map((x) => String(x.label));
  if (got.join(',') !== want.join(',')) problems.push(`labels differ: ${got.join(',')}`);
}
let items = 0, bad = 0;
const badOnes = [];
function check(item, where) {
  if (!item || !item.span) return;
  items++;
  const { start, end } = item.span;
  const ok = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= src.length && start <= end &&
    (item.text === undefined || squash(src.slice(start, end)) === squash(item.text) || where === 'entry');
  if (!ok) { bad++; if (badOnes.length < 5) badOnes.push(`${where} ${JSON.stringify(item.text)} @${start}-${end} = ${JSON.stringify(src.slice(start, end))}`); }
}
const covered = new Uint8Array(src.length);
const mark = (s) => { if (s) for (let i = s.start; i < s.end && i < src.length; i++) covered[i] = 1; };
for (const x of e) {
  check(x, 'entry'); mark(x.span);
  check(x.date, 'date');
  for (const t of x.times ?? []) check(t, 'time');
  for (const f of x.figures ?? []) check(f, 'figure');
  for (const n of x.entities ?? []) check(n, 'entity');
}
for (const d of out.diagnostics ?? []) mark(d.span);
// title and headings: accept any text the output names as title/heading by locating it
if (out.title) { const i = src.indexOf(out.title.slice(0, 4)); if (i >= 0) { const nl = src.indexOf('\n', i); mark({ start: i, end: nl < 0 ? src.length : nl }); } }
for (const h of out.headings ?? []) mark(h.span);
let lost = 0; const lostAt = [];
// blank: whitespace, plus zero-width characters, NEL and the BOM (JS \s leaves some of them out)
const blank = /[\s\u0085\u180e\u200b-\u200d\u2060\ufeff]/;
for (let i = 0; i < src.length; i++) if (!covered[i] && !blank.test(src[i])) { lost++; if (lostAt.length < 3) lostAt.push(JSON.stringify(src.slice(i, i + 12))); }
if (bad) problems.push(`${bad}/${items} spans break the invariant: ${badOnes.join(' | ')}`);
if (lost) problems.push(`${lost} non-blank chars lost, e.g. ${lostAt.join(' ')}`);
if (problems.length) { console.log(problems.join('\n')); console.log(`falls short: ${problems.length} problems`); process.exit(1); }
console.log(`ok: ${e.length} entries, ${items} spans checked, nothing lost`);
