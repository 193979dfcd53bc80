import { expect } from 'chai';
import { startDemoPortal, type DemoPortal } from '@odw/demo-portal';

describe('a portal over a folder of files (--data DIR)', () => {
  let portal: DemoPortal;
  before(async function () {
    this.timeout(300_000);
    portal = await startDemoPortal({ port: 0, data: new URL('fixtures-folder/', import.meta.url).pathname });
  });
  after(() => portal?.close());

  const call = async (path: string) => (await (await fetch(`${portal.url}${path}`)).json()) as any;

  it('makes each CSV or GeoJSON file a dataset, with metadata from the sidecar file', async () => {
    const list = await call('/api/3/action/package_list');
    expect(list.result).to.deep.equal(['einwohner', 'orte']);
    const pkg = (await call('/api/3/action/package_show?id=einwohner')).result;
    expect(pkg.title).to.equal('Einwohner je Stadtteil (Beispiel)');
    expect(pkg.license_id).to.equal('cc-zero');
    expect(pkg.organization.name).to.equal('beispielstadt');
    expect(pkg.resources[0].datastore_active).to.equal(true);
    const plain = (await call('/api/3/action/package_show?id=orte')).result;
    expect(plain.organization.name).to.equal('lokal');
  });

  it('loads each file into the DataStore with inferred types', async () => {
    const pkg = (await call('/api/3/action/package_show?id=einwohner')).result;
    const search = (await call(`/api/3/action/datastore_search?resource_id=${pkg.resources[0].id}`)).result;
    expect(search.fields.map((f: any) => `${f.id}:${f.type}`)).to.deep.equal([
      '_id:int',
      'Stadtteil:text',
      'Einwohner:int4',
      'Schlüssel:text',
      'Fläche:numeric',
    ]);
    expect(search.records[0]).to.deep.include({
      Stadtteil: 'Mitte',
      Einwohner: 12345,
      Schlüssel: '0101',
      Fläche: 3.5,
    });
    const download = await fetch(pkg.resources[0].url);
    expect(await download.text()).to.match(/^Stadtteil;Einwohner/);
  });
});
