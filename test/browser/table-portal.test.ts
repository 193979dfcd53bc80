// <odw-table> against the demo portal: what it shows and exactly what it asks the portal for (read back
// from the portal's request log), in a real browser on another origin than the portal.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/widgets/src/table/odw-table.js';
import {
  button,
  cells,
  errorShown,
  loaded,
  mountTable,
  range,
  root,
} from '../../packages/widgets/src/table/test-table-helpers.js';
import type { OdwTable } from '../../packages/widgets/src/table/table.js';
import { portalUrl } from '../helpers/env.js';

const DATASET = 'fussgaenger-steinstrasse-juni-2022';

interface LogEntry {
  method: string;
  url: string;
  cookies: boolean;
}

async function clearLog(): Promise<void> {
  await fetch(`${portalUrl()}/__odw/log`, { method: 'DELETE' });
}

/** The requests the portal saw since the last clear, as decoded paths with parameters. */
async function requests(): Promise<{ action: string; params: URLSearchParams; cookies: boolean }[]> {
  const log = (await (await fetch(`${portalUrl()}/__odw/log`)).json()) as LogEntry[];
  return log
    .filter((e) => e.url.includes('/api/3/action/'))
    .map((e) => {
      const url = new URL(e.url, portalUrl());
      return { action: url.pathname.split('/').pop()!, params: url.searchParams, cookies: e.cookies };
    });
}

const moersTable = (attributes: Record<string, string> = {}) =>
  mountTable({ attributes: { portal: portalUrl(), dataset: DATASET, 'page-size': '5', ...attributes } });

