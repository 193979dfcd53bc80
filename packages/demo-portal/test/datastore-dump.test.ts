import { expect } from 'chai';
import type { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { handleDump } from '../src/http/dump-handler.js';
import { action, sharedPortal } from './shared-portal.js';

const MOERS = '6c3f1b52-8d3e-4c49-9a51-2f0a4f3b7d11';

/** A view with an umlaut in every part: full text, filter, fields and sort. */
const VIEW = {
  q: 'Steinstraße',
  filters: JSON.stringify({ Wochentag: ['Saturday', 'Sunday'] }),
  fields: 'Wochentag,Fußgänger insgesamt,Zeitpunkt der Messung',
  sort: '"Fußgänger insgesamt" desc, "_id" asc',
};

async function dump(params: Record<string, string>, prefix = '', init: RequestInit = {}) {
  const portal = await sharedPortal();
  const res = await fetch(
    `${portal.url}${prefix}/datastore/dump/${MOERS}?${new URLSearchParams(params)}`,
    init,
  );
  return { res, text: await res.text() };
}

/** The same rows from datastore_search, as lists. */
async function searched(params: Record<string, string>) {
  const { body } = await action('datastore_search', {
    resource_id: MOERS,
    ...params,
    limit: '32000',
    records_format: 'lists',
  });
  return body.result as { fields: { id: string }[]; records: unknown[][] };
}

/** CSV cells of a line as PostgreSQL writes them (no quoted delimiters in these columns). */
const cellsOf = (line: string) => line.split(',');

describe('/datastore/dump/<resource_id>', () => {
  it('writes every matching row as CSV: header of field ids, same rows and order as datastore_search', async () => {
    const { res, text: body } = await dump({ ...VIEW, format: 'csv' }, '', {
      headers: { Origin: 'https://news.example' },
    });
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.equal('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).to.equal(`attachment; filename="${MOERS}.csv"`);
    expect(res.headers.get('access-control-allow-origin')).to.equal('*');
    // Header from Python's csv module (CRLF), rows from PostgreSQL's COPY (LF), as in CKAN's dumps.
    expect(body.startsWith('Wochentag,Fußgänger insgesamt,Zeitpunkt der Messung\r\n')).to.equal(true);
    const lines = body.split('\r\n')[1].split('\n').slice(0, -1);
    const expected = await searched(VIEW);
    expect(expected.records.length).to.be.above(100);
    expect(lines.map(cellsOf)).to.deep.equal(expected.records.map((r) => r.map(String)));
    expect(lines.every((l) => /^(Saturday|Sunday),/.test(l))).to.equal(true);
  });

  it('starts with a byte order mark for bom=true', async () => {
    const portal = await sharedPortal();
    const res = await fetch(`${portal.url}/datastore/dump/${MOERS}?bom=true&fields=Wochentag&limit=1`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).to.equal('Wochentag\r\nWednesday\n');
  });

  it('writes all rows by _id with every column, _id first, without parameters', async () => {
    const { text: body } = await dump({});
    const [header, rest] = body.split('\r\n');
    expect(header.split(',')[0]).to.equal('_id');
    const ids = rest
      .split('\n')
      .slice(0, -1)
      .map((l) => Number(l.split(',')[0]));
    expect(ids).to.have.length(720);
    expect(ids).to.deep.equal(ids.map((_, i) => i + 1));
  });

  it('writes JSON as CKAN does: fields, then records as lists', async () => {
    const { res, text: body } = await dump({ ...VIEW, format: 'json', limit: '3', offset: '2' });
    expect(res.headers.get('content-type')).to.equal('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).to.equal(`attachment; filename="${MOERS}.json"`);
    expect(body).to.match(/^\{\n {2}"fields": \[\{"id":"Wochentag","type":"text"/);
    expect(body.endsWith(']\n]}\n')).to.equal(true);
    const parsed = JSON.parse(body) as { fields: unknown[]; records: unknown[][] };
    const expected = await searched(VIEW);
    expect(parsed.fields).to.deep.equal(expected.fields);
    expect(parsed.records).to.deep.equal(expected.records.slice(2, 5));
  });

  it('streams page after page until the limit or the table ends', async () => {
    const portal = await sharedPortal();
    const url = new URL(`${portal.url}/datastore/dump/${MOERS}?fields=_id&sort=_id desc&offset=5&limit=250`);
    const reply = await handleDump(url, MOERS, portal.datastore, 100);
    const ids = (await text(reply.body as Readable)).split('\r\n')[1].split('\n').slice(0, -1).map(Number);
    expect(ids).to.deep.equal(Array.from({ length: 250 }, (_, i) => 715 - i));
    const all = await handleDump(new URL(`${portal.url}/x?fields=_id`), MOERS, portal.datastore, 100);
    expect((await text(all.body as Readable)).split('\n')).to.have.length(722);
  });

  it('answers as CKAN: 404 for an unknown resource, 400 for bad dump options, 500 for a bad column', async () => {
    const portal = await sharedPortal();
    const unknown = await fetch(`${portal.url}/datastore/dump/no-such-table`);
    expect(unknown.status).to.equal(404);
    expect(await unknown.text()).to.equal('DataStore resource not found\n');
    const badFormat = await dump({ format: 'xlsx' });
    expect(badFormat.res.status).to.equal(400);
    expect(badFormat.text).to.match(/^format: /);
    expect((await dump({ fields: 'Nope' })).res.status).to.equal(500);
  });

  it('is logged, and fault prefixes apply as for the API', async () => {
    const portal = await sharedPortal();
    portal.log.clear();
    await dump({ q: 'Steinstraße', fields: 'Wochentag', limit: '1' });
    const logged = portal.log.list().map((e) => decodeURIComponent(e.url.replaceAll('+', ' ')));
    expect(logged).to.deep.equal([`/datastore/dump/${MOERS}?q=Steinstraße&fields=Wochentag&limit=1`]);
    const failed = await dump({ fields: 'Wochentag' }, `/__fault/status-503,id-dump${Date.now()}`);
    expect(failed.res.status).to.equal(503);
    const slow = await dump({ fields: 'Wochentag', limit: '1' }, `/__fault/latency-20,id-dump${Date.now()}`);
    expect(slow.text).to.equal('Wochentag\r\nWednesday\n');
  });
});
