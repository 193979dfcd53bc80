// The iframe path end to end in Chromium: embed.html on the CDN origin inside a host page on another
// origin, the demo portal on a third; auto-height through odw-resize.js, validated query parameters.
import { expect } from 'chai';
import type { Frame, Page } from 'puppeteer-core';
import { tableRows, visit } from './embed-support/browser.js';
import { hostPage } from './embed-support/stage.js';
import { cdnFixture } from './embed-support/fixtures.js';

const DATASET = 'fussgaenger-steinstrasse-juni-2022';

describe('iframe embed (embed.html)', function () {
  const env = cdnFixture();

  const embedUrl = (params: Record<string, string>) =>
    `${env.stage.cdn}embed.html?${new URLSearchParams(params)}`;
  const tableParams = (extra: Record<string, string> = {}) => ({
    widget: 'table',
    portal: env.stage.portalUrl,
    dataset: DATASET,
    ...extra,
  });
  const alertText = (page: Page | Frame) =>
    page.$eval('[role="alert"]', (el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim());

  it('renders the element full-frame from its query parameters, without CSP violations', async () => {
    const page = await visit(env.browser, embedUrl(tableParams({ 'page-size': '4', lang: 'en' })));
    const [event] = await page.settled(1);
    expect(event).to.include({ tag: 'odw-table', type: 'odw-load' });
    expect(await tableRows(page.page)).to.have.length(4);
    expect(await page.page.$eval('html', (html) => html.lang)).to.equal('en');
    expect(await page.cspViolations()).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  /** A host page with one odw iframe; returns the host page and the frame. */
  async function hostWithFrame(name: string, src: string, withResizer: boolean) {
    const resizer = withResizer
      ? `<script src="${env.stage.cdn + env.build.manifest.entries['odw-resize'].file}" defer></script>`
      : '';
    const iframe = `<p>Text davor.</p><iframe src="${src}" title="Fußgänger auf der Steinstraße" width="100%" height="300" style="border:0" data-odw-embed></iframe><p>Text danach.</p>`;
    const host = await visit(env.browser, env.stage.page(name, hostPage(iframe, resizer)));
    const frame = await waitForFrame(host.page, src);
    await frame.waitForFunction(() =>
      document.querySelector('odw-table')?.shadowRoot?.querySelector('tbody tr'),
    );
    return { host, frame };
  }

  async function waitForFrame(page: Page, src: string): Promise<Frame> {
    for (let i = 0; i < 100; i++) {
      const frame = page.frames().find((f) => f.url() === src);
      if (frame) return frame;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no frame ${src}`);
  }

  /**
   * Waits until the iframe is exactly as tall as the frame's content and both stay so for a moment (the
   * table may still lay out), and returns that height.
   */
  async function heightsAgree(host: Page, frame: Frame): Promise<number> {
    let content = -1;
    let agreed = 0;
    for (let i = 0; i < 300 && agreed < 5; i++) {
      const now = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      const outer = await host.$eval('iframe', (f) => f.getBoundingClientRect().height);
      agreed = outer === now && now === content ? agreed + 1 : 0;
      content = now;
      await new Promise((r) => setTimeout(r, 100));
    }
    if (agreed < 5) throw new Error(`iframe height never settled on its content (${content}px)`);
    return content;
  }

  /** Waits until the framed table shows `n` rows. */
  const rowsInFrame = (frame: Frame, n: number) =>
    frame.waitForFunction(
      (count) =>
        document.querySelector('odw-table')?.shadowRoot?.querySelectorAll('tbody tr').length === count,
      {},
      n,
    );

  it('takes the height of its content with odw-resize.js, also when the content changes', async () => {
    const src = embedUrl(tableParams({ 'page-size': '10' }));
    const { host, frame } = await hostWithFrame('resize.html', src, true);
    await rowsInFrame(frame, 10);
    const tall = await heightsAgree(host.page, frame);
    expect(tall).to.be.greaterThan(300);

    await frame.evaluate(() => document.querySelector('odw-table')!.setAttribute('page-size', '2'));
    await rowsInFrame(frame, 2);
    const short = await heightsAgree(host.page, frame);
    expect(short).to.be.lessThan(tall);
    expect(host.errors).to.deep.equal([]);
  });

  it('keeps the height of the snippet and scrolls inside without odw-resize.js', async () => {
    const src = embedUrl(tableParams({ 'page-size': '10' }));
    const { host, frame } = await hostWithFrame('no-resize.html', src, false);
    await new Promise((r) => setTimeout(r, 300));
    expect(await host.page.$eval('iframe', (f) => f.getBoundingClientRect().height)).to.equal(300);
    const scroll = await frame.evaluate(() => ({
      content: document.documentElement.scrollHeight,
      view: window.innerHeight,
    }));
    expect(scroll.view).to.equal(300);
    expect(scroll.content).to.be.greaterThan(scroll.view, 'the rest of the table is reachable by scrolling');
  });

  it('names an unknown widget and the possible ones', async () => {
    const page = await visit(env.browser, embedUrl(tableParams({ widget: 'tabel' })));
    expect(await alertText(page.page)).to.equal(
      'Diese Einbindung ist fehlerhaft widget="tabel" gibt es nicht. Möglich sind: table.',
    );
  });

  it('rejects a parameter the element does not have, listing the ones it has', async () => {
    const page = await visit(env.browser, embedUrl(tableParams({ pagesize: '5' })));
    await page.page.waitForSelector('[role="alert"]');
    const text = await alertText(page.page);
    expect(text).to.include('Den Parameter „pagesize“ gibt es für widget=table nicht.');
    expect(text).to.include('page-size');
    expect(await page.page.$('odw-table')).to.equal(null);
  });

  it('speaks English with lang=en, and rejects a language it does not speak', async () => {
    const english = await visit(env.browser, embedUrl(tableParams({ lang: 'en', colums: 'a' })));
    await english.page.waitForSelector('[role="alert"]');
    expect(await alertText(english.page)).to.match(
      /^This embed is broken widget=table has no parameter "colums"/,
    );
    const french = await visit(env.browser, embedUrl(tableParams({ lang: 'fr' })));
    expect(await alertText(french.page)).to.include(
      'Der Parameter lang="fr" ist ungültig. Möglich sind: de, en.',
    );
  });

  it("shows the element's own error for a bad value, as on a page", async () => {
    const page = await visit(env.browser, embedUrl(tableParams({ dataset: 'gibt-es-nicht' })));
    const [event] = await page.settled(1);
    expect(event).to.include({ tag: 'odw-table', type: 'odw-error' });
    const role = await page.page.$eval('odw-table', (el) =>
      el.shadowRoot!.querySelector('[part="error"]')?.getAttribute('role'),
    );
    expect(role).to.equal('alert');
  });
});
