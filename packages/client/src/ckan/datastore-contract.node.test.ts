import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { researchFixture } from '../../test/research-fixtures.js';
import { datastorePage } from './datastore-search.js';

/** Not copied into the repository (the copy's licence is unclear), read from the research fixtures. */
const AARHUS = researchFixture('ckan/ckan-odaa-aarhus/datastore_search.json');

describe('datastore_search results (contract: CKAN 2.x, Open Data Aarhus, when the research fixtures exist)', () => {
  it('normalizes CKAN core’s objects-format answer field by field', function () {
    if (!AARHUS) return;
    const body = JSON.parse(readFileSync(AARHUS, 'utf8')) as { result: any };
    const page = datastorePage(body.result, {});
    expect(page.fields.map((f) => [f.name, f.type])).to.deep.equal([
      ['date', 'text'],
      ['AvgWaitingSQ', 'datetime'],
      ['WaitingCustomersSQ', 'integer'],
      ['ServiceTypeName', 'text'],
      ['WaitingCustomersMQ', 'integer'],
      ['LongestWaitingTimeTicketBQ', 'datetime'],
      ['LongestWaitingTimeTicketSQ', 'datetime'],
      ['LongestWaitingTimeTicketMQ', 'datetime'],
    ]);
    expect(page.rows[0]).to.deep.equal([
      '2017/05/22 09:30:04',
      '2017-05-22T00:00:00',
      0,
      'Pas',
      1,
      '2017-05-22T00:00:00',
      '2017-05-22T00:00:00',
      '2017-05-22T00:00:00',
    ]);
    expect(page.rows[1][3]).to.equal('Kørekort');
    expect(page.total).to.equal(body.result.total);
    expect(page.rows).to.have.length(body.result.records.length);
  });
});
