// Every demo page `npm start` serves, in Chromium against the demo portal: its elements show data (or the
// error the page means to show), it contacts no third party, passes axe, reflows at 320 px, and its links
// lead somewhere.
import { expect } from 'chai';
import type { Page } from 'puppeteer-core';
import { axeViolations } from './embed-support/axe.js';
import { originsOf, visit, type OdwEventRecord } from './embed-support/browser.js';
import { demoSiteFixture } from './embed-support/fixtures.js';

/**
 * Demo pages (the builder is tested on its own), how many of their elements must end in a deliberate error
 * (all others show data), and whether the page loads a large file (more time).
 */
const PAGES: { path: string; errors?: number; large?: boolean }[] = [
  { path: 'index.html' },
  { path: 'stadt-moers.html' },
  { path: 'table.html', large: true },
  { path: 'elements/table.html', errors: 1 }, // an unknown dataset, on purpose
  { path: 'samples/plain.html' },
  { path: 'samples/react.html' },
  { path: 'samples/vue.html' },
  { path: 'samples/iframe.html' },
];

/** Waits until every odw element of the page fired odw-load or odw-error; returns their last events. */
async function settledEvents(page: Page, timeout: number): Promise<OdwEventRecord[]> {
  const count = () =>
    page.evaluate(
      () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('odw-')).length,
    );
  await page.waitForFunction(
    () => {
      const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('odw-'));
      const events = (window as any).__odwEvents as { tag: string; index: number }[];
      return elements.every((el) =>
        events.some(
          (e) =>
            e.tag === el.localName && e.index === [...document.querySelectorAll(el.localName)].indexOf(el),
        ),
      );
    },
    { timeout, polling: 200 },
  );
  const events = await page.evaluate(() => (window as any).__odwEvents as OdwEventRecord[]);
  const last = new Map(events.map((e) => [`${e.tag}#${e.index}`, e]));
  expect(last.size, 'one state per element').to.equal(await count());
  return [...last.values()];
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

  for (const { path, errors = 0, large = false } of PAGES) {
    const wait = large ? 90000 : 20000;
    describe(path, function () {
      this.timeout(wait + 30000);
      it('shows its elements, contacts only the page origin and the portal, and has no script errors', async () => {
        const visited = await visit(env.browser, `${env.site.url}/${path}`);
        const events = await settledEvents(visited.page, wait);
        expect(events.filter((e) => e.type === 'odw-error').map((e) => e.detail)).to.have.length(errors);
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
        await settledEvents(page, wait);
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
