/** Values the test runner injects into every browser test page (see test/web-test-runner.config.mjs). */
interface TestEnv {
  /** Base URL of the demo portal started for this test run (another origin than the test page). */
  portalUrl: string;
}

declare global {
  interface Window {
    __ODW_TEST__: TestEnv;
  }
}

/** The demo portal's base URL, e.g. `http://127.0.0.1:41234`. */
export function portalUrl(): string {
  return window.__ODW_TEST__.portalUrl;
}
