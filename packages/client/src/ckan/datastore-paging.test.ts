import { expect } from 'chai';
import fc from 'fast-check';
import { fakeCkan } from '../../test/fake-ckan.js';
import { connect } from '../connect.js';
import { QueryError } from '../errors.js';
import { createHttpState } from '../http/shared-state.js';

describe('DataStore paging (R-05)', () => {
  it('returns every matching row exactly once, whatever the portal caps and the caller asks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 70 }),
        fc.option(fc.integer({ min: 0, max: 70 }), { nil: undefined }),
        async (size, rowsMax, pageSize, offset, limit) => {
          const records = Array.from({ length: size }, (_, i) => ({ n: (i * 7) % 5 }));
          const fetchFn = fakeCkan({ r: { fields: [{ id: 'n', type: 'int4' }], records } }, { rowsMax });
          const portal = await connect('https://p.example', {
            type: 'ckan',
            fetch: fetchFn,
            httpState: createHttpState(),
          });
          const ids: unknown[] = [];
          for await (const page of portal.rows(
            'r',
            { select: ['_id'], orderBy: [{ field: 'n' }], offset, limit },
            { pageSize },
          )) {
            ids.push(...page.rows.map((row) => row[0]));
          }
          const expected = records
            .map((r, i) => ({ ...r, _id: i + 1 }))
            .sort((a, b) => a.n - b.n || a._id - b._id)
            .map((r) => r._id)
            .slice(offset, limit === undefined ? undefined : offset + limit);
          expect(ids).to.deep.equal(expected);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('asks for a resource before any request', async () => {
    const fetchFn = fakeCkan({});
    const portal = await connect('https://p.example', {
      type: 'ckan',
      fetch: fetchFn,
      httpState: createHttpState(),
    });
    const error = await portal.query('', {}).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(QueryError).and.include({ part: 'resource' });
    expect(fetchFn.calls).to.have.length(0);
  });
});
