import { expect } from 'chai';
import { ckanOk, json } from '../../test/fake-fetch.js';
import { fakeCkan, type FakeTable } from '../../test/fake-ckan.js';
import { fakeFetch } from '../../test/fake-fetch.js';
import { loadFixture } from '../../test/load-fixture.js';
import { connect } from '../connect.js';
import { createHttpState } from '../http/shared-state.js';

const GARAGES = '53d63e70-0ed4-4175-9924-c45530d5bf29';

describe('DkanPortal', () => {
  it('queries DKAN’s datastore/search.json with its PHP-style parameters (contract: Düsseldorf)', async () => {
    const recorded = await loadFixture('dkan/duesseldorf/datastore_search_garages.json');
    const fetchFn = fakeFetch(() => json(recorded));
    const portal = await connect(
      `https://opendata.duesseldorf.de/api/action/datastore/search.json?resource_id=${GARAGES}`,
      {
        fetch: fetchFn,
        httpState: createHttpState(),
      },
    );
    expect(portal.type).to.equal('dkan');
    expect(portal.capabilities.sql).to.equal(false);
    const table = await portal.query(GARAGES, {
      select: ['name', 'ort'],
      where: [{ field: 'ort', op: '=', value: '40211 Düsseldorf Stadtmitte' }],
      orderBy: [{ field: 'name', direction: 'desc' }],
      limit: 10,
    });
    const url = new URL(fetchFn.calls[0].url);
    expect(url.pathname).to.equal('/api/action/datastore/search.json');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      resource_id: GARAGES,
      fields: 'name,ort',
      limit: '10',
      'sort[name]': 'desc',
      'filters[ort]': '40211 Düsseldorf Stadtmitte',
    });
    expect(table.fields.map((f) => f.name)).to.deep.equal(['name', 'ort']);
    expect(table.rows[0]).to.deep.equal(['Galeria-Kaufhof Am Wehrhahn', '40211 Düsseldorf Stadtmitte']);
    expect(table.total).to.equal(55);
  });

  it('sums DKAN’s text columns locally when they hold plain numbers', async () => {
    const recorded = (await loadFixture('dkan/duesseldorf/datastore_search_garages.json')) as any;
    const records: Record<string, string>[] = recorded.result.records;
    // The recorded page, served as DKAN pages it: by offset and limit, with the limit echoed.
    const fetchFn = fakeFetch((url) => {
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit'));
      const page = records.slice(offset, offset + limit);
      return json({
        ...recorded,
        result: { ...recorded.result, records: page, limit, total: records.length },
      });
    });
    const portal = await connect('https://opendata.duesseldorf.de', {
      type: 'dkan',
      fetch: fetchFn,
      httpState: createHttpState(),
    });
    const table = await portal.query(GARAGES, {
      aggregates: [{ op: 'count' }, { op: 'sum', field: 'latitude' }],
    });
    const sum = records.reduce((s, r) => s + Number(r.latitude), 0);
    expect(table.rows[0][0]).to.equal(records.length);
    expect(table.rows[0][1]).to.be.closeTo(sum, 1e-9);
    expect(table.source).to.include({ pushedDown: false, rowsRead: records.length });
    expect(table.exact).to.equal(true);
  });

  it('falls back to CKAN’s datastore_search path when a DKAN site serves it there', async () => {
    const table: FakeTable = {
      fields: [{ id: 'name', type: 'text' }],
      records: [{ name: 'a' }, { name: 'b' }],
    };
    const ckan = fakeCkan({ r: table });
    const fetchFn = fakeFetch((url, init, i) =>
      url.pathname.startsWith('/api/action/')
        ? new Response('Not found', { status: 404 })
        : ckan(url.href, init).then((r) => (void i, r)),
    );
    const portal = await connect('https://dkan.example', {
      type: 'dkan',
      fetch: fetchFn,
      httpState: createHttpState(),
    });
    const result = await portal.query('r', { orderBy: [{ field: 'name', direction: 'desc' }] });
    expect(result.rows).to.deep.equal([['b'], ['a']]);
    // No `_id` tiebreaker: DKAN tables need not have one.
    expect(new URL(fetchFn.calls[1].url).searchParams.get('sort')).to.equal('"name" desc');
  });

  it('reads package_show answered as a list of one package', async () => {
    const fetchFn = fakeFetch(() =>
      ckanOk([{ id: 'x', name: 'parkhaeuser', title: 'Parkhäuser', resources: [] }]),
    );
    const portal = await connect('https://dkan.example', {
      type: 'dkan',
      fetch: fetchFn,
      httpState: createHttpState(),
    });
    expect((await portal.getDataset('parkhaeuser')).title).to.equal('Parkhäuser');
  });
});
