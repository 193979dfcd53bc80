import { expect } from 'chai';
import { demoPortalUrl } from '../test/demo-portal.js';
import { connect } from './connect.js';
import { CorsError, HttpError, NetworkError, PortalError, TimeoutError } from './errors.js';
import { createHttpState } from './http/shared-state.js';
import type { ClientOptions } from './portal/client-options.js';
import type { Portal } from './portal/portal.js';

/**
 * Every fault mode of the demo portal, through the real HTTP stack (Node's fetch or Chromium's), with the
 * client's defaults except shorter waits. Specs carry a unique `id-` so `times-<n>` counters and the
 * request log belong to one test.
 */
const DATASET = 'fussgaenger-steinstrasse-juni-2022';
const RESOURCE = '6c3f1b52-8d3e-4c49-9a51-2f0a4f3b7d11';
const inBrowser = typeof (globalThis as { document?: unknown }).document !== 'undefined';

let counter = 0;
const id = (name: string) => `id-${name}-${Date.now().toString(36)}-${++counter}`;

/** A connection whose every request carries the fault spec (path prefix). */
async function faulty(spec: string, options: ClientOptions = {}): Promise<Portal> {
  return connect(`${await demoPortalUrl()}/__fault/${spec}`, {
    type: 'ckan',
    httpState: createHttpState(),
    retry: { baseDelay: 20 },
    ...options,
  });
}

/** The requests the demo portal logged for a spec id. */
async function logged(
  specId: string,
): Promise<{ url: string; cookies: boolean; status?: number; faults: string[] }[]> {
  const response = await fetch(`${await demoPortalUrl()}/__odw/log`, { credentials: 'omit' });
  const entries = (await response.json()) as {
    url: string;
    cookies: boolean;
    status?: number;
    faults: string[];
  }[];
  return entries.filter((e) => e.url.includes(specId));
}

