import { expect } from 'chai';
import { QueryError } from '../errors.js';
import { outputNames } from './field-names.js';
import { aggregateName, validateQuery } from './validate-query.js';

function partOf(query: unknown): string | undefined {
  try {
    validateQuery(query);
    return undefined;
  } catch (error) {
    expect(error).to.be.instanceOf(QueryError);
    return (error as QueryError).part;
  }
}

describe('validateQuery', () => {
  it('accepts the empty query and every documented part', () => {
    expect(validateQuery(undefined)).to.deep.equal({});
    const query = {
      where: [
        { field: 'a', op: '=', value: 1 },
        { field: 'b', op: 'in', value: ['x', 2, true] },
        { field: 'c', op: 'is null' },
        { field: 'd', op: 'contains', value: 'x' },
      ],
      q: 'text',
      orderBy: [{ field: 'a', direction: 'desc' }],
      limit: 0,
      offset: 10,
      groupBy: ['a'],
      aggregates: [{ op: 'count' }, { op: 'sum', field: 'e', as: 'total' }],
    };
    expect(validateQuery(query)).to.equal(query);
  });

  it('names the bad part of an invalid query', () => {
    const cases: [unknown, string][] = [
      ['select * from x', 'query'],
      [{ limt: 10 }, 'limt'],
      [{ select: 'a' }, 'select'],
      [{ select: ['a', ''] }, 'select[1]'],
      [{ select: ['a', 'a'] }, 'select[1]'],
      [{ where: {} }, 'where'],
      [{ where: [{ field: 'a', op: 'like', value: 'x' }] }, 'where[0].op'],
      [
        {
          where: [
            { field: 'a', op: '=', value: 'x' },
            { op: '=', value: 1 },
          ],
        },
        'where[1].field',
      ],
      [{ where: [{ field: 'a', op: '=', value: null }] }, 'where[0].value'],
      [{ where: [{ field: 'a', op: '=', value: Number.NaN }] }, 'where[0].value'],
      [{ where: [{ field: 'a', op: 'in', value: [] }] }, 'where[0].value'],
      [{ where: [{ field: 'a', op: 'is null', value: 1 }] }, 'where[0].value'],
      [{ where: [{ field: 'a', op: 'contains', value: 3 }] }, 'where[0].value'],
      [{ q: 5 }, 'q'],
      [{ orderBy: [{ field: 'a', direction: 'down' }] }, 'orderBy[0].direction'],
      [{ limit: -1 }, 'limit'],
      [{ offset: 1.5 }, 'offset'],
      [{ aggregates: [{ op: 'median', field: 'a' }] }, 'aggregates[0].op'],
      [{ aggregates: [{ op: 'sum' }] }, 'aggregates[0].field'],
      [{ groupBy: ['count'], aggregates: [{ op: 'count' }] }, 'aggregates[0].as'],
      [{ select: ['a'], aggregates: [{ op: 'count' }] }, 'select'],
    ];
    for (const [query, part] of cases) expect(partOf(query), JSON.stringify(query)).to.equal(part);
  });

  it('names aggregate outputs and result columns predictably', () => {
    expect(aggregateName({ op: 'count' })).to.equal('count');
    expect(aggregateName({ op: 'avg', field: 'wert' })).to.equal('avg_wert');
    expect(aggregateName({ op: 'max', field: 'wert', as: 'höchster' })).to.equal('höchster');
    expect(outputNames({ groupBy: ['jahr'], aggregates: [{ op: 'count' }] }, ['jahr', 'wert'])).to.deep.equal(
      ['jahr', 'count'],
    );
    expect(outputNames({ select: ['wert'] }, ['jahr', 'wert'])).to.deep.equal(['wert']);
  });
});
