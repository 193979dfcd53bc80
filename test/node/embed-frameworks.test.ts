// The table inside a React 19 and a Vue 3 app (demo/samples, bundled from npm packages by the demo build):
// it renders, follows a property the app changes, and the app hears its events.
import { expect } from 'chai';
import { launchBrowser, tableRows, visit, type Browser } from './embed-support/browser.js';
import { BUILD_TIMEOUT, cdnBuild, demoBuild } from './embed-support/cdn-build.js';
import { startDemoSite, type DemoSite } from './embed-support/stage.js';

describe('odw in frameworks', function () {
  let site: DemoSite;
  let browser: Browser;

  before(async function () {
    this.timeout(BUILD_TIMEOUT);
    const [cdn, demo] = await Promise.all([cdnBuild(), demoBuild()]);
    site = await startDemoSite(cdn.dir, demo);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const framework of ['react', 'vue']) {
    it(`${framework}: renders the table, re-renders on a changed property, and receives odw-load`, async () => {
      const visited = await visit(browser, `${site.url}/samples/${framework}.html`);
      const { page } = visited;
      const rowCount = (n: number) =>
        page.waitForFunction(
          (count) =>
            document.querySelector('odw-table')?.shadowRoot?.querySelectorAll('tbody tr').length === count,
          {},
          n,
        );
      await rowCount(5);
      await page.waitForFunction(
        () => document.querySelector('[role="status"]')?.textContent === '720 Zeilen im Portal',
      );

      await page.select('select', '10');
      await rowCount(10);
      const rows = await tableRows(page);
      expect(rows[9][1]).to.equal('01.06.2022, 09:00');
      expect(await page.evaluate(() => document.querySelectorAll('odw-table').length)).to.equal(1);
      expect(visited.errors).to.deep.equal([]);
    });
  }
});
