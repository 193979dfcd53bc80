import { expect } from 'chai';
import { HttpError, OdwError, ParseError } from '../errors.js';
import type { GeoResult, Resource, Table } from '../types.js';
import { loadResource } from './load-resource.js';
import { windows1252 } from './test-fixtures.js';

/** A fetch that answers every URL from a table of bodies and headers, recording the request options. */
function fakeFetch(files: Record<string, { body: BodyInit; type?: string; status?: number }>) {
  const requests: { url: string; init?: RequestInit }[] = [];
  const fetchFn = (async (url: string, init?: RequestInit) => {
    requests.push({ url, init });
    const file = files[url];
    if (!file) return new Response('not found', { status: 404 });
    return new Response(file.body, {
      status: file.status ?? 200,
      headers: file.type ? { 'content-type': file.type } : {},
    });
  }) as typeof fetch;
  return { fetchFn, requests };
}

async function gzip(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const resource = (url: string, format: string): Resource => ({
  id: 'r1',
  datasetId: 'd1',
  name: 'Datei',
  format,
  url,
  datastoreActive: false,
  position: 0,
});

describe('loadResource', () => {
  it('parses CSV in the declared charset and sends no credentials', async () => {
    const { fetchFn, requests } = fakeFetch({
      'https://portal.example/daten.csv': {
        body: windows1252('Straße;n\nAllee;1\n'),
        type: 'text/csv; charset=iso-8859-1',
      },
    });
    const table = (await loadResource('https://portal.example/daten.csv', { fetch: fetchFn })) as Table;
    expect(table.fields.map((f) => f.name)).to.deep.equal(['Straße', 'n']);
    expect(table.meta).to.include({ encoding: 'windows-1252', encodingSource: 'declared' });
    expect(table.source).to.deep.equal({
      pushedDown: false,
      method: 'file',
      url: 'https://portal.example/daten.csv',
    });
    expect(requests[0].init).to.include({ credentials: 'omit' });
  });

  it('picks GeoJSON by the resource format and by content when the server says octet-stream', async () => {
    const body = JSON.stringify({ type: 'FeatureCollection', features: [] });
    const { fetchFn } = fakeFetch({
      'https://portal.example/a': { body, type: 'application/json' },
      'https://portal.example/b': { body, type: 'application/octet-stream' },
    });
    const byFormat = (await loadResource(resource('https://portal.example/a', 'GeoJSON'), {
      fetch: fetchFn,
    })) as GeoResult;
    expect(byFormat.collection.type).to.equal('FeatureCollection');
    const byContent = (await loadResource('https://portal.example/b', { fetch: fetchFn })) as GeoResult;
    expect(byContent.crs).to.equal('OGC:CRS84');
  });

  it('reads JSON records and gzip-compressed CSV', async () => {
    const { fetchFn } = fakeFetch({
      'https://portal.example/r.json': { body: '[{"a": 1}]' },
      'https://portal.example/t.csv.gz': { body: await gzip('a;b\n1;2,5\n'), type: 'application/gzip' },
    });
    expect(
      ((await loadResource('https://portal.example/r.json', { fetch: fetchFn })) as Table).rows,
    ).to.deep.equal([[1]]);
    const csv = (await loadResource('https://portal.example/t.csv.gz', { fetch: fetchFn })) as Table;
    expect(csv.rows).to.deep.equal([[1, 2.5]]);
  });

  it('fails with HttpError on error statuses and ParseError on an HTML page', async () => {
    const { fetchFn } = fakeFetch({
      'https://portal.example/login.csv': { body: '<!doctype html><title>Login</title>', type: 'text/csv' },
    });
    const missing = await loadResource('https://portal.example/gone.csv', { fetch: fetchFn }).catch((e) => e);
    expect(missing).to.be.instanceOf(HttpError);
    expect(missing.status).to.equal(404);
    const html = await loadResource('https://portal.example/login.csv', { fetch: fetchFn }).catch((e) => e);
    expect(html).to.be.instanceOf(ParseError);
  });

  it('refuses URLs that are not http(s)', async () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/csv,a']) {
      const error = await loadResource(url, { fetch: fakeFetch({}).fetchFn }).catch((e) => e);
      expect(error).to.be.instanceOf(OdwError);
      expect(error.message).to.contain('Refusing');
    }
  });
});
