/**
 * The report's inline CSS and script. Inline because the page must be ONE file that opens
 * anywhere, offline, years later: no fonts, images or scripts fetched at view time (the page's
 * Content-Security-Policy forbids it). CJK text uses the reader's system fonts.
 */
import { createHash } from 'node:crypto';

/** Colours per event type: a type's name picks one, so custom types get colours too. */
export const TYPE_HUES: readonly number[] = [210, 150, 28, 280, 350, 190, 95, 45, 320, 240, 10, 125];

export const STYLE = `
:root {
  --ink: #1f2328; --muted: #656d76; --line: #d8dee4; --bg: #f6f7f9; --card: #fff;
  --person: #ddeaff; --person-ink: #0b4a9e; --org: #dcf3e3; --org-ink: #14623a;
  --place: #fff0cc; --place-ink: #7a4d00; --figure: #f6e0ff; --figure-ink: #6a1b8a;
  --accent: #b3261e;
  color-scheme: light;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.75 -apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif;
}
button { font: inherit; color: inherit; }
.masthead { background: #fff; border-bottom: 1px solid var(--line); border-top: 4px solid var(--accent); }
.masthead-inner, .layout { max-width: 1240px; margin: 0 auto; padding: 0 24px; }
.masthead-inner { padding-top: 20px; padding-bottom: 18px; }
.masthead h1 { margin: 0; font-size: 24px; line-height: 1.35; letter-spacing: .02em; overflow-wrap: anywhere; }
.masthead .sub { margin: 4px 0 12px; color: var(--muted); }
.stats { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 0; padding: 0; list-style: none; }
.stats li { display: flex; align-items: baseline; gap: 6px; color: var(--muted); }
.stats b { color: var(--ink); font-size: 22px; font-variant-numeric: tabular-nums; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 340px; gap: 28px; align-items: start; padding-top: 20px; padding-bottom: 48px; }
.timeline { min-width: 0; }
.filterbar {
  position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px;
  padding: 10px 14px; margin-bottom: 16px; background: rgba(255,255,255,.94); backdrop-filter: blur(6px);
  border: 1px solid var(--line); border-radius: 10px; box-shadow: 0 1px 2px rgba(0,0,0,.04);
}
.filterbar .count { font-variant-numeric: tabular-nums; }
.filterbar .filter { color: var(--accent); font-weight: 600; overflow-wrap: anywhere; }
#show-all { margin-left: auto; border: 1px solid var(--line); background: #fff; border-radius: 999px; padding: 2px 14px; cursor: pointer; }
#show-all:disabled { opacity: .45; cursor: default; }
.month { margin-bottom: 22px; }
.month h2 { display: flex; align-items: baseline; gap: 10px; margin: 0 0 10px; font-size: 18px; }
.month h2 small { color: var(--muted); font-weight: normal; font-size: 13px; }
.entries { list-style: none; margin: 0; padding: 0 0 0 18px; border-left: 2px solid var(--line); }
.entry { position: relative; margin: 0 0 12px; padding: 12px 16px 12px; background: var(--card); border: 1px solid var(--line); border-radius: 10px; }
.entry::before { content: ""; position: absolute; left: -27px; top: 18px; width: 10px; height: 10px; border-radius: 50%; background: #fff; border: 2px solid var(--accent); }
.entry-head { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; margin-bottom: 4px; }
.date { font-weight: 700; font-variant-numeric: tabular-nums; }
.ordinal { color: var(--muted); font-size: 12px; }
.warn { color: #9a6700; font-size: 12px; cursor: help; }
.chip {
  display: inline-block; border: 0; border-radius: 999px; padding: 0 9px; font-size: 12px; line-height: 20px; cursor: pointer;
  background: hsl(var(--h), 70%, 93%); color: hsl(var(--h), 60%, 28%);
}
.chip.active, .name.active { outline: 2px solid var(--accent); outline-offset: 1px; }
.body { margin: 0; overflow-wrap: anywhere; }
mark { background: none; color: inherit; border-radius: 3px; padding: 0 1px; }
mark.person { background: var(--person); color: var(--person-ink); cursor: pointer; }
mark.organization { background: var(--org); color: var(--org-ink); cursor: pointer; }
mark.place { background: var(--place); color: var(--place-ink); cursor: pointer; }
mark.organization mark.place { background: none; border-bottom: 2px solid #e8b84a; }
mark.figure { background: var(--figure); color: var(--figure-ink); font-weight: 600; }
mark.time { background: none; border-bottom: 1px dashed #8c959f; }
mark.trigger { background: none; color: inherit; text-decoration: underline dotted #b3261e; text-underline-offset: 3px; }
.index { position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow: auto; display: grid; gap: 12px; }
.panel { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 4px 14px 10px; }
.panel > summary { cursor: pointer; list-style: none; padding: 8px 0 4px; font-weight: 700; display: flex; justify-content: space-between; }
.panel > summary::-webkit-details-marker { display: none; }
.panel > summary::after { content: "▾"; color: var(--muted); }
.panel:not([open]) > summary::after { content: "▸"; }
.panel > summary small { color: var(--muted); font-weight: normal; margin-left: 6px; margin-right: auto; }
.names { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.name { display: inline-flex; align-items: baseline; gap: 4px; border: 1px solid transparent; border-radius: 6px; padding: 1px 8px; cursor: pointer; text-align: left; overflow-wrap: anywhere; }
.name.person { background: var(--person); color: var(--person-ink); }
.name.organization { background: var(--org); color: var(--org-ink); }
.name.place { background: var(--place); color: var(--place-ink); }
.name .n { font-size: 11px; opacity: .75; font-variant-numeric: tabular-nums; }
.name .role { font-size: 11px; opacity: .8; }
.types-list .chip { line-height: 24px; }
.types-list .chip .n { opacity: .7; margin-left: 3px; }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th, td { text-align: left; padding: 4px 4px; border-bottom: 1px solid #eef0f2; vertical-align: top; }
th { color: var(--muted); font-weight: normal; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.group { min-width: 4.5em; }
td.group b { font-weight: normal; white-space: nowrap; }
td.group small, th small { color: var(--muted); }
td.values { text-align: right; font-variant-numeric: tabular-nums; }
.note { color: var(--muted); font-size: 12px; margin: 6px 0 0; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 10px; font-size: 12px; margin: 0 0 12px; color: var(--muted); }
.diag-list { margin: 0; padding-left: 18px; font-size: 13px; }
footer { color: var(--muted); font-size: 12px; text-align: center; padding: 0 16px 24px; }
@media (max-width: 900px) {
  .layout { grid-template-columns: minmax(0, 1fr); padding: 12px 12px 36px; gap: 14px; }
  .masthead-inner { padding: 14px 14px 12px; }
  .masthead h1 { font-size: 20px; }
  .stats b { font-size: 18px; }
  .index { position: static; max-height: none; overflow: visible; order: -1; }
  .entries { padding-left: 12px; }
  .entry { padding: 10px 12px; }
  .entry::before { left: -21px; }
  .stats { gap: 4px 18px; }
}
@media print {
  .filterbar, .index { display: none; }
  .layout { grid-template-columns: 1fr; }
}
`;