describe('<odw-table> with a DataStore resource of the demo portal', () => {
  beforeEach(clearLog);

  it('shows the first page with exact cell text and asks only for that page', async () => {
    const el = await moersTable({
      columns: 'Zeitpunkt der Messung:Zeitpunkt, Wochentag, Fußgänger insgesamt',
    });

    expect(root(el).querySelector('caption')!.textContent!.trim()).to.equal(
      'Fußgängerinnen und Fußgänger auf der Steinstraße in Moers im Juni 2022',
    );
    // The portal types the time as a timestamp; it shows as written (local time in Moers), German style.
    expect(cells(el)[0]).to.deep.equal(['01.06.2022, 00:00', 'Wednesday', '11']);
    expect(range(el)).to.equal('1–5 von 720');
    const searches = (await requests()).filter((r) => r.action === 'datastore_search');
    // One request: 5 rows of the chosen columns, which also tells the columns' types.
    expect(searches).to.have.length(1);
    expect(searches[0].params.get('limit')).to.equal('5');
    expect(searches[0].params.get('fields')).to.equal('Zeitpunkt der Messung,Wochentag,Fußgänger insgesamt');
    expect((await requests()).every((r) => !r.cookies)).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('asks for the dataset while it detects the portal, and only once', async () => {
    // A portal this page has not detected yet, answering every request after 600 ms.
    const slowPortal = `${portalUrl()}/__fault/latency-600,id-overlap-${Date.now()}`;
    const el = await mountTable({ attributes: { portal: slowPortal, dataset: DATASET, 'page-size': '5' } });
    expect(range(el)).to.equal('1–5 von 720');
    const log = (await (await fetch(`${portalUrl()}/__odw/log`)).json()) as { url: string; time: string }[];
    const arrivals = (action: string) =>
      log.filter((e) => e.url.startsWith(new URL(slowPortal).pathname) && e.url.includes(`/${action}`));
    const [status] = arrivals('status_show');
    const [dataset] = arrivals('package_show');
    expect(arrivals('status_show')).to.have.length(1);
    expect(arrivals('package_show')).to.have.length(1);
    // package_show reached the portal before status_show could have been answered.
    expect(Date.parse(dataset.time) - Date.parse(status.time)).to.be.below(600);
  });

  it('asks the portal for the next page instead of downloading rows', async () => {
    const el = await moersTable();
    await clearLog();
    const load = loaded(el);
    button(el, 'Nächste Seite').click();
    await load;
    const [page] = await requests();
    expect(page.action).to.equal('datastore_search');
    expect([page.params.get('offset'), page.params.get('limit')]).to.deep.equal(['5', '5']);
    expect(range(el)).to.equal('6–10 von 720');
    expect(cells(el)[0][1]).to.equal('01.06.2022, 05:00');
  });

  it('sends the sort of a header click and the search text as typed (umlauts, ß) to the portal', async () => {
    const el = await moersTable({ search: '' });
    await clearLog();
    let load = loaded(el);
    [...root(el).querySelectorAll('thead th button')][3].dispatchEvent(new MouseEvent('click'));
    await load;
    expect((await requests())[0].params.get('sort')).to.match(/^"Fußgänger insgesamt" asc/);

    await clearLog();
    load = loaded(el);
    const input = root(el).querySelector<HTMLInputElement>('[part="search"] input')!;
    input.value = 'Straße Grün';
    input.dispatchEvent(new Event('change'));
    await load;
    const [search] = await requests();
    expect(search.params.get('q')).to.equal('Straße Grün');
    expect(search.params.get('offset')).to.equal(null);
  });

  it('names the dataset attribute when the portal does not have the dataset, with a retry', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = Object.assign(document.createElement('odw-table'), {
      portal: portalUrl(),
      datasetId: 'gibt-es-nicht',
    });
    container.append(el);
    const error = await errorShown(el);
    expect(error.querySelector('.cause')!.textContent).to.equal(
      '„gibt-es-nicht“ (Attribut „dataset“) wurde im Portal nicht gefunden.',
    );
    expect(error.querySelector('button')!.textContent).to.equal('Erneut versuchen');
    await expect(el).to.be.accessible();
  });

  it('names the columns attribute and lists the real columns for an unknown column', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('odw-table');
    Object.assign(el, { portal: portalUrl(), datasetId: DATASET, columns: 'Wochentag, Fussgaenger' });
    container.append(el);
    const error = await errorShown(el);
    expect(error.querySelector('.cause')!.textContent).to.equal(
      'Die Spalte „Fussgaenger“ aus dem Attribut „columns“ gibt es in diesen Daten nicht.',
    );
    expect(error.querySelector('.action')!.textContent).to.contain('„Fußgänger insgesamt“');
    expect(error.querySelector('button')).to.equal(null);
  });

  it('types the editor’s filter by the columns and lets the portal apply it', async () => {
    const el = await moersTable({
      filter: 'Wochentag = Saturday; Fußgänger insgesamt >= 1000',
      columns: 'Zeitpunkt der Messung, Wochentag, Fußgänger insgesamt',
    });
    expect(cells(el).length).to.be.greaterThan(0);
    for (const [, day, count] of cells(el)) {
      expect(day).to.equal('Saturday');
      expect(Number(count.replace('.', ''))).to.be.at.least(1000);
    }
    // The comparison needs SQL: pushed down to the portal, not computed from downloaded rows.
    const sql = (await requests()).filter((r) => r.action === 'datastore_search_sql');
    const statements = sql.map((r) => r.params.get('sql') ?? '');
    expect(
      statements.some((text) => /"Fußgänger insgesamt"\s*>=\s*E?'?1000/.test(text)),
      statements.join('\n'),
    ).to.be.true;
  });

  it('names the resource attribute for an unknown resource', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = Object.assign(document.createElement('odw-table'), {
      portal: portalUrl(),
      datasetId: DATASET,
      resource: 'keine-solche-ressource',
    });
    container.append(el);
    const error = await errorShown(el);
    expect(error.querySelector('.cause')!.textContent).to.equal(
      '„keine-solche-ressource“ (Attribut „resource“) wurde im Portal nicht gefunden.',
    );
  });

  it('requests nothing after it is removed, also not a search that was still being typed', async () => {
    const el = await moersTable({ search: '' });
    const input = root(el).querySelector<HTMLInputElement>('[part="search"] input')!;
    input.value = 'Sonntag';
    input.dispatchEvent(new Event('input')); // debounced: would search in 350 ms
    el.remove();
    await clearLog();
    await new Promise((r) => setTimeout(r, 600));
    expect(await requests()).to.deep.equal([]);
  });
});

