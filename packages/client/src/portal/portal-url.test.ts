import { expect } from 'chai';
import { QueryError } from '../errors.js';
import { locatePortal } from './portal-url.js';

describe('locatePortal', () => {
  it('finds the base URL in the URLs people paste', () => {
    const cases: [string, string, string | undefined][] = [
      ['https://www.offenesdatenportal.de', 'https://www.offenesdatenportal.de', undefined],
      ['https://www.offenesdatenportal.de/', 'https://www.offenesdatenportal.de', undefined],
      [
        'https://www.offenesdatenportal.de/api/3/action/package_search?q=x',
        'https://www.offenesdatenportal.de',
        undefined,
      ],
      [
        'https://www.offenesdatenportal.de/dataset/abfallkalender',
        'https://www.offenesdatenportal.de',
        undefined,
      ],
      ['https://www.govdata.de/ckan/api/3', 'https://www.govdata.de/ckan', undefined],
      [
        'https://opendata.duesseldorf.de/api/action/datastore/search.json?resource_id=x',
        'https://opendata.duesseldorf.de',
        'dkan',
      ],
      [
        'https://open-data.dortmund.de/api/explore/v2.1/catalog/datasets',
        'https://open-data.dortmund.de',
        'ods',
      ],
      ['https://data.bs.ch/explore/dataset/100088/', 'https://data.bs.ch', 'ods'],
      ['https://moenchengladbach.opendatasoft.com', 'https://moenchengladbach.opendatasoft.com', 'ods'],
      [
        'http://127.0.0.1:5000/__fault/status-503,times-2/api/3/action/status_show',
        'http://127.0.0.1:5000/__fault/status-503,times-2',
        undefined,
      ],
    ];
    for (const [url, baseUrl, hint] of cases) {
      expect(locatePortal(url), url).to.deep.equal(hint ? { baseUrl, hint } : { baseUrl });
    }
  });

  it('accepts only http(s) URLs without credentials', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'www.example.org',
      'https://u:p@portal.example',
    ]) {
      expect(() => locatePortal(url), url)
        .to.throw(QueryError)
        .with.property('part', 'url');
    }
  });
});
