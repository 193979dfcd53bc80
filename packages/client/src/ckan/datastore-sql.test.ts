import { expect } from 'chai';
import fc from 'fast-check';
import { sqlShape, sqlTokens } from '../../test/sql-tokens.js';
import { QueryError } from '../errors.js';
import type { Field, Query } from '../types.js';
import { countSql, quoteIdentifier, quoteLiteral, selectSql } from './datastore-sql.js';

/** Names and values meant to break out of their quotes. */
const hostile = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 20 }),
    fc.constantFrom(
      `"; DROP TABLE x; --`,
      `' OR '1'='1`,
      `\\'; --`,
      `a"b`,
      `\\`,
      `E'`,
      `$$`,
      `/* c */`,
      `–`,
      `__proto__`,
    ),
  )
  .filter((s) => !s.includes('\0'));

function query(names: string[], values: string[]): Query {
  const [a, b, c] = names;
  return {
    where: [
      { field: a, op: '=', value: values[0] },
      { field: b, op: 'contains', value: values[1] },
      { field: c, op: 'in', value: [values[2], values[0]] },
      { field: a, op: 'is not null' },
    ],
    groupBy: [b],
    aggregates: [{ op: 'count' }, { op: 'max', field: c, as: values[2] || 'm' }],
    orderBy: [{ field: b, direction: 'desc' }],
  };
}

const text = (name: string): Field => ({ name, type: 'text' });

describe('datastore_search_sql statements', () => {
  it('quote identifiers and literals as PostgreSQL reads them back', () => {
    expect(quoteIdentifier('Fußgänger "gesamt"')).to.equal('"Fußgänger ""gesamt"""');
    expect(quoteLiteral("O'Brien \\ 50%")).to.equal("E'O''Brien \\\\ 50%'");
    expect(() => quoteLiteral('a\0b', 'where[0].value'))
      .to.throw(QueryError)
      .with.property('part', 'where[0].value');
  });

  it('keep their shape whatever names and values contain (no injection)', () => {
    const benign = selectSql('r', query(['a', 'b', 'c'], ['x', 'y', 'z']), ['a', 'b', 'c'].map(text), {
      limit: 10,
      offset: 5,
    });
    const expectedShape = sqlShape(sqlTokens(benign));
    fc.assert(
      fc.property(
        fc.uniqueArray(hostile, { minLength: 3, maxLength: 3 }),
        fc.array(hostile, { minLength: 3, maxLength: 3 }),
        hostile,
        (names, values, resource) => {
          fc.pre(!names.includes(values[2] || 'm') && !names.includes('count') && values[2] !== 'count');
          const q = query(names, values);
          const sql = selectSql(resource, q, names.map(text), { limit: 10, offset: 5 });
          const tokens = sqlTokens(sql);
          expect(sqlShape(tokens)).to.equal(expectedShape);
          const identifiers = tokens.filter((t) => t.kind === 'identifier').map((t) => t.value);
          const literals = tokens.filter((t) => t.kind === 'literal').map((t) => t.value);
          expect(identifiers).to.deep.equal([
            names[1], // SELECT group
            'count',
            names[2], // max(c)
            values[2] || 'm',
            resource,
            names[0],
            names[1],
            names[2],
            names[0],
            names[1], // GROUP BY
            names[1], // ORDER BY
          ]);
          const pattern = `%${values[1].replace(/[!%_]/g, (ch) => `!${ch}`)}%`;
          expect(literals).to.deep.equal([values[0], pattern, '!', values[2], values[0]]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('check values against the column type before the portal sees them', () => {
    const fields: Field[] = [{ name: 'jahr', type: 'integer' }];
    expect(() =>
      selectSql('r', { where: [{ field: 'jahr', op: '>', value: '2020; DROP' }] }, fields, {
        limit: 1,
        offset: 0,
      }),
    )
      .to.throw(QueryError)
      .with.property('part', 'where[0].value');
    expect(
      selectSql('r', { where: [{ field: 'jahr', op: '>', value: '2020' }] }, fields, { limit: 1, offset: 0 }),
    ).to.equal(`SELECT "jahr" FROM "r" WHERE "jahr" > E'2020' ORDER BY "_id" ASC LIMIT 1`);
  });

  it('count the rows or the groups a statement pages through', () => {
    const fields = [text('a')];
    expect(countSql('r', { where: [{ field: 'a', op: '=', value: 'x' }] }, fields)).to.equal(
      `SELECT count(*) AS "count" FROM "r" WHERE "a" = E'x'`,
    );
    expect(countSql('r', { groupBy: ['a'], aggregates: [{ op: 'count' }] }, fields)).to.equal(
      `SELECT count(*) AS "count" FROM (SELECT 1 FROM "r" GROUP BY "a") AS "groups"`,
    );
  });
});
