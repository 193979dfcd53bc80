import { expect } from 'chai';
import { ckanOk, fakeFetch, json } from '../../test/fake-fetch.js';
import { connect } from '../connect.js';
import { createHttpState } from '../http/shared-state.js';
import type { ClientOptions } from '../portal/client-options.js';
import type { Resource } from '../types.js';

const BASE = 'https://portal.example';

/** A German CSV as municipal portals serve it: `;`, decimal commas, Windows-1252. */
const CSV =
  'Stadtteil;Einwohner;Fläche km²\r\nAsberg;12345;3,5\r\nMeerbeck;8012;2,25\r\nScherpenberg;10498;4,1\r\n';
/** GeoJSON as text, because a `__proto__` member only survives as JSON text, the way a server sends it. */
const GEOJSON = `{"type": "FeatureCollection", "features": [
  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [6.63, 51.45]}, "properties": {"name": "Kastell", "plätze": 120}},
  {"type": "Feature", "geometry": null, "properties": {"name": "ohne Ort", "__proto__": "bleibt"}}]}`;

function resource(url: string, format: string): Resource {
  return {
    id: `r-${format}`,
    datasetId: 'd',
    name: format,
    format,
    url,
    datastoreActive: false,
    position: 0,
  };
}

function fileFetch() {
  return fakeFetch((url) => {
    if (url.pathname.endsWith('.csv')) {
      return new Response(new Uint8Array([...CSV].map((c) => c.charCodeAt(0))), {
        headers: { 'Content-Type': 'text/csv; charset=windows-1252' },
      });
    }
    if (url.pathname.endsWith('.geojson')) {
      return new Response(GEOJSON, { headers: { 'Content-Type': 'application/geo+json' } });
    }
    if (url.pathname.endsWith('/resource_show')) {
      return ckanOk({
        id: 'f',
        package_id: 'd',
        url: `${BASE}/files/stadtteile.csv`,
        format: 'CSV',
        datastore_active: false,
      });
    }
    if (url.pathname.endsWith('/datastore_search')) {
      return json(
        { success: false, error: { __type: 'Not Found Error', message: 'Resource not found' } },
        404,
      );
    }
    return new Response('not found', { status: 404 });
  });
}

async function portal(fetchFn: typeof fetch, options: ClientOptions = {}) {
  return connect(BASE, { type: 'ckan', fetch: fetchFn, httpState: createHttpState(), ...options });
}

describe('querying resources that are only files', () => {
  it('downloads a CSV once, parses it losslessly and runs the query locally', async () => {
    const fetchFn = fileFetch();
    const p = await portal(fetchFn);
    const csv = resource(`${BASE}/files/stadtteile.csv`, 'CSV');
    const table = await p.query(csv, { orderBy: [{ field: 'Einwohner', direction: 'desc' }], limit: 2 });
    expect(table.fields.map((f) => [f.name, f.type])).to.deep.equal([
      ['Stadtteil', 'text'],
      ['Einwohner', 'integer'],
      ['Fläche km²', 'number'],
    ]);
    expect(table.rows).to.deep.equal([
      ['Asberg', 12345, 3.5],
      ['Scherpenberg', 10498, 4.1],
    ]);
    expect(table).to.include({ total: 3, exact: true });
    expect(table.source).to.include({
      pushedDown: false,
      method: 'file',
      rowsRead: 3,
      url: `${BASE}/files/stadtteile.csv`,
    });
    expect(table.meta).to.include({ encoding: 'windows-1252', delimiter: ';' });

    const sums = await p.query(csv, { aggregates: [{ op: 'sum', field: 'Einwohner' }] });
    expect(sums.rows).to.deep.equal([[30855]]);
    expect(fetchFn.calls.filter((c) => c.url.endsWith('.csv'))).to.have.length(1);
    expect(fetchFn.calls[0].init.credentials).to.equal('omit');
  });

  it('says when the local result covers only the first rows of the file', async () => {
    const p = await portal(fileFetch(), { localRowCap: 2 });
    const table = await p.query(resource(`${BASE}/files/stadtteile.csv`, 'CSV'), {});
    expect(table.rows).to.have.length(2);
    expect(table.exact).to.equal(false);
    expect(table.source).to.include({ rowsRead: 2, rowCap: 2 });
  });

  it('turns GeoJSON features into rows with a geometry column, keeping every property as data', async () => {
    const p = await portal(fileFetch());
    const table = await p.query(resource(`${BASE}/files/parken.geojson`, 'GeoJSON'), {});
    expect(table.fields.map((f) => [f.name, f.type])).to.deep.equal([
      ['geometry', 'geometry'],
      ['name', 'text'],
      ['plätze', 'integer'],
      ['__proto__', 'text'],
    ]);
    expect(table.rows).to.deep.equal([
      [{ type: 'Point', coordinates: [6.63, 51.45] }, 'Kastell', 120, null],
      [null, 'ohne Ort', null, 'bleibt'],
    ]);
  });

  it('finds the file of a resource id the DataStore does not know', async () => {
    const fetchFn = fileFetch();
    const table = await (await portal(fetchFn)).query('f', { select: ['Stadtteil'], limit: 1 });
    expect(table.rows).to.deep.equal([['Asberg']]);
    expect(fetchFn.calls.map((c) => new URL(c.url).pathname)).to.deep.equal([
      '/api/3/action/datastore_search',
      '/api/3/action/resource_show',
      '/files/stadtteile.csv',
    ]);
  });
});
