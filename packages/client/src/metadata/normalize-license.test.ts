import { expect } from 'chai';
import { loadFixture } from '../../test/load-fixture.js';
import { normalizeLicense } from './normalize-license.js';

/** Licences that need no attribution; every other licence in GovData's list requires it. */
const NO_ATTRIBUTION = new Set([
  'official-work',
  'officialWork',
  'cc-zero',
  'dl-zero-de/2_0',
  'dl-zero-de/2.0',
  'odc-pddl',
  'odcpddl',
  'cc-pdm/1_0',
  'ccpdm/1.0',
]);

describe('normalizeLicense', () => {
  it('recognizes every licence of GovData’s license_list (contract), by DCAT-AP.de URI', async () => {
    const list = ((await loadFixture('ckan/govdata/license_list_response.json')) as { result: any[] }).result;
    expect(list).to.have.length.above(40);
    for (const entry of list) {
      const license = normalizeLicense({ id: entry.id, title: entry.title, url: entry.url })!;
      const short = entry.id.replace('http://dcat-ap.de/def/licenses/', '');
      expect(license.uri, entry.id).to.be.a('string');
      expect(license.id).to.equal(entry.id);
      expect(license.title).to.equal(entry.title.trim());
      expect(license.attributionRequired, entry.id).to.equal(!NO_ATTRIBUTION.has(short));
    }
  });

  it('maps the ids CKAN portals use to the same licence', () => {
    for (const id of [
      'dl-de-by-2.0',
      'dl-by-de/2.0',
      'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
      'DL-DE/BY-2-0',
    ]) {
      expect(normalizeLicense({ id }), id).to.include({
        uri: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
        title: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
        url: 'https://www.govdata.de/dl-de/by-2-0',
        attributionRequired: true,
      });
    }
    for (const id of ['dl-de-zero-2.0', 'dl-zero-de/2.0', 'dl-de/zero-2-0']) {
      expect(normalizeLicense({ id })).to.include({
        attributionRequired: false,
        uri: 'http://dcat-ap.de/def/licenses/dl-zero-de/2.0',
      });
    }
    expect(normalizeLicense({ id: 'cc-by-4.0' })?.uri).to.equal('http://dcat-ap.de/def/licenses/cc-by/4.0');
  });

  it('writes the attribution a licence requires, and names the publisher even when none is required', () => {
    expect(normalizeLicense({ id: 'dl-by-de/2.0', publisher: 'Stadt Jena' })?.attributionText).to.equal(
      'Stadt Jena, Datenlizenz Deutschland – Namensnennung – Version 2.0',
    );
    expect(normalizeLicense({ id: 'dl-zero-de/2.0', publisher: 'Stadt Moers' })?.attributionText).to.equal(
      'Stadt Moers',
    );
    expect(
      normalizeLicense({
        id: 'dl-by-de/2.0',
        publisher: 'X',
        attributionText: 'Stadt Köln, Amt für Statistik',
      })?.attributionText,
    ).to.equal('Stadt Köln, Amt für Statistik');
  });

  it('keeps an unknown licence as the portal names it and assumes attribution is required', () => {
    expect(normalizeLicense({ id: 'notspecified', title: 'License not specified' })).to.deep.equal({
      id: 'notspecified',
      title: 'License not specified',
      attributionRequired: true,
    });
    expect(normalizeLicense({ id: '', title: '' })).to.equal(undefined);
  });

  it('drops licence URLs that are not http(s)', () => {
    expect(normalizeLicense({ id: 'x', url: 'javascript:alert(1)' })).not.to.have.property('url');
  });
});
