#!/usr/bin/env node
// The package as a user meets it: npm pack, install the tarball in an empty folder, then
// `import`, `require` (the root and every subpath export) and `npx dashiji parse` there; plus
// publint and attw. attw checks node10 resolution too, which knows no `exports`: the subpaths'
// types reach it through package.json `typesVersions`. Run by `npm test`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sh = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const step = (name, fn) => {
  process.stdout.write(`package-check: ${name} … `);
  const out = fn();
  console.log('ok');
  return out;
};
const fail = (message) => {
  console.error(`\npackage-check: ${message}`);
  process.exit(1);
};

const dir = mkdtempSync(join(tmpdir(), 'dashiji-pack-'));
try {
  const tarball = step('npm pack', () => {
    const info = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', dir], root));
    const files = info[0].files.map((f) => f.path);
    if (files.some((f) => f.startsWith('src/') || f.startsWith('tests/'))) fail(`the tarball ships sources: ${files.join(', ')}`);
    // package.json says MIT: the licence text must travel with the code.
    if (!files.includes('LICENSE') || !/^MIT License/.test(readFileSync(join(root, 'LICENSE'), 'utf8'))) fail('the tarball has no MIT LICENSE file');
    return join(dir, info[0].filename);
  });
  const app = join(dir, 'app');
  step('install the tarball in an empty folder', () => {
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
    sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], app);
  });
  const fixture = join(root, 'fixtures/2020-power-alliance-chronicle.txt');
  step('import (ESM)', () => {
    writeFileSync(join(app, 'esm.mjs'), `import { readFileSync } from 'node:fs'; import { parseChronicle } from 'dashiji';\nconsole.log(parseChronicle(readFileSync(${JSON.stringify(fixture)}, 'utf8')).entries.length);`);
    const n = sh(process.execPath, ['esm.mjs'], app).trim();
    if (n !== '42') fail(`ESM import parsed ${n} entries, expected 42`);
  });
  step('require (CJS)', () => {
    writeFileSync(join(app, 'cjs.cjs'), `const { readFileSync } = require('node:fs'); const { parseChronicle } = require('dashiji');\nconsole.log(parseChronicle(readFileSync(${JSON.stringify(fixture)}, 'utf8')).entries.length);`);
    const n = sh(process.execPath, ['cjs.cjs'], app).trim();
    if (n !== '42') fail(`CJS require parsed ${n} entries, expected 42`);
  });
  // parseParallel loads its worker by URL from dist/: the file must ship, and load from either build.
  for (const [kind, file, head] of [
    ['ESM', 'par.mjs', `import { readFileSync } from 'node:fs'; import { parseParallel } from 'dashiji';`],
    ['CJS', 'par.cjs', `const { readFileSync } = require('node:fs'); const { parseParallel } = require('dashiji');`],
  ]) {
    step(`parseParallel from ${kind}: a worker reads the second half`, () => {
      writeFileSync(
        join(app, file),
        `${head}\nconst t = readFileSync(${JSON.stringify(fixture)}, 'utf8'); const parts = [];\n` +
          `parseParallel(t, { threads: 2, minLength: 0, onPart: (p) => parts.push(p) }).then((d) => console.log(d.entries.length, parts[0].kept + parts[0].reread, parts[0].error ?? 'ok'));`,
      );
      const out = sh(process.execPath, [file], app).trim();
      const [n, part, error] = out.split(' ');
      if (n !== '42' || !(Number(part) > 0) || error !== 'ok') fail(`parseParallel from ${kind}: ${out}`);
    });
  }
  step('formats from CJS: a web page and a .docx read, a PDF names its optional peer', () => {
    const formats = join(root, 'tests/fixtures-extra/formats');
    writeFileSync(
      join(app, 'formats.cjs'),
      `const { readChronicle, parseChronicle } = require('dashiji');
(async () => {
  const counts = [];
  for (const name of ['fixture.html', 'fixture.docx']) counts.push(parseChronicle((await readChronicle(${JSON.stringify(formats)} + '/' + name)).text).entries.length);
  let pdf = 'read';
  try { require.resolve('pdfjs-dist/package.json'); } catch { pdf = await readChronicle(${JSON.stringify(formats)} + '/table.pdf').then(() => 'read without pdfjs-dist?', (e) => e.code); }
  console.log(counts.join(' ') + ' ' + pdf);
})();`,
    );
    const got = sh(process.execPath, ['formats.cjs'], app).trim();
    if (got !== '42 42 missing-package' && got !== '42 42 read') fail(`reading formats from CJS gave "${got}", expected "42 42 missing-package"`);
  });
  // Every subpath of the exports map, by name, as a user writes it: ESM and CJS must both load it.
  const subpaths = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports)
    .filter((key) => key !== '.' && key !== './package.json')
    .map((key) => `dashiji/${key.slice(2)}`);
  step(`import and require ${subpaths.join(', ')}`, () => {
    const list = JSON.stringify(subpaths);
    writeFileSync(join(app, 'sub.mjs'), `for (const p of ${list}) { const m = await import(p); if (Object.keys(m).length === 0) throw new Error(p + ' exports nothing'); }\nconsole.log('ok');`);
    writeFileSync(join(app, 'sub.cjs'), `for (const p of ${list}) { const m = require(p); if (Object.keys(m).length === 0) throw new Error(p + ' exports nothing'); }\nconsole.log('ok');`);
    for (const file of ['sub.mjs', 'sub.cjs']) if (sh(process.execPath, [file], app).trim() !== 'ok') fail(`${file} could not load every subpath`);
  });
  step('npx dashiji parse', () => {
    const out = JSON.parse(sh('npx', ['--no-install', 'dashiji', 'parse', fixture], app));
    if (out.entries.length !== 42) fail(`npx dashiji parse gave ${out.entries.length} entries`);
  });
  step('publint', () => sh(join(root, 'node_modules/.bin/publint'), ['--strict'], root));
  step('attw --pack', () => sh(join(root, 'node_modules/.bin/attw'), ['--pack', '.', '--format', 'ascii'], root));
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  console.log(`package-check: dashiji ${version} installs and runs as ESM, CJS and CLI`);
} catch (error) {
  fail(`${error.message.split('\n')[0]}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
