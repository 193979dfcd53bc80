import { expect } from 'chai';
import { loadFixture } from '../../test/load-fixture.js';
import { datastorePage } from './datastore-search.js';

describe('datastore_search results (contract: real recorded responses)', () => {
  it('reads DKAN’s variant (Düsseldorf): resource_id as a list, text fields, object records, entry_id', async () => {
    const body = (await loadFixture('dkan/duesseldorf/datastore_search_garages.json')) as { result: any };
    const page = datastorePage(body.result, {});
    expect(page.fields.map((f) => [f.name, f.type, f.nativeType])).to.deep.equal([
      ['latitude', 'text', 'text'],
      ['longitude', 'text', 'text'],
      ['altitude', 'text', 'text'],
      ['geometry', 'text', 'text'],
      ['name', 'text', 'text'],
      ['adresse_zufahrt', 'text', 'text'],
      ['ort', 'text', 'text'],
    ]);
    expect(page.rows).to.have.length(body.result.records.length);
    // Numbers stay the text DKAN sent: "51.2292448423378" is not rounded, "0" is not turned into 0.
    expect(page.rows[0]).to.deep.equal([
      '51.227096',
      '6.789029',
      '0',
      'point',
      'Galeria-Kaufhof Am Wehrhahn',
      'Oststraße 15',
      '40211 Düsseldorf Stadtmitte',
    ]);
    expect(page.rows[1][0]).to.equal('51.2292448423378');
    expect(page).to.include({ total: 55, limit: 10, exact: true });
  });

  it('keeps entry_id when the query selects it', async () => {
    const body = (await loadFixture('dkan/duesseldorf/datastore_search_garages.json')) as { result: any };
    const page = datastorePage(body.result, { select: ['entry_id'] });
    expect(page.fields.at(-1)).to.include({ name: 'entry_id', type: 'integer' });
    expect(page.rows[0].at(-1)).to.equal(1);
  });
});
