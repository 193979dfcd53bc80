// Mocha hooks the embed tests share: the builds (once per run), servers on their own origins, and Chromium,
// opened before the tests of a `describe` and closed after them.
import { launchBrowser, type Browser } from './browser.js';
import { BUILD_TIMEOUT, cdnBuild, demoBuild, type CdnBuild } from './cdn-build.js';
import { startDemoSite, startStage, type DemoSite, type Stage } from './stage.js';

export interface DemoSiteFixture {
  /** The demo site as `npm start` serves it, with its demo portal. */
  site: DemoSite;
  /** Blank host pages (and the CDN folder) on origins of their own. */
  pages: Stage;
  browser: Browser;
}

export interface CdnFixture {
  build: CdnBuild;
  /** The CDN folder, host pages and the demo portal, each on its own origin. */
  stage: Stage;
  browser: Browser;
}

/** The demo site, pages on another origin and a browser, for the tests of the calling `describe`. */
export function demoSiteFixture(): DemoSiteFixture {
  const fixture = {} as DemoSiteFixture;
  before(async function () {
    this.timeout(BUILD_TIMEOUT);
    const [cdn, demo] = await Promise.all([cdnBuild(), demoBuild()]);
    fixture.site = await startDemoSite(cdn.dir, demo);
    fixture.pages = await startStage(cdn.dir);
    fixture.browser = await launchBrowser();
  });
  after(async () => {
    await fixture.browser?.close();
    await Promise.all([fixture.site?.close(), fixture.pages?.close()]);
  });
  return fixture;
}

/** The CDN build on its own origin, host pages on another, the portal on a third, and a browser. */
export function cdnFixture(): CdnFixture {
  const fixture = {} as CdnFixture;
  before(async function () {
    this.timeout(BUILD_TIMEOUT);
    fixture.build = await cdnBuild();
    fixture.stage = await startStage(fixture.build.dir);
    fixture.browser = await launchBrowser();
  });
  after(async () => {
    await fixture.browser?.close();
    await fixture.stage?.close();
  });
  return fixture;
}
