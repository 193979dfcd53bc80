import { expect } from 'chai';
import { connect } from '../connect.js';
import { QueryError } from '../errors.js';
import { createHttpState } from '../http/shared-state.js';
import type { Portal } from '../portal/portal.js';
import type { PortalType, Resource } from '../types.js';
import { exportUrl } from './export-url.js';

const noFetch = (() => Promise.reject(new Error('exportUrl must not make requests'))) as typeof fetch;

function portalOf(type: PortalType, base = 'https://portal.example'): Promise<Portal> {
  return connect(base, { type, fetch: noFetch, httpState: createHttpState() });
}

const resource = (datastoreActive: boolean): Resource =>
  ({ id: 'b5c0-4e1f', name: 'Zählung', format: 'CSV', url: '', datastoreActive }) as Resource;

describe('exportUrl', () => {
  it('builds the DataStore dump URL with search, filters, fields and sort, and no paging', async () => {
    const url = exportUrl(
      await portalOf('ckan'),
      resource(true),
      {
        q: '  Größe ',
        where: [
          { field: 'Wochentag', op: '=', value: 'Samstag' },
          { field: 'Ort', op: 'in', value: ['Moers', 'Kleve'] },
        ],
        select: ['Wochentag', 'Fußgänger insgesamt'],
        orderBy: [{ field: 'Fußgänger insgesamt', direction: 'desc' }],
        limit: 10,
        offset: 20,
      },
      { format: 'csv', bom: true },
    )!;
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).to.equal('https://portal.example/datastore/dump/b5c0-4e1f');
    expect(Object.fromEntries(parsed.searchParams)).to.deep.equal({
      q: 'Größe',
      filters: JSON.stringify({ Wochentag: 'Samstag', Ort: ['Moers', 'Kleve'] }),
      fields: 'Wochentag,Fußgänger insgesamt',
      sort: '"Fußgänger insgesamt" desc, "_id" asc',
      format: 'csv',
      bom: 'true',
    });
  });

  it('leaves out what the query does not set, and keeps a portal path and odd ids', async () => {
    const url = exportUrl(
      await portalOf('ckan', 'https://example.org/ckan'),
      'a b/c',
      {},
      { format: 'json' },
    );
    expect(url).to.equal('https://example.org/ckan/datastore/dump/a%20b%2Fc?sort=%22_id%22+asc&format=json');
  });

  it('is undefined when the dump cannot write exactly the query', async () => {
    const ckan = await portalOf('ckan');
    const undefinedFor = [
      { where: [{ field: 'n', op: '>=' as const, value: 3 }] },
      { where: [{ field: 'name', op: 'contains' as const, value: 'ob' }] },
      {
        where: [
          { field: 'n', op: '=' as const, value: 1 },
          { field: 'n', op: '=' as const, value: 2 },
        ],
      },
      { groupBy: ['Wochentag'], aggregates: [{ op: 'count' as const }] },
      { select: ['a,b'] },
      { orderBy: [{ field: ' padded' }] },
    ];
    for (const query of undefinedFor)
      expect(exportUrl(ckan, resource(true), query, { format: 'csv' }), JSON.stringify(query)).to.equal(
        undefined,
      );
  });

  it('is undefined without a DataStore and for portals other than CKAN', async () => {
    expect(exportUrl(await portalOf('ckan'), resource(false), {}, { format: 'csv' })).to.equal(undefined);
    expect(exportUrl(await portalOf('dkan'), resource(true), {}, { format: 'csv' })).to.equal(undefined);
    expect(exportUrl(await portalOf('ods'), resource(true), {}, { format: 'csv' })).to.equal(undefined);
  });

  it('rejects an invalid query as portal.query() does', async () => {
    const ckan = await portalOf('ckan');
    expect(() => exportUrl(ckan, 'r', { limit: -1 }, { format: 'csv' })).to.throw(QueryError);
  });
});
