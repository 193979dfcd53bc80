import type { OrderBy } from '@odw/client';
import { html, nothing, type TemplateResult } from 'lit';
import type { TableColumn } from '../table-columns.js';
import type { TableMessages } from '../table-messages.js';

/** Download formats offered. */
export type DownloadFormat = 'csv-excel' | 'csv' | 'json';

/** What the toolbar above the table shows. */
export interface ToolbarModel {
  search?: { value: string; onInput: (value: string, immediate: boolean) => void };
  filters?: { open: boolean; active: number; panelId: string; onToggle: () => void };
  download?: {
    open: boolean;
    menuId: string;
    formats: DownloadFormat[];
    onToggle: () => void;
    onDownload: (format: DownloadFormat) => void;
    /** "CSV (,)" as a link to the portal's dump of the view (render-dump-link.ts), where that fits. */
    csvLink?: TemplateResult;
    progress?: string;
    onCancel: () => void;
  };
  /** In the card layout the header buttons are gone, so sorting gets its own controls. */
  cardSort?: { columns: TableColumn[]; sort: OrderBy[]; onSort: (sort: OrderBy[]) => void };
  messages: TableMessages;
}

const FORMAT_LABELS: Record<DownloadFormat, (m: TableMessages) => string> = {
  'csv-excel': (m) => m.downloadCsvExcel,
  csv: (m) => m.downloadCsvComma,
  json: (m) => m.downloadJson,
};

const searchTimers = new WeakMap<EventTarget, ReturnType<typeof setTimeout>>();

function renderSearch(search: NonNullable<ToolbarModel['search']>, m: TableMessages): TemplateResult {
  // Debounced while typing; Enter or leaving the field searches at once. The text goes to the portal as typed.
  const onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    clearTimeout(searchTimers.get(input));
    if (event.type === 'change') search.onInput(input.value, true);
    else
      searchTimers.set(
        input,
        setTimeout(() => search.onInput(input.value, false), 350),
      );
  };
  return html`<label class="search" part="search"
    ><span class="search-label">${m.search}</span>
    <input
      type="search"
      placeholder=${m.searchPlaceholder}
      .value=${search.value}
      @input=${onInput}
      @change=${onInput}
  /></label>`;
}

function renderCardSort(sorting: NonNullable<ToolbarModel['cardSort']>, m: TableMessages): TemplateResult {
  const primary = sorting.sort[0];
  const onField = (event: Event) => {
    const field = (event.target as HTMLSelectElement).value;
    sorting.onSort(field ? [{ field, direction: primary?.direction ?? 'asc' }] : []);
  };
  const onDirection = (event: Event) => {
    if (!primary) return;
    sorting.onSort([
      { field: primary.field, direction: (event.target as HTMLSelectElement).value as 'asc' | 'desc' },
    ]);
  };
  return html`<span class="card-sort">
    <label
      >${m.sortSelect}
      <select @change=${onField}>
        <option value="" ?selected=${!primary}>${m.sortNone}</option>
        ${sorting.columns.map(
          (c) =>
            html`<option value=${c.field.name} ?selected=${primary?.field === c.field.name}>
              ${c.label}
            </option>`,
        )}
      </select></label
    >
    ${
      primary
        ? html`<label
            >${m.direction}
            <select @change=${onDirection}>
              <option value="asc" ?selected=${primary.direction !== 'desc'}>${m.sortAscending}</option>
              <option value="desc" ?selected=${primary.direction === 'desc'}>${m.sortDescending}</option>
            </select></label
          >`
        : nothing
    }
  </span>`;
}

/** Search box, filter toggle, download menu (and sort controls in the card layout). */
export function renderToolbar(model: ToolbarModel): TemplateResult | typeof nothing {
  const { search, filters, download, cardSort, messages: m } = model;
  if (!search && !filters && !download && !cardSort) return nothing;
  return html`<div class="toolbar" part="toolbar">
    ${search ? renderSearch(search, m) : nothing} ${cardSort ? renderCardSort(cardSort, m) : nothing}
    <span class="actions">
      ${
        filters
          ? html`<button
              type="button"
              part="filter-button"
              aria-expanded=${filters.open ? 'true' : 'false'}
              aria-controls=${filters.panelId}
              @click=${filters.onToggle}
            >
              ${filters.active ? m.filtersActive(filters.active) : m.filters}
            </button>`
          : nothing
      }
      ${
        download
          ? html`<span class="download">
              <button
                type="button"
                part="download-button"
                aria-expanded=${download.open ? 'true' : 'false'}
                aria-controls=${download.menuId}
                @click=${download.onToggle}
              >
                ${m.download}
              </button>
              ${
                download.open
                  ? html`<ul class="download-menu" id=${download.menuId}>
                      ${download.formats.map(
                        (format) =>
                          html`<li>
                            ${
                              (format === 'csv' && download.csvLink) ||
                              html`<button type="button" @click=${() => download.onDownload(format)}>
                                ${FORMAT_LABELS[format](m)}
                              </button>`
                            }
                          </li>`,
                      )}
                    </ul>`
                  : nothing
              }
            </span>`
          : nothing
      }
    </span>
    ${
      download?.progress
        ? html`<p class="download-progress" role="status">
            ${download.progress} <button type="button" @click=${download.onCancel}>${m.cancel}</button>
          </p>`
        : nothing
    }
  </div>`;
}
