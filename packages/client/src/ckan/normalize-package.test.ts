import { expect } from 'chai';
import { loadFixture } from '../../test/load-fixture.js';
import { normalizeGroup, normalizePackage } from './normalize-package.js';
import { normalizeSearchResult } from './package-search.js';

const context = { baseUrl: 'https://www.govdata.de/ckan' };

async function result(path: string): Promise<any> {
  return ((await loadFixture(path)) as { result: unknown }).result;
}

describe('CKAN normalization (contract: real GovData responses)', () => {
  it('normalizes package_show field by field', async () => {
    const raw = await result('ckan/govdata/package_show_response.json');
    const dataset = normalizePackage(raw, context);

    expect(dataset.id).to.equal('352a646f-e170-49c7-9d1e-53bdef9392fc');
    expect(dataset.name).to.equal('13dfb16a-c4f1-36b4-eda2-01ff5b1b294f');
    expect(dataset.title).to.equal('LGB: HGW Chrom - Ebene: LGB: HGW Chrom');
    expect(dataset.description).to.equal(raw.notes);
    expect(dataset.description.startsWith('Böden entstanden in Jahrtausenden')).to.equal(true);
    // `organization: null` in the record: no organization, and the licence names the author instead.
    expect(dataset.organization).to.equal(undefined);
    expect(dataset.license).to.deep.equal({
      id: 'cc-nc',
      uri: 'http://dcat-ap.de/def/licenses/cc-by-nc',
      title: 'Creative Commons Nicht-Kommerziell (CC-NC)',
      url: 'http://creativecommons.org/licenses/by-nc/2.0/',
      attributionRequired: true,
      attributionText: 'Landesamt für Geologie und Bergbau, Creative Commons Nicht-Kommerziell (CC-NC)',
    });
    // CKAN writes UTC without a zone; odw makes that explicit.
    expect(dataset.created).to.equal('2014-04-29T13:28:38.663027Z');
    expect(dataset.modified).to.equal('2014-04-29T13:28:38.663027Z');
    expect(dataset.tags).to.have.length(21);
    expect(dataset.tags.slice(0, 3)).to.deep.equal(['90-perzentil', 'arsen', 'blei']);
    expect(dataset.groups.map((g) => [g.name, g.title])).to.deep.equal([
      ['bildung_wissenschaft', 'Bildung und Wissenschaft'],
      ['geo', 'Geographie, Geologie und Geobasisdaten'],
    ]);
    // Extras hold temporal coverage as local date-times and the spatial extent as GeoJSON text.
    expect(dataset.temporal).to.deep.equal({ start: '2000-01-01T00:00:00', end: '2013-10-25T00:00:00' });
    expect(dataset.spatial?.type).to.equal('Polygon');
    expect((dataset.spatial?.coordinates as number[][][])[0][0]).to.deep.equal([
      5.5652739999999996, 47.141213999999998,
    ]);
    expect(dataset.pageUrl).to.equal(
      'https://www.govdata.de/ckan/dataset/13dfb16a-c4f1-36b4-eda2-01ff5b1b294f',
    );
    expect(dataset.raw).to.equal(raw);
  });

  it('normalizes the resources of package_show', async () => {
    const raw = await result('ckan/govdata/package_show_response.json');
    const [viewer, wms, html] = normalizePackage(raw, context).resources;

    expect(viewer).to.deep.include({
      id: 'b4db736e-46ae-406d-91a4-99d45942a700',
      datasetId: '352a646f-e170-49c7-9d1e-53bdef9392fc',
      name: 'karten.html',
      description: 'Anzeige im GeoPortal.rlp',
      format: 'KARTENVIEWER',
      url: 'http://www.geoportal.rlp.de/portal/karten.html?LAYER[zoom]=1&LAYER[id]=26253',
      datastoreActive: false,
      created: '2014-02-07T18:47:20.040841Z',
      position: 0,
    });
    expect(viewer).not.to.have.property('size');
    expect(viewer).not.to.have.property('mimetype');
    expect(wms).to.deep.include({ format: 'WMS', position: 1, name: 'wms.php' });
    expect(html).to.deep.include({
      format: 'HTML',
      description: 'Metadaten zur WMS Kartenebene',
      position: 2,
    });
    expect(html.raw).to.equal(raw.resources[2]);
  });

  it('normalizes package_search with its count, embedded organizations and empty facets', async () => {
    const raw = await result('ckan/govdata/package_search_response.json');
    const search = normalizeSearchResult(raw, { facets: ['organization'] }, context);

    expect(search.total).to.equal(256);
    expect(search.datasets).to.have.length(10);
    const first = search.datasets[0];
    expect(first).to.deep.include({
      id: '9916a096-eee0-4ec1-99b8-558e4123c003',
      name: 'harvester-rostock',
      title: 'Harvester Rostock',
      description: '',
      created: '2015-10-23T11:10:50.872887Z',
      modified: '2015-12-14T16:35:40.015427Z',
      resources: [],
      tags: [],
    });
    expect(first.organization).to.deep.include({
      id: '5a533a33-c0f0-4781-9a8b-e939ab42f83e',
      name: 'datenportal-rostock',
      title: 'Datenportal Rostock',
    });
    expect(first.license).to.equal(undefined);
    expect(search.facets).to.deep.equal({ organization: [] });
  });

  it('normalizes group_list with all fields', async () => {
    const raw: unknown[] = await result('ckan/govdata/group_list_response.json');
    const groups = raw.map((g) => normalizeGroup(g, context)!);

    expect(groups.map((g) => g.name)).to.include.members([
      'bevoelkerung',
      'geo',
      'transport_verkehr',
      'wirtschaft_arbeit',
    ]);
    const first = raw[0] as Record<string, unknown>;
    expect(groups[0]).to.deep.include({
      id: first.id,
      name: first.name,
      title: first.title,
      datasetCount: first.package_count,
    });
    expect(groups[0]).not.to.have.property('imageUrl');
  });
});
