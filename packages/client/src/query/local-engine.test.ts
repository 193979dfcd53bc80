import { expect } from 'chai';
import fc from 'fast-check';
import { QueryError } from '../errors.js';
import type { CellValue, Field } from '../types.js';
import { runLocalQuery } from './local-engine.js';

const FIELDS: Field[] = [
  { name: 'stadt', type: 'text' },
  { name: 'jahr', type: 'integer' },
  { name: 'wert', type: 'number' },
  { name: 'aktiv', type: 'boolean' },
];
const ROWS: CellValue[][] = [
  ['Moers', 2020, 1.5, true],
  ['Kleve', 2021, null, false],
  ['Geldern', 2020, 3, true],
  ['Ölde', 2019, 0.25, null],
  ['moers', 2021, 10, true],
  [null, 2020, 2, false],
];

const names = (rows: CellValue[][]) => rows.map((r) => r[0]);

describe('runLocalQuery', () => {
  describe('filters', () => {
    it('compares in the column’s type, so "2020" matches the integer 2020', () => {
      const result = runLocalQuery(FIELDS, ROWS, { where: [{ field: 'jahr', op: '=', value: '2020' }] });
      expect(names(result.rows)).to.deep.equal(['Moers', 'Geldern', null]);
      expect(result.total).to.equal(3);
    });

    it('never matches a missing value with a comparison, only with "is null"', () => {
      expect(runLocalQuery(FIELDS, ROWS, { where: [{ field: 'wert', op: '<', value: 100 }] }).total).to.equal(
        5,
      );
      expect(runLocalQuery(FIELDS, ROWS, { where: [{ field: 'wert', op: '!=', value: 3 }] }).total).to.equal(
        4,
      );
      expect(
        names(runLocalQuery(FIELDS, ROWS, { where: [{ field: 'wert', op: 'is null' }] }).rows),
      ).to.deep.equal(['Kleve']);
      expect(runLocalQuery(FIELDS, ROWS, { where: [{ field: 'stadt', op: 'is not null' }] }).total).to.equal(
        5,
      );
    });

    it('combines conditions with AND and supports in, ranges and booleans', () => {
      const result = runLocalQuery(FIELDS, ROWS, {
        where: [
          { field: 'jahr', op: 'in', value: [2020, '2021'] },
          { field: 'wert', op: '>=', value: 2 },
          { field: 'aktiv', op: '=', value: 'true' },
        ],
      });
      expect(names(result.rows)).to.deep.equal(['Geldern', 'moers']);
    });

    it('matches contains and q case-insensitively, umlauts included', () => {
      expect(
        names(
          runLocalQuery(FIELDS, ROWS, { where: [{ field: 'stadt', op: 'contains', value: 'MOE' }] }).rows,
        ),
      ).to.deep.equal(['Moers', 'moers']);
      expect(names(runLocalQuery(FIELDS, ROWS, { q: 'öl' }).rows)).to.deep.equal(['Ölde']);
      expect(names(runLocalQuery(FIELDS, ROWS, { q: '2019' }).rows)).to.deep.equal(['Ölde']);
    });

    it('matches nothing for a value the column cannot hold', () => {
      expect(
        runLocalQuery(FIELDS, ROWS, { where: [{ field: 'jahr', op: '=', value: 'zwanzig' }] }).total,
      ).to.equal(0);
    });
  });

  describe('sorting and paging', () => {
    it('sorts text with German collation, missing values last ascending and first descending', () => {
      expect(names(runLocalQuery(FIELDS, ROWS, { orderBy: [{ field: 'stadt' }] }).rows)).to.deep.equal([
        'Geldern',
        'Kleve',
        'moers',
        'Moers',
        'Ölde',
        null,
      ]);
      expect(
        names(runLocalQuery(FIELDS, ROWS, { orderBy: [{ field: 'wert', direction: 'desc' }] }).rows),
      ).to.deep.equal(['Kleve', 'moers', 'Geldern', null, 'Moers', 'Ölde']);
    });

    it('sorts by several keys, keeping the source order of ties', () => {
      const result = runLocalQuery(FIELDS, ROWS, {
        orderBy: [{ field: 'jahr' }, { field: 'aktiv', direction: 'desc' }],
      });
      expect(names(result.rows)).to.deep.equal(['Ölde', 'Moers', 'Geldern', null, 'moers', 'Kleve']);
    });

    it('pages after filtering and sorting and reports the total before paging', () => {
      const result = runLocalQuery(FIELDS, ROWS, {
        orderBy: [{ field: 'jahr' }],
        offset: 2,
        limit: 2,
        select: ['jahr', 'stadt'],
      });
      expect(result.rows).to.deep.equal([
        [2020, 'Geldern'],
        [2020, null],
      ]);
      expect(result.fields.map((f) => f.name)).to.deep.equal(['jahr', 'stadt']);
      expect(result.total).to.equal(6);
    });
  });

  describe('groups and aggregates', () => {
    it('computes count, sum, avg, min and max per group, skipping missing values as SQL does', () => {
      const result = runLocalQuery(FIELDS, ROWS, {
        groupBy: ['jahr'],
        aggregates: [
          { op: 'count' },
          { op: 'count', field: 'wert', as: 'mit_wert' },
          { op: 'sum', field: 'wert' },
          { op: 'avg', field: 'wert' },
          { op: 'min', field: 'stadt' },
          { op: 'max', field: 'wert' },
        ],
        orderBy: [{ field: 'jahr' }],
      });
      expect(result.fields.map((f) => [f.name, f.type])).to.deep.equal([
        ['jahr', 'integer'],
        ['count', 'integer'],
        ['mit_wert', 'integer'],
        ['sum_wert', 'number'],
        ['avg_wert', 'number'],
        ['min_stadt', 'text'],
        ['max_wert', 'number'],
      ]);
      expect(result.rows).to.deep.equal([
        [2019, 1, 1, 0.25, 0.25, 'Ölde', 0.25],
        [2020, 3, 3, 6.5, 6.5 / 3, 'Geldern', 3],
        [2021, 2, 1, 10, 10, 'Kleve', 10],
      ]);
      expect(result.total).to.equal(3);
    });

    it('gives one row for aggregates without groups, even over no rows', () => {
      const none = runLocalQuery(FIELDS, ROWS, {
        where: [{ field: 'jahr', op: '>', value: 3000 }],
        aggregates: [{ op: 'count' }, { op: 'sum', field: 'wert' }],
      });
      expect(none.rows).to.deep.equal([[0, null]]);
    });

    it('sums decimals without drift', () => {
      const rows = Array.from({ length: 10 }, () => ['x', 0.1] as CellValue[]);
      const result = runLocalQuery([FIELDS[0], { name: 'betrag', type: 'number' }], rows, {
        aggregates: [{ op: 'sum', field: 'betrag' }],
      });
      expect(result.rows[0][0]).to.equal(1);
    });

    it('sums text columns of plain decimals (untyped portals) and refuses other text', () => {
      const fields: Field[] = [{ name: 'n', type: 'text' }];
      expect(
        runLocalQuery(fields, [['1.5'], ['2'], [''], [null]], { aggregates: [{ op: 'sum', field: 'n' }] })
          .rows,
      ).to.deep.equal([[3.5]]);
      const error = (() => {
        try {
          runLocalQuery(fields, [['1.5'], ['zwei']], { aggregates: [{ op: 'sum', field: 'n' }] });
        } catch (e) {
          return e;
        }
      })();
      expect(error).to.be.instanceOf(QueryError).and.include({ part: 'aggregates[0].field' });
    });
  });

  it('keeps columns and groups named __proto__ or constructor as data, and pollutes nothing', () => {
    const fields: Field[] = [
      { name: '__proto__', type: 'text' },
      { name: 'constructor', type: 'integer' },
    ];
    const rows: CellValue[][] = [
      ['__proto__', 1],
      ['polluted', 2],
      ['__proto__', 3],
    ];
    const grouped = runLocalQuery(fields, rows, {
      groupBy: ['__proto__'],
      aggregates: [{ op: 'sum', field: 'constructor' }],
      where: [{ field: '__proto__', op: 'is not null' }],
    });
    expect(grouped.rows).to.deep.equal([
      ['__proto__', 4],
      ['polluted', 2],
    ]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('names unknown fields in a QueryError', () => {
    expect(() => runLocalQuery(FIELDS, ROWS, { orderBy: [{ field: 'Jahr' }] }))
      .to.throw(QueryError, '"Jahr"')
      .with.property('part', 'orderBy[0].field');
  });

  it('agrees with a straightforward filter-sort-slice on random tables', () => {
    const cell = fc.option(fc.integer({ min: -5, max: 5 }), { nil: null });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell), { maxLength: 40 }),
        fc.integer({ min: -5, max: 5 }),
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.nat(10),
        fc.nat(10),
        (rows, threshold, direction, offset, limit) => {
          const fields: Field[] = [
            { name: 'a', type: 'integer' },
            { name: 'b', type: 'integer' },
          ];
          const result = runLocalQuery(fields, rows, {
            where: [{ field: 'a', op: '>=', value: threshold }],
            orderBy: [{ field: 'b', direction }],
            offset,
            limit,
          });
          const kept = rows.filter((r) => r[0] !== null && r[0] >= threshold);
          const nonNull = kept
            .filter((r) => r[1] !== null)
            .sort((x, y) => ((x[1] as number) - (y[1] as number)) * (direction === 'asc' ? 1 : -1));
          const nulls = kept.filter((r) => r[1] === null);
          const expected = direction === 'asc' ? [...nonNull, ...nulls] : [...nulls, ...nonNull];
          expect(result.total).to.equal(kept.length);
          expect(result.rows).to.deep.equal(expected.slice(offset, offset + limit));
        },
      ),
    );
  });
});
