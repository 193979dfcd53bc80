import { expect } from 'chai';
import { HOSTILE_DATASET } from '@odw/demo-portal';
import { action } from './shared-portal.js';

describe('catalogue actions', () => {
  it('package_search with fq=organization:moers and facets: the 185 catalogue datasets plus the 2022 counts', async () => {
    const { status, body } = await action('package_search', {
      fq: 'organization:moers',
      'facet.field': ['tags', 'res_format'],
      rows: 2,
    });
    expect(status).to.equal(200);
    expect(body.result.count).to.equal(186);
    expect(body.result.results).to.have.length(2);
    expect(body.result.facets.res_format.CSV).to.be.greaterThan(90);
    expect(body.result.search_facets.tags.items[0]).to.have.keys(['name', 'display_name', 'count']);
    const legacy = await action('package_search', { fq: 'organization:moers +extras_odw_source:*', rows: 0 });
    expect(legacy.body.result.count).to.equal(185);
  });

  it('package_search: q with umlaut folding and prefixes, fq on groups/tags/res_format/license_id, sort, start', async () => {
    const q = await action('package_search', { q: 'Bevoelkerung Sozialatlasbezirke', rows: 100 });
    expect(q.body.result.count).to.be.greaterThan(5);
    expect(q.body.result.results.every((p: any) => p.organization.name === 'moers')).to.equal(true);
    const geo = await action('package_search', {
      fq: 'res_format:GeoJSON -organization:odw-test',
      rows: 10,
      sort: 'name asc',
    });
    expect(geo.body.result.results.map((p: any) => p.name)).to.deep.equal([
      'jena-parken',
      'koeln-stadtbezirke',
    ]);
    const license = await action('package_search', { fq: 'license_id:"dl-by-de/2.0"', rows: 0 });
    expect(license.body.result.count).to.equal(1);
    const group = await action('package_search', {
      fq: 'groups:bevoelkerung AND organization:stadt-koeln',
      rows: 0,
    });
    expect(group.body.result.count).to.equal(1);
    const page = await action('package_search', {
      fq: 'organization:moers',
      rows: 5,
      start: 183,
      sort: 'title_string asc',
    });
    expect(page.body.result.results).to.have.length(3);
  });

  it('package_search rejects bad sort and syntax with a 400 Search Query Error, bad rows with 409', async () => {
    const sort = await action('package_search', { sort: 'name' });
    expect(sort.status).to.equal(400);
    expect(sort.body.error.__type).to.equal('Search Query Error');
    const syntax = await action('package_search', { q: 'title:"open' });
    expect(syntax.status).to.equal(400);
    const rows = await action('package_search', { rows: -5 });
    expect(rows.status).to.equal(409);
    expect(rows.body.error.rows).to.deep.equal(['Must be a natural number']);
  });

  it('package_show: CKAN 2.11 dict with organization, licence, tags and a DataStore-active upload', async () => {
    const { body } = await action('package_show', { id: 'fussgaenger-steinstrasse-juni-2022' });
    const pkg = body.result;
    expect(pkg.license_id).to.equal('dl-zero-de/2.0');
    expect(pkg.license_title).to.equal('Datenlizenz Deutschland – Zero – Version 2.0');
    expect(pkg.organization.name).to.equal('moers');
    expect(pkg.metadata_modified).to.match(/^\d{4}-\d{2}-\d{2}T/);
    expect(pkg.resources[0]).to.deep.include({ datastore_active: true, url_type: 'upload', format: 'CSV' });
  });

  it('Moers catalogue resources point at the portal, are marked missing and keep the original URL', async () => {
    const { body } = await action('package_show', { id: 'haushaltsplan-2013' });
    const resource = body.result.resources[0];
    expect(resource.odw_file_missing).to.equal(true);
    expect(resource.odw_original_url).to.match(/\$file/);
    expect(new URL(resource.url).hostname).to.equal('127.0.0.1');
    expect(resource.datastore_active).to.equal(false);
    const download = await fetch(resource.url);
    expect(download.status).to.equal(404);
  });

  it('organization_list has the pilot cities, also without datasets; organization_show with datasets', async () => {
    const { body } = await action('organization_list');
    expect(body.result).to.include.members([
      'moers',
      'stadt-kleve',
      'stadt-geldern',
      HOSTILE_DATASET.organization,
    ]);
    const all = await action('organization_list', { all_fields: true });
    const kleve = all.body.result.find((o: any) => o.name === 'stadt-kleve');
    expect(kleve.package_count).to.equal(0);
    const show = await action('organization_show', { id: 'stadt-koeln', include_datasets: true });
    expect(show.body.result.package_count).to.equal(4);
    expect(show.body.result.packages).to.have.length(4);
  });

  it('group_list/group_show, tag_list, license_list, resource_show, package_list', async () => {
    const groups = await action('group_list', { all_fields: true });
    expect(groups.body.result.find((g: any) => g.name === 'verwaltung').package_count).to.be.greaterThan(185);
    const group = await action('group_show', { id: 'bevoelkerung' });
    expect(group.body.result.title).to.equal('Bevölkerung');
    const tags = await action('tag_list', { query: 'fußgänger' });
    expect(tags.body.result).to.deep.equal(['Fußgänger']);
    const licenses = await action('license_list');
    expect(licenses.body.result.map((l: any) => l.id)).to.include('dl-by-de/2.0');
    const resource = await action('resource_show', { id: '6c3f1b52-8d3e-4c49-9a51-2f0a4f3b7d11' });
    expect(resource.body.result.package_id).to.be.a('string');
    const names = await action('package_list');
    expect(names.body.result).to.have.length(192);
    expect((await action('resource_show', { id: 'nope' })).status).to.equal(404);
    expect((await action('group_show', { id: 'nope' })).status).to.equal(404);
  });
});

describe('human pages', () => {
  it('shows a dataset page with every portal string as text and no script allowed', async () => {
    const { callPortal } = await import('./shared-portal.js');
    const { HOSTILE_DATASET } = await import('@odw/demo-portal');
    const res = await callPortal(`/dataset/${HOSTILE_DATASET.dataset}`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-security-policy')).to.match(/^default-src 'none'/);
    expect(res.body).not.to.include('<img src=x');
    expect(res.body).to.include('&lt;img src=x onerror=__odwPwned()&gt;');
    expect(res.body).not.to.match(/href="\s*(javascript|data|vbscript):/i);
    const moers = await callPortal('/dataset/fussgaenger-steinstrasse-juni-2022');
    expect(moers.body).to.include('Fußgängerinnen und Fußgänger auf der Steinstraße');
    expect((await callPortal('/organization/moers')).status).to.equal(200);
    expect((await callPortal('/dataset/nope')).status).to.equal(404);
  });
});
