import { expect } from 'chai';
import { action, callPortal, sharedPortal } from './shared-portal.js';

describe('demo portal: envelope, errors, CORS, request log', () => {
  it('answers status_show in the CKAN envelope with CORS for any origin', async () => {
    const portal = await sharedPortal();
    const { status, headers, body } = await action('status_show');
    expect(status).to.equal(200);
    expect(headers.get('access-control-allow-origin')).to.equal('*');
    expect(headers.get('content-type')).to.equal('application/json;charset=utf-8');
    expect(body.success).to.equal(true);
    expect(body.help).to.equal(`${portal.url}/api/3/action/help_show?name=status_show`);
    expect(body.result.ckan_version).to.match(/^2\.11\./);
    expect(body.result.extensions).to.include('datastore');
  });

  it("reports each DataStore table's loading state in status_show; tables load on first access", async () => {
    const { body } = await action('status_show');
    const tables = body.result.odw_datastore.tables as Record<
      string,
      { size: string; state: string; rows?: number }
    >;
    const large = Object.entries(tables).filter(([, t]) => t.size === 'large');
    expect(large).to.have.length(1);
    expect(large[0][1].state).to.equal('not-loaded');
    const jena = (await action('package_show', { id: 'jena-parken' })).body.result.resources[0].id;
    await action('datastore_search', { resource_id: jena, limit: 1 });
    const after = (await action('status_show')).body.result.odw_datastore;
    expect(after.tables[jena]).to.deep.include({ state: 'ready', rows: 103 });
    expect(after.engine).to.match(/^PGlite \(PostgreSQL \d+/);
  });

  it("answers unknown ids with CKAN's 404 Not Found Error and keeps running", async () => {
    const missing = await action('package_show', { id: 'does-not-exist' });
    expect(missing.status).to.equal(404);
    expect(missing.body).to.deep.include({ success: false });
    expect(missing.body.error).to.deep.equal({ __type: 'Not Found Error', message: 'Not found' });
    expect((await action('status_show')).status).to.equal(200);
  });

  it('answers an unknown action with 400 and a bare JSON string, as CKAN does', async () => {
    const { status, body } = await action('no_such_action');
    expect(status).to.equal(400);
    expect(body).to.equal('Bad request - Action name not known: no_such_action');
  });

  it('accepts POST with a JSON body and rejects a body that is not a JSON object', async () => {
    const ok = await callPortal('/api/3/action/package_show', {
      json: { id: 'fussgaenger-steinstrasse-juni-2022' },
    });
    expect(ok.body.result.name).to.equal('fussgaenger-steinstrasse-juni-2022');
    const bad = await callPortal('/api/3/action/package_show', {
      method: 'POST',
      body: '[1, 2]',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(bad.status).to.equal(400);
    expect(bad.body).to.match(/^Bad request - Bad request data: Request data JSON decoded to \[1,2\]/);
  });

  it('wraps GET answers in a JSONP callback, escaped as CKAN escapes it', async () => {
    const portal = await sharedPortal();
    const res = await fetch(`${portal.url}/api/3/action/status_show?callback=cb`);
    expect(res.headers.get('content-type')).to.equal('application/javascript;charset=utf-8');
    const text = await res.text();
    expect(text.startsWith('cb({"help":')).to.equal(true);
    expect(text.endsWith('});')).to.equal(true);
  });

  it('logs every request with origin, referer, cookies and authorization, but not control requests', async () => {
    const portal = await sharedPortal();
    await fetch(`${portal.url}/__odw/log`, { method: 'DELETE' });
    await fetch(`${portal.url}/api/3/action/status_show?x=1`, {
      headers: { Origin: 'http://example.org', Cookie: 'a=b', Referer: 'http://example.org/page' },
    });
    const log = (await callPortal('/__odw/log')).body as any[];
    expect(log).to.have.length(1);
    expect(log[0]).to.deep.include({
      method: 'GET',
      url: '/api/3/action/status_show?x=1',
      origin: 'http://example.org',
      referer: 'http://example.org/page',
      cookies: true,
      authorization: false,
      status: 200,
      faults: [],
    });
  });

  it('serves the API version at /api/3', async () => {
    expect((await callPortal('/api/3')).body).to.deep.equal({ version: 3 });
  });
});
