import { expect } from 'chai';
import { callsTo, fakeCkan, type FakeTable } from '../../test/fake-ckan.js';
import { ckanError, ckanOk, json } from '../../test/fake-fetch.js';
import { connect } from '../connect.js';
import { PortalError, QueryError } from '../errors.js';
import { createHttpState } from '../http/shared-state.js';
import type { ClientOptions } from '../portal/client-options.js';
import type { Portal } from '../portal/portal.js';

const BASE = 'https://portal.example';
const RID = 'steinstrasse-2022';

/** 30 hourly pedestrian counts, like the Moers Steinstraße table. */
const COUNTS: FakeTable = {
  fields: [
    { id: 'zeit', type: 'timestamp' },
    { id: 'wochentag', type: 'text' },
    { id: 'anzahl', type: 'int4' },
    { id: 'temperatur', type: 'numeric' },
  ],
  records: Array.from({ length: 30 }, (_, i) => ({
    zeit: `2022-06-01T${String(i % 24).padStart(2, '0')}:00:00`,
    wochentag: i < 24 ? 'Wednesday' : 'Thursday',
    anzahl: (i * 37) % 101,
    temperatur: String(12 + (i % 5) / 2),
  })),
};

async function portal(fetchFn: typeof fetch, options: ClientOptions = {}): Promise<Portal> {
  return connect(BASE, { type: 'ckan', fetch: fetchFn, httpState: createHttpState(), ...options });
}

