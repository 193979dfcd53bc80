import { expect } from 'chai';
import { HOSTILE_DATASET, hostileCorpus } from '@odw/demo-portal';
import { action } from './shared-portal.js';

describe('hostile dataset', () => {
  it('the corpus holds the Big List of Naughty Strings (tripwired) and XSS vectors that call __odwPwned', () => {
    expect(hostileCorpus.blnsOriginal.length).to.be.greaterThan(400);
    expect(hostileCorpus.blns.some((s) => s.includes('alert('))).to.equal(false);
    expect(hostileCorpus.blns).to.include('<script>__odwPwned(123)</script>');
    expect(hostileCorpus.all).to.include('"><img src=x onerror=__odwPwned()>');
    expect(hostileCorpus.all).to.include('__proto__');
    expect(hostileCorpus.urls.some((u) => u.startsWith('data:text/html'))).to.equal(true);
  });

  it('is in its own organization and drawn from the corpus in title, tags, group and resource URLs', async () => {
    const { body } = await action('package_show', { id: HOSTILE_DATASET.dataset });
    const pkg = body.result;
    expect(pkg.organization.name).to.equal('odw-test');
    expect(pkg.organization.title).to.include('onerror=__odwPwned()');
    expect(pkg.title).to.include('<img src=x onerror=__odwPwned()>');
    expect(pkg.tags.map((t: any) => t.name)).to.include('<svg onload=__odwPwned()>');
    expect(pkg.groups[0].title).to.include('<script>');
    expect(pkg.resources.map((r: any) => r.url)).to.include.members(hostileCorpus.urls as string[]);
    expect(pkg.extras.map((e: any) => e.key)).to.include('__proto__');
  });

  it('never appears when searching the pilot cities', async () => {
    const { body } = await action('package_search', { fq: 'organization:moers', q: 'onerror', rows: 0 });
    expect(body.result.count).to.equal(0);
  });

  it('has a DataStore table whose cells equal the corpus strings exactly', async () => {
    const { body } = await action('datastore_search', {
      resource_id: HOSTILE_DATASET.tableResourceId,
      fields: ['nr', 'zeichenkette'],
      sort: 'nr',
      limit: 32000,
    });
    expect(body.result.records.map((r: any) => r.zeichenkette)).to.deep.equal(hostileCorpus.all);
    const all = await action('datastore_search', { resource_id: HOSTILE_DATASET.tableResourceId, limit: 1 });
    const names = all.body.result.fields.map((f: any) => f.id);
    expect(names).to.include('<img src=x onerror=__odwPwned()>');
    expect(names).to.include('constructor');
    expect(all.body.result.records[0].objekt).to.have.own.property('__proto__');
  });

  it('has GeoJSON points with corpus property names, also as a DataStore table', async () => {
    const { body } = await action('package_show', { id: HOSTILE_DATASET.dataset });
    const geo = body.result.resources.find((r: any) => r.id === HOSTILE_DATASET.geojsonResourceId);
    const collection = JSON.parse(await (await fetch(geo.url)).text());
    expect(collection.features).to.have.length(60);
    expect(Object.keys(collection.features[0].properties)).to.include('__proto__');
    const table = await action('datastore_search', {
      resource_id: HOSTILE_DATASET.geojsonResourceId,
      limit: 1,
    });
    expect(table.body.result.total).to.equal(60);
  });
});
