import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { CellValue, Field } from '@odw/client';
import './odw-table.js';
import type { OdwTable } from './table.js';
import { cells, loaded, makeTable, mountTable, root } from './test-table-helpers.js';

const FIELDS: Field[] = [
  { name: 'Nr', type: 'integer' },
  { name: 'Messstelle', type: 'text' },
  { name: 'Auslastung', type: 'number' },
];

function rows(count: number): CellValue[][] {
  return Array.from({ length: count }, (_, i) => [
    i + 1,
    `MQ ${String(i % 250).padStart(3, '0')}`,
    ((i * 7919) % 10007) / 100,
  ]);
}

async function largeTable(count: number, attributes: Record<string, string> = {}): Promise<OdwTable> {
  const el = await mountTable({ attributes, data: makeTable(FIELDS, rows(count)), width: '800px' });
  // Row height and viewport are measured after the first render.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

const scroller = (el: OdwTable) => root(el).querySelector<HTMLElement>('.scroll')!;
const renderedRows = (el: OdwTable) => root(el).querySelectorAll('tbody tr[part="row"]');

async function scrollTo(el: OdwTable, top: number): Promise<void> {
  scroller(el).scrollTop = top;
  await new Promise((r) => scroller(el).addEventListener('scroll', r, { once: true }));
  await el.updateComplete;
}

describe('<odw-table> with 100 000 rows in the page', () => {
  it('scrolls virtually: a few rows in the DOM, all rows reachable, the row count told to screen readers', async () => {
    const el = await largeTable(100_000);
    const table = root(el).querySelector('table')!;
    expect(table.getAttribute('aria-rowcount')).to.equal('100001');
    expect(renderedRows(el).length).to.be.within(10, 60);
    expect(root(el).querySelector('[part="pagination"]')).to.equal(null);
    expect(cells(el)[0]).to.deep.equal(['1', 'MQ 000', '0']);

    await scrollTo(el, scroller(el).scrollHeight);
    const last = [...renderedRows(el)].at(-1)!;
    expect(last.getAttribute('aria-rowindex')).to.equal('100001');
    expect(last.querySelector('td')!.textContent!.trim()).to.equal('100.000');
    // The last row is inside the visible area.
    const view = scroller(el).getBoundingClientRect();
    expect(last.getBoundingClientRect().bottom).to.be.at.most(view.bottom + 1);
    await expect(el).to.be.accessible();
  });

  it('sorts in a Worker and shows the first rows of the new order at the top', async () => {
    const el = await largeTable(100_000);
    await scrollTo(el, 50_000);
    const load = loaded(el);
    root(el).querySelectorAll<HTMLButtonElement>('thead th button')[2].click();
    await load;
    expect(scroller(el).scrollTop).to.equal(0);
    expect(
      cells(el)
        .slice(0, 3)
        .map((r) => r[2]),
    ).to.deep.equal(['0', '0', '0']);
    const descending = loaded(el);
    root(el).querySelectorAll<HTMLButtonElement>('thead th button')[2].click();
    await descending;
    expect(cells(el)[0][2]).to.equal('100,06');
  });

  it('searches large data and reports the count', async () => {
    const el = await largeTable(100_000, { search: '' });
    const input = root(el).querySelector<HTMLInputElement>('[part="search"] input')!;
    input.value = 'mq 007';
    const load = loaded(el);
    input.dispatchEvent(new Event('change'));
    await load;
    expect(root(el).querySelector('table')!.getAttribute('aria-rowcount')).to.equal('401');
    expect(cells(el)[0][1]).to.equal('MQ 007');
  });

  it('pages instead of scrolling when paging="pages"', async () => {
    const el = await largeTable(100_000, { paging: 'pages', 'page-size': '50' });
    expect(renderedRows(el)).to.have.length(50);
    expect(root(el).querySelector('.page-range')!.textContent!.trim()).to.equal('1–50 von 100.000');
  });
});

describe('<odw-table> download', () => {
  let captured: Blob | undefined;
  const original = URL.createObjectURL;
  beforeEach(() => {
    captured = undefined;
    // Capture the file instead of letting the browser save it.
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      captured = blob as Blob;
      return original.call(URL, blob);
    };
  });
  afterEach(() => {
    URL.createObjectURL = original;
  });

  async function download(el: OdwTable, label: string): Promise<string> {
    root(el).querySelector<HTMLButtonElement>('[part="download-button"]')!.click();
    await el.updateComplete;
    [...root(el).querySelectorAll<HTMLButtonElement>('.download-menu button')]
      .find((b) => b.textContent!.trim() === label)!
      .click();
    await waitUntil(() => captured, 'no file', { timeout: 5000 });
    // ignoreBOM keeps the byte order mark in the text, so the test can see it.
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await captured!.arrayBuffer());
  }

  const small: CellValue[][] = [
    [1, 'Grünstraße; Ecke "Alt"', 1234.5],
    [2, '=HYPERLINK("http://evil.example")', -3],
    [3, '0101', null],
    [4, 'Steinstraße', 7],
  ];

  it('writes exactly what is shown as CSV for German Excel: BOM, semicolons, decimal comma, filter and sort applied', async () => {
    const el = await largeTable(0, {
      download: '',
      columns: 'Messstelle:Ort, Auslastung',
      sort: '-Auslastung',
    });
    el.data = makeTable(FIELDS, small);
    await loaded(el);
    el.state = { filters: [{ field: 'Nr', op: '<=', value: 3 }] };
    await loaded(el);
    const text = await download(el, 'CSV für Excel (;)');
    expect(text).to.equal(
      [
        '\ufeffOrt;Auslastung',
        '"Grünstraße; Ecke ""Alt""";1234,5',
        // A text cell a spreadsheet would run as a formula is defused with an apostrophe.
        '"\'=HYPERLINK(""http://evil.example"")";-3',
        '0101;',
        '',
      ].join('\r\n'),
    );
  });

  it('writes JSON with the columns’ names and values as they are', async () => {
    const el = await largeTable(0, { download: '', columns: 'Nr, Messstelle' });
    el.data = makeTable(FIELDS, small.slice(0, 2));
    await loaded(el);
    const text = await download(el, 'JSON');
    expect(JSON.parse(text)).to.deep.equal([
      { Nr: 1, Messstelle: 'Grünstraße; Ecke "Alt"' },
      { Nr: 2, Messstelle: '=HYPERLINK("http://evil.example")' },
    ]);
  });
});