describe('@odw/client against the demo portal’s fault modes', function () {
  this.timeout(60_000);

  it('status-500/502/503/408 for two requests: retried with backoff, then answered', async () => {
    for (const status of [500, 502, 503, 408]) {
      const tag = id(`s${status}`);
      const portal = await faulty(`status-${status},times-2,${tag}`);
      const dataset = await portal.getDataset(DATASET);
      expect(dataset.name).to.equal(DATASET);
      expect((await logged(tag)).map((e) => e.status)).to.deep.equal([status, status, 200]);
    }
  });

  it('a lasting 503: gives up after the retry limit with an HttpError', async () => {
    const tag = id('s503');
    const error = await (await faulty(`status-503,${tag}`)).getDataset(DATASET).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(HttpError).and.include({ status: 503 });
    expect(await logged(tag)).to.have.length(3);
  });

  it('status-429 with retry-after-1: waits the second the portal asks for, then answers', async () => {
    const tag = id('s429');
    const portal = await faulty(`status-429,retry-after-1,times-1,${tag}`);
    const start = Date.now();
    await portal.getDataset(DATASET);
    const log = await logged(tag);
    expect(log.map((e) => e.status)).to.deep.equal([429, 200]);
    // Node sees Retry-After; a browser may not (cross-origin, not exposed) and then backs off on its own.
    if (!inBrowser) expect(Date.now() - start).to.be.at.least(950);
  });

  it('status-429 without Retry-After: backs off and retries', async () => {
    const tag = id('s429b');
    await (await faulty(`status-429,times-1,${tag}`)).getDataset(DATASET);
    expect((await logged(tag)).map((e) => e.status)).to.deep.equal([429, 200]);
  });

  it('latency: answers slower than the timeout become a TimeoutError, faster ones arrive', async () => {
    const slow = await faulty(`latency-1500,${id('lat')}`, { timeout: 300, retry: false });
    expect(await slow.getDataset(DATASET).catch((e: unknown) => e)).to.be.instanceOf(TimeoutError);
    const fine = await faulty(`latency-100,${id('lat')}`, { timeout: 2000 });
    expect((await fine.getDataset(DATASET)).name).to.equal(DATASET);
  });

  it('hang: times out per attempt, retries, and gets the answer once the portal heals', async () => {
    const tag = id('hang');
    const portal = await faulty(`hang,times-1,${tag}`, { timeout: 500 });
    expect((await portal.getDataset(DATASET)).name).to.equal(DATASET);
    expect(await logged(tag)).to.have.length(2);
    const stuck = await faulty(`hang,${id('hang')}`, { timeout: 300, deadline: 1200 });
    const error = (await stuck.getDataset(DATASET).catch((e: unknown) => e)) as TimeoutError;
    expect(error).to.be.instanceOf(TimeoutError);
  });

  it('truncated-json and html-200: an HttpError that says what arrived, never a SyntaxError', async () => {
    const truncated = await (
      await faulty(`truncated-json,${id('tj')}`)
    )
      .getDataset(DATASET)
      .catch((e: unknown) => e);
    expect(truncated).to.be.instanceOf(HttpError);
    expect((truncated as HttpError).message).to.contain('Expected JSON');
    const html = (await (
      await faulty(`html-200,${id('html')}`)
    )
      .getDataset(DATASET)
      .catch((e: unknown) => e)) as HttpError;
    expect(html).to.be.instanceOf(HttpError).and.include({ status: 200 });
    expect(html.message.toLowerCase()).to.contain('<');
  });

  it('ckan-error-*: each CKAN error type becomes a PortalError with its __type and status', async () => {
    const expected: Record<string, [string, number]> = {
      'not-found': ['Not Found Error', 404],
      validation: ['Validation Error', 409],
      authorization: ['Authorization Error', 403],
      'search-query': ['Search Query Error', 400],
    };
    for (const [mode, [code, status]] of Object.entries(expected)) {
      const error = await (
        await faulty(`ckan-error-${mode},${id(mode)}`)
      )
        .getDataset(DATASET)
        .catch((e: unknown) => e);
      expect(error, mode).to.be.instanceOf(PortalError).and.include({ code, status });
    }
  });

  it('sql-off and sql-denied: aggregates fall back to a DataStore scan with the same result', async () => {
    const direct = await (
      await faulty(id('sql'))
    ).query(RESOURCE, {
      groupBy: ['Wochentag'],
      aggregates: [{ op: 'sum', field: 'Fußgänger insgesamt' }],
      orderBy: [{ field: 'Wochentag' }],
    });
    expect(direct.source.method).to.equal('datastore_search_sql');
    for (const mode of ['sql-off', 'sql-denied']) {
      const portal = await faulty(`${mode},${id(mode)}`);
      const table = await portal.query(RESOURCE, {
        groupBy: ['Wochentag'],
        aggregates: [{ op: 'sum', field: 'Fußgänger insgesamt' }],
        orderBy: [{ field: 'Wochentag' }],
      });
      expect(portal.capabilities.sql, mode).to.equal(false);
      expect(table.source, mode).to.include({ method: 'datastore_search', pushedDown: false, rowsRead: 720 });
      expect(table.rows, mode).to.deep.equal(direct.rows);
    }
  });

  it('dkan: DKAN-shaped answers (text fields, entry_id) still give the rows and a local sum', async () => {
    const portal = await faulty(`dkan,${id('dkan')}`);
    const page = await portal.query(RESOURCE, { select: ['Wochentag', 'Fußgänger insgesamt'], limit: 2 });
    expect(page.fields.map((f) => f.type)).to.deep.equal(['text', 'text']);
    expect(page.rows[0]).to.deep.equal(['Wednesday', '11']);
    expect(page.total).to.equal(720);
    const sum = await portal.query(RESOURCE, { aggregates: [{ op: 'sum', field: 'Fußgänger insgesamt' }] });
    const reference = await (
      await faulty(id('ref'))
    ).query(RESOURCE, {
      aggregates: [{ op: 'sum', field: 'Fußgänger insgesamt' }],
    });
    expect(Number(sum.rows[0][0])).to.equal(Number(reference.rows[0][0]));
  });

  it('cors-off: a browser gets a CorsError with the CKAN hint (Node has no CORS)', async () => {
    const portal = await faulty(`cors-off,${id('cors')}`, { retry: false });
    const result = await portal.getDataset(DATASET).catch((e: unknown) => e);
    if (inBrowser) {
      expect(result).to.be.instanceOf(CorsError).and.instanceOf(NetworkError);
      expect((result as CorsError).hint).to.contain('ckan.cors.origin_allow_all');
      expect(portal.capabilities.cors).to.equal(false);
    } else {
      expect((result as { name: string }).name).to.equal(DATASET);
    }
  });

  it('shares one request among identical ones in flight, sends no cookies', async () => {
    const tag = id('dedupe');
    const portal = await faulty(`latency-200,${tag}`);
    const datasets = await Promise.all([1, 2, 3, 4, 5].map(() => portal.getDataset(DATASET)));
    expect(datasets.map((d) => d.name)).to.deep.equal(Array(5).fill(DATASET));
    const log = await logged(tag);
    expect(log).to.have.length(1);
    expect(log[0].cookies).to.equal(false);
  });
});