/**
 * Filtering: every entry lists the index references it contains (`data-refs`); clicking any
 * element with `data-ref` (an index name, a type chip, a name highlighted in the text) shows
 * only the entries with that reference; clicking it again, or "显示全部", shows all.
 */
export const SCRIPT = `
(function () {
  var entries = Array.prototype.slice.call(document.querySelectorAll('.entry'));
  var months = Array.prototype.slice.call(document.querySelectorAll('.month'));
  var shown = document.getElementById('shown');
  var label = document.getElementById('filter-label');
  var reset = document.getElementById('show-all');
  var current = null;
  function apply(ref, name) {
    current = ref;
    var n = 0;
    entries.forEach(function (e) {
      var on = !ref || (' ' + e.getAttribute('data-refs') + ' ').indexOf(' ' + ref + ' ') >= 0;
      e.hidden = !on;
      if (on) n++;
    });
    months.forEach(function (m) {
      var k = m.querySelectorAll('.entry:not([hidden])').length;
      m.hidden = k === 0;
      m.querySelector('h2 small').textContent = k + ' 条';
    });
    shown.textContent = String(n);
    label.textContent = ref ? '筛选：' + name : '';
    label.hidden = !ref;
    reset.disabled = !ref;
    Array.prototype.forEach.call(document.querySelectorAll('.index [data-ref]'), function (b) {
      var on = b.getAttribute('data-ref') === ref;
      b.classList.toggle('active', on);
      b.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
  }
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    if (target.closest('#show-all')) { apply(null, ''); return; }
    var el = target.closest('[data-ref]');
    if (!el) return;
    var ref = el.getAttribute('data-ref');
    apply(ref === current ? null : ref, el.getAttribute('data-name') || el.textContent);
    // Bring the filtered timeline into view: on a phone the index sits above it.
    var top = document.getElementById('timeline').getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight * 0.6) window.scrollBy(0, top);
  });
  if (window.matchMedia && window.matchMedia('(max-width: 900px)').matches) {
    Array.prototype.forEach.call(document.querySelectorAll('details.panel[data-fold]'), function (d) { d.open = false; });
  }
})();
`;

/**
 * The page's Content-Security-Policy. Scripts run only when their text hashes to the one inline
 * script's SHA-256, so markup that slipped past escaping still could not run code; no base URL or
 * form target can be set, and nothing is fetched (`default-src 'none'`). Styles stay inline
 * (`style="--h:…"` colours each type chip).
 */
export const REPORT_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src 'sha256-${createHash('sha256').update(SCRIPT, 'utf8').digest('base64')}'`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
