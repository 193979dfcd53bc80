// Opens pages in Chromium (puppeteer-core, the test runner's Chromium) and records what an embed test
// asserts on: console messages, uncaught errors, requests, CSP violations and odw events.
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser } from '../../browser-session.mjs';

export interface OdwEventRecord {
  type: 'odw-load' | 'odw-error';
  tag: string;
  /** Position of the element among the page's elements with that tag. */
  index: number;
  /** `odw-error`: error name and message. `odw-load`: the detail. */
  detail: Record<string, unknown>;
}

export interface Visit {
  page: Page;
  console: { type: string; text: string }[];
  errors: string[];
  requests: string[];
  /** odw events fired so far. */
  events(): Promise<OdwEventRecord[]>;
  /** Waits until `count` odw-load/odw-error events have fired on the page. */
  settled(count?: number, timeout?: number): Promise<OdwEventRecord[]>;
  /** Content Security Policy violations the page reported. */
  cspViolations(): Promise<string[]>;
}

export { launchBrowser };
export type { Browser };

/** Loads `url` in a new tab and records what happens. */
export async function visit(browser: Browser, url: string): Promise<Visit> {
  const page = await browser.newPage();
  const record: Visit = {
    page,
    console: [],
    errors: [],
    requests: [],
    events: () => page.evaluate(() => (window as any).__odwEvents as OdwEventRecord[]),
    async settled(count = 1, timeout = 25000) {
      await page.waitForFunction((n) => (window as any).__odwEvents?.length >= n, { timeout }, count);
      return record.events();
    },
    cspViolations: () => page.evaluate(() => (window as any).__cspViolations as string[]),
  };
  page.on('console', (message) => record.console.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => record.errors.push(String(error)));
  page.on('request', (request) => record.requests.push(request.url()));
  await page.evaluateOnNewDocument(() => {
    const events: unknown[] = ((window as any).__odwEvents = []);
    const violations: string[] = ((window as any).__cspViolations = []);
    for (const type of ['odw-load', 'odw-error']) {
      document.addEventListener(
        type,
        (event) => {
          const detail = (event as CustomEvent).detail ?? {};
          const error = detail.error as Error | undefined;
          const target = event.composedPath()[0] as Element;
          events.push({
            type,
            tag: target.localName,
            index: [...document.querySelectorAll(target.localName)].indexOf(target),
            detail: error ? { name: error.name, message: error.message } : { ...detail },
          });
        },
        true,
      );
    }
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  return record;
}

/** The text of the cells of an `<odw-table>`'s body rows. */
export function tableRows(page: Page, selector = 'odw-table'): Promise<string[][]> {
  return page.evaluate(
    (sel) =>
      [...(document.querySelector(sel)?.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
      ),
    selector,
  );
}

/** Origins of the requests a page made. */
export const originsOf = (urls: string[]) => [...new Set(urls.map((u) => new URL(u).origin))].sort();
