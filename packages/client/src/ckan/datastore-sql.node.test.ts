import { PGlite } from '@electric-sql/pglite';
import { expect } from 'chai';
import fc from 'fast-check';
import { runLocalQuery } from '../query/local-engine.js';
import type { CellValue, Field, Query } from '../types.js';
import { countSql, quoteIdentifier, selectSql } from './datastore-sql.js';

/**
 * The generated SQL run by a real PostgreSQL (PGlite, as in the demo portal): with hostile table names,
 * column names and values, every statement must run, return what the local engine computes on the same
 * rows, and leave the database as it was.
 */

/** Strings (any Unicode) a PostgreSQL identifier can hold (no NUL, at most 63 bytes) that try to break out. */
const name = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 15, unit: 'grapheme' }),
    fc.constantFrom(`x"; DROP TABLE t; --`, `' OR 1=1 --`, `a""b`, `\\`, `$1`, `ü ß`, '_id'),
  )
  .filter((s) => !s.includes('\0') && new TextEncoder().encode(s).length <= 63 && s.trim() === s && s !== '');

/** Values: ASCII, because ILIKE's case folding in PGlite's C locale covers ASCII only (as in CKAN's default). */
const value = fc
  .oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(`'); DROP TABLE t; --`, `\\'`, `%`, `_`, `!`, `O'Brien`),
  )
  .filter((s) => !s.includes('\0'));

describe('datastore_search_sql statements in PostgreSQL (PGlite)', function () {
  this.timeout(120_000);
  let db: PGlite;

  before(async () => {
    db = new PGlite();
    await db.query('select 1');
  });

  after(async () => {
    await db.close();
  });

  it('run safely and agree with the local engine for hostile names and values', async () => {
    await fc.assert(
      fc.asyncProperty(
        name,
        fc.uniqueArray(name, { minLength: 2, maxLength: 2, comparator: (a, b) => a === b }),
        fc.array(fc.tuple(fc.option(value, { nil: null }), fc.integer({ min: -3, max: 3 })), {
          maxLength: 12,
        }),
        value,
        async (table, [textColumn, numberColumn], rows, needle) => {
          fc.pre(!['_id', 'count', 'sum_n'].includes(textColumn) && !['_id', 'count'].includes(numberColumn));
          const t = quoteIdentifier(table);
          await db.query(`DROP TABLE IF EXISTS ${t}`);
          await db.query(
            `CREATE TABLE ${t} ("_id" serial PRIMARY KEY, ${quoteIdentifier(textColumn)} text, ${quoteIdentifier(numberColumn)} int4)`,
          );
          for (const [text, number] of rows) {
            await db.query(
              `INSERT INTO ${t} (${quoteIdentifier(textColumn)}, ${quoteIdentifier(numberColumn)}) VALUES ($1, $2)`,
              [text, number],
            );
          }
          const fields: Field[] = [
            { name: textColumn, type: 'text' },
            { name: numberColumn, type: 'integer' },
          ];
          const local: CellValue[][] = rows.map(([text, number]) => [text, number]);
          const queries: Query[] = [
            { where: [{ field: textColumn, op: '=', value: needle }], select: [textColumn, numberColumn] },
            { where: [{ field: textColumn, op: 'contains', value: needle }], select: [numberColumn] },
            { where: [{ field: textColumn, op: 'in', value: [needle, 'x'] }], select: [textColumn] },
            { where: [{ field: numberColumn, op: '>=', value: '0' }], select: [numberColumn] },
            {
              groupBy: [textColumn],
              aggregates: [{ op: 'count' }, { op: 'sum', field: numberColumn, as: 'sum_n' }],
            },
          ];
          for (const query of queries) {
            const sql = selectSql(table, query, [{ name: '_id', type: 'integer' }, ...fields], {
              limit: 1000,
              offset: 0,
            });
            const result = await db.query<Record<string, unknown>>(sql);
            const got = result.rows.map((r) => result.fields.map((f) => r[f.name] as CellValue));
            const expected = runLocalQuery(fields, local, { ...query, limit: 1000 });
            const normalize = (rowsOut: CellValue[][]) =>
              rowsOut
                .map((r) => JSON.stringify(r.map((c) => (typeof c === 'bigint' ? Number(c) : c))))
                .sort();
            // PostgreSQL's sum(int4) is bigint; compare as numbers. Group order is not part of the check.
            expect(normalize(got), sql).to.deep.equal(normalize(expected.rows));
            const counted = await db.query<{ count: number | bigint }>(countSql(table, query, fields));
            expect(Number(counted.rows[0].count), countSql(table, query, fields)).to.equal(expected.total);
          }
          const still = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`);
          expect(still.rows[0].n).to.equal(rows.length);
          await db.query(`DROP TABLE ${t}`);
        },
      ),
      { numRuns: 60 },
    );
  });
});
