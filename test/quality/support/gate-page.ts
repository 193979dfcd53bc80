/**
 * One Chromium tab on the gate page, with the probe installed and the network watched. Whatever a gate
 * tests, every page is also held to the promises that hold everywhere (see {@link GatePage.ambientProblems}):
 * no request to a third party, no CSP violation on the strict page, no executed payload, no uncaught
 * error or unhandled rejection, no console error without an `odw-error` event.
 */
import type { CDPSession, ElementHandle, Page } from 'puppeteer-core';
import { figures } from './figures.js';
import { installProbe, type QualityProbe } from './probe.js';
import type { Stage } from './stage.js';

/** Where a page is and what it is for (for messages and the report). */
export interface PageLabel {
  gate: string;
  element: string;
  state: string;
}

export interface GatePageOptions {
  /** `strict`: the gate page with the strict CSP; `open`: without; or any other URL (`demo`). */
  flavor: 'strict' | 'open' | 'demo';
  url?: string;
  width?: number;
  height?: number;
  /** Origins a page may contact besides its own and the portal (e.g. a tile server after consent). */
  alsoAllowed?: string[];
}

/** What the probe recorded, read back in one go. */
export type ProbeRecord = Pick<
  QualityProbe,
  'events' | 'csp' | 'policies' | 'pwned' | 'consoleErrors' | 'uncaught' | 'fetches'
>;

// esbuild (through tsx) wraps named inner functions in `__name(…)`; the page has no such helper.
const PROBE_SOURCE = `(() => { const __name = (f) => f; (${installProbe.toString()})(); })();`;

export class GatePage {
  /** URLs of every request the tab made (frames and workers). */
  readonly requests: string[] = [];
  /** Errors Chromium reports as uncaught in the page. */
  readonly pageErrors: string[] = [];
  private closed = false;

  private constructor(
    readonly page: Page,
    readonly cdp: CDPSession,
    readonly stage: Stage,
    readonly label: PageLabel,
    readonly options: GatePageOptions,
    readonly origin: string,
  ) {}

  /** Opens a tab on the gate page (or `options.url`) with the probe installed. */
  static async open(stage: Stage, label: PageLabel, options: GatePageOptions): Promise<GatePage> {
    // A window of its own: gates run pages side by side, and a background tab gets no animation frames.
    const page = await stage.browser.newPage({ type: 'window' });
    await page.setViewport({ width: options.width ?? 1024, height: options.height ?? 768 });
    const cdp = await page.createCDPSession();
    const url = options.url ?? (options.flavor === 'strict' ? stage.strict.gatePage : stage.open.gatePage);
    const gate = new GatePage(page, cdp, stage, label, options, new URL(url).origin);
    page.on('request', (request) => gate.requests.push(request.url()));
    page.on('pageerror', (error) => gate.pageErrors.push(String(error)));
    await page.evaluateOnNewDocument(PROBE_SOURCE);
    await page.goto(url, { waitUntil: 'load' });
    return gate;
  }

  /** Adds an element with these attributes to the page's stage. */
  async mount(tag: string, attributes: Record<string, string>, id = 'subject'): Promise<void> {
    await this.page.evaluate((t, a, i) => window.__odwQuality.mount(t, a, i), tag, attributes, id);
  }

  async remove(id = 'subject'): Promise<void> {
    await this.page.evaluate((i) => window.__odwQuality.remove(i), id);
  }

  /** The probe's records. */
  record(): Promise<ProbeRecord> {
    return this.page.evaluate(() => {
      const q = window.__odwQuality;
      return {
        events: q.events,
        csp: q.csp,
        policies: q.policies,
        pwned: q.pwned,
        consoleErrors: q.consoleErrors,
        uncaught: q.uncaught,
        fetches: q.fetches,
      };
    });
  }

  /** Number of odw events of `types` fired by element `id`. */
  async eventCount(id: string, types: string[]): Promise<number> {
    return this.page.evaluate(
      (i, t) => window.__odwQuality.events.filter((e) => e.id === i && t.includes(e.type)).length,
      id,
      types,
    );
  }

  /**
   * Waits until element `id` fired more than `after` events of `types` (`odw-load`, `odw-error`); returns
   * the last one.
   */
  async waitForEvent(id: string, types: string[], timeout: number, after = 0) {
    await this.page.waitForFunction(
      (i, t, n) => window.__odwQuality.events.filter((e) => e.id === i && t.includes(e.type)).length > n,
      { timeout, polling: 50 },
      id,
      types,
      after,
    );
    const events = await this.page.evaluate(
      (i, t) => window.__odwQuality.events.filter((e) => e.id === i && t.includes(e.type)),
      id,
      types,
    );
    return events[events.length - 1];
  }

  /** Waits until `selector` matches inside element `id` (through its shadow roots). */
  async waitFor(id: string, selector: string, timeout = 10000): Promise<void> {
    await this.page.waitForFunction(
      (i, s) => window.__odwQuality.query(i, s) !== null,
      { timeout, polling: 50 },
      id,
      selector,
    );
  }

