import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CellValue, Field } from '@odw/client';
import './odw-table.js';
import type { OdwTable } from './table.js';
import {
  announcement,
  button,
  cells,
  column,
  errorShown,
  failed,
  headers,
  loaded,
  makeTable,
  mountTable,
  range,
  root,
} from './test-table-helpers.js';

const FIELDS: Field[] = [
  { name: 'Straße', type: 'text' },
  { name: 'Bezirk', type: 'integer' },
  { name: 'Betrag', type: 'number', label: 'Betrag in Euro' },
  { name: 'Datum', type: 'date' },
  { name: 'Schlüssel', type: 'text' },
  { name: 'Bemerkung', type: 'text' },
];

// Twelve rows: umlauts and ß, a leading-zero code, an empty cell, markup that must stay text, a link.
const ROWS: CellValue[][] = [
  ['Hauptstraße', 4, 1234.5, '2024-12-31', '0101', null],
  ['Grünstraße', 4, 203726, '2024-01-15', '0102', 'https://www.moers.de/'],
  ['Ährenweg', 1, -3.25, '2023-06-01', '0201', '<img src=x onerror="window.__xss=1">'],
  ['Zollstraße', 2, 0, '2024-03-05', '0202', 'javascript:alert(1)'],
  ['Bahnhofstraße', 1, 99.9, '2022-11-11', '0301', 'Baustelle'],
  ['Am Weiher', 3, 12, '2024-07-01', '0302', null],
  ['Uerdinger Straße', 3, 7, '2021-02-28', '0401', 'Umleitung'],
  ['Kirchplatz', 2, 150, '2024-05-20', '0402', null],
  ['Neumarkt', 4, 5000, '2023-09-09', '0501', null],
  ['Steinstraße', 1, 42, '2020-01-01', '0502', 'Fußgängerzone'],
  ['Mühlenstraße', 2, 1.5, '2024-02-29', '0601', null],
  ['Wallzentrum', 3, 800, '2019-10-10', '0602', null],
];

/** A table with `data` set before it connects (as a developer would), page size 5, and more attributes. */
/** A table of the rows above with `data` set before it connects, page size 5, and more attributes. */
const tableOf = (attributes: Record<string, string> = {}, rows = ROWS) =>
  mountTable({ attributes: { 'page-size': '5', ...attributes }, data: makeTable(FIELDS, rows) });