describe('CkanPortal', () => {
  describe('query on the DataStore with datastore_search', () => {
    it('pushes filters, search, fields, sort and paging down in one request', async () => {
      const fetchFn = fakeCkan({ [RID]: COUNTS });
      const table = await (
        await portal(fetchFn)
      ).query(RID, {
        select: ['zeit', 'anzahl'],
        where: [{ field: 'wochentag', op: '=', value: 'Wednesday' }],
        orderBy: [{ field: 'anzahl', direction: 'desc' }],
        limit: 3,
        offset: 1,
      });
      const [params] = callsTo(fetchFn, 'datastore_search');
      expect(Object.fromEntries(params)).to.deep.equal({
        resource_id: RID,
        filters: '{"wochentag":"Wednesday"}',
        fields: 'zeit,anzahl',
        sort: '"anzahl" desc, "_id" asc',
        limit: '3',
        offset: '1',
        records_format: 'lists',
      });
      expect(table.fields.map((f) => [f.name, f.type])).to.deep.equal([
        ['zeit', 'datetime'],
        ['anzahl', 'integer'],
      ]);
      expect(table.rows).to.have.length(3);
      expect(table.total).to.equal(24);
      expect(table.exact).to.equal(true);
      expect(table.source).to.include({ pushedDown: true, method: 'datastore_search' });
      expect(table.source.url).to.contain('/api/3/action/datastore_search?');
    });

    it('hides the row id, types numeric text as numbers, and keeps every other cell as sent', async () => {
      const table = await (await portal(fakeCkan({ [RID]: COUNTS }))).query(RID, { limit: 2 });
      expect(table.fields.map((f) => f.name)).to.deep.equal(['zeit', 'wochentag', 'anzahl', 'temperatur']);
      expect(table.rows[0]).to.deep.equal(['2022-06-01T00:00:00', 'Wednesday', 0, 12]);
      expect(table.fields[3]).to.include({ type: 'number', nativeType: 'numeric' });
    });

    it('follows the limit the portal echoes when it caps rows per request', async () => {
      const fetchFn = fakeCkan({ [RID]: COUNTS }, { rowsMax: 7 });
      const p = await portal(fetchFn);
      const table = await p.query(RID, { limit: 20 });
      const calls = callsTo(fetchFn, 'datastore_search');
      expect(calls.map((c) => [c.get('limit'), c.get('offset')])).to.deep.equal([
        ['20', null],
        ['7', '7'],
        ['6', '14'],
      ]);
      expect(table.rows.map((r) => r[2])).to.deep.equal(COUNTS.records.slice(0, 20).map((r) => r.anzahl));
      expect(p.capabilities.maxLimit).to.equal(7);
    });

    it('reports an estimated total as not exact', async () => {
      const table = await (await portal(fakeCkan({ [RID]: COUNTS }, { estimated: true }))).query(RID, {});
      expect(table.exact).to.equal(false);
      expect(table.total).to.equal(30);
    });

    it('turns the portal’s validation error into a QueryError naming the bad part', async () => {
      const p = await portal(fakeCkan({ [RID]: COUNTS }));
      const error = await p
        .query(RID, { where: [{ field: 'Anzahl', op: '=', value: 1 }] })
        .catch((e: unknown) => e);
      expect(error).to.be.instanceOf(QueryError);
      expect(error).to.include({ part: 'where[0].field' });
      expect((error as QueryError).message)
        .to.contain('"Anzahl"')
        .and.contain('anzahl');
    });

    it('rejects a malformed query before any request', async () => {
      const fetchFn = fakeCkan({ [RID]: COUNTS });
      const p = await portal(fetchFn);
      const error = await p
        .query(RID, { where: [{ field: 'anzahl', op: '~' as '=', value: 1 }] })
        .catch((e: unknown) => e);
      expect(error).to.be.instanceOf(QueryError).and.include({ part: 'where[0].op' });
      expect(fetchFn.calls).to.have.length(0);
    });
  });

  describe('aggregates', () => {
    it('asks datastore_search_sql when the portal allows SQL, with quoted names', async () => {
      const statements: string[] = [];
      const fetchFn = fakeCkan(
        { [RID]: COUNTS },
        {
          sql: (sql) => {
            statements.push(sql);
            return ckanOk({
              sql,
              fields: [
                { id: 'wochentag', type: 'text' },
                { id: 'sum_anzahl', type: 'int8' },
              ],
              records: [
                { wochentag: 'Thursday', sum_anzahl: 300 },
                { wochentag: 'Wednesday', sum_anzahl: 1200 },
              ],
            });
          },
        },
      );
      const p = await portal(fetchFn);
      expect(p.capabilities.sql).to.equal(undefined);
      const table = await p.query(RID, {
        groupBy: ['wochentag'],
        aggregates: [{ op: 'sum', field: 'anzahl' }],
        where: [{ field: 'anzahl', op: '>', value: 10 }],
      });
      expect(statements).to.deep.equal([
        `SELECT "wochentag", sum("anzahl") AS "sum_anzahl" FROM "${RID}" WHERE "anzahl" > E'10' GROUP BY "wochentag" ORDER BY "wochentag" ASC LIMIT 100`,
      ]);
      expect(table.fields.map((f) => [f.name, f.type])).to.deep.equal([
        ['wochentag', 'text'],
        ['sum_anzahl', 'integer'],
      ]);
      expect(table.rows).to.deep.equal([
        ['Thursday', 300],
        ['Wednesday', 1200],
      ]);
      expect(table).to.include({ total: 2, exact: true });
      expect(table.source).to.include({ pushedDown: true, method: 'datastore_search_sql' });
      expect(p.capabilities.sql).to.equal(true);
    });

    it('detects that SQL is off and computes the aggregate locally from DataStore pages', async () => {
      const fetchFn = fakeCkan({ [RID]: COUNTS });
      const p = await portal(fetchFn);
      const table = await p.query(RID, {
        groupBy: ['wochentag'],
        aggregates: [{ op: 'sum', field: 'anzahl' }, { op: 'count' }],
        orderBy: [{ field: 'wochentag' }],
      });
      const sum = (day: string) =>
        COUNTS.records.filter((r) => r.wochentag === day).reduce((s, r) => s + (r.anzahl as number), 0);
      expect(table.rows).to.deep.equal([
        ['Thursday', sum('Thursday'), 6],
        ['Wednesday', sum('Wednesday'), 24],
      ]);
      expect(table).to.include({ total: 2, exact: true });
      expect(table.source).to.include({ pushedDown: false, method: 'datastore_search', rowsRead: 30 });
      expect(p.capabilities.sql).to.equal(false);
      // Known now: the next aggregate goes straight to the scan.
      await p.query(RID, { aggregates: [{ op: 'count' }] });
      expect(callsTo(fetchFn, 'datastore_search_sql')).to.have.length(1);
    });

    it('says when a local result was computed from a capped number of rows', async () => {
      const p = await portal(fakeCkan({ [RID]: COUNTS }, { rowsMax: 10 }), { localRowCap: 20 });
      const table = await p.query(RID, { aggregates: [{ op: 'max', field: 'anzahl' }] });
      expect(table.exact).to.equal(false);
      expect(table.source).to.include({ rowsRead: 20, rowCap: 20, pushedDown: false });
    });

    it('runs conditions datastore_search cannot express through SQL too', async () => {
      let statement = '';
      const fetchFn = fakeCkan(
        { [RID]: COUNTS },
        {
          sql: (sql) => (
            (statement = sql),
            ckanOk({ fields: [{ id: 'anzahl', type: 'int4' }], records: [{ anzahl: 5 }] })
          ),
        },
      );
      const table = await (
        await portal(fetchFn)
      ).query(RID, {
        select: ['anzahl'],
        where: [{ field: 'wochentag', op: 'contains', value: "50%_o'k" }],
      });
      expect(statement).to.equal(
        `SELECT "anzahl" FROM "${RID}" WHERE "wochentag"::text ILIKE E'%50!%!_o''k%' ESCAPE '!' ORDER BY "_id" ASC LIMIT 100`,
      );
      expect(table.rows).to.deep.equal([[5]]);
      expect(table.total).to.equal(1);
    });
  });

  it('keeps columns named __proto__ and constructor as data in list and object records', async () => {
    const hostile: FakeTable = {
      fields: [
        { id: '__proto__', type: 'text' },
        { id: 'constructor', type: 'int4' },
      ],
      records: [JSON.parse('{"__proto__": "polluted", "constructor": 1}'), JSON.parse('{"__proto__": "x"}')],
    };
    // datastore_search_sql answers with records as objects, parsed from JSON text as a portal sends them.
    const sqlAnswer = `{"success": true, "result": {"fields": [{"id": "__proto__", "type": "text"}, {"id": "constructor", "type": "int4"}],
      "records": [{"__proto__": "polluted", "constructor": 1}, {"__proto__": "x"}]}}`;
    const fetchFn = fakeCkan({ [RID]: hostile }, { sql: () => new Response(sqlAnswer, { status: 200 }) });
    const p = await portal(fetchFn);
    const listed = await p.query(RID, {});
    expect(listed.fields.map((f) => f.name)).to.deep.equal(['__proto__', 'constructor']);
    expect(listed.rows).to.deep.equal([
      ['polluted', 1],
      ['x', null],
    ]);
    const viaSql = await p.query(RID, { where: [{ field: 'constructor', op: '>', value: 0 }] });
    expect(viaSql.source.method).to.equal('datastore_search_sql');
    // A missing "constructor" is a missing value, not Object.prototype.constructor.
    expect(viaSql.rows).to.deep.equal([
      ['polluted', 1],
      ['x', null],
    ]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  describe('metadata', () => {
    it('searches with quoted filter queries and normalizes facets', async () => {
      let seen: URLSearchParams | undefined;
      const fetchFn = fakeCkan(
        {},
        {
          actions: {
            package_search: (params) => {
              seen = params;
              return ckanOk({
                count: 1,
                results: [
                  { id: 'x', name: 'x', title: 'X', organization: { name: 'moers', title: 'Stadt Moers' } },
                ],
                search_facets: {
                  organization: { items: [{ name: 'moers', display_name: 'Stadt Moers', count: 185 }] },
                  res_format: {
                    items: [
                      { name: 'CSV', display_name: 'CSV', count: 3 },
                      { name: 'JSON', display_name: 'JSON', count: 9 },
                    ],
                  },
                },
              });
            },
          },
        },
      );
      const result = await (
        await portal(fetchFn)
      ).searchDatasets({
        q: 'Fußgänger',
        organization: 'moers',
        tags: ['Verkehr "Innenstadt"'],
        formats: ['csv'],
        facets: ['organization', 'formats'],
        limit: 5,
      });
      expect(seen!.get('q')).to.equal('Fußgänger');
      expect(seen!.get('fq')).to.equal(
        'organization:"moers" AND tags:"Verkehr \\"Innenstadt\\"" AND res_format:("csv" OR "CSV")',
      );
      expect(seen!.get('rows')).to.equal('5');
      expect(seen!.get('sort')).to.equal('score desc, metadata_modified desc');
      expect(seen!.get('facet.field')).to.equal('["organization","res_format"]');
      expect(result.total).to.equal(1);
      expect(result.datasets[0].organization?.title).to.equal('Stadt Moers');
      expect(result.facets).to.deep.equal({
        organization: [{ value: 'moers', label: 'Stadt Moers', count: 185 }],
        formats: [
          { value: 'JSON', label: 'JSON', count: 9 },
          { value: 'CSV', label: 'CSV', count: 3 },
        ],
      });
    });

    it('fills a search limit above CKAN’s 1000 rows per request with further pages', async () => {
      const all = Array.from({ length: 1200 }, (_, i) => ({ id: `d${i}`, name: `d${i}`, title: `D ${i}` }));
      const fetchFn = fakeCkan(
        {},
        {
          actions: {
            package_search: (params) => {
              const start = Number(params.get('start') ?? 0);
              const rows = Math.min(Number(params.get('rows')), 1000);
              return ckanOk({ count: all.length, results: all.slice(start, start + rows) });
            },
          },
        },
      );
      const result = await (
        await portal(fetchFn)
      ).searchDatasets({ limit: 1100, offset: 50, facets: ['tags'] });
      expect(result.datasets.map((d) => d.name)).to.deep.equal(all.slice(50, 1150).map((d) => d.name));
      const calls = callsTo(fetchFn, 'package_search');
      expect(calls.map((c) => [c.get('start'), c.get('rows'), c.has('facet.field')])).to.deep.equal([
        ['50', '1000', true],
        ['1050', '100', false],
      ]);
    });

    it('lists every organization across CKAN’s capped pages', async () => {
      const orgs = Array.from({ length: 30 }, (_, i) => ({
        id: `o${i}`,
        name: `org-${i}`,
        title: `Org ${i}`,
        package_count: i,
      }));
      const fetchFn = fakeCkan(
        {},
        {
          actions: {
            organization_list: (params) => {
              const offset = Number(params.get('offset') ?? 0);
              return ckanOk(orgs.slice(offset, offset + Number(params.get('limit'))));
            },
          },
        },
      );
      const list = await (await portal(fetchFn)).listOrganizations();
      expect(list).to.have.length(30);
      expect(list[29]).to.deep.include({ id: 'o29', name: 'org-29', title: 'Org 29', datasetCount: 29 });
      expect(callsTo(fetchFn, 'organization_list').map((p) => p.get('all_fields'))).to.deep.equal([
        'true',
        'true',
      ]);
    });

    it('rejects a missing dataset with a PortalError carrying CKAN’s error type, status and URL', async () => {
      const fetchFn = fakeCkan(
        {},
        { actions: { package_show: () => ckanError('Not Found Error', 'Not found', 404) } },
      );
      const error = (await (
        await portal(fetchFn)
      )
        .getDataset('gibt-es-nicht')
        .catch((e: unknown) => e)) as PortalError;
      expect(error).to.be.instanceOf(PortalError);
      expect(error).to.include({ code: 'Not Found Error', status: 404 });
      expect(error.url).to.equal(`${BASE}/api/3/action/package_show?id=gibt-es-nicht`);
    });

    it('reports an answer without CKAN’s envelope as an HttpError', async () => {
      const fetchFn = fakeCkan({}, { actions: { package_show: () => json({ id: 'x' }) } });
      const error = await (await portal(fetchFn)).getDataset('x').catch((e: unknown) => e);
      expect((error as Error).name).to.equal('HttpError');
      expect((error as Error).message).to.contain('envelope');
    });
  });

  describe('rows()', () => {
    it('pages through all matching rows and stops requesting when the caller breaks', async () => {
      const fetchFn = fakeCkan({ [RID]: COUNTS });
      const p = await portal(fetchFn);
      const pages: number[] = [];
      for await (const page of p.rows(RID, { orderBy: [{ field: 'zeit' }] }, { pageSize: 8 }))
        pages.push(page.rows.length);
      expect(pages).to.deep.equal([8, 8, 8, 6]);

      const before = callsTo(fetchFn, 'datastore_search').length;
      for await (const page of p.rows(RID, {}, { pageSize: 8 })) {
        expect(page.rows).to.have.length(8);
        break;
      }
      expect(callsTo(fetchFn, 'datastore_search').length - before).to.equal(1);
    });

    it('reads the source once when paging through a locally computed result', async () => {
      const fetchFn = fakeCkan({ [RID]: COUNTS });
      const p = await portal(fetchFn);
      const pages: number[] = [];
      const query = {
        where: [{ field: 'wochentag', op: 'contains' as const, value: 'nes' }],
        select: ['zeit'],
      };
      for await (const page of p.rows(RID, query, { pageSize: 5 })) pages.push(page.rows.length);
      expect(pages).to.deep.equal([5, 5, 5, 5, 4]);
      // The columns (for the SQL attempt, refused once), then one read of the table, not one per page.
      expect(callsTo(fetchFn, 'datastore_search').map((c) => c.get('limit'))).to.deep.equal(['0', '32000']);
      expect(callsTo(fetchFn, 'datastore_search_sql')).to.have.length(1);
    });

    it('respects offset and limit of the query across pages', async () => {
      const p = await portal(fakeCkan({ [RID]: COUNTS }));
      const ids: unknown[] = [];
      for await (const page of p.rows(RID, { offset: 5, limit: 12, select: ['zeit'] }, { pageSize: 5 })) {
        ids.push(...page.rows.map((r) => r[0]));
      }
      expect(ids).to.deep.equal(COUNTS.records.slice(5, 17).map((r) => r.zeit));
    });
  });
});
