import { expect } from '@open-wc/testing';
import type { CellValue, Field, Table } from '@odw/client';
import fc from 'fast-check';
import { toColumnar } from './columnar.js';
import { LocalEngine } from './local-engine.js';
import { createLocalRunner } from './local-runner.js';
import { sortByNumber } from './radix-sort.js';

const FIELDS: Field[] = [
  { name: 'Straße', type: 'text' },
  { name: 'Bezirk', type: 'integer' },
  { name: 'Betrag', type: 'number' },
  { name: 'Zeit', type: 'datetime' },
];

const ROWS: CellValue[][] = [
  ['Hauptstraße', 4, 1234.5, '2022-06-01 08:00:00 +0200'],
  ['Am Grünen Weg', 12, null, '2022-06-01T07:00:00Z'],
  ['Ährenweg', 4, -3, null],
  ['zollstraße', 2, 0, '2022-05-31 23:00:00 +0200'],
  ['Bahnhofstr. 10', 10, 99.9, '2022-06-02 00:00:00 +0200'],
  [null, 9, 7, '2022-06-01 08:00:00 +0200'],
];

function table(rows = ROWS): Table {
  return {
    fields: FIELDS,
    rows,
    total: rows.length,
    exact: true,
    source: { pushedDown: false, url: '', method: 'file' },
  };
}

const streets = (engine: LocalEngine, rows: Uint32Array | null) =>
  Array.from(rows ?? engine.data.columns[0].values.keys(), (i) => ROWS[i][0]);

describe('LocalEngine', () => {
  const engine = new LocalEngine(toColumnar(table()), 'de');

  it('returns null (all rows, source order) for an empty query', () => {
    expect(engine.run({})).to.equal(null);
  });

  it('sorts text with German collation and numbers-in-text naturally, empty cells last', () => {
    expect(streets(engine, engine.run({ orderBy: [{ field: 'Straße' }] }))).to.deep.equal([
      'Ährenweg',
      'Am Grünen Weg',
      'Bahnhofstr. 10',
      'Hauptstraße',
      'zollstraße',
      null,
    ]);
    expect(
      streets(engine, engine.run({ orderBy: [{ field: 'Straße', direction: 'desc' }] })).at(-1),
    ).to.equal(null);
  });

  it('sorts numbers, empty cells last in both directions, and breaks ties by the next key', () => {
    const asc = engine.run({ orderBy: [{ field: 'Betrag' }] })!;
    expect(Array.from(asc, (i) => ROWS[i][2])).to.deep.equal([-3, 0, 7, 99.9, 1234.5, null]);
    const desc = engine.run({ orderBy: [{ field: 'Betrag', direction: 'desc' }] })!;
    expect(Array.from(desc, (i) => ROWS[i][2])).to.deep.equal([1234.5, 99.9, 7, 0, -3, null]);
    const twoKeys = engine.run({ orderBy: [{ field: 'Bezirk' }, { field: 'Straße', direction: 'desc' }] })!;
    expect(Array.from(twoKeys, (i) => ROWS[i][0])).to.deep.equal([
      'zollstraße',
      'Hauptstraße',
      'Ährenweg',
      null,
      'Bahnhofstr. 10',
      'Am Grünen Weg',
    ]);
  });

  it('sorts date-times by the wall-clock time written in the cell', () => {
    const rows = engine.run({ orderBy: [{ field: 'Zeit' }] })!;
    // 2022-05-31 23:00, 2022-06-01 07:00, 08:00, 08:00 (stable), 2022-06-02 00:00, then the empty cell.
    expect(Array.from(rows, (i) => ROWS[i][0])).to.deep.equal([
      'zollstraße',
      'Am Grünen Weg',
      'Hauptstraße',
      null,
      'Bahnhofstr. 10',
      'Ährenweg',
    ]);
  });

  it('filters with every operator; empty cells never match comparisons', () => {
    const count = (where: Parameters<LocalEngine['run']>[0]['where']) => engine.run({ where })!.length;
    expect(count([{ field: 'Bezirk', op: '=', value: 4 }])).to.equal(2);
    expect(count([{ field: 'Bezirk', op: 'in', value: [4, 12] }])).to.equal(3);
    expect(count([{ field: 'Betrag', op: '>=', value: 0 }])).to.equal(4);
    expect(count([{ field: 'Betrag', op: '!=', value: 0 }])).to.equal(4);
    expect(count([{ field: 'Betrag', op: 'is null' }])).to.equal(1);
    expect(count([{ field: 'Straße', op: 'is not null' }])).to.equal(5);
    expect(count([{ field: 'Zeit', op: '<', value: '2022-06-01T08:00:00' }])).to.equal(2);
    expect(count([{ field: 'Straße', op: 'contains', value: 'STRASSE' }])).to.equal(2);
  });

  it('searches case-insensitively with ß = ss and umlauts kept, in the given columns only', () => {
    expect(streets(engine, engine.run({ q: 'straße' }))).to.deep.equal(['Hauptstraße', 'zollstraße']);
    expect(streets(engine, engine.run({ q: 'ähren' }))).to.deep.equal(['Ährenweg']);
    expect(engine.run({ q: 'ahren' })!.length).to.equal(0);
    expect(engine.run({ q: '1234', searchIn: ['Straße'] })!.length).to.equal(0);
    expect(engine.run({ q: '1234', searchIn: ['Betrag'] })!.length).to.equal(1);
  });

  it('filters in sort order', () => {
    const rows = engine.run({
      where: [{ field: 'Bezirk', op: '<=', value: 4 }],
      orderBy: [{ field: 'Betrag', direction: 'desc' }],
    })!;
    expect(Array.from(rows, (i) => ROWS[i][2])).to.deep.equal([1234.5, 0, -3]);
  });

  it('lists distinct values sorted, or nothing when there are too many', () => {
    expect(engine.distinct('Bezirk', 10)).to.deep.equal([2, 4, 9, 10, 12]);
    expect(engine.distinct('Straße', 3)).to.equal(undefined);
  });
});

