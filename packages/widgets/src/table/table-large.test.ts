import { expect, waitUntil } from '@open-wc/testing';
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
