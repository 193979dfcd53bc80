import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { portalUrl } from '../../../../test/helpers/env.js';
import './odw-table.js';
import type { OdwTable } from './table.js';

describe('<odw-table>', () => {
  it('renders DataStore rows from the demo portal with German number formatting', async () => {
    const el = await fixture<OdwTable>(
      html`<odw-table
        portal=${portalUrl()}
        dataset="fussgaenger-steinstrasse-juni-2022"
        page-size="5"
      ></odw-table>`,
    );
    const loaded = await oneEvent(el, 'odw-load');
    await el.updateComplete;

    expect(loaded.detail).to.deep.equal({ total: 720, exact: true });
    const root = el.shadowRoot!;
    expect(root.querySelector('caption')!.textContent!.trim()).to.equal(
      'Fußgängerinnen und Fußgänger auf der Steinstraße in Moers im Juni 2022',
    );
    const headers = [...root.querySelectorAll('th')].map((th) => th.textContent!.trim());
    expect(headers.slice(0, 4)).to.deep.equal([
      'Lage',
      'Zeitpunkt der Messung',
      'Wochentag',
      'Fußgänger insgesamt',
    ]);
    expect(root.querySelectorAll('tbody tr')).to.have.length(5);
    const firstRow = [...root.querySelectorAll('tbody tr:first-child td')].map((td) =>
      td.textContent!.trim(),
    );
    expect(firstRow.slice(0, 4)).to.deep.equal([
      'Steinstraße, Moers',
      '2022-06-01T00:00:00',
      'Wednesday',
      '11',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows an error and fires odw-error for a dataset the portal does not have', async () => {
    const el = await fixture<OdwTable>(
      html`<odw-table portal=${portalUrl()} dataset="gibt-es-nicht"></odw-table>`,
    );
    const failed = await oneEvent(el, 'odw-error');
    await el.updateComplete;

    expect(failed.detail.error.name).to.equal('PortalError');
    expect(el.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
  });
});
