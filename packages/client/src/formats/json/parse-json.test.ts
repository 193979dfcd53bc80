import { expect } from 'chai';
import { ParseError } from '../../errors.js';
import type { Table } from '../../types.js';
import { fixture } from '../test-fixtures.js';
import { parseJson } from '../parse-json.js';

const json = (value: unknown) => JSON.stringify(value);
const shape = (table: Table) => table.fields.map((f) => `${f.name}:${f.type}`);

describe('parseJson', () => {
  it('reads an Opendatasoft export: JSON types kept, {lon, lat} objects become points', async () => {
    const table = await parseJson(await fixture('basel-parkhaeuser-ods-export.json'));
    expect(table.rows.length).to.equal(17);
    expect(shape(table)).to.deep.equal([
      'title:text',
      'published:datetime',
      'free:integer',
      'total:integer',
      'anteil_frei:number',
      'auslastung:number',
      'auslastung_prozent:number',
      'link:text',
      'geo_point_2d:geometry',
      'description:text',
      'name:text',
      'id2:text',
    ]);
    expect(table.rows[0].slice(0, 4)).to.deep.equal([
      'Parkhaus Bad. Bahnhof',
      '2024-07-28T12:06:00+00:00',
      286,
      750,
    ]);
    expect(table.rows[0][8]).to.deep.equal({ type: 'Point', coordinates: [7.6089067, 47.5651794] });
  });

  it('reads a DKAN datastore_search whose values are all strings, typing them like CSV columns', async () => {
    const table = await parseJson(await fixture('duesseldorf-garagen-dkan-datastore-search.json'));
    expect(table.rows.length).to.equal(10);
    expect(table.fields.find((f) => f.name === 'entry_id')).to.deep.include({
      type: 'integer',
      nativeType: 'serial',
    });
    expect(table.rows[0].slice(0, 3)).to.deep.equal([51.227096, 6.789029, 0]);
    expect(table.rows[0][6]).to.equal('40211 Düsseldorf Stadtmitte');
    const geometry = table.fields.findIndex((f) => f.type === 'geometry');
    expect(table.rows[0][geometry]).to.deep.equal({ type: 'Point', coordinates: [6.789029, 51.227096] });
  });

  it('uses the DataStore field types of a CKAN response', async () => {
    const response = {
      success: true,
      result: {
        fields: [
          { id: 'tag', type: 'date' },
          { id: 'anzahl', type: 'int4' },
          { id: 'ags', type: 'text' },
        ],
        records: [
          { tag: '2024-01-31', anzahl: '12', ags: '05170024' },
          { tag: '2024-02-01', anzahl: 13, ags: '05154036' },
        ],
      },
    };
    const table = await parseJson(json(response));
    expect(shape(table)).to.deep.equal(['tag:date', 'anzahl:json', 'ags:text']);
    const strings = await parseJson(
      json({ ...response, result: { ...response.result, records: [response.result.records[0]] } }),
    );
    expect(shape(strings)).to.deep.equal(['tag:date', 'anzahl:integer', 'ags:text']);
    expect(strings.rows).to.deep.equal([['2024-01-31', 12, '05170024']]);
  });

  it('flattens nested objects to dotted names, keeps arrays whole, fills missing keys with null', async () => {
    const table = await parseJson(
      json([
        { name: 'A', adresse: { strasse: 'Homberger Str.', plz: '01067' }, tags: ['x', 'y'] },
        { name: 'B', extra: true },
      ]),
    );
    expect(shape(table)).to.deep.equal([
      'name:text',
      'adresse.strasse:text',
      'adresse.plz:text',
      'tags:json',
      'extra:boolean',
    ]);
    expect(table.rows).to.deep.equal([
      ['A', 'Homberger Str.', '01067', ['x', 'y'], null],
      ['B', null, null, null, true],
    ]);
  });

  it('keeps __proto__ and constructor keys as ordinary columns', async () => {
    const table = await parseJson('[{"__proto__": 1, "constructor": "c"}]');
    expect(table.fields.map((f) => f.name)).to.deep.equal(['__proto__', 'constructor']);
    expect(table.rows).to.deep.equal([[1, 'c']]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('reads arrays of arrays with a header row and GeoJSON features as rows', async () => {
    const arrays = await parseJson(json([['a', 'b'], [1, 'x'], [2]]));
    expect(arrays.rows).to.deep.equal([
      [1, 'x'],
      [2, null],
    ]);
    const features = await parseJson(
      json({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { n: 'Moers' },
            geometry: { type: 'Point', coordinates: [6.6, 51.45] },
          },
        ],
      }),
    );
    expect(shape(features)).to.deep.equal(['n:text', 'geometry:geometry']);
  });

  it('keeps every value as it is with types: false', async () => {
    const table = await parseJson(json([{ a: '1,5', b: 2 }]), { types: false });
    expect(table.rows).to.deep.equal([['1,5', 2]]);
    expect(shape(table)).to.deep.equal(['a:text', 'b:integer']);
  });

  it('names line and column of invalid JSON, also for truncated documents', async () => {
    const error = await parseJson('[\n  {"a": 1},\n  {"a": 2,\n').catch((e) => e);
    expect(error).to.be.instanceOf(ParseError);
    expect(error).to.include({ format: 'json', line: 4, column: 1 });
  });
});
