import { expect } from '@open-wc/testing';
import { readStateFromHash, writeStateToHash, type TableState } from './table-state.js';

const DEFAULTS: TableState = { sort: [], filters: [], search: '', page: 1, pageSize: 20 };

describe('share links', () => {
  it('writes a readable hash and reads it back, keeping other tables’ parameters', () => {
    const state: TableState = {
      sort: [{ field: 'Fußgänger insgesamt', direction: 'desc' }],
      filters: [{ field: 'Wochentag', op: '=', value: 'Sunday' }],
      search: 'Straße',
      page: 3,
      pageSize: 50,
    };
    const hash = writeStateToHash('#other.page=2', 'moers', state, DEFAULTS);
    expect(hash).to.contain('other.page=2');
    expect(decodeURIComponent(hash)).to.contain('moers.sort=-Fußgänger+insgesamt');
    const read = readStateFromHash(hash, 'moers');
    expect(read).to.deep.equal({
      sort: state.sort,
      filterTerms: [{ field: 'Wochentag', op: '=', values: ['Sunday'], text: 'Wochentag=Sunday' }],
      search: 'Straße',
      page: 3,
      pageSize: 50,
    });
  });

  it('leaves defaults out of the address and ignores unreadable parts', () => {
    expect(writeStateToHash('', 'moers', DEFAULTS, DEFAULTS)).to.equal('');
    expect(readStateFromHash('#moers.page=-4&moers.filter=%22kaputt&moers.size=abc', 'moers')).to.deep.equal(
      {},
    );
  });
});