describe('<odw-table> with data in the page', () => {
  it('renders a real table: caption, column headers with scope, exact German cell text', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = Object.assign(document.createElement('odw-table'), {
      data: makeTable(FIELDS, ROWS),
      caption: 'Straßen',
      pageSize: 5,
    });
    const load = loaded(el);
    container.append(el);
    const event = await load;

    expect(event.detail).to.deep.equal({ total: 12, exact: true });
    const table = root(el).querySelector('table')!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Straßen');
    expect(headers(el)).to.deep.equal([
      'Straße',
      'Bezirk',
      'Betrag in Euro',
      'Datum',
      'Schlüssel',
      'Bemerkung',
    ]);
    expect([...table.querySelectorAll('th')].every((th) => th.getAttribute('scope') === 'col')).to.be.true;
    expect(cells(el)[0]).to.deep.equal(['Hauptstraße', '4', '1.234,5', '31.12.2024', '0101', '–']);
    expect(cells(el)[1]).to.deep.equal([
      'Grünstraße',
      '4',
      '203.726',
      '15.01.2024',
      '0102',
      'https://www.moers.de/',
    ]);
    expect(range(el)).to.equal('1–5 von 12');
    await expect(el).to.be.accessible();
  });

  it('right-aligns numbers, marks empty cells for screen readers and links only safe URLs', async () => {
    const el = await tableOf();
    const rows = [...root(el).querySelectorAll('tbody tr')];
    expect(rows[0].querySelectorAll('td')[2].className).to.equal('number');
    const empty = rows[0].querySelectorAll('td')[5];
    expect(empty.querySelector('[aria-hidden="true"]')!.textContent).to.equal('–');
    expect(empty.querySelector('.visually-hidden')!.textContent).to.equal('leer');
    expect(rows[1].querySelector('a')!.getAttribute('href')).to.equal('https://www.moers.de/');
    // Markup and a javascript: URL in cells stay text.
    expect(rows[2].querySelectorAll('td')[5].textContent!.trim()).to.equal(
      '<img src=x onerror="window.__xss=1">',
    );
    expect(root(el).querySelector('img')).to.equal(null);
    expect(rows[3].querySelector('a')).to.equal(null);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('sorts by header buttons with aria-sort: ascending, descending, unsorted; fires odw-state', async () => {
    const el = await tableOf();
    const th = () => root(el).querySelectorAll('thead th')[2];
    const sortButton = th().querySelector('button')!;

    setTimeout(() => sortButton.click());
    const state = await oneEvent(el, 'odw-state');
    await loaded(el);
    expect(state.detail).to.deep.include({ sort: [{ field: 'Betrag', direction: 'asc' }], page: 1 });
    expect(th().getAttribute('aria-sort')).to.equal('ascending');
    expect(column(el, 2)).to.deep.equal(['-3,25', '0', '1,5', '7', '12']);

    sortButton.click();
    await loaded(el);
    expect(th().getAttribute('aria-sort')).to.equal('descending');
    expect(column(el, 2)).to.deep.equal(['203.726', '5.000', '1.234,5', '800', '150']);

    sortButton.click();
    await loaded(el);
    expect(th().hasAttribute('aria-sort')).to.be.false;
    expect(column(el, 0)[0]).to.equal('Hauptstraße');
    await expect(el).to.be.accessible();
  });

  it('sorts German text with umlauts in place', async () => {
    const el = await tableOf();
    root(el).querySelectorAll('thead th button')[0].dispatchEvent(new MouseEvent('click'));
    await loaded(el);
    expect(column(el, 0)).to.deep.equal([
      'Ährenweg',
      'Am Weiher',
      'Bahnhofstraße',
      'Grünstraße',
      'Hauptstraße',
    ]);
  });

  it('is operable by keyboard alone: Tab to a header, Enter sorts, Space sorts the other way', async () => {
    const el = await tableOf();
    const buttons = () => root(el).querySelectorAll<HTMLButtonElement>('thead th button');
    buttons()[1].focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(buttons()[2]);
    // Subscribe before pressing: the rows arrive before sendKeys returns.
    let load = loaded(el);
    await sendKeys({ press: 'Enter' });
    await load;
    expect(root(el).querySelectorAll('thead th')[2].getAttribute('aria-sort')).to.equal('ascending');
    load = loaded(el);
    await sendKeys({ press: 'Space' });
    await load;
    expect(root(el).querySelectorAll('thead th')[2].getAttribute('aria-sort')).to.equal('descending');
    expect(root(el).activeElement).to.equal(buttons()[2]);
  });

  it('pages with first/previous/next/last, the page field and the page size, announcing the result', async () => {
    const el = await tableOf();
    button(el, 'Nächste Seite').click();
    await loaded(el);
    expect(range(el)).to.equal('6–10 von 12');
    expect(column(el, 0)[0]).to.equal('Am Weiher');
    expect(announcement(el)).to.equal('12 Einträge, Seite 2 von 3');

    button(el, 'Letzte Seite').click();
    await loaded(el);
    expect(range(el)).to.equal('11–12 von 12');
    expect(button(el, 'Nächste Seite').getAttribute('aria-disabled')).to.equal('true');

    const pageField = root(el).querySelector<HTMLInputElement>('.page-number input')!;
    pageField.value = '1';
    pageField.dispatchEvent(new Event('change'));
    await loaded(el);
    expect(range(el)).to.equal('1–5 von 12');
    expect(button(el, 'Vorherige Seite').getAttribute('aria-disabled')).to.equal('true');

    const size = root(el).querySelector<HTMLSelectElement>('.page-size select')!;
    size.value = '10';
    size.dispatchEvent(new Event('change'));
    await loaded(el);
    expect(range(el)).to.equal('1–10 von 12');
    expect(el.state.pageSize).to.equal(10);
  });

  it('searches as typed (umlauts, ß = ss), resets to page 1 and announces the count', async () => {
    const el = await tableOf({ search: '' });
    const input = root(el).querySelector<HTMLInputElement>('[part="search"] input')!;
    expect(root(el).querySelector('[part="search"]')!.textContent).to.contain('Suche');
    input.value = 'STRASSE';
    input.dispatchEvent(new Event('input'));
    await loaded(el);
    expect(column(el, 0)).to.deep.equal([
      'Hauptstraße',
      'Grünstraße',
      'Zollstraße',
      'Bahnhofstraße',
      'Uerdinger Straße',
    ]);
    expect(range(el)).to.equal('1–5 von 7');
    expect(announcement(el)).to.equal('7 Einträge, Seite 1 von 2');

    input.value = 'Ähren';
    input.dispatchEvent(new Event('change'));
    await loaded(el);
    expect(column(el, 0)).to.deep.equal(['Ährenweg']);
    expect(el.state.search).to.equal('Ähren');
  });

  it('filters per column with controls that fit the type, shows chips and resets', async () => {
    const el = await tableOf();
    const toggle = root(el).querySelector<HTMLButtonElement>('[part="filter-button"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    // The panel's code and the distinct values (from the local engine) arrive asynchronously.
    await waitUntil(() => root(el).querySelector('[part="filters"] select'), 'no filter panel');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const panel = root(el).querySelector('[part="filters"]')!;
    // Bezirk has 4 distinct values: a select; Betrag: a number range; Datum: a date range; Straße: text.
    const bezirk = [...panel.querySelectorAll('label')]
      .find((l) => l.textContent!.startsWith('Bezirk'))!
      .querySelector('select')!;
    expect([...bezirk.options].map((o) => o.textContent!.trim())).to.deep.equal(['alle', '1', '2', '3', '4']);
    expect(panel.querySelector('fieldset legend')!.textContent).to.equal('Betrag in Euro');
    expect(panel.querySelectorAll('input[type="date"]')).to.have.length(2);
    await expect(el).to.be.accessible();

    bezirk.value = '3'; // options are indices into the distinct values: 3 → Bezirk 4
    bezirk.dispatchEvent(new Event('change'));
    await loaded(el);
    expect(column(el, 1)).to.deep.equal(['4', '4', '4']);

    const [from] = panel.querySelectorAll<HTMLInputElement>('fieldset input');
    from.value = '1000,5';
    from.dispatchEvent(new Event('change'));
    await loaded(el);
    expect(column(el, 2)).to.deep.equal(['1.234,5', '203.726', '5.000']);
    expect(el.state.filters).to.deep.equal([
      { field: 'Bezirk', op: '=', value: 4 },
      { field: 'Betrag', op: '>=', value: 1000.5 },
    ]);
    const chips = [...root(el).querySelectorAll('.chips button')].map((b) =>
      b.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(chips).to.deep.equal(['Bezirk: 4 ✕', 'Betrag in Euro ≥ 1.000,5 ✕', 'Filter zurücksetzen']);

    button(el, 'Filter entfernen: Bezirk: 4').click();
    await loaded(el);
    expect(el.state.filters).to.deep.equal([{ field: 'Betrag', op: '>=', value: 1000.5 }]);
    button(el, 'Filter zurücksetzen').click();
    await loaded(el);
    expect(range(el)).to.equal('1–5 von 12');
  });

  it('shows the empty state with a reset when filters match nothing', async () => {
    const el = await tableOf({ search: '' });
    el.state = { search: 'gibt es nicht' };
    await loaded(el);
    const empty = root(el).querySelector('[part="empty"]')!;
    expect(empty.textContent).to.contain('Keine Einträge für diese Filter.');
    await expect(el).to.be.accessible();
    empty.querySelector('button')!.click();
    await loaded(el);
    expect(range(el)).to.equal('1–5 von 12');
  });

  it('applies the editor’s filter, columns, sort, number and date formats', async () => {
    const el = await tableOf({
      filter: 'Bezirk >= 3; Bemerkung !=',
      columns: 'Straße:Lage, Betrag, Datum',
      sort: '-Datum',
      'number-format': 'Betrag: #,##0.00 €',
      'date-format': 'Datum: long',
    });
    expect(headers(el)).to.deep.equal(['Lage', 'Betrag in Euro', 'Datum']);
    expect(cells(el)).to.deep.equal([
      ['Grünstraße', '203.726,00 €', '15. Januar 2024'],
      ['Uerdinger Straße', '7,00 €', '28. Februar 2021'],
    ]);
    // Readers cannot remove the editor's filter; there are no reader filters.
    expect(root(el).querySelector('.chips')).to.equal(null);
  });

  it('names the attribute when an attribute is malformed or names an unknown column, without a retry button', async () => {
    const malformed = await fixture<OdwTable>(
      html`<odw-table .data=${makeTable(FIELDS, ROWS)} filter="Bezirk 4"></odw-table>`,
    );
    const error = await errorShown(malformed);
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Das Attribut „filter“ ist nicht lesbar: Fehler bei „Bezirk 4“.');
    expect(error.querySelector('button')).to.equal(null);
    await expect(malformed).to.be.accessible();

    const unknown = await fixture<OdwTable>(html`<odw-table columns="Strasse, Bezirk"></odw-table>`);
    setTimeout(() => (unknown.data = makeTable(FIELDS, ROWS)));
    const event = await failed(unknown);
    expect(event.detail.error).to.include({ name: 'AttributeError', attribute: 'columns' });
    expect((await errorShown(unknown)).textContent).to.contain(
      'Die Spalte „Strasse“ aus dem Attribut „columns“',
    );
    expect(root(unknown).querySelector('[part="error"] .action')!.textContent).to.contain(
      '„Straße“, „Bezirk“',
    );
  });

  it('says what is missing when neither a portal dataset nor a file is given', async () => {
    const el = await fixture<OdwTable>(html`<odw-table></odw-table>`);
    expect((await errorShown(el)).querySelector('.cause')!.textContent).to.equal(
      'Das Attribut „dataset“ fehlt.',
    );
  });

  it('takes a state set by script and mirrors the view into the address with sync-url', async () => {
    history.replaceState(null, '', `${location.pathname}#strassen.sort=-Betrag&strassen.page=2`);
    try {
      const el = await tableOf({ 'sync-url': 'strassen' });
      expect(el.state).to.deep.include({ sort: [{ field: 'Betrag', direction: 'desc' }], page: 2 });
      expect(column(el, 2)[0]).to.equal('99,9');

      el.state = { filters: [{ field: 'Bezirk', op: '=', value: 1 }] };
      await loaded(el);
      expect(decodeURIComponent(location.hash)).to.equal('#strassen.sort=-Betrag&strassen.filter=Bezirk=1');
      expect(column(el, 0)).to.deep.equal(['Bahnhofstraße', 'Steinstraße', 'Ährenweg']);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('keeps the caption in view when a wide table is scrolled sideways', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const el = Object.assign(document.createElement('odw-table'), { data: makeTable(FIELDS, ROWS) });
    el.setAttribute('layout', 'table');
    const load = loaded(el);
    container.append(el);
    await load;
    const scroller = root(el).querySelector<HTMLElement>('.scroll')!;
    expect(scroller.scrollWidth).to.be.above(scroller.clientWidth);
    scroller.scrollLeft = scroller.scrollWidth;
    await new Promise(requestAnimationFrame);
    const view = scroller.getBoundingClientRect();
    const text = root(el).querySelector('caption .caption-text')!.getBoundingClientRect();
    expect(text.left).to.be.at.least(view.left);
    expect(text.right).to.be.at.most(view.right);
  });

  it('shows cards on narrow screens, with the labels next to the values', async () => {
    const el = await tableOf({ layout: 'cards' });
    const card = root(el).querySelector('[part~="card"]')!;
    const pairs = [...card.querySelectorAll('.pair')].map((p) => [
      p.querySelector('dt')!.textContent!.trim(),
      p.querySelector('dd')!.textContent!.trim(),
    ]);
    expect(pairs.slice(0, 3)).to.deep.equal([
      ['Straße', 'Hauptstraße'],
      ['Bezirk', '4'],
      ['Betrag in Euro', '1.234,5'],
    ]);
    expect(root(el).querySelector('table')).to.equal(null);
    await expect(el).to.be.accessible();

    const container = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const narrow = Object.assign(document.createElement('odw-table'), { data: makeTable(FIELDS, ROWS) });
    const load = loaded(narrow);
    container.append(narrow);
    await load;
    // The width is measured after layout; the cards follow in the next frames.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await narrow.updateComplete;
    expect(narrow.shadowRoot!.querySelector('.cards')).to.not.equal(null);
  });

  it('speaks English with lang="en"', async () => {
    const el = await tableOf({ lang: 'en' });
    expect(cells(el)[0].slice(0, 4)).to.deep.equal(['Hauptstraße', '4', '1,234.5', '31/12/2024']);
    expect(range(el)).to.equal('1–5 of 12');
    expect(button(el, 'Next page')).to.exist;
  });
});
