// The table inside a React 19 and a Vue 3 app (demo/samples, bundled from npm packages by the demo build):
// it renders, follows a property the app changes, and the app hears its events.
import { expect } from 'chai';
import { tableRows, visit } from './embed-support/browser.js';
import { demoSiteFixture } from './embed-support/fixtures.js';

describe('odw in frameworks', function () {
  const env = demoSiteFixture();

  for (const framework of ['react', 'vue']) {
    it(`${framework}: renders the table, re-renders on a changed property, and receives odw-load`, async () => {
      const visited = await visit(env.browser, `${env.site.url}/samples/${framework}.html`);
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
