// `npm test`: lint, type-check, Node tests, browser tests (Chromium), the quality gates. The last line is
// the summary "N passed, N failed" (", N skipped" only if a test was skipped). Lint, format and type-check
// each count as one check in that summary. `npm test -- node browser` runs only the named steps.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const resultsDir = new URL('.results/', import.meta.url);
const bin = (name) => `${root}node_modules/.bin/${name}`;
const TS_PROJECTS = [
  'tsconfig.json',
  ...['client', 'widgets', 'embed', 'demo-portal'].map((p) => `packages/${p}/tsconfig.json`),
];

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(name, ok) {
  if (ok) totals.passed++;
  else {
    totals.failed++;
    failures.push(name);
  }
}

function readCounts(file, name, exitedOk) {
  const path = new URL(file, resultsDir);
  if (!existsSync(path)) {
    check(`${name} (no results: the runner crashed)`, false);
    return;
  }
  const counts = JSON.parse(readFileSync(path, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (counts.failed || !exitedOk) failures.push(name);
  if (!counts.failed && !exitedOk) totals.failed++;
}

const steps = {
  lint() {
    check('eslint', run(bin('eslint'), ['.', '--max-warnings', '0']));
    check('prettier', run(bin('prettier'), ['--check', '.', '--log-level', 'warn']));
  },
  typecheck() {
    check('typecheck', TS_PROJECTS.map((p) => run(bin('tsc'), ['-p', p, '--noEmit'])).every(Boolean));
  },
  node() {
    const ok = run(process.execPath, ['--conditions=source', '--import', 'tsx', 'test/run-node.mjs']);
    readCounts('node.json', 'node tests', ok);
  },
  browser() {
    const chrome = ensureChromium();
    const ok = run(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', bin('wtr'), '--config', 'test/web-test-runner.config.mjs'],
      { CHROME_PATH: chrome },
    );
    readCounts('browser.json', 'browser tests', ok);
  },
  // The trust gates of issue #8 (test/quality/run.mjs); they also rewrite docs/quality.md.
  quality() {
    const chrome = ensureChromium();
    const ok = run(process.execPath, ['--conditions=source', '--import', 'tsx', 'test/quality/run.mjs'], {
      CHROME_PATH: chrome,
    });
    readCounts('quality.json', 'quality gates', ok);
  },
};

const requested = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = requested.filter((s) => !(s in steps));
if (unknown.length) {
  console.error(`Unknown step(s): ${unknown.join(', ')}. Steps: ${Object.keys(steps).join(', ')}`);
  process.exit(2);
}
rmSync(resultsDir, { recursive: true, force: true });
try {
  ensureChromium(); // fail fast, before minutes of other steps, when no browser can be had
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
for (const [name, step] of Object.entries(steps)) {
  if (requested.length && !requested.includes(name)) continue;
  console.log(`\n▶ ${name}`);
  step();
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exitCode = totals.failed ? 1 : 0;
