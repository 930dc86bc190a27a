// `npm run demo`: what dashiji gives, in one screen. It runs the CLI as a user would on the
// bundled reference chronicle: the one-screen summary (who, what, how much, when), then the HTML
// report, whose path it prints. `npm run demo -- --json` prints the records themselves instead.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative, resolve } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = resolve(root, 'dist/cli.js');
const chronicle = relative(process.cwd(), resolve(root, 'fixtures/2020-power-alliance-chronicle.txt'));
const report = resolve(root, '.tmp/report.html');

/** Run `dashiji ARGS`, its output on ours; stop with its status when it fails. */
function dashiji(args, { show = true } = {}) {
  if (show) process.stdout.write(`$ npx dashiji ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const json = process.argv.includes('--json');
const unknown = process.argv.slice(2).filter((a) => a !== '--json');
if (unknown.length) {
  process.stderr.write(`demo: unknown argument ${unknown[0]} (the only one is --json)\n`);
  process.exit(2);
}

if (json) {
  dashiji(['parse', chronicle], { show: false });
} else {
  dashiji(['summarize', chronicle, '--format', 'text']);
  mkdirSync(resolve(root, '.tmp'), { recursive: true });
  dashiji(['report', chronicle, '-o', relative(process.cwd(), report), '--quiet']);
  process.stdout.write(
    `HTML report: ${report}  (open it in a browser)\n\n` +
      `The records as JSON: npm run demo -- --json   or   npx dashiji parse ${chronicle}\n`,
  );
}
