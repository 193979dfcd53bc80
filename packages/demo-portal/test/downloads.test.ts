import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { action, sharedPortal } from './shared-portal.js';

const DATA = new URL('../data/', import.meta.url);

async function resourceOf(dataset: string) {
  const { body } = await action('package_show', { id: dataset });
  return body.result.resources[0];
}

describe('resource downloads', () => {
  it('serves the Latin-1 Moers CSV byte for byte, labelled as CKAN labels uploads (charset=utf-8)', async () => {
    const resource = await resourceOf('fussgaenger-steinstrasse-juni-2022');
    const res = await fetch(resource.url);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.equal('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const original = new Uint8Array(
      await readFile(new URL('moers/besucherzahlen-moers-juni-2022-stundlich.csv', DATA)),
    );
    expect(Buffer.compare(bytes, original)).to.equal(0);
    expect(new TextDecoder('windows-1252').decode(bytes).startsWith('Lage;Zeitpunkt der Messung')).to.equal(
      true,
    );
  });

  it('answers If-None-Match with 304 and sends Last-Modified', async () => {
    const resource = await resourceOf('jena-parken');
    const first = await fetch(resource.url);
    expect(first.headers.get('content-type')).to.equal('application/geo+json');
    expect(first.headers.get('last-modified')).to.match(/GMT$/);
    const etag = first.headers.get('etag')!;
    const second = await fetch(resource.url, { headers: { 'If-None-Match': etag } });
    expect(second.status).to.equal(304);
  });

  it('serves the large traffic CSV gzip-encoded to clients that accept it, plain otherwise', async () => {
    const portal = await sharedPortal();
    const resource = await resourceOf('koeln-verkehrsauslastung-2013-02');
    expect(resource.url.startsWith(portal.url)).to.equal(true);
    const head = await fetch(resource.url, { method: 'HEAD', headers: { 'Accept-Encoding': 'gzip' } });
    expect(head.headers.get('content-encoding')).to.equal('gzip');
    const stored = await readFile(new URL('koeln/verkehrsauslastung_2013-02.csv.gz', DATA));
    const text = await (await fetch(resource.url)).text();
    expect(text).to.equal(gunzipSync(stored).toString('utf8'));
    expect(text.split('\n').filter(Boolean)).to.have.length(672340);
  });
});
