// Runs the Node-side tests with mocha and writes the counts for the summary of `npm test`.
// Started by test/run.mjs as `node --conditions=source --import tsx test/run-node.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob } from 'glob';
import Mocha from 'mocha';

const patterns = process.env.NODE_TEST_FILES
  ? process.env.NODE_TEST_FILES.split(',')
  : [
      'packages/client/src/**/*.test.ts',
      'packages/demo-portal/test/**/*.test.ts',
      'packages/demo-portal/src/**/*.test.ts',
      'test/node/**/*.test.ts',
    ];
// Files named *.browser.test.ts need a DOM; they run only in Chromium.
const files = [];
for (const pattern of patterns) {
  for (const file of await glob(pattern)) if (!file.endsWith('.browser.test.ts')) files.push(file);
}

const mocha = new Mocha({ reporter: 'spec', timeout: 30000 });
// Each file is loaded with import(), never require(): Node 20.19+ lets Mocha require() ESM, and tsx then
// compiles the file's static imports to CommonJS while its dynamic import()s load the ES module, so one
// source file would exist twice and `instanceof` across them would fail.
for (const file of files.sort()) {
  const path = resolve(file);
  mocha.suite.emit('pre-require', globalThis, path, mocha);
  mocha.suite.emit('require', await import(pathToFileURL(path).href), path, mocha);
  mocha.suite.emit('post-require', globalThis, path, mocha);
}
const runner = mocha.run((failures) => {
  const { passes = 0, pending = 0 } = runner.stats ?? {};
  mkdirSync(new URL('.results/', import.meta.url), { recursive: true });
  writeFileSync(
    new URL('.results/node.json', import.meta.url),
    JSON.stringify({ passed: passes, failed: failures, skipped: pending }),
  );
  process.exitCode = failures ? 1 : 0;
  // Open handles (servers a test forgot to close) must not keep the run alive.
  setTimeout(() => process.exit(), 100).unref();
});
