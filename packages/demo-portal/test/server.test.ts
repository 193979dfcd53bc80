import { expect } from 'chai';
import { startDemoPortal, type DemoPortal } from '@odw/demo-portal';

describe('demo portal server', () => {
  let portal: DemoPortal;
  before(async () => {
    portal = await startDemoPortal({ port: 0 });
  });
  after(() => portal.close());

  async function call(path: string) {
    const res = await fetch(`${portal.url}${path}`);
    return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, any> };
  }

  it('answers status_show in the CKAN envelope with CORS for any origin', async () => {
    const { status, headers, body } = await call('/api/3/action/status_show');
    expect(status).to.equal(200);
    expect(headers.get('access-control-allow-origin')).to.equal('*');
    expect(body.success).to.equal(true);
    expect(body.help).to.equal(`${portal.url}/api/3/action/help_show?name=status_show`);
    expect(body.result.extensions).to.include('datastore');
  });

  it('pages the Moers pedestrian counts with datastore_search and decodes Latin-1 headers', async () => {
    const show = await call('/api/3/action/package_show?id=fussgaenger-steinstrasse-juni-2022');
    const resourceId = show.body.result.resources[0].id;
    const { body } = await call(`/api/3/action/datastore_search?resource_id=${resourceId}&limit=2&offset=1`);
    expect(body.result.total).to.equal(720);
    expect(body.result.limit).to.equal(2);
    expect(body.result.fields.map((f: { id: string }) => f.id)).to.include('Fußgänger insgesamt');
    expect(body.result.records[0]._id).to.equal(2);
    expect(body.result.records[0]['Zeitpunkt der Messung']).to.equal('2022-06-01 01:00:00 +0200');
    expect(body.result.records[0]['Fußgänger insgesamt']).to.equal(11);
  });

  it("answers unknown ids with CKAN's 404 Not Found Error and keeps running", async () => {
    const missing = await call('/api/3/action/package_show?id=does-not-exist');
    expect(missing.status).to.equal(404);
    expect(missing.body).to.deep.include({ success: false });
    expect(missing.body.error.__type).to.equal('Not Found Error');
    const again = await call('/api/3/action/status_show');
    expect(again.status).to.equal(200);
  });

  it('rejects a negative limit with a 409 Validation Error naming the parameter', async () => {
    const show = await call('/api/3/action/package_show?id=fussgaenger-steinstrasse-juni-2022');
    const resourceId = show.body.result.resources[0].id;
    const { status, body } = await call(`/api/3/action/datastore_search?resource_id=${resourceId}&limit=-1`);
    expect(status).to.equal(409);
    expect(body.error.__type).to.equal('Validation Error');
    expect(body.error.limit).to.deep.equal(['Must be a natural number']);
  });

  it('logs every request with its origin and whether cookies were sent', async () => {
    await fetch(`${portal.url}/api/3/action/status_show`, { headers: { Origin: 'http://example.org' } });
    const log = (await call('/__odw/log')).body as unknown as {
      url: string;
      origin: string;
      cookies: boolean;
    }[];
    const entry = log.find((e) => e.origin === 'http://example.org');
    expect(entry).to.deep.include({ url: '/api/3/action/status_show', cookies: false });
  });
});