describe('sortByNumber', () => {
  it('orders like a stable comparison sort for any numbers, empty cells last', () => {
    const value = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constant(Number.NaN),
      fc.constantFrom(0x7fffffff, -0x80000000, -0, 0),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), fc.boolean(), (values, descending) => {
        const keys = Float64Array.from(values);
        const indices = Uint32Array.from(values.keys());
        const expected = [...indices].sort((a, b) => {
          const [x, y] = [keys[a], keys[b]];
          if (Number.isNaN(x) || Number.isNaN(y)) return Number(Number.isNaN(x)) - Number(Number.isNaN(y));
          const diff = descending ? y - x : x - y;
          return diff === 0 ? 0 : diff > 0 ? 1 : -1;
        });
        const actual = Array.from(sortByNumber(indices, keys, descending));
        // Equal keys (also 0 and -0) keep their order; compare the keys, then the stability.
        expect(actual.map((i) => keys[i] || 0)).to.deep.equal(expected.map((i) => keys[i] || 0));
        expect(actual).to.deep.equal(expected);
      }),
    );
  });
});

describe('createLocalRunner', () => {
  it('gives the same answers in a Worker as on the main thread', async () => {
    const rows: CellValue[][] = Array.from({ length: 3000 }, (_, i) => [
      `Straße ${i % 97}`,
      i % 13,
      ((i * 7919) % 1000) / 10,
      null,
    ]);
    const data = table(rows);
    const inWorker = createLocalRunner(data, { locale: 'de', workerThreshold: 0 });
    const onMain = createLocalRunner(data, { locale: 'de', workerThreshold: Infinity });
    const query = {
      where: [{ field: 'Bezirk', op: '>=' as const, value: 5 }],
      q: 'straße 1',
      orderBy: [{ field: 'Betrag', direction: 'desc' as const }],
    };
    const [a, b] = await Promise.all([inWorker.run(query), onMain.run(query)]);
    expect(inWorker.mode).to.equal('worker');
    expect(onMain.mode).to.equal('main');
    expect(Array.from(a!)).to.deep.equal(Array.from(b!));
    expect(await inWorker.distinct('Bezirk', 20)).to.deep.equal(await onMain.distinct('Bezirk', 20));
    inWorker.dispose();
  });
});
