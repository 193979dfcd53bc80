import { expect } from 'chai';
import { fakeFetch, json, type FakeFetch } from '../../test/fake-fetch.js';
import { loadFixture } from '../../test/load-fixture.js';
import { connect } from '../connect.js';
import { PortalError } from '../errors.js';
import { createHttpState } from '../http/shared-state.js';
import type { Portal } from '../portal/portal.js';

const BASE = 'https://data.example.org';
const GEONAMES = 'geonames-all-cities-with-a-population-1000';

type Examples = Record<string, any>;
let examples: Examples;

/** An Explore API v2.1 answering with the examples of Opendatasoft's own specification. */
function fakeOds(overrides: Record<string, (url: URL) => Response> = {}): FakeFetch {
  return fakeFetch((url) => {
    const path = url.pathname.replace('/api/explore/v2.1/', '');
    for (const [pattern, answer] of Object.entries(overrides)) if (path.endsWith(pattern)) return answer(url);
    if (path === 'catalog/datasets') return json(examples['datasets-v2.1']);
    if (path === 'catalog/facets') return json(examples.catalog_facets);
    if (path === `catalog/datasets/${GEONAMES}`) return json(examples['dataset-v2.1']);
    if (path === `catalog/datasets/${GEONAMES}/records`) {
      return json(
        url.searchParams.get('group_by') ? examples['group_by_country-v2.1'] : examples['records-v2.1'],
      );
    }
    return json({ message: `Unknown dataset: ${path}`, error_code: 'NoSuchDatasetException' }, 404);
  });
}

async function portal(fetchFn: FakeFetch): Promise<Portal> {
  return connect(`${BASE}/explore/dataset/${GEONAMES}/`, { fetch: fetchFn, httpState: createHttpState() });
}

const paramsOf = (fetchFn: FakeFetch, i: number) =>
  Object.fromEntries(new URL(fetchFn.calls[i].url).searchParams);

