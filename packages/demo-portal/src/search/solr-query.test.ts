import { expect } from 'chai';
import { parseSolrQuery, QuerySyntaxError } from './solr-query.js';

describe('parseSolrQuery', () => {
  it('reads fields, phrases, groups, ranges, negation and the match-all query', () => {
    expect(parseSolrQuery('*:*')).to.deep.equal({ kind: 'all' });
    expect(parseSolrQuery('organization:moers res_format:CSV')).to.deep.equal({
      kind: 'and',
      children: [
        { kind: 'term', field: 'organization', value: 'moers', phrase: false },
        { kind: 'term', field: 'res_format', value: 'CSV', phrase: false },
      ],
    });
    expect(parseSolrQuery('tags:"Open Data"')).to.deep.equal({
      kind: 'term',
      field: 'tags',
      value: 'Open Data',
      phrase: true,
    });
    expect(parseSolrQuery('organization:(moers OR stadt-kleve)')).to.deep.equal({
      kind: 'or',
      children: [
        { kind: 'term', field: 'organization', value: 'moers', phrase: false },
        { kind: 'term', field: 'organization', value: 'stadt-kleve', phrase: false },
      ],
    });
    expect(parseSolrQuery('-organization:odw-test')).to.deep.equal({
      kind: 'not',
      child: { kind: 'term', field: 'organization', value: 'odw-test', phrase: false },
    });
    expect(parseSolrQuery('metadata_modified:[2020-01-01T00:00:00Z TO *]')).to.deep.equal({
      kind: 'range',
      field: 'metadata_modified',
      from: '2020-01-01T00:00:00Z',
      to: '*',
    });
  });

  it('rejects unterminated phrases and unbalanced parentheses', () => {
    expect(() => parseSolrQuery('title:"offen')).to.throw(QuerySyntaxError);
    expect(() => parseSolrQuery('(a OR b')).to.throw(QuerySyntaxError);
    expect(() => parseSolrQuery('a)')).to.throw(QuerySyntaxError);
  });
});
