import { expect } from 'chai';
import { action, callPortal, firstResourceId } from './shared-portal.js';

const MOERS = '6c3f1b52-8d3e-4c49-9a51-2f0a4f3b7d11';

describe('datastore_search', () => {
  it('pages with limit/offset, echoes the limit and reports the total, with _id and CKAN column types', async () => {
    const { body } = await action('datastore_search', { resource_id: MOERS, limit: 2, offset: 1 });
    const result = body.result;
    expect(result.total).to.equal(720);
    expect(result.total_was_estimated).to.equal(false);
    expect(result.limit).to.equal(2);
    expect(result.records.map((r: any) => r._id)).to.deep.equal([2, 3]);
    expect(result.fields.slice(0, 5)).to.deep.equal([
      { id: '_id', type: 'int' },
      { id: 'Lage', type: 'text' },
      { id: 'Zeitpunkt der Messung', type: 'timestamp' },
      { id: 'Wochentag', type: 'text' },
      { id: 'Fußgänger insgesamt', type: 'int4' },
    ]);
    // Latin-1 header decoded; timestamps formatted as CKAN formats them (local time, offset dropped).
    expect(result.records[0]['Zeitpunkt der Messung']).to.equal('2022-06-01T01:00:00');
    expect(result.records[0]['Temperatur in ºc']).to.equal(11);
  });

  it('builds _links like CKAN: start without offset, next with offset + limit', async () => {
    const { body } = await action('datastore_search', { resource_id: MOERS, limit: 5, offset: 10 });
    expect(body.result._links).to.deep.equal({
      start: `/api/3/action/datastore_search?resource_id=${MOERS}&limit=5`,
      next: `/api/3/action/datastore_search?resource_id=${MOERS}&limit=5&offset=15`,
    });
  });

  it('filters by value and by a list of values (IN)', async () => {
    const one = await action('datastore_search', {
      resource_id: MOERS,
      filters: { Wochentag: 'Sunday' },
      limit: 0,
    });
    expect(one.body.result.total).to.equal(96);
    expect(one.body.result.records).to.deep.equal([]);
    const two = await action('datastore_search', {
      resource_id: MOERS,
      filters: { Wochentag: ['Saturday', 'Sunday'] },
      limit: 0,
    });
    expect(two.body.result.total).to.equal(192);
  });

  it('sorts by one or more columns, with quoted names and directions', async () => {
    const { body } = await action('datastore_search', {
      resource_id: MOERS,
      sort: '"Fußgänger insgesamt" desc, _id asc',
      limit: 3,
      fields: ['_id', 'Fußgänger insgesamt'],
    });
    const counts = body.result.records.map((r: any) => r['Fußgänger insgesamt']);
    expect(counts).to.deep.equal([...counts].sort((a: number, b: number) => b - a));
    expect(body.result.fields).to.deep.equal([
      { id: '_id', type: 'int' },
      { id: 'Fußgänger insgesamt', type: 'int4' },
    ]);
  });

  it('full-text q uses the German configuration: Straße and straße both match, umlauts kept; a rank column is added', async () => {
    const upper = await action('datastore_search', { resource_id: MOERS, q: 'Steinstraße', limit: 1 });
    const lower = await action('datastore_search', { resource_id: MOERS, q: 'steinstraße', limit: 1 });
    expect(upper.body.result.total).to.equal(720);
    expect(lower.body.result.total).to.equal(720);
    expect(upper.body.result.fields.at(-1)).to.deep.equal({ id: 'rank', type: 'float' });
    expect(upper.body.result.records[0]).to.have.property('rank');
    const none = await action('datastore_search', { resource_id: MOERS, q: 'Köln', limit: 1 });
    expect(none.body.result.total).to.equal(0);
  });

  it('q as an object searches single columns', async () => {
    const { body } = await action('datastore_search', {
      resource_id: MOERS,
      q: { Wetterlage: 'rain' },
      limit: 0,
    });
    expect(body.result.total).to.be.greaterThan(0).and.lessThan(720);
  });

  it('distinct returns distinct rows of the selected fields, applied after limit as in CKAN', async () => {
    const firstPage = await action('datastore_search', {
      resource_id: MOERS,
      fields: 'Wochentag',
      distinct: true,
      sort: 'Wochentag',
    });
    // CKAN runs DISTINCT over the page (LIMIT 100 first): the first 100 rows sorted are Fridays and Mondays.
    expect(firstPage.body.result.records.map((r: any) => r.Wochentag)).to.deep.equal(['Friday', 'Monday']);
    const { body } = await action('datastore_search', {
      resource_id: MOERS,
      fields: 'Wochentag',
      distinct: true,
      sort: 'Wochentag',
      limit: 32000,
    });
    expect(body.result.records.map((r: any) => r.Wochentag)).to.deep.equal([
      'Friday',
      'Monday',
      'Saturday',
      'Sunday',
      'Thursday',
      'Tuesday',
      'Wednesday',
    ]);
    expect(body.result.total).to.equal(7);
  });

  it('records_format lists and csv, include_total=false', async () => {
    const lists = await action('datastore_search', {
      resource_id: MOERS,
      records_format: 'lists',
      fields: ['_id', 'Wochentag'],
      limit: 2,
      include_total: false,
    });
    expect(lists.body.result.records).to.deep.equal([
      [1, 'Wednesday'],
      [2, 'Wednesday'],
    ]);
    expect(lists.body.result).not.to.have.property('total');
    const csv = await action('datastore_search', {
      resource_id: MOERS,
      records_format: 'csv',
      fields: ['_id', 'Lage'],
      limit: 2,
    });
    expect(csv.body.result.records).to.equal('1,"Steinstraße, Moers"\n2,"Steinstraße, Moers"\n');
  });

  it('caps limit at 32000 and echoes the capped value', async () => {
    const { body } = await action('datastore_search', { resource_id: MOERS, limit: 50000, fields: '_id' });
    expect(body.result.limit).to.equal(32000);
    expect(body.result.records).to.have.length(720);
  });

  it('keeps codes with leading zeros as text and reads German thousands separators as numbers (Köln budget)', async () => {
    const id = await firstResourceId('koeln-haushalt-teilergebnisplan-2010-2015');
    const { body } = await action('datastore_search', { resource_id: id, limit: 2, offset: 1 });
    const types = Object.fromEntries(body.result.fields.map((f: any) => [f.id, f.type]));
    expect(types.Teilplan).to.equal('text');
    expect(types['Ergebnis 2010']).to.equal('int4');
    expect(body.result.records[0].Teilplan).to.equal('0101');
    expect(body.result.records[0]['Ergebnis 2010']).to.equal(203726);
  });

  it('serves GeoJSON features as rows with a json geometry column', async () => {
    const id = await firstResourceId('koeln-stadtbezirke');
    const { body } = await action('datastore_search', {
      resource_id: id,
      sort: 'STB_NAME',
      fields: ['STB_NAME', 'geometry'],
    });
    expect(body.result.total).to.equal(9);
    expect(body.result.fields[1]).to.deep.equal({ id: 'geometry', type: 'json' });
    expect(body.result.records[0].geometry.type).to.equal('Polygon');
  });

  it('estimates the total with total_estimation_threshold when there is no filter', async () => {
    const { body } = await action('datastore_search', {
      resource_id: MOERS,
      limit: 0,
      total_estimation_threshold: 100,
    });
    expect(body.result.total_was_estimated).to.equal(true);
    expect(body.result.total).to.equal(720);
  });

  describe('bad input: CKAN error shapes, and the portal keeps running', () => {
    const cases: [string, Record<string, unknown>, number, Record<string, unknown>][] = [
      [
        'unknown resource',
        { resource_id: 'nope' },
        404,
        { __type: 'Not Found Error', message: 'Not found: Resource "nope" was not found.' },
      ],
      [
        'negative limit',
        { resource_id: MOERS, limit: -1 },
        409,
        { __type: 'Validation Error', limit: ['Must be a natural number'] },
      ],
      [
        'non-numeric offset',
        { resource_id: MOERS, offset: 'x' },
        409,
        { __type: 'Validation Error', offset: ['Invalid integer'] },
      ],
      [
        'filters that are not JSON',
        { resource_id: MOERS, filters: '{"a":' },
        409,
        { __type: 'Validation Error', filters: ['Cannot parse JSON'] },
      ],
      [
        'filter on an unknown column',
        { resource_id: MOERS, filters: { nope: 1 } },
        409,
        { __type: 'Validation Error', filters: ['invalid value "nope"'] },
      ],
      [
        'sort on an unknown column',
        { resource_id: MOERS, sort: 'nope desc' },
        409,
        { __type: 'Validation Error', sort: ['invalid value "nope desc"'] },
      ],
      [
        'unknown field',
        { resource_id: MOERS, fields: 'nope' },
        409,
        { __type: 'Validation Error', fields: ['invalid value "nope"'] },
      ],
      [
        'unknown parameter',
        { resource_id: MOERS, bogus: 1 },
        409,
        { __type: 'Validation Error', __junk: ['The input field bogus was not expected.'] },
      ],
      ['missing resource_id', {}, 409, { __type: 'Validation Error', resource_id: ['Missing value'] }],
    ];
    for (const [name, params, status, error] of cases) {
      it(`${name} → ${status}`, async () => {
        const res = await action('datastore_search', params);
        expect(res.status).to.equal(status);
        expect(res.body.success).to.equal(false);
        expect(res.body.error).to.deep.equal(error);
      });
    }

    it('a value of the wrong type for a column is an Invalid query (409)', async () => {
      const res = await action('datastore_search', { resource_id: MOERS, filters: { Kinder: 'viele' } });
      expect(res.status).to.equal(409);
      expect(res.body.error.query).to.deep.equal(['Invalid query']);
      expect((await action('status_show')).status).to.equal(200);
    });
  });

  it('datastore_info reports columns with schema and the row count', async () => {
    const { body } = await action('datastore_info', { id: MOERS });
    expect(body.result.meta.count).to.equal(720);
    expect(body.result.fields[0]).to.deep.include({ id: 'Lage', type: 'text' });
    expect(body.result.fields[0].schema.native_type).to.equal('text');
  });

  it('answers POST with the same result as GET', async () => {
    const post = await callPortal('/api/3/action/datastore_search', {
      json: { resource_id: MOERS, filters: { Wochentag: 'Sunday' }, limit: 1 },
    });
    expect(post.body.result.total).to.equal(96);
  });
});