describe('<odw-table> with the hostile dataset (payloads in names, labels, cells, JSON)', () => {
  it('renders every portal string as text: no markup, no handler, no tripwire call', async () => {
    const pwned: unknown[] = [];
    (window as unknown as { __odwPwned: (...a: unknown[]) => void }).__odwPwned = (...args) =>
      pwned.push(args);
    const el = await moersTable({ 'page-size': '50' });
    el.setAttribute('dataset', 'odw-feindliche-daten');
    await loaded(el);
    const shadow = root(el);
    expect(shadow.querySelectorAll('script, img, svg, iframe, object, embed')).to.have.length(0);
    const withHandlers = [...shadow.querySelectorAll('*')].filter((node) =>
      [...node.attributes].some((a) => a.name.startsWith('on')),
    );
    expect(withHandlers).to.deep.equal([]);
    // The dangerous column label and cell values are visible as the text they are.
    expect(shadow.querySelector('thead')!.textContent).to.contain('<img src=x onerror=__odwPwned()>');
    expect(shadow.querySelector('tbody')!.textContent).to.contain('__odwPwned');
    for (const link of shadow.querySelectorAll('a')) {
      expect(['http:', 'https:', 'mailto:']).to.include(new URL(link.href).protocol);
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(pwned).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

/** Opens the download menu (unless it is open). */
async function openMenu(el: OdwTable) {
  if (!root(el).querySelector('.download-menu'))
    root(el).querySelector<HTMLButtonElement>('[part="download-button"]')!.click();
  await el.updateComplete;
  return root(el).querySelector('.download-menu')!;
}

/** Runs a paged (in-page) download and returns the file's text. */
async function pagedFile(el: OdwTable, label: string) {
  let captured: Blob | undefined;
  const original = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    captured = blob as Blob;
    return original.call(URL, blob);
  };
  try {
    const menu = await openMenu(el);
    [...menu.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!.click();
    await waitUntil(() => captured, 'no file', { timeout: 10_000 });
    return await captured!.text();
  } finally {
    URL.createObjectURL = original;
  }
}

describe('<odw-table> download of portal data', () => {
  it('fetches every page of the current view from the portal and writes exactly those rows', async () => {
    const el = await moersTable({
      download: '',
      filter: 'Wochentag = Saturday',
      sort: '-Fußgänger insgesamt',
    });
    const total = Number(
      root(el).querySelector('.page-range')!.textContent!.split(' von ')[1].replace('.', ''),
    );
    const records = JSON.parse(await pagedFile(el, 'JSON')) as Record<string, unknown>[];
    expect(records).to.have.length(total);
    expect(records.every((r) => r.Wochentag === 'Saturday')).to.be.true;
    const counts = records.map((r) => r['Fußgänger insgesamt'] as number);
    expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
  });
});

describe('<odw-table> "CSV (,)" of portal data: a link to the portal\'s dump', () => {
  const COLUMNS = 'Zeitpunkt der Messung, Wochentag, Fußgänger insgesamt';

  /** Waits until the element has the link's code (it asked for it first, so it has it when this does). */
  async function linkCodeLoaded(el: OdwTable) {
    await import('../../packages/widgets/src/table/render/render-dump-link.js');
    await el.updateComplete;
  }

  /** Data lines of a CSV without quoted fields, as lists of cells. */
  const csvRows = (text: string) =>
    text
      .replace(/^\ufeff/, '')
      .split(/\r?\n/)
      .filter(Boolean)
      .map((line) => line.split(','));

  beforeEach(clearLog);

  it('links to the dump with exactly the view (search, filter, sort, columns), and its file holds the rows the page would write', async () => {
    const el = await moersTable({
      download: '',
      search: '',
      columns: COLUMNS,
      filter: 'Wochentag = Saturday',
      sort: '-Fußgänger insgesamt',
    });
    const load = loaded(el);
    const input = root(el).querySelector<HTMLInputElement>('[part="search"] input')!;
    input.value = 'Steinstraße';
    input.dispatchEvent(new Event('change'));
    await load;
    await clearLog();

    const menu = await openMenu(el);
    // The link's code loads once the download button shows; until then "CSV (,)" is written in the page.
    await waitUntil(() => menu.querySelector('a'), 'no dump link');
    const link = menu.querySelector<HTMLAnchorElement>('a')!;
    expect(link.textContent!.trim()).to.equal('CSV (,)');
    expect(link.hasAttribute('download')).to.be.true;
    expect(link.rel).to.equal('noopener');
    expect(link.target).to.equal('_blank');
    expect(link.referrerPolicy).to.equal('strict-origin-when-cross-origin');
    // The other two choices stay written in the page.
    expect([...menu.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal([
      'CSV für Excel (;)',
      'JSON',
    ]);
    const href = new URL(link.href);
    expect(href.origin + href.pathname).to.match(new RegExp(`^${portalUrl()}/datastore/dump/[^/]+$`));
    expect(Object.fromEntries(href.searchParams)).to.deep.equal({
      q: 'Steinstraße',
      filters: JSON.stringify({ Wochentag: 'Saturday' }),
      fields: 'Zeitpunkt der Messung,Wochentag,Fußgänger insgesamt',
      sort: '"Fußgänger insgesamt" desc, "_id" asc',
      format: 'csv',
      bom: 'true',
    });
    // Opening the menu asked the portal for nothing.
    expect(await requests()).to.deep.equal([]);

    const bytes = await (await fetch(link.href)).arrayBuffer();
    const dumped = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(dumped.startsWith('\ufeffZeitpunkt der Messung,Wochentag,Fußgänger insgesamt\r\n')).to.be.true;
    const log = (await (await fetch(`${portalUrl()}/__odw/log`)).json()) as LogEntry[];
    expect(log.filter((e) => e.url.startsWith('/datastore/dump/'))).to.have.length(1);

    // The same view written in the page (JSON pages through datastore_search): the same rows, in order.
    const records = JSON.parse(await pagedFile(el, 'JSON')) as Record<string, unknown>[];
    const fields = ['Zeitpunkt der Messung', 'Wochentag', 'Fußgänger insgesamt'];
    const rows = csvRows(dumped).slice(1);
    expect(rows.length).to.equal(records.length);
    expect(rows.length).to.be.above(0);
    expect(rows).to.deep.equal(records.map((r) => fields.map((f) => String(r[f]))));
  });

  it('falls back to writing the file in the page for a view the dump cannot filter (a range)', async () => {
    const el = await moersTable({ download: '', columns: COLUMNS, filter: 'Fußgänger insgesamt >= 400' });
    await clearLog();
    await linkCodeLoaded(el);
    expect((await openMenu(el)).querySelector('a')).to.equal(null);
    const rows = csvRows(await pagedFile(el, 'CSV (,)'));
    expect(rows[0]).to.deep.equal(['Zeitpunkt der Messung', 'Wochentag', 'Fußgänger insgesamt']);
    expect(rows.length).to.be.above(1);
    expect(rows.slice(1).every((r) => Number(r[2]) >= 400)).to.be.true;
    const log = (await (await fetch(`${portalUrl()}/__odw/log`)).json()) as LogEntry[];
    expect(log.some((e) => e.url.startsWith('/datastore/dump/'))).to.be.false;
  });

  it('writes in the page when a column is relabelled, so the header is the one the table shows', async () => {
    const el = await moersTable({ download: '', columns: 'Wochentag:Tag, Fußgänger insgesamt' });
    await linkCodeLoaded(el);
    expect((await openMenu(el)).querySelector('a')).to.equal(null);
    const rows = csvRows(await pagedFile(el, 'CSV (,)'));
    expect(rows[0]).to.deep.equal(['Tag', 'Fußgänger insgesamt']);
    expect(rows).to.have.length(721);
  });
});
