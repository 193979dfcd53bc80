/**
 * The stage every gate plays on, set up once per run: the CDN build and the demo build, one demo portal,
 * a page server with the strict CSP and one without (both serving the CDN folder on the page's own
 * origin, as a city hosting odw itself would), the demo site as `npm start` serves it, and one Chromium.
 * Pages live on `http://localhost:…`, the portal on `http://127.0.0.1:…`: two origins, as in real life.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoPortal, type DemoPortal } from '@odw/demo-portal';
import { startStaticServer, type StaticServer } from '../../../demo/server/static-server.mjs';
import { launchBrowser } from '../../browser-session.mjs';
import { cdnBuild, demoBuild, type CdnManifest } from '../../node/embed-support/cdn-build.js';
import type { Browser } from 'puppeteer-core';
import { strictCsp } from './csp.js';
import { figures } from './figures.js';

/** A page server: the gate page and the CDN folder on one origin. */
export interface PageServer {
  /** Origin, e.g. `http://localhost:4711`. */
  origin: string;
  /** The gate page (script tag and an empty stage). */
  gatePage: string;
  /** The CSP it sends, if any. */
  csp?: string;
}

export interface Stage {
  browser: Browser;
  portal: DemoPortal;
  /** The portal's base URL, as pages use it. */
  portalUrl: string;
  portalOrigin: string;
  manifest: CdnManifest;
  strict: PageServer;
  open: PageServer;
  /** The demo site (demo pages, `/cdn/`, `/build/`), pointed at the portal as `npm start` does. */
  demoSite: string;
  /**
   * The portal's origins as the demo pages use them: `http://localhost:<port>` (the address `npm start`
   * gives them) and `http://127.0.0.1:<port>`, the same server, which was-waere-wenn.html asks under
   * its second name on purpose (a separate retry budget).
   */
  demoPortalOrigins: string[];
  /** The demo pages' folder. */
  demoPages: string;
}

const root = new URL('../../../', import.meta.url).pathname;

/** The gate page: what a city page has (one script tag with its integrity hash) and a stage. */
function gatePageHtml(manifest: CdnManifest): string {
  const odw = manifest.entries.odw;
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>odw – Prüfseite</title>
<script type="module" src="/cdn/${odw.file}" integrity="${odw.integrity}" crossorigin="anonymous" data-gate></script>
</head>
<body>
<button type="button" id="before">Vor dem Element</button>
<main id="stage"></main>
<button type="button" id="after">Nach dem Element</button>
</body>
</html>
`;
}

// One stage per process, also when mocha loads the gates as CommonJS and the runner as ESM.
const KEY = Symbol.for('odw.quality.stage');
const shared = ((globalThis as { [KEY]?: { stage?: Promise<Stage>; closers: (() => Promise<unknown>)[] } })[
  KEY
] ??= {
  closers: [],
});
const closers = shared.closers;

async function setUp(): Promise<Stage> {
  const [cdn, demoDir, portal] = await Promise.all([cdnBuild(), demoBuild(), startDemoPortal({ port: 0 })]);
  closers.push(() => portal.close());
  const portalUrl = portal.url;
  const portalOrigin = new URL(portalUrl).origin;
  const pagesDir = mkdtempSync(join(tmpdir(), 'odw-quality-'));
  process.once('exit', () => rmSync(pagesDir, { recursive: true, force: true }));
  writeFileSync(join(pagesDir, 'gate.html'), gatePageHtml(cdn.manifest));

  const serve = async (options: Parameters<typeof startStaticServer>[0]): Promise<StaticServer> => {
    const server = await startStaticServer(options);
    closers.push(() => server.close());
    return server;
  };
  const mounts = { '/cdn/': cdn.dir, '/': pagesDir };
  const csp = strictCsp(portalOrigin);
  const demoPages = join(root, 'demo');
  const [strictServer, openServer, demoServer] = await Promise.all([
    serve({ mounts, headers: { 'Content-Security-Policy': csp } }),
    serve({ mounts }),
    serve({
      portalUrl: portalUrl.replace('//127.0.0.1:', '//localhost:'),
      mounts: { '/cdn/': cdn.dir, '/build/': demoDir, '/': demoPages },
    }),
  ]);
  const browser = await launchBrowser();
  closers.push(() => browser.close());
  figures.environment.chromium = await browser.version();
  return {
    browser,
    portal,
    portalUrl,
    portalOrigin,
    manifest: cdn.manifest,
    strict: { origin: strictServer.url, gatePage: `${strictServer.url}/gate.html`, csp },
    open: { origin: openServer.url, gatePage: `${openServer.url}/gate.html` },
    demoSite: demoServer.url,
    demoPortalOrigins: [portalOrigin, portalOrigin.replace('//127.0.0.1:', '//localhost:')],
    demoPages,
  };
}

/** The stage, set up on first use. */
export function getStage(): Promise<Stage> {
  shared.stage ??= setUp();
  return shared.stage;
}

/** Stops servers and the browser. */
export async function closeStage(): Promise<void> {
  if (!shared.stage) return;
  shared.stage = undefined;
  for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
}

let faultIds = 0;

/** The portal's URL with a fault spec as path prefix; `times-<n>` specs get a unique id. */
export function faultyPortal(s: Stage, spec: string): string {
  return `${s.portalUrl}/__fault/${spec},id-q${++faultIds}`;
}

/** Whether the portal answered a request normally (readable JSON, CORS allowed). */
async function answeredNormally(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(300) });
    if (!response.ok || response.headers.get('access-control-allow-origin') !== '*') return false;
    return ((await response.json()) as { success?: boolean }).success === true;
  } catch {
    return false;
  }
}

/**
 * Heals a `times-<n>` fault early: asks the portal with the same spec (in batches, since `hang` answers
 * nothing) until it answers normally, so that the element's next request succeeds. Returns how many
 * requests that took.
 */
export async function healFault(faultyUrl: string): Promise<number> {
  const probe = `${faultyUrl}/api/3/action/status_show`;
  const batch = 25;
  for (let sent = 0; sent < 1000; sent += batch) {
    const answers = await Promise.all(Array.from({ length: batch }, () => answeredNormally(probe)));
    const first = answers.indexOf(true);
    if (first !== -1) return sent + first + 1;
  }
  throw new Error(`${faultyUrl} did not heal after 1000 requests`);
}

/**
 * Sets the portal-wide fault spec (`''` heals). Unlike `DELETE /__odw/faults` this keeps the `times-<n>`
 * counters of path-prefix faults other tests may be using.
 */
export async function setServerFault(s: Stage, spec: string): Promise<void> {
  const response = await fetch(`${s.portalUrl}/__odw/faults`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ spec }),
  });
  if (!response.ok) throw new Error(`cannot set the portal fault "${spec}": ${await response.text()}`);
}
