// Every demo page `npm start` serves, in Chromium against the demo portal: its elements show data (or the
// error the page means to show), it contacts no third party, passes axe, reflows at 320 px, and its links
// lead somewhere.
import { expect } from 'chai';
import type { Page } from 'puppeteer-core';
import { axeViolations } from './embed-support/axe.js';
import { originsOf, visit, type OdwEventRecord } from './embed-support/browser.js';
import { demoSiteFixture } from './embed-support/fixtures.js';

/** Demo pages and the odw events each must end with (the builder is tested on its own). */
const PAGES: { path: string; expect: OdwEventRecord['type'][] }[] = [
  { path: 'index.html', expect: ['odw-load'] },
  { path: 'stadt-moers.html', expect: ['odw-load', 'odw-load'] },
  { path: 'table.html', expect: ['odw-load'] },
  // Six variants with data, one deliberate error (unknown dataset).
  {
    path: 'elements/table.html',
    expect: ['odw-load', 'odw-load', 'odw-load', 'odw-load', 'odw-load', 'odw-load', 'odw-error'],
  },
  { path: 'samples/plain.html', expect: ['odw-load'] },
  { path: 'samples/react.html', expect: ['odw-load'] },
  { path: 'samples/vue.html', expect: ['odw-load'] },
  { path: 'samples/iframe.html', expect: [] },
];

/** Waits until no odw element in the page is still loading, and returns the events. */
async function settledEvents(page: Page): Promise<OdwEventRecord[]> {
  await page.waitForFunction(
    () => {
      const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('odw-'));
      return (window as any).__odwEvents.length >= elements.length;
    },
    { timeout: 20000 },
  );
  return page.evaluate(() => (window as any).__odwEvents);
}

/** Elements of the page itself (not inside shadow roots) that reach past the viewport's right edge. */
function lightDomOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${el.className}` : ''}`);
  });
}

describe('demo pages', function () {
  const env = demoSiteFixture();

  for (const { path, expect: expected } of PAGES) {
    describe(path, () => {
      it('shows its elements, contacts only the page origin and the portal, and has no script errors', async () => {
        const visited = await visit(env.browser, `${env.site.url}/${path}`);
        const events = await settledEvents(visited.page);
        expect(events.map((e) => e.type).sort()).to.deep.equal([...expected].sort());
        for (const frame of visited.page.frames().filter((f) => f.url().includes('embed.html'))) {
          await frame.waitForFunction(() =>
            document.querySelector('odw-table')?.shadowRoot?.querySelector('tbody tr'),
          );
        }
        await visited.page.waitForNetworkIdle({ idleTime: 200 });
        expect(originsOf(visited.requests)).to.deep.equal(originsOf([env.site.url, env.site.portalUrl]));
        expect(visited.errors).to.deep.equal([]);
      });

      it('passes axe (WCAG 2.1 AA) and its own layout reflows to 320 px', async () => {
        const { page } = await visit(env.browser, `${env.site.url}/${path}`);
        await settledEvents(page);
        expect(await axeViolations(page)).to.deep.equal([]);
        await page.setViewport({ width: 320, height: 800 });
        // The page's own elements must fit; what an odw element draws inside itself is the element's
        // responsibility (tested with each element).
        expect(await lightDomOverflow(page)).to.deep.equal([]);
      });

      it('links only to pages and documents that exist', async () => {
        const { page } = await visit(env.browser, `${env.site.url}/${path}`);
        const links = await page.$$eval('a[href]', (anchors) =>
          anchors.map((a) => (a as HTMLAnchorElement).href),
        );
        const local = [...new Set(links.map((href) => href.split('#')[0]))].filter((href) =>
          href.startsWith(env.site.url),
        );
        for (const href of local) {
          const response = await fetch(href);
          expect(response.status, href).to.equal(200);
        }
      });
    });
  }
});
