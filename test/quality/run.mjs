// `npm run quality` (also a step of `npm test`): the trust gates of issue #8. Regenerates the
// custom-elements manifest, runs every gate (test/quality/gates/*.gate.ts, mocha) against the CDN build in
// Chromium with the demo portal, and writes docs/quality.md from the figures of the run. Any broken promise
// fails the run.
// While iterating: QUALITY_GATES=xss,states, QUALITY_ELEMENTS=odw-table, QUALITY_GREP=<part of a test
// title> run a subset (its report goes to test/.results/quality.md instead); ODW_TEST_CDN_DIR and
// ODW_TEST_DEMO_DIR reuse existing builds; QUALITY_SCREENSHOTS=1 saves a screenshot of every state.
// Started as `node --conditions=source --import tsx test/quality/run.mjs` (the script in package.json).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { glob } from 'glob';
import Mocha from 'mocha';
import { figures } from './support/figures.ts';
import { writeReport } from './support/report.ts';
import { closeStage, getStage } from './support/stage.ts';

const root = new URL('../../', import.meta.url).pathname;
const results = new URL('../.results/', import.meta.url);

const manifest = spawnSync(
  process.execPath,
  [
    'node_modules/@custom-elements-manifest/analyzer/cem.js',
    'analyze',
    '--quiet',
    '--config',
    'docs/custom-elements-manifest.config.mjs',
  ],
  { cwd: root, stdio: 'inherit' },
);
if (manifest.status !== 0) {
  console.error('Could not generate packages/widgets/custom-elements.json');
  process.exit(1);
}

const wanted = process.env.QUALITY_GATES?.split(',').map((g) => g.trim());
const files = (await glob('test/quality/gates/*.gate.ts', { cwd: root }))
  .filter((file) => !wanted || wanted.some((g) => file.endsWith(`/${g}.gate.ts`)))
  .sort();

const mocha = new Mocha({ reporter: 'spec', timeout: 180000, slow: 20000, grep: process.env.QUALITY_GREP });
for (const file of files) mocha.addFile(`${root}${file}`);
await mocha.loadFilesAsync();

// The builds, the demo portal and Chromium, once for all gates (timed on their own for the report).
const setUp = Date.now();
await getStage();
figures.durations.push({
  gate: 'set-up: CDN and demo builds, demo portal, Chromium',
  seconds: (Date.now() - setUp) / 1000,
});

const outcome = await new Promise((resolve) => {
  const runner = mocha.run((count) => resolve({ count, stats: runner.stats }));
  runner.on('fail', (test, error) =>
    figures.failures.push(`${test.fullTitle()}: ${error.message.split('\n')[0]}`),
  );
  // Wall time per gate (top-level suite), for the report.
  const started = new Map();
  runner.on('suite', (suite) => suite.parent?.root && started.set(suite, Date.now()));
  runner.on('suite end', (suite) => {
    if (!started.has(suite)) return;
    figures.durations.push({ gate: suite.title, seconds: (Date.now() - started.get(suite)) / 1000 });
  });
});
await closeStage();

const subset = Boolean(wanted || process.env.QUALITY_ELEMENTS || process.env.QUALITY_GREP);
const report = subset ? new URL('quality.md', results).pathname : `${root}docs/quality.md`;
mkdirSync(results, { recursive: true });
writeReport(report, { subset });
console.log(`\nQuality report: ${report.replace(root, '')}`);

const { passes = 0, pending = 0 } = outcome.stats ?? {};
writeFileSync(
  new URL('quality.json', results),
  JSON.stringify({ passed: passes, failed: outcome.count, skipped: pending }),
);
process.exitCode = outcome.count ? 1 : 0;
// Sockets a gate left open (a hanging request to the portal) must not keep the run alive.
setTimeout(() => process.exit(), 200).unref();
