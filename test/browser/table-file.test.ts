// <odw-table src="…">: a real municipal file read in the page with @odw/client's parsers and queried
// locally. The Köln budget file has the German CSV quirks: `;`, CRLF, thousands dots (`203.726` is
// 203726) and codes with leading zeros (`0101`).
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/widgets/src/table/odw-table.js';
import {
  cells,
  headers,
  loaded,
  mountTable,
  range,
  root,
} from '../../packages/widgets/src/table/test-table-helpers.js';

// Served by the test runner from the repository (licence and origin: that folder's README).
const BUDGET = new URL(
  '/packages/client/test/fixtures/formats/koeln-haushalt-teilergebnisplan.csv',
  location.href,
).href;

const fileTable = (attributes: Record<string, string>) => mountTable({ attributes });

describe('<odw-table src> with the Köln budget CSV', () => {
  it('reads every row, keeps codes with leading zeros and shows thousands as German numbers', async () => {
    const el = await fileTable({
      src: BUDGET,
      columns: 'Teilplan, Teilplanzeile:Zeile, Ergebnis 2010, Plan 2015',
      'page-size': '3',
    });
    expect(headers(el)).to.deep.equal(['Teilplan', 'Zeile', 'Ergebnis 2010', 'Plan 2015']);
    expect(cells(el)[1]).to.deep.equal(['0101', '02 - Zuwendungen und allg. Umlagen', '203.726', '113.318']);
    // 2 828 lines after the header; the file has no line break at its end.
    expect(range(el)).to.equal('1–3 von 2.828');
    const footer = root(el).querySelector('[part="footer"]')!;
    expect(footer.textContent).to.contain('koeln-haushalt-teilergebnisplan.csv');
    expect(footer.querySelector('a')!.getAttribute('href')).to.equal(BUDGET);
    await expect(el).to.be.accessible();
  });

  it('filters, sorts and searches the file locally', async () => {
    const el = await fileTable({
      src: BUDGET,
      columns: 'Teilplan, Plan 2015, Teilplanzeile',
      filter: 'Teilplan = 0101',
      sort: '-Plan 2015',
      search: '',
      'page-size': '2',
    });
    expect(cells(el)[0][0]).to.equal('0101');
    const values = cells(el).map((row) => Number(row[1].replaceAll('.', '').replace(',', '.')));
    expect(values[0]).to.be.at.least(values[1]);
    const load = loaded(el);
    const input = root(el).querySelector<HTMLInputElement>('[part="search"] input')!;
    input.value = 'Steuern und ähnliche';
    input.dispatchEvent(new Event('change'));
    await load;
    expect(range(el)).to.equal('1–1 von 1');
  });

  it('names the src attribute when the file does not exist', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = Object.assign(document.createElement('odw-table'), {
      src: new URL('/gibt-es-nicht.csv', location.href).href,
    });
    container.append(el);
    const event = await new Promise<CustomEvent>((resolve) =>
      el.addEventListener('odw-error', resolve, { once: true }),
    );
    expect(event.detail.error.name).to.equal('HttpError');
  });
});
