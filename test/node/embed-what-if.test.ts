// The "what if" page (demo/was-waere-wenn.html) against the demo portal's fault modes: every case ends in
// the state the page describes, and none leaves an empty box.
import { expect } from 'chai';
import { visit, type OdwEventRecord } from './embed-support/browser.js';
import { demoSiteFixture } from './embed-support/fixtures.js';

/** Section id → the event its table ends with, and for errors the client error class. */
const CASES: Record<string, { type: OdwEventRecord['type']; error?: string }> = {
  slow: { type: 'odw-load' },
  flaky: { type: 'odw-load' },
  down: { type: 'odw-error', error: 'HttpError' },
  busy: { type: 'odw-error' },
  hang: { type: 'odw-error', error: 'TimeoutError' },
  cors: { type: 'odw-error', error: 'CorsError' },
  truncated: { type: 'odw-error' },
  html200: { type: 'odw-error' },
  notfound: { type: 'odw-error', error: 'PortalError' },
  auth: { type: 'odw-error', error: 'PortalError' },
};

describe('"what if" page (fault modes)', function () {
  const env = demoSiteFixture();

  it('shows in every case what the page says: data, or a message naming the cause', async function () {
    // The "no answer" case waits for odw's deadline (30 s at most).
    this.timeout(60000);
    const { page, errors } = await visit(env.browser, `${env.site.url}/was-waere-wenn.html`);
    await page.waitForFunction(
      (n) => document.querySelectorAll('odw-table').length === n && (window as any).__odwEvents.length >= n,
      { timeout: 50000, polling: 250 },
      Object.keys(CASES).length,
    );
    const outcomes = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('section.case')].map((section) => {
          const table = section.querySelector('odw-table')!;
          const error = table.shadowRoot!.querySelector('[role="alert"]');
          const rows = table.shadowRoot!.querySelectorAll('tbody tr').length;
          return [
            section.getAttribute('aria-labelledby'),
            { message: error?.textContent?.trim() ?? '', rows },
          ];
        }),
      ),
    );
    const events = await page.evaluate(() => (window as any).__odwEvents as OdwEventRecord[]);
    expect(Object.keys(outcomes).sort()).to.deep.equal(Object.keys(CASES).sort());
    for (const [id, expected] of Object.entries(CASES)) {
      const outcome = outcomes[id];
      if (expected.type === 'odw-load') {
        expect(outcome.rows, `${id}: rows`).to.be.greaterThan(0);
        expect(outcome.message, `${id}: no error`).to.equal('');
      } else {
        expect(outcome.message, `${id}: a visible message`).to.not.equal('');
      }
    }
    // Sections and tables are in the same order; each table's last event is its state.
    const sectionIds = Object.keys(outcomes);
    for (const [index, id] of sectionIds.entries()) {
      const last = events.filter((e) => e.index === index).at(-1);
      expect(last?.type, `${id}: event`).to.equal(CASES[id].type);
      if (CASES[id].error) expect(last?.detail.name, `${id}: error class`).to.equal(CASES[id].error);
    }
    expect(errors).to.deep.equal([]);
  });
});