describe('<odw-table> cut-off cells while scrolling virtually', () => {
  const NOTE_FIELDS: Field[] = [
    { name: 'Nr', type: 'integer' },
    { name: 'Bemerkung', type: 'text' },
    { name: 'Quelle', type: 'text' },
  ];
  const LONG =
    'Politische Gremien, Verwaltungsführung und Rechnungsprüfung einschließlich der Bezirksvertretungen';
  const LONG_URL =
    'https://www.offenesdatenportal.de/dataset/fussgaenger-steinstrasse-juni-2022/resource/abc';
  // Rows 3, 15 and 301 (index 2, 14, 300) have the long text, row 5 the long link, row 7 a long text that
  // is no link; the first 50 rows size the columns. In an 800 × 600 window about 10 rows are in view.
  const noteRows = (count: number): CellValue[][] =>
    Array.from({ length: count }, (_, i) => [
      i + 1,
      i === 2 || i === 14 || i === 300 ? LONG : `Hinweis ${i + 1}`,
      i === 4 ? LONG_URL : i === 6 ? `javascript:alert(1)//${'x'.repeat(80)}` : 'https://example.org/',
    ]);

  async function notes(attributes: Record<string, string> = { paging: 'scroll' }): Promise<OdwTable> {
    const el = await mountTable({ attributes, data: makeTable(NOTE_FIELDS, noteRows(400)), width: '800px' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
    return el;
  }

  const row = (el: OdwTable, index: number) =>
    root(el).querySelector(`tbody tr[aria-rowindex="${index + 2}"]`)!;
  const cellButton = (el: OdwTable, index: number, column: number) =>
    row(el, index).querySelectorAll('td')[column].querySelector<HTMLButtonElement>('[part="cell-button"]');
  const popover = (el: OdwTable) => root(el).querySelector<HTMLElement>('[part="cell-popover"]');
  const focused = (el: OdwTable) => root(el).activeElement;

  async function opened(el: OdwTable): Promise<HTMLElement> {
    await waitUntil(() => popover(el)?.matches(':popover-open'), 'the popover did not open', {
      timeout: 5000,
    });
    return popover(el)!;
  }

  it('puts a long cell in a button named by its whole text; short cells stay text', async () => {
    const el = await notes();
    const button = cellButton(el, 2, 1)!;
    expect(button).to.not.equal(null);
    expect(button.textContent!.trim()).to.equal(LONG);
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    // On screen the text is cut off (that is why the button is there) …
    expect(button.scrollWidth).to.be.greaterThan(button.clientWidth);
    // … and the row keeps the height of the others.
    expect(row(el, 2).getBoundingClientRect().height).to.be.closeTo(
      row(el, 1).getBoundingClientRect().height,
      0.5,
    );
    expect(cellButton(el, 1, 1)).to.equal(null);
    expect(cellButton(el, 0, 0)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the whole text on Enter and closes on Escape, focus back on the cell', async () => {
    const el = await notes();
    const button = cellButton(el, 2, 1)!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const shown = await opened(el);
    expect(shown.querySelector('.whole')!.textContent).to.equal(LONG);
    expect(shown.querySelector('.column')!.textContent).to.equal('Bemerkung');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    // On screen, whole: inside the window and nothing cut off.
    const box = shown.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(document.documentElement.clientWidth);
    expect(box.bottom).to.be.at.most(innerHeight);
    expect(shown.scrollHeight).to.be.at.most(shown.clientHeight + 1);
    expect(shown.contains(focused(el))).to.equal(true);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !popover(el), 'the popover did not close', { timeout: 5000 });
    expect(focused(el)).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('opens on Space; Tab past "Schließen" and Shift+Tab close it, back on the cell', async () => {
    const el = await notes();
    const button = cellButton(el, 2, 1)!;
    button.focus();
    await sendKeys({ press: 'Space' });
    await opened(el);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.textContent!.trim()).to.equal('Schließen');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => !popover(el), 'the popover did not close', { timeout: 5000 });
    expect(focused(el)).to.equal(button);
    // Tab goes on from the cell: to the (short) link beside it.
    await sendKeys({ press: 'Tab' });
    // (Compared as booleans: a failing chai assertion on a link element hung the test page here.)
    expect(focused(el) === row(el, 2).querySelector('a')).to.equal(true);

    button.focus();
    await sendKeys({ press: 'Enter' });
    await opened(el);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await waitUntil(() => !popover(el), 'the popover did not close', { timeout: 5000 });
    expect(focused(el)).to.equal(button);
  });

  it('closes on "Schließen"', async () => {
    const el = await notes();
    const button = cellButton(el, 2, 1)!;
    button.click();
    const shown = await opened(el);
    shown.querySelector('button')!.click();
    await waitUntil(() => !popover(el), 'the popover did not close', { timeout: 5000 });
    expect(focused(el)).to.equal(button);
  });

  it('closes on a click outside', async () => {
    const el = await notes();
    cellButton(el, 2, 1)!.click();
    await opened(el);
    await sendMouse({ type: 'click', position: [2, 2] });
    await waitUntil(() => !popover(el), 'the popover did not close', { timeout: 5000 });
  });

  it('keeps a long link a link inside the popover; other schemes never become links', async () => {
    const el = await notes();
    expect(cellButton(el, 4, 2)!.textContent!.trim()).to.equal(LONG_URL);
    cellButton(el, 4, 2)!.click();
    const shown = await opened(el);
    const link = shown.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(LONG_URL);
    expect(link.textContent).to.equal(LONG_URL);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !popover(el));

    cellButton(el, 6, 2)!.click();
    const other = await opened(el);
    expect(other.querySelector('a')).to.equal(null);
    expect(other.querySelector('.whole')!.textContent).to.equal(`javascript:alert(1)//${'x'.repeat(80)}`);
    // Short links stay plain links in the cell.
    expect(row(el, 0).querySelector('a')!.getAttribute('href')).to.equal('https://example.org/');
  });

  it('puts only the rows in view into the Tab order', async () => {
    const el = await notes();
    row(el, 1).querySelector('a')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el) === cellButton(el, 2, 1)).to.equal(true);
    // Row 15 is rendered (the margin below the view) but waits for its turn.
    expect(cellButton(el, 14, 1)!.getAttribute('tabindex')).to.equal('-1');
    const hidden = [...root(el).querySelectorAll<HTMLElement>('[part="cell-button"][tabindex="-1"]')];
    const below = root(el).querySelector('thead')!.getBoundingClientRect().bottom;
    const above = scroller(el).getBoundingClientRect().bottom;
    for (const button of hidden) {
      const box = button.getBoundingClientRect();
      const middle = (box.top + box.bottom) / 2;
      expect(middle < below || middle > above, button.textContent!).to.equal(true);
    }
    // Row 301 is far below: rendered only after scrolling, then in the Tab order.
    expect(row(el, 300)).to.equal(null);
    await scrollTo(el, 300 * (row(el, 1).getBoundingClientRect().height || 33) - 100);
    const far = cellButton(el, 300, 1)!;
    expect(far.hasAttribute('tabindex')).to.equal(false);
  });

  it('keeps focus on the same cell while the table scrolls a few rows', async () => {
    const el = await notes();
    const button = cellButton(el, 2, 1)!;
    button.focus();
    const height = row(el, 1).getBoundingClientRect().height;
    // Eight rows down: row 3 is the first one still rendered (the margin above the view keeps six).
    await scrollTo(el, 8 * height + 4);
    expect(renderedRows(el)[0].getAttribute('aria-rowindex')).to.equal('4');
    expect(focused(el) === button, 'focus stayed on the button').to.equal(true);
    expect(button.closest('tr')!.getAttribute('aria-rowindex')).to.equal('4');
    expect(button.textContent!.trim()).to.equal(LONG);
  });

  it('leaves paged tables alone: cells wrap, no buttons', async () => {
    const el = await notes({ paging: 'pages', 'page-size': '10' });
    expect(root(el).querySelector('[part="cell-button"]')).to.equal(null);
    const cell = root(el).querySelectorAll('tbody tr')[2].querySelectorAll('td')[1];
    expect(cell.textContent).to.equal(LONG);
    expect(getComputedStyle(cell).whiteSpace).to.equal('normal');
  });
});
