// The editor's walk-through of issue #7 in Chromium against the demo portal: search "Fußgänger", pick the
// Moers resource, choose the table, set columns and sort, copy the snippet, paste it into a blank page on
// another origin; the page shows the same rows and pixels as the builder's preview.
import { expect } from 'chai';
import { visit } from './embed-support/browser.js';
import {
  allowClipboard,
  expectPastedLikePreview,
  previewFrame,
  previewRows,
} from './embed-support/builder-page.js';
import { demoSiteFixture } from './embed-support/fixtures.js';

const COLUMNS = ['Zeitpunkt der Messung', 'Wochentag', 'Fußgänger insgesamt'];

describe('builder: an editor’s walk-through', function () {
  const env = demoSiteFixture();

  it('search "Fußgänger" → Moers resource → table with columns and sort → copy → paste', async () => {
    await allowClipboard(env.browser, env.site.url);
    const { page } = await visit(env.browser, `${env.site.url}/builder.html`);
    const label = (text: string) => page.waitForSelector(`::-p-xpath(//label[contains(., "${text}")])`);
    await page.waitForFunction(() =>
      document.querySelector('#step1 ~ [role="status"]')?.textContent?.includes('Verbunden'),
    );

    // Search as an editor types it, umlaut included.
    await page.type('#search', 'Fußgänger');
    await page.keyboard.press('Enter');
    await (await label('Steinstraße in Moers'))!.click();
    await (await label('besucherzahlen-moers-juni-2022-stundlich.csv'))!.click();
    await page.click('#widget-table');
    // Columns and sort through the field pickers (the resource's fields, read from the portal).
    for (const name of COLUMNS) {
      await (await page.waitForSelector(
        `::-p-xpath(//fieldset[@id="opt-columns"]//label[.="${name}"])`,
      ))!.click();
    }
    await page.select('#opt-sort-field', 'Fußgänger insgesamt');
    await page.select('#opt-sort-direction', 'desc');

    // The preview: three columns, busiest hour first.
    const frame = await previewFrame(page);
    await frame.waitForFunction(
      (n) => document.querySelector('odw-table')?.shadowRoot?.querySelectorAll('thead th').length === n,
      { timeout: 15000 },
      COLUMNS.length,
    );
    const previewed = await previewRows(page, 20);
    const counts = previewed.map((row) => Number(row[2].replace(/\./g, '')));
    expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));

    await page.click('#copy-script');
    const pasted = await page.evaluate(() => navigator.clipboard.readText());
    expect(pasted).to.include(`columns="${COLUMNS.join(', ')}"`);
    expect(pasted).to.include('sort="-Fußgänger insgesamt"');
    await expectPastedLikePreview(env.browser, env.pages, page, pasted, previewed);
  });
});
