import { expect } from 'chai';
import { ckanError, ckanOk, fakeFetch, hang, json } from '../test/fake-fetch.js';
import { connect } from './connect.js';
import { HttpError, NetworkError, PortalError } from './errors.js';
import { createHttpState } from './http/shared-state.js';

const fresh = () => ({ httpState: createHttpState(), retry: false as const });

describe('connect', () => {
  it('detects CKAN by status_show and learns its version and DataStore', async () => {
    const fetchFn = fakeFetch(() => ckanOk({ ckan_version: '2.10.5', extensions: ['datastore', 'dcat'] }));
    const portal = await connect('https://www.offenesdatenportal.de/', { fetch: fetchFn, ...fresh() });
    expect(portal.type).to.equal('ckan');
    expect(portal.baseUrl).to.equal('https://www.offenesdatenportal.de');
    expect(portal.capabilities).to.include({
      version: '2.10.5',
      datastore: true,
      sql: undefined,
      jsonp: false,
    });
    expect(fetchFn.calls.map((c) => c.url)).to.deep.equal([
      'https://www.offenesdatenportal.de/api/3/action/status_show',
    ]);
  });

  it('treats a CKAN error envelope from status_show as CKAN too', async () => {
    const fetchFn = fakeFetch(() => ckanError('Authorization Error', 'Access denied', 403));
    expect((await connect('https://portal.example', { fetch: fetchFn, ...fresh() })).type).to.equal('ckan');
  });

  it('detects Opendatasoft when CKAN’s API is missing', async () => {
    const fetchFn = fakeFetch((url) =>
      url.pathname === '/api/explore/v2.1/catalog/datasets'
        ? json({ total_count: 12, results: [] })
        : json({ error: 'no' }, 404),
    );
    const portal = await connect('https://open-data.dortmund.de', { fetch: fetchFn, ...fresh() });
    expect(portal.type).to.equal('ods');
    expect(fetchFn.calls.map((c) => new URL(c.url).pathname)).to.deep.equal([
      '/api/3/action/status_show',
      '/api/explore/v2.1/catalog/datasets',
    ]);
  });

  it('detects DKAN: no status_show, but CKAN’s site_read', async () => {
    const fetchFn = fakeFetch((url) =>
      url.pathname === '/api/3/action/site_read'
        ? ckanOk(true)
        : new Response('<html>404</html>', { status: 404 }),
    );
    const portal = await connect('https://opendata.duesseldorf.de', { fetch: fetchFn, ...fresh() });
    expect(portal.type).to.equal('dkan');
  });

  it('moves on when a site answers unknown API paths with its HTML page and status 200', async () => {
    const fetchFn = fakeFetch((url) =>
      url.pathname === '/api/explore/v2.1/catalog/datasets'
        ? json({ total_count: 3, results: [] })
        : new Response('<!doctype html><title>Startseite</title>', { status: 200 }),
    );
    expect((await connect('https://data.example.org', { fetch: fetchFn, ...fresh() })).type).to.equal('ods');
  });

  it('reports JSON cut off in transit as the failure it is, not as "no portal here"', async () => {
    const fetchFn = fakeFetch(() => new Response('{"help": "…", "success": tr', { status: 200 }));
    const error = await connect('https://portal.example', { fetch: fetchFn, ...fresh() }).catch((e) => e);
    expect(error).to.be.instanceOf(HttpError).and.include({ status: 200 });
    expect(error.message).to.contain('Expected JSON');
    expect(fetchFn.calls).to.have.length(1);
  });

  it('says that the URL answers with a web page when no API is found there', async () => {
    const fetchFn = fakeFetch((url) =>
      url.pathname.startsWith('/api/3/')
        ? new Response('<!doctype html><title>Stadt Moers</title>', { status: 200 })
        : new Response('Not found', { status: 404 }),
    );
    const error = await connect('https://www.moers.de', { fetch: fetchFn, ...fresh() }).catch((e) => e);
    expect(error).to.be.instanceOf(HttpError).and.include({ status: 200 });
    expect(error.message).to.contain('Stadt Moers');
    expect(fetchFn.calls).to.have.length(3);
  });

  it('makes no request when the type is given', async () => {
    const fetchFn = fakeFetch(() => json({}));
    const portal = await connect('https://portal.example/api/3', {
      type: 'ckan',
      fetch: fetchFn,
      ...fresh(),
    });
    expect(portal.baseUrl).to.equal('https://portal.example');
    expect(fetchFn.calls).to.have.length(0);
  });

  it('says clearly when no portal API answers', async () => {
    const fetchFn = fakeFetch(() => new Response('<html>Not found</html>', { status: 404 }));
    const error = await connect('https://www.example.org', { fetch: fetchFn, ...fresh() }).catch(
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(PortalError).and.include({ code: 'unknown-portal' });
  });

  it('stops detecting when its signal aborts', async () => {
    const controller = new AbortController();
    const fetchFn = fakeFetch((_url, init) => hang(init));
    const pending = connect('https://portal.example', {
      fetch: fetchFn,
      signal: controller.signal,
      ...fresh(),
    });
    controller.abort();
    const error = (await pending.catch((e: unknown) => e)) as DOMException;
    expect(error.name).to.equal('AbortError');
  });

  for (const status of [408, 429]) {
    it(`reports a busy portal (${status}) with its status instead of "no API found"`, async () => {
      const fetchFn = fakeFetch(() => new Response('<html>busy</html>', { status }));
      const error = await connect('https://portal.example', { fetch: fetchFn, ...fresh() }).catch(
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(HttpError).and.include({ status });
      expect(fetchFn.calls).to.have.length(1);
    });
  }

  it('passes network failures through instead of guessing', async () => {
    const fetchFn = fakeFetch(() => {
      throw new TypeError('fetch failed');
    });
    const error = await connect('https://portal.example', { fetch: fetchFn, ...fresh() }).catch(
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(NetworkError);
  });
});
