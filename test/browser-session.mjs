// Shared puppeteer-core setup for screenshots, benchmarks and end-to-end scripts: the same Chromium and
// flags as the test runner, plus a probe that records which odw elements have settled.
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureChromium } from './chromium.mjs';

/** Elements that hold settings only and never load data themselves. */
const NON_DATA_ELEMENTS = ['odw-portal'];

export async function launchBrowser() {
  return puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: CHROME_ARGS });
}

/** Installs, before any page script runs, a record of odw elements that fired odw-load or odw-error. */
export async function trackSettledElements(page) {
  await page.evaluateOnNewDocument(() => {
    const settled = new WeakSet();
    window.__odwSettled = settled;
    for (const type of ['odw-load', 'odw-error']) {
      document.addEventListener(type, (event) => settled.add(event.composedPath()[0]), true);
    }
  });
}

/** Waits until every odw-* data element on the page (also inside shadow roots of odw elements) settled. */
export async function waitForSettled(page, timeout = 30000) {
  await page.waitForFunction(
    (skip) => {
      const all = [];
      const collect = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName.startsWith('odw-') && !skip.includes(el.localName)) all.push(el);
          if (el.shadowRoot) collect(el.shadowRoot);
        }
      };
      collect(document);
      return all.every((el) => window.__odwSettled.has(el));
    },
    { timeout, polling: 100 },
    NON_DATA_ELEMENTS,
  );
}
