#!/usr/bin/env node
// Rebuilds the PDF, Word and web-page test files in tests/fixtures-extra/formats/ from the reference
// fixture, so that tests/io/*.test.ts read real files of each format. The tests use the committed
// files and need none of the tools below; this script needs Debian's chromium and fonts-noto-cjk
// (PDFs are printed from HTML pages by headless Chromium), qpdf (the encrypted PDF) and jszip
// (a dependency of mammoth: the .docx files).
//   apt-get install -y chromium fonts-noto-cjk qpdf && node scripts/make-format-fixtures.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'tests/fixtures-extra/formats');
const tmp = mkdtempSync(join(tmpdir(), 'dashiji-formats-'));
mkdirSync(out, { recursive: true });

const fixture = readFileSync(join(root, 'fixtures/2020-power-alliance-chronicle.txt'), 'utf8');
const lines = fixture.split('\n').map((l) => l.trim()).filter(Boolean);
const [title, ...entries] = lines;
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// The fixture was copied out of a PDF: some entries break mid-word over two lines. A web page has
// one paragraph per entry, so for it a line that does not start with a numbered label joins the
// one before.
const paragraphs = entries.reduce((all, line) => (/^\d+、/.test(line) || all.length === 0 ? [...all, line] : [...all.slice(0, -1), all.at(-1) + line]), []);
// A few entities in the web page, so decoding and the offset map are both exercised.
const entityEsc = (s) => esc(s).replace(/“/g, '&ldquo;').replace(/”/g, '&#8221;').replace(/、/g, '&#x3001;');

/** A small chronicle laid out as a table: date | event, in the way many sites publish one. */
const TABLE_ROWS = [
  ['2021年3月2日', '理事会在北京召开第一次会议，审议年度工作计划。'],
  ['2021年5月18日', '秘书处组织成员单位赴杭州调研，考察智能制造项目3个。'],
  ['2021年9月9日', '联盟发布团体标准2项，参与单位共计15家。'],
];

const STYLE = '@page{size:A5;margin:15mm} body{font-family:"Noto Serif CJK SC";font-size:11pt;line-height:1.5} p{margin:0 0 .6em;text-indent:2em} td{border:1px solid #999;padding:4px;vertical-align:top}';
const page = (body, style = STYLE) => `<!doctype html><html><head><meta charset="utf-8"><title>大事记</title><style>${style}</style></head><body>${body}</body></html>`;

/** Print `html` to `name`; with `browserChrome`, Chromium's own header (date, title) and footer (address, page/pages) on every page. */
function printPdf(name, html, browserChrome = false) {
  const src = join(tmp, `${name}.html`);
  writeFileSync(src, html);
  const chrome = browserChrome ? [] : ['--no-pdf-header-footer'];
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', ...chrome, `--print-to-pdf=${join(out, name)}`, `file://${src}`], { stdio: 'ignore' });
}

// 1. The fixture printed on A5 pages as a browser prints it: seven pages, lines and pages wrapping
//    mid-sentence, a running header and footer on each page.
printPdf('fixture.pdf', page(`<h3>${esc(title)}</h3>\n${entries.map((e) => `<p>${esc(e)}</p>`).join('\n')}`), true);

// 2. A chronicle in a table, printed: each row's cells must come out TAB-separated.
const tableHtml = `<h3>2021年某联盟大事记</h3><table>${TABLE_ROWS.map(([d, t]) => `<tr><td style="width:9em">${esc(d)}</td><td>${esc(t)}</td></tr>`).join('')}</table>`;
printPdf('table.pdf', page(tableHtml));

// 3. A "scanned" PDF: a picture of a page and no text layer (a screenshot of the table, printed).
const shot = join(tmp, 'shot.png');
const shotHtml = join(tmp, 'shot.html');
writeFileSync(shotHtml, page(tableHtml, 'body{font-family:"Noto Serif CJK SC";font-size:14px}'));
execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--window-size=500,300', `--screenshot=${shot}`, `file://${shotHtml}`], { stdio: 'ignore' });
const png = readFileSync(shot).toString('base64');
printPdf('scanned.pdf', page(`<img style="width:100%" src="data:image/png;base64,${png}">`));

// 4. An encrypted PDF: the table PDF locked with a user password.
execFileSync('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', join(out, 'table.pdf'), join(out, 'encrypted.pdf')]);

// 5. Word documents, written as Word does: the fixture one paragraph a line, and the table.
// A fixed date on every entry, so a .docx is the same byte for byte each time it is made.
const ZIP_DATE = new Date(Date.UTC(2021, 0, 1));
async function docx(name, bodyXml) {
  const zip = new JSZip();
  const file = zip.file.bind(zip);
  zip.file = (path, data) => file(path, data, { date: ZIP_DATE, createFolders: false });
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}</w:body></w:document>`);
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  writeFileSync(join(out, name), bytes);
  return bytes;
}
const para = (text) => `<w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
// Runs split mid-word, as Word does after edits: the reader must join them.
const splitPara = (text) => `<w:p>${[text.slice(0, 7), text.slice(7)].map((t) => `<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`).join('')}</w:p>`;
const fixtureDocx = await docx('fixture.docx', [para(title), ...entries.map(splitPara)].join(''));
const cell = (text) => `<w:tc>${para(text)}</w:tc>`;
await docx('table.docx', para('2021年某联盟大事记') + `<w:tbl>${TABLE_ROWS.map(([d, t]) => `<w:tr>${cell(d)}${cell(t)}</w:tr>`).join('')}</w:tbl>`);

// 6. A broken ZIP: the fixture .docx cut off halfway.
writeFileSync(join(out, 'broken.docx'), fixtureDocx.subarray(0, Math.floor(fixtureDocx.length / 2)));

// 7. A web page: navigation, a header, an aside, a script and a footer around the chronicle.
writeFileSync(
  join(out, 'fixture.html'),
  `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)} - 联盟网站</title>
<style>body { font-family: sans-serif } .entry { margin: 1em 0 }</style>
<script>window.dataLayer = ["2021年1月1日，这不是条目"];</script>
</head>
<body>
<header class="site-header"><h1>联盟网站</h1><p>2019年12月1日更新</p></header>
<nav><ul><li><a href="/">首页</a></li><li><a href="/news">2020年新闻</a></li><li><a href="/about">关于我们</a></li></ul></nav>
<div class="breadcrumb">首页 &gt; 大事记</div>
<article>
<h2>${esc(title)}</h2>
${paragraphs.map((e) => `<p class="entry">${entityEsc(e)}</p>`).join('\n')}
</article>
<aside><h3>相关链接</h3><p>2018年大事记</p></aside>
<footer><p>版权所有 &copy; 2021 联盟秘书处</p><p>地址：北京市海淀区</p></footer>
<script>console.log("2021年2月2日")</script>
</body>
</html>
`,
);

// 8. A web page whose chronicle sits in a table (date | event), inside the page's <main>.
writeFileSync(
  join(out, 'table.html'),
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>大事记</title></head><body>
<div id="nav"><a href="/">首页</a> | <a href="/list">2020年动态</a></div>
<main><h2>2021年某联盟大事记</h2>
<table border="1"><tbody>
<tr><th>日期</th><th>事件</th></tr>
${TABLE_ROWS.map(([d, t]) => `<tr><td>${esc(d)}</td><td>${esc(t)}</td></tr>`).join('\n')}
</tbody></table></main>
<div class="footer">2021年12月31日 版权所有</div>
</body></html>
`,
);

rmSync(tmp, { recursive: true, force: true });
console.log(`wrote the format fixtures to ${out}`);
