// The builder (demo/builder.html) in Chromium against the demo portal: accessible in both languages and at
// 320 px, restores a shared link, and its copied snippet renders on a blank page exactly like its preview.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import type { Page } from 'puppeteer-core';
import { ATTRIBUTE_LABELS, GERMAN_HELP } from '../../demo/builder/attribute-texts.js';
import { axeViolations } from './embed-support/axe.js';
import { visit } from './embed-support/browser.js';
import {
  allowClipboard,
  expectPastedLikePreview,
  previewRows,
  snippet,
} from './embed-support/builder-page.js';
import { demoSiteFixture } from './embed-support/fixtures.js';

const DATASET = 'fussgaenger-steinstrasse-juni-2022';
// Four of the 14 columns keep the preview shorter than its frame (longer tables scroll inside it).
const COLUMNS = `o.columns=${encodeURIComponent('Zeitpunkt der Messung, Wochentag, Fußgänger insgesamt, Wetterlage')}`;

/** The steps as the page shows them: each section's heading, and the id its `aria-labelledby` names. */
function steps(page: Page) {
  return page.$$eval('section.step', (sections) =>
    sections.map((section) => {
      const id = section.getAttribute('aria-labelledby')!;
      const heading = section.querySelector('h2')!;
      return {
        id,
        headingId: heading.id,
        heading: heading.textContent!.trim(),
        named: document.getElementById(id)?.textContent?.trim(),
      };
    }),
  );
}

/** What step 5 shows for each option: attribute name, label, help text, and the language the help is read in. */
function options(page: Page) {
  return page.$$eval('#step5 ~ .option', (blocks) =>
    blocks.map((block) => {
      const label = block.querySelector('label, legend')!;
      // The help is the first part of the hint the control is described by (the default may follow).
      const doc = block.querySelector('[id$="-doc"]')!;
      const help = doc.querySelector(':scope > span') ?? doc;
      return {
        name: label.querySelector('code')!.textContent!,
        label: label.textContent!.replace(label.querySelector('code')!.textContent!, '').trim(),
        help: help.textContent!.trim(),
        helpLang: help.closest('[lang]')!.getAttribute('lang'),
        marked: block.querySelectorAll('.hint [lang]').length,
      };
    }),
  );
}

/** A help text as it reads on the page: the backticks of examples become code formatting. */
const shown = (text: string) => text.replaceAll('`', '');