  /** Waits until nothing inside element `id` matches `selector`. */
  async waitForGone(id: string, selector: string, timeout = 10000): Promise<void> {
    await this.page.waitForFunction(
      (i, s) => window.__odwQuality.query(i, s) === null,
      { timeout, polling: 50 },
      id,
      selector,
    );
  }

  async has(id: string, selector: string): Promise<boolean> {
    return this.page.evaluate((i, s) => window.__odwQuality.query(i, s) !== null, id, selector);
  }

  /** The first element inside element `id` matching `selector`; throws when there is none. */
  async handle(id: string, selector: string): Promise<ElementHandle<Element>> {
    const handle = await this.page.evaluateHandle((i, s) => window.__odwQuality.query(i, s), id, selector);
    const element = handle.asElement() as ElementHandle<Element> | null;
    if (!element) throw new Error(`${this.label.element}: nothing matches ${selector}`);
    return element;
  }

  /** Clicks like a reader: scrolls it into view and clicks its middle. */
  async click(id: string, selector: string): Promise<void> {
    await (await this.handle(id, selector)).click();
  }

  /** The visible text inside element `id` matching `selector`. */
  async text(id: string, selector: string): Promise<string> {
    return this.page.evaluate(
      (i, s) => {
        const found = window.__odwQuality.query(i, s);
        return found ? window.__odwQuality.textOf(found) : '';
      },
      id,
      selector,
    );
  }

  /** Waits until element `id` and its odw children finished rendering. */
  async settled(id = 'subject'): Promise<void> {
    await this.page.evaluate((i) => window.__odwQuality.settled(i), id);
  }

  /** Emulates Windows high-contrast mode (`forced-colors: active`; puppeteer's helper does not know it). */
  async forcedColors(): Promise<void> {
    await this.cdp.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
  }

  async resize(width: number, height = 800): Promise<void> {
    await this.page.setViewport({ width, height });
  }

  /** Origins the page may contact: its own, the portal's, and the ones the state allows. */
  get allowedOrigins(): string[] {
    return [this.origin, this.stage.portalOrigin, ...(this.options.alsoAllowed ?? [])];
  }

  /** Requests to any other origin (data: and blob: URLs are not requests to anyone). */
  thirdPartyRequests(): string[] {
    return this.requests.filter((url) => {
      if (url.startsWith('data:') || url.startsWith('blob:')) return false;
      return !this.allowedOrigins.includes(new URL(url).origin);
    });
  }

  /** Cookies the browser holds, for any site. */
  async cookies(): Promise<number> {
    const { cookies } = await this.cdp.send('Network.getAllCookies');
    return cookies.length;
  }

  /** Entries in localStorage, sessionStorage, IndexedDB and Cache Storage of the page and its frames. */
  async storageEntries(): Promise<number> {
    let entries = 0;
    for (const frame of this.page.frames()) {
      const used = await frame
        .evaluate(async () => {
          const databases = indexedDB.databases ? await indexedDB.databases() : [];
          const names = 'caches' in window ? await caches.keys() : [];
          return (
            localStorage.length +
            sessionStorage.length +
            databases.length +
            names.length +
            (document.cookie ? 1 : 0)
          );
        })
        .catch(() => 0);
      entries += used;
    }
    return entries;
  }

  /**
   * What broke a promise that holds on every page: third-party requests, CSP violations (strict page),
   * executed payloads, uncaught errors and unhandled rejections, console errors without an `odw-error`.
   */
  async ambientProblems(): Promise<string[]> {
    const record = await this.record();
    const problems = [
      ...this.thirdPartyRequests().map((url) => `request to a third party: ${url}`),
      ...record.csp.map((v) => `CSP violation: ${v.directive} ${v.blocked} (${v.sample || v.source})`),
      ...record.pwned.map((call) => `payload executed: ${call}`),
      ...record.uncaught,
      ...this.pageErrors.map((e) => `page error: ${e}`),
    ];
    const odwErrors = record.events.filter((e) => e.type === 'odw-error').length;
    if (record.consoleErrors.length && !odwErrors) {
      problems.push(...record.consoleErrors.map((e) => `console error without odw-error: ${e}`));
    }
    return problems;
  }

  /** Records the page's figures for the report and closes the tab. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const record = await this.record().catch(() => undefined);
    figures.pages.push({
      ...this.label,
      flavor: this.options.flavor,
      requests: this.requests.length,
      thirdParty: this.thirdPartyRequests(),
      cspViolations: (record?.csp ?? []).map((v) => `${v.directive} ${v.blocked}`),
      policies: record?.policies ?? [],
      executions: record?.pwned ?? [],
      cookies: await this.cookies().catch(() => 0),
      storage: await this.storageEntries().catch(() => 0),
    });
    await this.page.close();
  }
}
