import { expect } from 'chai';
import { action, callPortal, sharedPortal } from './shared-portal.js';

const MOERS = '6c3f1b52-8d3e-4c49-9a51-2f0a4f3b7d11';
const STATUS = '/api/3/action/status_show';

/** Each fault spec in these tests gets its own `id-` so `times` counters never interfere. */
let n = 0;
const unique = (spec: string) => `${spec},id-t${++n}`;

describe('fault modes', () => {
  afterEach(async () => {
    const portal = await sharedPortal();
    await fetch(`${portal.url}/__odw/faults`, { method: 'DELETE' });
  });

  describe('are given per request as path prefix, query parameter or header', () => {
    it('path prefix /__fault/<spec>/ before any portal path', async () => {
      const res = await callPortal(`/__fault/${unique('status-503')}${STATUS}`);
      expect(res.status).to.equal(503);
    });

    it('query parameter odw_fault (not seen by the action)', async () => {
      const res = await callPortal(
        `/api/3/action/datastore_search?resource_id=${MOERS}&limit=1&odw_fault=${unique('latency-1')}`,
      );
      expect(res.status).to.equal(200);
      expect(res.body.result.records).to.have.length(1);
      const broken = await callPortal(`${STATUS}?odw_fault=${unique('status-502')}`);
      expect(broken.status).to.equal(502);
    });

    it('header X-Odw-Fault', async () => {
      const res = await callPortal(STATUS, { headers: { 'X-Odw-Fault': unique('status-500') } });
      expect(res.status).to.equal(500);
      expect(res.body.error).to.deep.equal({
        __type: 'Internal Server Error',
        message: 'Internal Server Error',
      });
    });

    it('an unknown mode is a 400 naming it', async () => {
      const res = await callPortal(`/__fault/status-503,nonsense${STATUS}`);
      expect(res.status).to.equal(400);
      expect(res.body.error).to.match(/Unknown fault mode "nonsense"/);
    });
  });

  it('times-<n> fails only the first n requests carrying the exact spec, then heals', async () => {
    const spec = unique('status-503,times-2');
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await callPortal(`/__fault/${spec}${STATUS}`)).status);
    expect(statuses).to.deep.equal([503, 503, 200, 200]);
  });

  it('resource URLs in answers keep the fault prefix, so a client pointed at it stays inside', async () => {
    const portal = await sharedPortal();
    const spec = unique('latency-1');
    const res = await callPortal(
      `/__fault/${spec}/api/3/action/package_show?id=fussgaenger-steinstrasse-juni-2022`,
    );
    expect(res.body.result.resources[0].url.startsWith(`${portal.url}/__fault/${spec}/dataset/`)).to.equal(
      true,
    );
    const download = await fetch(res.body.result.resources[0].url);
    expect(download.status).to.equal(200);
  });

  it('cors-off: no Access-Control-Allow-Origin', async () => {
    const res = await callPortal(`/__fault/${unique('cors-off')}${STATUS}`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('access-control-allow-origin')).to.equal(null);
    const normal = await callPortal(STATUS);
    expect(normal.headers.get('access-control-allow-origin')).to.equal('*');
  });

  it('latency-<ms> delays the answer', async () => {
    const started = Date.now();
    const res = await callPortal(`/__fault/${unique('latency-300')}${STATUS}`);
    expect(res.status).to.equal(200);
    expect(Date.now() - started).to.be.at.least(290);
  });

  it('hang never answers; the client has to give up', async () => {
    const portal = await sharedPortal();
    const error = await fetch(`${portal.url}/__fault/${unique('hang')}${STATUS}`, {
      signal: AbortSignal.timeout(300),
    }).catch((e: Error) => e);
    expect((error as Error).name).to.equal('TimeoutError');
    expect((await callPortal(STATUS)).status).to.equal(200);
  });

  for (const status of [500, 502, 503, 408]) {
    it(`status-${status}`, async () => {
      const res = await callPortal(`/__fault/${unique(`status-${status}`)}${STATUS}`);
      expect(res.status).to.equal(status);
      if (status !== 500) expect(res.headers.get('content-type')).to.equal('text/html');
    });
  }

  it('status-429 with and without Retry-After (exposed to browsers)', async () => {
    const withHeader = await callPortal(`/__fault/${unique('status-429,retry-after-7')}${STATUS}`);
    expect(withHeader.status).to.equal(429);
    expect(withHeader.headers.get('retry-after')).to.equal('7');
    expect(withHeader.headers.get('access-control-expose-headers')).to.include('Retry-After');
    const without = await callPortal(`/__fault/${unique('status-429')}${STATUS}`);
    expect(without.status).to.equal(429);
    expect(without.headers.get('retry-after')).to.equal(null);
  });

  it('truncated-json: status 200, half the body, which is not valid JSON', async () => {
    const res = await callPortal(`/__fault/${unique('truncated-json')}${STATUS}`);
    expect(res.status).to.equal(200);
    expect(typeof res.body).to.equal('string');
    expect(() => JSON.parse(res.body)).to.throw(SyntaxError);
    expect(res.body.startsWith('{"help":')).to.equal(true);
  });

  it('html-200: an HTML maintenance page with status 200', async () => {
    const res = await callPortal(`/__fault/${unique('html-200')}${STATUS}`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.equal('text/html;charset=utf-8');
    expect(res.body).to.match(/^<!DOCTYPE html>/);
  });

  const ckanErrors: [string, number, string][] = [
    ['not-found', 404, 'Not Found Error'],
    ['validation', 409, 'Validation Error'],
    ['authorization', 403, 'Authorization Error'],
    ['search-query', 400, 'Search Query Error'],
  ];
  for (const [mode, status, type] of ckanErrors) {
    it(`ckan-error-${mode}: success:false with __type "${type}" and status ${status}`, async () => {
      const res = await callPortal(`/__fault/${unique(`ckan-error-${mode}`)}${STATUS}`);
      expect(res.status).to.equal(status);
      expect(res.body.success).to.equal(false);
      expect(res.body.error.__type).to.equal(type);
    });
  }

  it('sql-off: datastore_search_sql is unknown, as on portals without ckan.datastore.sqlsearch.enabled', async () => {
    const sql = `SELECT count(*) FROM "${MOERS}"`;
    const on = await action('datastore_search_sql', { sql });
    expect(on.status).to.equal(200);
    const off = await action(
      'datastore_search_sql',
      { sql },
      { headers: { 'X-Odw-Fault': unique('sql-off') } },
    );
    expect(off.status).to.equal(400);
    expect(off.body).to.equal('Bad request - Action name not known: datastore_search_sql');
    const denied = await action(
      'datastore_search_sql',
      { sql },
      { headers: { 'X-Odw-Fault': unique('sql-denied') } },
    );
    expect(denied.status).to.equal(403);
    expect(denied.body.error.__type).to.equal('Authorization Error');
  });

  it('dkan: resource_id as array, every field text with string values, entry_id, no _links, docstring help', async () => {
    const res = await action(
      'datastore_search',
      { resource_id: MOERS, limit: 1 },
      { headers: { 'X-Odw-Fault': unique('dkan') } },
    );
    const result = res.body.result;
    expect(res.body.help).not.to.match(/^http/);
    expect(result.resource_id).to.deep.equal([MOERS]);
    expect(result.fields.every((f: any) => f.type === 'text' || f.id === 'entry_id')).to.equal(true);
    expect(result.fields.at(-1)).to.deep.equal({ id: 'entry_id', type: 'serial' });
    expect(result.records[0]['Fußgänger insgesamt']).to.equal('11');
    expect(result.records[0].entry_id).to.equal('1');
    expect(result).not.to.have.property('_links');
    expect(result.total).to.equal(720);
  });

  it('server-wide faults: PUT /__odw/faults sets, DELETE heals; an invalid spec is refused', async () => {
    const portal = await sharedPortal();
    const put = await callPortal('/__odw/faults', {
      method: 'PUT',
      body: JSON.stringify({ spec: 'status-503' }),
    });
    expect(put.body).to.deep.equal({ spec: 'status-503' });
    expect((await callPortal(STATUS)).status).to.equal(503);
    expect((await callPortal('/__odw/faults')).body).to.deep.equal({ spec: 'status-503' });
    await fetch(`${portal.url}/__odw/faults`, { method: 'DELETE' });
    expect((await callPortal(STATUS)).status).to.equal(200);
    const bad = await callPortal('/__odw/faults', {
      method: 'PUT',
      body: JSON.stringify({ spec: 'status-1000' }),
    });
    expect(bad.status).to.equal(400);
  });

  it('a server-wide spec with times-<n> heals after n requests', async () => {
    await callPortal('/__odw/faults', {
      method: 'PUT',
      body: JSON.stringify({ spec: 'status-502,times-1' }),
    });
    expect((await callPortal(STATUS)).status).to.equal(502);
    expect((await callPortal(STATUS)).status).to.equal(200);
  });

  it('applied faults are in the request log', async () => {
    const portal = await sharedPortal();
    await fetch(`${portal.url}/__odw/log`, { method: 'DELETE' });
    const spec = unique('status-503');
    await callPortal(`${STATUS}?odw_fault=${spec}`);
    const log = (await callPortal('/__odw/log')).body as any[];
    expect(log.at(-1)).to.deep.include({ status: 503, faults: [spec] });
  });

  it('preflight requests are answered with CORS and never count against times', async () => {
    const spec = unique('status-503,times-1');
    const preflight = await callPortal(`/__fault/${spec}${STATUS}`, { method: 'OPTIONS' });
    expect(preflight.status).to.equal(204);
    expect(preflight.headers.get('access-control-allow-headers')).to.include('X-Odw-Fault');
    expect((await callPortal(`/__fault/${spec}${STATUS}`)).status).to.equal(503);
  });
});
