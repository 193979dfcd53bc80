import { connect, type Table } from '@odw/client';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../internal/events.js';
import { localeOf, resolveLang } from '../internal/i18n.js';
import { tableStyles } from './table.styles.js';

const MESSAGES = {
  de: { loading: 'Daten werden geladen …', error: 'Die Daten konnten nicht geladen werden' },
  en: { loading: 'Loading data …', error: 'The data could not be loaded' },
};

/**
 * A portal resource as an accessible table.
 *
 * @tagname odw-table
 * @summary Shows the rows of a DataStore resource of a CKAN portal.
 * @fires odw-load - Data is shown; `detail: { total, exact }`.
 * @fires odw-error - Loading failed; `detail: { error }` holds the typed client error.
 * @csspart table - The `<table>` element.
 * @csspart error - The error message.
 * @cssproperty --odw-font - Font of the whole element (default: inherited from the page).
 * @cssproperty --odw-border-color - Colour of the row lines.
 * @cssproperty --odw-header-background - Background of the header row.
 * @cssproperty --odw-error-color - Colour of error messages.
 */
export class OdwTable extends LitElement {
  /** @hidden */
  static override styles = tableStyles;

  /** Base URL of the portal, e.g. `https://www.offenesdatenportal.de`. */
  @property() portal = '';

  /** Dataset id or name (attribute `dataset`; the property is not called `dataset` because HTMLElement has one). */
  @property({ attribute: 'dataset' }) datasetId = '';

  /** Resource id; default: the first DataStore resource of the dataset. */
  @property() resource = '';

  /** Rows per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Table caption; default: the dataset title. */
  @property() caption = '';

  @state() private table?: Table;
  @state() private datasetTitle = '';
  @state() private error?: Error;

  private abort?: AbortController;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  override updated(changed: PropertyValues<this>): void {
    if (
      changed.has('portal') ||
      changed.has('datasetId') ||
      changed.has('resource') ||
      changed.has('pageSize')
    ) {
      void this.load();
    }
  }

  private async load(): Promise<void> {
    if (!this.portal || !this.datasetId) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    try {
      const portal = await connect(this.portal, { type: 'ckan', signal: abort.signal });
      const dataset = await portal.getDataset(this.datasetId, { signal: abort.signal });
      const resource = this.resource
        ? (dataset.resources.find((r) => r.id === this.resource) ?? this.resource)
        : (dataset.resources.find((r) => r.datastoreActive) ?? '');
      const table = await portal.query(resource, { limit: this.pageSize }, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.datasetTitle = dataset.title;
      this.table = table;
      this.error = undefined;
      emit(this, 'odw-load', { total: table.total, exact: table.exact });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error = error as Error;
      emit(this, 'odw-error', { error: this.error });
    }
  }

  private formatCell(value: unknown, numberFormat: Intl.NumberFormat): string {
    if (value === null || value === undefined) return '';
    return typeof value === 'number' ? numberFormat.format(value) : String(value);
  }

  override render() {
    const lang = resolveLang(this);
    const text = MESSAGES[lang];
    if (this.error) {
      return html`<div part="error" role="alert">${text.error}: ${this.error.message}</div>`;
    }
    if (!this.table) return html`<p role="status">${text.loading}</p>`;
    const numberFormat = new Intl.NumberFormat(localeOf(lang));
    const { fields, rows } = this.table;
    const caption = this.caption || this.datasetTitle;
    // The scroll container is focusable so keyboard users can scroll wide tables (WCAG 2.1.1).
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${caption || nothing}>
      <table part="table">
        <caption>
          ${caption || nothing}
        </caption>
        <thead>
          <tr>
            ${fields.map((f) => html`<th scope="col">${f.label ?? f.name}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                ${row.map(
                  (value, j) =>
                    html`<td
                      class=${fields[j].type === 'integer' || fields[j].type === 'number' ? 'number' : ''}
                    >
                      ${this.formatCell(value, numberFormat)}
                    </td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
