// <odw-table> against every fault mode of the demo portal: the error state names the cause and what to do,
// is announced (role="alert") and accessible, and "Erneut versuchen" brings the data once the portal has
// healed. Faults are switched on for the whole portal (PUT /__odw/faults) and healed before the retry, so
// the test does not depend on how often the client retries each kind of failure.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/widgets/src/table/odw-table.js';
import type { OdwTable } from '../../packages/widgets/src/table/table.js';
import { openPortal } from '../../packages/widgets/src/internal/portal-connection.js';
import { cells, errorShown, loaded, root } from '../../packages/widgets/src/table/test-table-helpers.js';
import { portalUrl } from '../helpers/env.js';

const DATASET = 'fussgaenger-steinstrasse-juni-2022';
let unique = 0;

async function setFault(spec: string): Promise<void> {
  const response = await fetch(`${portalUrl()}/__odw/faults`, {
    method: 'PUT',
    body: JSON.stringify({ spec }),
  });
  expect(response.ok, await response.clone().text()).to.be.true;
}

async function heal(): Promise<void> {
  await fetch(`${portalUrl()}/__odw/faults`, { method: 'DELETE' });
}

/**
 * A table on its own portal URL, with `fault` switched on after connecting (a fault prefix with only an id): no connection or cached answer is
 * shared with other tests.
 */
async function table(attributes: Record<string, string> = {}, fault?: string): Promise<OdwTable> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('odw-table');
  el.setAttribute('portal', `${portalUrl()}/__fault/id-table-faults-${Date.now()}-${++unique}`);
  // Connect before the fault: the faults under test hit the dataset and data requests. (How connect()
  // itself reports failures is the client's contract, tested there.)
  await openPortal(el.getAttribute('portal')!);
  if (fault) await setFault(fault);
  el.setAttribute('dataset', DATASET);
  el.setAttribute('page-size', '3');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  container.append(el);
  return el;
}

async function retryAfterHealing(el: OdwTable): Promise<void> {
  await heal();
  const load = loaded(el);
  root(el).querySelector<HTMLButtonElement>('[part="error"] button')!.click();
  await load;
  expect(cells(el)).to.have.length(3);
  expect(root(el).querySelector('[part="error"]')).to.equal(null);
}

const MODES: [spec: string, cause: string][] = [
  ['status-500', 'Das Portal hat einen Serverfehler gemeldet (HTTP 500).'],
  ['status-502', 'Das Portal hat einen Serverfehler gemeldet (HTTP 502).'],
  ['status-503', 'Das Portal hat einen Serverfehler gemeldet (HTTP 503).'],
  ['status-408', 'Das Portal hat nicht rechtzeitig geantwortet.'],
  ['status-429', 'Das Portal bekommt gerade zu viele Anfragen.'],
  ['status-429,retry-after-1', 'Das Portal bekommt gerade zu viele Anfragen.'],
  ['cors-off', 'Das Portal erlaubt dieser Website keinen Zugriff auf seine Daten (CORS).'],
  ['truncated-json', 'Das Portal hat keine lesbaren Daten geliefert.'],
  ['html-200', 'Das Portal hat keine lesbaren Daten geliefert.'],
  [
    'ckan-error-not-found',
    '„fussgaenger-steinstrasse-juni-2022“ (Attribut „dataset“) wurde im Portal nicht gefunden.',
  ],
  ['ckan-error-authorization', 'Das Portal verweigert den Zugriff auf diese Daten.'],
  ['ckan-error-validation', 'Das Portal hat die Anfrage nicht ausgeführt:'],
  ['ckan-error-search-query', 'Das Portal hat die Anfrage nicht ausgeführt:'],
];

describe('<odw-table> when the portal fails', () => {
  afterEach(heal);

  for (const [spec, cause] of MODES) {
    it(`${spec}: explains the cause, offers a retry, and recovers`, async () => {
      const el = await table({}, spec);
      const error = await errorShown(el);
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.querySelector('.cause')!.textContent).to.contain(cause);
      expect(error.querySelector('.action')!.textContent!.trim()).to.not.equal('');
      await expect(el).to.be.accessible();
      await retryAfterHealing(el);
    });
  }

  it('hang: gives up after the client’s timeout, says so, and recovers', async function () {
    this.timeout(60_000);
    const el = await table({}, 'hang');
    await waitUntil(() => root(el).querySelector('[part="error"]'), 'no error', { timeout: 50_000 });
    const error = root(el).querySelector('[part="error"]')!;
    expect(error.querySelector('.cause')!.textContent).to.equal(
      'Das Portal hat nicht rechtzeitig geantwortet.',
    );
    await retryAfterHealing(el);
  });

  it('latency: shows an accessible loading state with the right column count, then the rows', async () => {
    const el = await table(
      { columns: 'Zeitpunkt der Messung, Wochentag, Fußgänger insgesamt' },
      'latency-800',
    );
    await el.updateComplete;
    const skeleton = root(el).querySelector('[part="skeleton"]')!;
    expect(skeleton.querySelector('[role="status"]')!.textContent).to.equal('Daten werden geladen …');
    expect(skeleton.querySelector('tr')!.children).to.have.length(3);
    await expect(el).to.be.accessible();
    await loaded(el);
    expect(cells(el)).to.have.length(3);
  });

  it('keeps the last rows with a notice when a refresh fails, and recovers on retry', async () => {
    const el = await table();
    await loaded(el);
    const before = cells(el);
    await setFault('status-503');
    // What the refresh timer does (attribute refresh="30" would wait 30 s).
    (el as unknown as { reload(): void }).reload();
    const notice = await errorShown(el);
    expect(notice.textContent).to.contain(
      'Die Aktualisierung ist fehlgeschlagen. Angezeigt wird der Stand von',
    );
    expect(cells(el)).to.deep.equal(before);
    await expect(el).to.be.accessible();
    await heal();
    const load = loaded(el);
    notice.querySelector('button')!.click();
    await load;
    expect(root(el).querySelector('[part="error"]')).to.equal(null);
  });

  it('sql-off: filters the portal cannot apply are computed from the rows it sends, with the same result', async () => {
    const el = await table({ filter: 'Fußgänger insgesamt >= 1500', sort: '-Fußgänger insgesamt' });
    await loaded(el);
    const withSql = cells(el);
    const total = root(el).querySelector('.page-range')!.textContent;
    const other = await table(
      { filter: 'Fußgänger insgesamt >= 1500', sort: '-Fußgänger insgesamt' },
      'sql-off',
    );
    await loaded(other);
    expect(cells(other)).to.deep.equal(withSql);
    expect(root(other).querySelector('.page-range')!.textContent).to.equal(total);
  });

  it('dkan: reads a DKAN-style portal', async () => {
    const el = await table({}, 'dkan');
    await loaded(el);
    expect(cells(el)).to.have.length(3);
  });
});