describe('builder (demo/builder.html)', function () {
  const env = demoSiteFixture();

  const builderUrl = (hash = '') => `${env.site.url}/builder.html${hash ? `#${hash}` : ''}`;

  it('restores the choices of a shared link: preview and snippets show that dataset', async () => {
    const { page } = await visit(env.browser, builderUrl(`dataset=${DATASET}&o.page-size=4`));
    expect(await previewRows(page, 4)).to.have.length(4);
    await page.waitForSelector('#code-script');
    const script = await snippet(page, 'script');
    expect(script).to.include(`<odw-table portal="${env.site.portalUrl}" dataset="${DATASET}" resource="`);
    expect(script).to.include('page-size="4"');
    expect(await snippet(page, 'iframe')).to.include(
      `${env.site.url}/cdn/embed.html?widget=table&amp;portal=`,
    );
    expect(await snippet(page, 'npm')).to.include(`table.setAttribute('page-size', '4');`);
    expect(await page.$eval('#portal-url', (el) => (el as HTMLInputElement).value)).to.equal(
      env.site.portalUrl,
    );
  });

  it('numbers its steps 1 to 7 without a gap, before and after a dataset is chosen, in both languages', async () => {
    const { page } = await visit(env.browser, builderUrl());
    await page.waitForFunction(() =>
      document.querySelector('#step1 ~ [role="status"]')?.textContent?.includes('Verbunden'),
    );
    const expectConsecutive = async (names: string[]) => {
      const shownSteps = await steps(page);
      expect(shownSteps.map((s) => s.heading)).to.deep.equal(names.map((name, i) => `${i + 1}. ${name}`));
      for (const [i, step] of shownSteps.entries()) {
        expect([step.id, step.headingId, step.named]).to.deep.equal([
          `step${i + 1}`,
          `step${i + 1}`,
          step.heading,
        ]);
      }
    };
    const german = [
      'Portal',
      'Datensatz',
      'Ressource',
      'Ansicht',
      'Einstellungen',
      'Vorschau',
      'Code zum Einfügen',
    ];
    await expectConsecutive(german);
    expect(await page.$eval('#step3 + *', (el) => el.textContent!.trim())).to.equal(
      'Wählen Sie zuerst einen Datensatz.',
    );

    await page.type('#dataset-name', DATASET);
    await page.click('.by-name button');
    await page.waitForSelector('#step3 ~ fieldset input[name="resource"]:checked');
    await expectConsecutive(german);

    await page.click('.lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expectConsecutive([
      'Portal',
      'Dataset',
      'Resource',
      'View',
      'Settings',
      'Preview',
      'Code to paste',
    ]);
    const fresh = (await visit(env.browser, builderUrl('ui=en'))).page;
    await fresh.waitForSelector('#step3');
    expect(await fresh.$eval('#step3 + *', (el) => el.textContent!.trim())).to.equal(
      'First choose a dataset.',
    );
  });

  it('explains every option of the table in German in the German UI, and with its JSDoc in the English UI', async () => {
    const { page } = await visit(env.browser, builderUrl());
    await page.waitForSelector('#opt-page-size');
    const table = GERMAN_HELP['odw-table'];

    const german = await options(page);
    expect(german.map((o) => o.name)).to.deep.equal([...Object.keys(table), 'lang']);
    for (const option of german) {
      expect(option.helpLang, `${option.name}: help read as German`).to.equal('de');
      expect(option.marked, `${option.name}: nothing marked as English`).to.equal(0);
      expect(option.label, `${option.name}: German label`).to.not.equal('');
      if (option.name === 'lang') continue; // the builder's own control; its texts are in i18n.ts
      expect(option.label).to.equal(ATTRIBUTE_LABELS[option.name].de);
      expect(option.help).to.equal(shown(table[option.name].de));
    }
    // What an editor reads, in a few words.
    const byName = new Map(german.map((o) => [o.name, o]));
    expect(byName.get('src')!.label).to.equal('Datei statt Portal');
    expect(byName.get('src')!.help).to.match(/^Adresse einer CSV-, JSON- oder GeoJSON-Datei/);
    expect(byName.get('columns')!.help).to.include('Straße, Bezirk:Abfuhrbezirk');
    expect(byName.get('filter')!.help).to.include('Bezirk = 4; Jahr >= 2020');
    expect(byName.get('paging')!.label).to.equal('Blättern oder Scrollen');
    expect(byName.get('lang')!.label).to.equal('Sprache der Ansicht');
    expect(byName.get('lang')!.help).to.match(/^Sprache der Knöpfe und Meldungen/);
    expect(
      await page.$eval('#opt-page-size-doc', (p) => p.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.equal(
      'Wie viele Zeilen die Tabelle auf einer Seite zeigt (1 bis 1000). Leserinnen und Leser können das selbst umstellen. Standard: 20',
    );

    await page.click('.lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const english = await options(page);
    expect(english.map((o) => o.name)).to.deep.equal([...Object.keys(table), 'lang']);
    for (const option of english) {
      expect([option.helpLang, option.marked], option.name).to.deep.equal(['en', 0]);
      if (option.name === 'lang') continue;
      expect(option.label).to.equal(ATTRIBUTE_LABELS[option.name].en);
      // `jsdoc` is the manifest's text (embed-builder-logic.test.ts checks that).
      expect(option.help).to.equal(shown(table[option.name].jsdoc));
    }
    expect(english.find((o) => o.name === 'src')!.help).to.equal(
      'Address of a CSV or JSON file to show instead of a portal resource.',
    );
  });

  for (const width of [1280, 320]) {
    it(`passes axe (WCAG 2.1 AA) in German and English at ${width} px, without sideways scrolling`, async () => {
      const { page } = await visit(env.browser, builderUrl(`dataset=${DATASET}&o.page-size=3&${COLUMNS}`));
      await page.setViewport({ width, height: 900 });
      // At 320 px the table may show cards instead of rows; the builder's status says when data is shown.
      await page.waitForFunction(() =>
        document.querySelector('#step6 ~ [role="status"]')?.textContent?.includes('720'),
      );
      await page.waitForSelector('#code-script');
      expect(await axeViolations(page)).to.deep.equal([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).to.be.at.most(width);

      await page.click('.lang-switch');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(await page.$eval('h1', (h) => h.textContent)).to.equal('Builder: a data view for your website');
      expect(page.url()).to.include('ui=en');
      expect(await axeViolations(page)).to.deep.equal([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).to.be.at.most(width);
    });
  }

  it('copies a script snippet that renders on a blank page the same data and pixels as the preview', async () => {
    await allowClipboard(env.browser, env.site.url);
    const { page } = await visit(env.browser, builderUrl(`dataset=${DATASET}&${COLUMNS}`));
    await page.waitForSelector('#opt-page-size');
    // An editor sets an option: type, leave the field.
    await page.type('#opt-page-size', '3');
    await page.keyboard.press('Tab');
    const previewed = await previewRows(page, 3);
    await page.click('#copy-script');
    await page.waitForFunction(() => document.querySelector('#copy-script + [role="status"]')?.textContent);
    const pasted = await page.evaluate(() => navigator.clipboard.readText());
    expect(pasted).to.equal(await snippet(page, 'script'));
    await expectPastedLikePreview(env.browser, env.pages, page, pasted, previewed);
  });

  describe('with a portal that does not allow CORS', () => {
    let noCors: Server;
    let noCorsUrl: string;
    before(async () => {
      // Answers like CKAN, without Access-Control-Allow-Origin (CKAN's default).
      noCors = createServer((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(
          JSON.stringify({ success: true, result: { site_title: 'Ohne CORS', ckan_version: '2.9.5' } }),
        );
      });
      await new Promise<void>((resolve) => noCors.listen(0, '127.0.0.1', resolve));
      noCorsUrl = `http://127.0.0.1:${(noCors.address() as AddressInfo).port}`;
    });
    after(() => noCors.close());

    it('explains CORS, hides the preview and still gives the iframe snippet for a typed dataset name', async () => {
      const { page } = await visit(env.browser, builderUrl());
      await page.waitForSelector('#portal-url');
      await page.$eval('#portal-url', (el) => ((el as HTMLInputElement).value = ''));
      await page.type('#portal-url', noCorsUrl);
      await page.click('#step1 ~ form button[type="submit"]');
      await page.waitForFunction(() =>
        document.querySelector('#step1 ~ [role="status"]')?.textContent?.includes('CORS'),
      );
      await page.type('#dataset-name', 'haushalt-2024');
      await page.click('.by-name button');
      await page.waitForSelector('#code-iframe');
      const warning = await page.$eval('[data-warning="cors"]', (li) => li.textContent!);
      expect(warning).to.include(`${noCorsUrl} erlaubt keinen Zugriff von anderen Websites`);
      expect(await page.$eval('#preview-frame', (f) => (f as HTMLIFrameElement).hidden)).to.be.true;
      expect(await snippet(page, 'iframe')).to.include('dataset=haushalt-2024');
    });
  });
});