describe('OdsPortal (contract: Explore API v2.1 specification examples)', () => {
  before(async () => {
    examples = ((await loadFixture('ods/explore-v2.1-examples.json')) as { examples: Examples }).examples;
  });

  it('is recognized from a dataset page URL, without a request', async () => {
    const fetchFn = fakeOds();
    const p = await portal(fetchFn);
    expect(p.type).to.equal('ods');
    expect(p.baseUrl).to.equal(BASE);
    expect(p.capabilities).to.include({ version: '2.1', maxLimit: 100, maxOffset: 10_000, sql: true });
    expect(fetchFn.calls).to.have.length(0);
  });

  it('normalizes a dataset field by field', async () => {
    const dataset = await (await portal(fakeOds())).getDataset(GEONAMES);
    expect(dataset).to.deep.include({
      id: GEONAMES,
      name: GEONAMES,
      title: 'Geonames - All Cities with a population > 1000',
      descriptionFormat: 'html',
      organization: { id: 'GeoNames', name: 'GeoNames', title: 'GeoNames' },
      modified: '2021-06-23T07:50:20+00:00',
      tags: ['Geonames', 'city', 'world'],
      groups: [
        {
          id: 'Administration, Government, Public finances, Citizenship',
          name: 'Administration, Government, Public finances, Citizenship',
          title: 'Administration, Government, Public finances, Citizenship',
        },
      ],
      pageUrl: `${BASE}/explore/dataset/${GEONAMES}/`,
    });
    expect(dataset.description.startsWith('<p>All cities with a population &gt; 1000')).to.equal(true);
    expect(dataset.license).to.deep.equal({
      id: 'CC BY 4.0',
      uri: 'http://dcat-ap.de/def/licenses/cc-by/4.0',
      title: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
      attributionRequired: true,
      attributionText: 'https://www.geonames.org/about.html',
    });
    expect(dataset.resources).to.have.length(1);
    expect(dataset.resources[0]).to.deep.include({
      id: GEONAMES,
      datasetId: GEONAMES,
      format: 'CSV',
      datastoreActive: true,
      url: `${BASE}/api/explore/v2.1/catalog/datasets/${GEONAMES}/exports/csv`,
    });
  });

  it('queries records with ODSQL and types the cells (points become GeoJSON)', async () => {
    const fetchFn = fakeOds();
    const table = await (
      await portal(fetchFn)
    ).query(GEONAMES, {
      select: ['name', 'population', 'coordinates', 'alternate_names'],
      where: [
        { field: 'population', op: '>', value: '1000' },
        { field: 'cou_name_en', op: 'in', value: ['France', 'Belgium "BE"'] },
        { field: 'modification_date', op: '>=', value: '2016-01-01' },
      ],
      q: 'Saint',
      orderBy: [{ field: 'population', direction: 'desc' }],
      limit: 2,
    });
    expect(paramsOf(fetchFn, 1)).to.deep.equal({
      select: '`name`, `population`, `coordinates`, `alternate_names`',
      where:
        '`population` > 1000 AND (`cou_name_en` = "France" OR `cou_name_en` = "Belgium \\"BE\\"") AND ' +
        '`modification_date` >= date\'2016-01-01\' AND "Saint"',
      order_by: '`population` desc',
      limit: '2',
    });
    expect(table.fields.map((f) => [f.name, f.type])).to.deep.equal([
      ['name', 'text'],
      ['population', 'integer'],
      ['coordinates', 'geometry'],
      ['alternate_names', 'json'],
    ]);
    expect(table.rows[0]).to.deep.equal([
      'Saint-Leu',
      29278,
      { type: 'Point', coordinates: [4.50083, 46.7306] },
      ['Saint-Leu'],
    ]);
    expect(table).to.include({ total: 137611, exact: true });
    expect(table.source).to.include({ pushedDown: true, method: 'ods_records' });
  });

  it('pushes group_by and aggregates down', async () => {
    const fetchFn = fakeOds();
    const table = await (
      await portal(fetchFn)
    ).query(GEONAMES, {
      groupBy: ['cou_name_en'],
      aggregates: [{ op: 'count' }],
      orderBy: [{ field: 'count', direction: 'desc' }],
    });
    expect(paramsOf(fetchFn, 1)).to.deep.include({
      select: '`cou_name_en`, count(*) as `count`',
      group_by: '`cou_name_en`',
      order_by: 'count(*) desc',
    });
    expect(table.rows).to.deep.equal([
      ['United States', 16729],
      ['Italy', 9945],
      ['Mexico', 8981],
    ]);
    expect(table.total).to.equal(3);
  });

  it('switches to the exports endpoint beyond offset + limit = 10 000', async () => {
    const exported = Array.from({ length: 10_010 }, (_, i) => ({ name: `Ort ${i}`, population: i }));
    const fetchFn = fakeOds({ 'exports/json': () => json(exported) });
    const table = await (
      await portal(fetchFn)
    ).query(GEONAMES, { select: ['name', 'population'], offset: 9_995, limit: 10 });
    const exportCall = fetchFn.calls.find((c) => c.url.includes('/exports/json'))!;
    expect(new URL(exportCall.url).searchParams.get('limit')).to.equal('10005');
    expect(table.rows.map((r) => r[1])).to.deep.equal([
      9995, 9996, 9997, 9998, 9999, 10000, 10001, 10002, 10003, 10004,
    ]);
    expect(table.source.method).to.equal('ods_exports');
    expect(table.total).to.equal(137611);
  });

  it('computes contains locally from an export and says how many rows it read', async () => {
    const exported = [
      { name: 'Saint-Leu', population: 29278 },
      { name: 'Fraire', population: 1492 },
      { name: 'Saint-Léger', population: 1781 },
    ];
    const fetchFn = fakeOds({ 'exports/json': () => json(exported) });
    const table = await (
      await portal(fetchFn)
    ).query(GEONAMES, {
      select: ['name'],
      where: [{ field: 'name', op: 'contains', value: 'saint-l' }],
    });
    expect(table.rows).to.deep.equal([['Saint-Leu'], ['Saint-Léger']]);
    expect(table.exact).to.equal(false);
    expect(table.source).to.include({
      pushedDown: false,
      rowsRead: 3,
      rowCap: 100_000,
      method: 'ods_exports',
    });
  });

  it('searches the catalogue and counts facets', async () => {
    const fetchFn = fakeOds();
    const result = await (
      await portal(fetchFn)
    ).searchDatasets({
      q: 'cities',
      organization: 'GeoNames',
      facets: ['organization'],
    });
    const search = fetchFn.calls.find((c) => new URL(c.url).pathname.endsWith('catalog/datasets'))!;
    expect(Object.fromEntries(new URL(search.url).searchParams)).to.deep.equal({
      where: '"cities" AND publisher = "GeoNames"',
      limit: '10',
    });
    expect(result.total).to.equal(19);
    expect(result.datasets.map((d) => d.name)).to.deep.equal([
      'world-administrative-boundaries-countries-and-territories',
      GEONAMES,
    ]);
    expect(result.facets.organization).to.deep.equal([
      { value: 'Opendatasoft', label: 'Opendatasoft', count: 2 },
      { value: 'Opendatasoft - Data Team', label: 'Opendatasoft - Data Team', count: 2 },
    ]);
  });

  it('reports ODS errors with their error_code', async () => {
    const fetchFn = fakeOds({
      records: () => json(examples['bad_request.invalid_odsql'], 400),
    });
    const error = (await (await portal(fetchFn)).query(GEONAMES, {}).catch((e: unknown) => e)) as PortalError;
    expect(error).to.be.instanceOf(PortalError).and.include({ code: 'ODSQLError', status: 400 });
    expect(error.message).to.contain('ODSQL query is malformed');
  });
});
