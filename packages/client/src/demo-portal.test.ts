import { expect } from 'chai';
import { demoPortalUrl } from '../test/demo-portal.js';
import { connect } from './connect.js';
import { PortalError } from './errors.js';
import { createHttpState } from './http/shared-state.js';
import type { Portal } from './portal/portal.js';

/** Integration with the local demo portal (a CKAN-compatible server over real Moers data). */
describe('@odw/client against the demo portal', function () {
  this.timeout(60_000);
  let portal: Portal;

  before(async () => {
    portal = await connect(await demoPortalUrl(), { httpState: createHttpState() });
  });

  it('detects CKAN with the DataStore', () => {
    expect(portal.type).to.equal('ckan');
    expect(portal.capabilities.datastore).to.equal(true);
    expect(portal.capabilities.version).to.match(/^2\.\d+/);
  });

  it('learns that the portal allows this page’s origin (browsers; CORS does not apply in Node)', () => {
    const inBrowser = typeof (globalThis as { location?: unknown }).location !== 'undefined';
    expect(portal.capabilities.cors).to.equal(inBrowser ? true : undefined);
  });

  it('loads the Moers pedestrian dataset with licence and a DataStore resource', async () => {
    const dataset = await portal.getDataset('fussgaenger-steinstrasse-juni-2022');
    expect(dataset.title).to.equal('Fußgängerinnen und Fußgänger auf der Steinstraße in Moers im Juni 2022');
    expect(dataset.license).to.include({
      attributionRequired: false,
      uri: 'http://dcat-ap.de/def/licenses/dl-zero-de/2.0',
    });
    const resource = dataset.resources.find((r) => r.datastoreActive)!;
    expect(resource).to.include({ format: 'CSV', datasetId: dataset.id });
    expect(resource.url).to.match(/^http:\/\/127\.0\.0\.1:\d+\/dataset\//);
  });

  it('queries the first page of the DataStore table with its total', async () => {
    const dataset = await portal.getDataset('fussgaenger-steinstrasse-juni-2022');
    const table = await portal.query(dataset.resources[0], { limit: 5 });
    expect(table.rows).to.have.length(5);
    expect(table).to.include({ total: 720, exact: true });
    expect(table.fields.map((f) => f.name).slice(0, 2)).to.deep.equal(['Lage', 'Zeitpunkt der Messung']);
    expect(table.rows[0][0]).to.equal('Steinstraße, Moers');
    expect(table.source).to.include({ pushedDown: true, method: 'datastore_search' });
  });

  it('pages through all 720 rows without gaps or repeats', async () => {
    const dataset = await portal.getDataset('fussgaenger-steinstrasse-juni-2022');
    const times: unknown[] = [];
    for await (const page of portal.rows(
      dataset.resources[0],
      { select: ['Zeitpunkt der Messung'] },
      { pageSize: 250 },
    )) {
      times.push(...page.rows.map((r) => r[0]));
    }
    expect(times).to.have.length(720);
    expect(new Set(times).size).to.equal(720);
  });

  it('reads the same resource from its Latin-1 CSV file when asked to, with the same rows', async () => {
    const dataset = await portal.getDataset('fussgaenger-steinstrasse-juni-2022');
    const resource = dataset.resources[0];
    const query = { select: ['Zeitpunkt der Messung', 'Fußgänger insgesamt'], limit: 3 };
    const fromFile = await portal.query({ ...resource, datastoreActive: false }, query);
    const fromDatastore = await portal.query(resource, query);
    expect(fromFile.source).to.include({ method: 'file', pushedDown: false, rowsRead: 720 });
    expect(fromFile.total).to.equal(720);
    // Same counts; the parser reads the file's timestamps ("2022-06-01 00:00:00 +0200") as ISO date-times.
    expect(fromFile.rows.map((r) => r[1])).to.deep.equal(fromDatastore.rows.map((r) => r[1]));
    expect(fromFile.rows[0][0]).to.equal('2022-06-01T00:00:00+02:00');
    expect(fromFile.fields[0].type).to.equal('datetime');
  });

  it('reports a missing dataset as CKAN’s Not Found Error', async () => {
    const error = (await portal.getDataset('gibt-es-nicht').catch((e: unknown) => e)) as PortalError;
    expect(error).to.be.instanceOf(PortalError);
    expect(error).to.include({ code: 'Not Found Error', status: 404 });
  });
});
