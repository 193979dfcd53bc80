// @web/test-runner: browser tests in Chromium against a demo portal started for the run.
// Run through `npm test` (test/run.mjs), which starts Node with `--conditions=source --import tsx`
// so this config can start the TypeScript demo portal in-process.
import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROME_ARGS, findChromium } from './chromium.mjs';
import { cssTextDevServer } from './css-text.mjs';

const { startDemoPortal } = await import('../packages/demo-portal/src/index.ts');
const portal = await startDemoPortal({ port: 0 });

/** Counts results for the one-line summary of `npm test`. */
function countingReporter(outFile) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load has no results; count it as one failure so it cannot pass unnoticed.
        if (!session.passed && (!session.testResults || session.errors?.length))
          failed += session.errors?.length || 1;
      }
      mkdirSync(new URL('.', outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify({ passed, failed, skipped }));
    },
    async stop() {
      await portal.close();
    },
  };
}

const files = process.env.WTR_FILES
  ? process.env.WTR_FILES.split(',')
  : [
      'packages/client/src/**/*.test.ts',
      '!packages/client/src/**/*.node.test.ts',
      'packages/widgets/src/**/*.test.ts',
      'packages/embed/src/**/*.test.ts',
      'test/browser/**/*.test.ts',
    ];

export default {
  rootDir: new URL('..', import.meta.url).pathname,
  files,
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [cssTextDevServer(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROME_ARGS },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="de"><head><meta charset="utf-8"></head><body>
      <script>window.__ODW_TEST__ = ${JSON.stringify({ portalUrl: portal.url })};</script>
      <script type="module" src="${testFramework}"></script>
    </body></html>`,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  // The whole run takes 1–3 minutes on 2 cores; the limit only ends a run that hangs.
  testsFinishTimeout: 30 * 60000,
  concurrency: 1,
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countingReporter(new URL('.results/browser.json', import.meta.url)),
  ],
};
