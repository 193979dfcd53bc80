// The script-tag path end to end in Chromium: dist/cdn on one origin, the host page on a second, the demo
// portal on a third; what an editor pastes and nothing else on the page.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import type { Page } from 'puppeteer-core';
import { originsOf, tableRows, visit } from './embed-support/browser.js';
import { ELEMENTS } from './embed-support/cdn-build.js';
import { elementTag, hostPage } from './embed-support/stage.js';
import { cdnFixture } from './embed-support/fixtures.js';

/** Whether the tripwire of a changed file fired, and whether <odw-table> got defined, once the page is quiet. */
async function afterLoading(page: Page): Promise<{ tampered: boolean; defined: boolean }> {
  await page.waitForNetworkIdle({ idleTime: 300 });
  return page.evaluate(() => ({
    tampered: (window as any).__odwTampered === true,
    defined: Boolean(customElements.get('odw-table')),
  }));
}

/** Prepends a tripwire to a file, so a test can prove the changed file never ran. */
const tamper = (dir: string, file: string) => {
  const path = join(dir, file);
  writeFileSync(path, `window.__odwTampered = true;${readFileSync(path, 'utf8')}`);
};

describe('script tag embed (bundle, page and portal on three origins)', function () {
  const env = cdnFixture();
  let odw: { src: string; integrity: string };
  before(() => {
    const entry = env.build.manifest.entries.odw;
    odw = { src: env.stage.cdn + entry.file, integrity: entry.integrity };
  });

  const moduleTag = (src = odw.src, integrity = odw.integrity) =>
    `<script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>`;
  const exampleOf = (element: (typeof ELEMENTS)[number]) =>
    elementTag(element.tag, { portal: env.stage.portalUrl, ...element.example });
  const table = ELEMENTS.find((e) => e.tag === 'odw-table')!;

  it('renders one element of each kind on a blank page that has only the script tag', async () => {
    const url = env.stage.page('blank.html', hostPage(ELEMENTS.map(exampleOf).join('\n'), moduleTag()));
    const page = await visit(env.browser, url);

    const events = await page.settled(ELEMENTS.length);
    expect(events.map((e) => [e.tag, e.type]).sort()).to.deep.equal(
      ELEMENTS.map((e) => [e.tag, 'odw-load']).sort(),
    );
    expect(await tableRows(page.page)).to.have.length(5);
    expect(originsOf(page.requests)).to.deep.equal(
      originsOf([url, env.stage.cdn, env.stage.portalUrl]),
      'only the page, the CDN folder and the portal are contacted',
    );
    expect(page.errors).to.deep.equal([]);
    expect(page.console.filter((m) => m.type === 'error' || m.type === 'warn')).to.deep.equal([]);
  });

  it('loads no element code on a page without elements, and upgrades an element a script adds later', async () => {
    const url = env.stage.page('later.html', hostPage('<div id="cms-slot"></div>', moduleTag()));
    const page = await visit(env.browser, url);
    await page.page.waitForFunction(() => Symbol.for('odw.autoloader') in window);
    expect(page.requests.filter((r) => r.includes('/chunks/'))).to.deep.equal([]);

    await page.page.evaluate(
      (portal, example) => {
        const element = document.createElement('odw-table');
        element.setAttribute('portal', portal);
        for (const [name, value] of Object.entries(example)) element.setAttribute(name, value);
        const wrapper = document.createElement('section');
        wrapper.append(element);
        document.getElementById('cms-slot')!.append(wrapper);
      },
      env.stage.portalUrl,
      table.example,
    );
    const [event] = await page.settled(1);
    expect(event).to.include({ tag: 'odw-table', type: 'odw-load' });
    expect(await tableRows(page.page)).to.have.length(5);
  });

  it('runs once when the same script tag is pasted twice', async () => {
    const url = env.stage.page('twice-same.html', hostPage(exampleOf(table), moduleTag() + moduleTag()));
    const page = await visit(env.browser, url);
    await page.settled(1);
    expect(await tableRows(page.page)).to.have.length(5);
    expect(page.console.filter((m) => m.type === 'warn' || m.type === 'error')).to.deep.equal([]);
  });

  it('warns, naming both URLs, when odw.js and odw-<version>.js are both included, and still works', async () => {
    const alias = env.stage.cdn + env.build.manifest.entries.odw.alias;
    const url = env.stage.page(
      'twice-alias.html',
      hostPage(exampleOf(table), moduleTag() + `<script type="module" src="${alias}"></script>`),
    );
    const page = await visit(env.browser, url);
    const events = await page.settled(1);
    await new Promise((r) => setTimeout(r, 200)); // a second element definition would fire more events
    expect(await page.events()).to.deep.equal(events);
    const warnings = page.console.filter((m) => m.type === 'warn').map((m) => m.text);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(`is included twice on this page (${odw.src} and ${alias})`);
    expect(page.errors).to.deep.equal([]);
    expect(await tableRows(page.page)).to.have.length(5);
  });

  it('keeps the first of two versions on one page and names both in a warning', async () => {
    const version = env.build.manifest.version;
    const older = await env.stage.cdnCopy((dir) => {
      const file = join(dir, env.build.manifest.entries.odw.file);
      const code = readFileSync(file, 'utf8');
      expect(code).to.include(`"${version}"`);
      writeFileSync(file, code.replaceAll(`"${version}"`, '"0.0.9"'));
    });
    const olderSrc = older + env.build.manifest.entries.odw.file;
    const url = env.stage.page(
      'two-versions.html',
      hostPage(exampleOf(table), `<script type="module" src="${olderSrc}"></script>` + moduleTag()),
    );
    const page = await visit(env.browser, url);
    await page.settled(1);
    const warnings = page.console.filter((m) => m.type === 'warn').map((m) => m.text);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(
      `two versions of odw are on this page: 0.0.9 (${olderSrc}) and ${version}`,
    );
    const chunkRequests = page.requests.filter((r) => r.includes('/chunks/'));
    expect(chunkRequests.length).to.be.greaterThan(0);
    expect(
      chunkRequests.every((r) => r.startsWith(older)),
      'the first version loads the element',
    ).to.be.true;
    expect(page.errors).to.deep.equal([]);
    expect(await tableRows(page.page)).to.have.length(5);
  });

  for (const withIntegrity of [false, true]) {
    it(`works through the classic-script loader (<script defer>${withIntegrity ? ' with integrity' : ''})`, async () => {
      const loader = env.build.manifest.entries['odw-loader'];
      const attributes = withIntegrity ? ` integrity="${loader.integrity}" crossorigin="anonymous"` : '';
      const url = env.stage.page(
        `classic-${withIntegrity}.html`,
        hostPage(
          exampleOf(table),
          `<script src="${env.stage.cdn + loader.file}"${attributes} defer></script>`,
        ),
      );
      const page = await visit(env.browser, url);
      const [event] = await page.settled(1);
      expect(event.type).to.equal('odw-load');
      expect(await tableRows(page.page)).to.have.length(5);
      expect(page.errors).to.deep.equal([]);
    });
  }

  it('does not run a changed odw.js whose integrity does not match', async () => {
    const changed = await env.stage.cdnCopy((dir) => tamper(dir, env.build.manifest.entries.odw.file));
    const url = env.stage.page(
      'sri-odw.html',
      hostPage(exampleOf(table), moduleTag(changed + env.build.manifest.entries.odw.file)),
    );
    const page = await visit(env.browser, url);
    expect(await afterLoading(page.page)).to.deep.equal({ tampered: false, defined: false });
    expect(page.console.some((m) => m.text.includes("Failed to find a valid digest in the 'integrity'"))).to
      .be.true;
  });

  it('does not run a changed element chunk, and the element reports the failure', async () => {
    const chunk = env.build.manifest.entries[table.widget].file;
    const changed = await env.stage.cdnCopy((dir) => tamper(dir, chunk));
    // odw.js itself is intact; the chunk's hash is built into it.
    const url = env.stage.page(
      'sri-chunk.html',
      hostPage(exampleOf(table), moduleTag(changed + env.build.manifest.entries.odw.file)),
    );
    const page = await visit(env.browser, url);
    const [event] = await page.settled(1);
    expect(event).to.deep.include({ tag: 'odw-table', type: 'odw-error' });
    expect(event.detail.name).to.equal('LoadError');
    expect(event.detail.message).to.include(changed + chunk);
    const tampered = await page.page.evaluate(() => (window as any).__odwTampered === true);
    expect(tampered).to.equal(false);
  });

  it('does not run a changed chunk that an element loads lazily later', async () => {
    const entry = env.build.manifest.entries[table.widget];
    const lazy = Object.keys(env.build.manifest.files).filter(
      (file) => file.startsWith('chunks/') && file.endsWith('.js') && !entry.loads.includes(file),
    );
    expect(lazy.length, 'the element has lazy chunks').to.be.greaterThan(0);
    const changed = await env.stage.cdnCopy((dir) => lazy.forEach((file) => tamper(dir, file)));
    // An unknown dataset: the table loads its error explanations lazily.
    const url = env.stage.page(
      'sri-lazy.html',
      hostPage(
        elementTag('odw-table', { portal: env.stage.portalUrl, dataset: 'gibt-es-nicht' }),
        moduleTag(changed + env.build.manifest.entries.odw.file),
      ),
    );
    const page = await visit(env.browser, url);
    const [event] = await page.settled(1);
    expect(event.type).to.equal('odw-error');
    await page.page.waitForNetworkIdle({ idleTime: 300 });
    expect(page.requests.some((r) => lazy.some((file) => r === changed + file))).to.equal(
      true,
      'a lazy chunk was requested',
    );
    expect(await page.page.evaluate(() => (window as any).__odwTampered === true)).to.equal(false);
    const message = await page.page.$eval(
      'odw-table',
      (el) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent,
    );
    expect(message, 'the table still shows its error').to.be.a('string').and.not.equal('');
  });

  it('does not run a changed odw.js behind the classic loader (the loader carries its hash)', async () => {
    const changed = await env.stage.cdnCopy((dir) => tamper(dir, env.build.manifest.entries.odw.file));
    const url = env.stage.page(
      'sri-classic.html',
      hostPage(
        exampleOf(table),
        `<script src="${changed + env.build.manifest.entries['odw-loader'].file}" defer></script>`,
      ),
    );
    const page = await visit(env.browser, url);
    expect(await afterLoading(page.page)).to.deep.equal({ tampered: false, defined: false });
  });
});
