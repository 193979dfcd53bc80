import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../internal/i18n.js';
import type { TableMessages } from '../table-messages.js';

/** What the pagination bar shows. */
export interface PaginationModel {
  page: number;
  pageSize: number;
  /** Rows on this page. */
  rowsOnPage: number;
  total: number | undefined;
  exact: boolean;
  pageSizes: number[];
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
  messages: TableMessages;
  lang: Lang;
}

/**
 * "1–20 von 52.341", first/previous/next/last page buttons, a page number field and the page size. Buttons
 * that cannot act are `aria-disabled` rather than `disabled`, so keyboard focus stays on them at the ends.
 */
export function renderPagination(model: PaginationModel): TemplateResult {
  const { page, pageSize, total, exact, messages: m, lang } = model;
  const pages = total === undefined ? undefined : Math.max(1, Math.ceil(total / pageSize));
  const first = model.rowsOnPage === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = (page - 1) * pageSize + model.rowsOnPage;
  const hasNext = pages === undefined ? model.rowsOnPage === pageSize : page < pages;
  const go = (target: number, allowed: boolean) => () => allowed && model.onPage(target);
  const button = (label: string, glyph: string, target: number, allowed: boolean) =>
    html`<button
      type="button"
      class="page-button"
      aria-label=${label}
      aria-disabled=${allowed ? 'false' : 'true'}
      @click=${go(target, allowed)}
    >
      <span aria-hidden="true">${glyph}</span>
    </button>`;
  const onPageInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const value = Number(input.value);
    if (Number.isInteger(value) && value >= 1 && (pages === undefined || value <= pages)) model.onPage(value);
    else input.value = String(page);
  };
  return html`<nav part="pagination" class="pagination" aria-label=${m.pagination}>
    <span class="page-range">${m.range(first, last, total, exact, lang)}</span>
    <span class="pager">
      ${button(m.firstPage, '«', 1, page > 1)} ${button(m.previousPage, '‹', page - 1, page > 1)}
      <label class="page-number"
        ><span class="page-label">${m.pageNumber}</span>
        <input
          type="number"
          inputmode="numeric"
          min="1"
          max=${pages ?? nothing}
          .value=${String(page)}
          @change=${onPageInput}
      /></label>
      ${pages !== undefined ? html`<span class="page-count">/ ${pages}</span>` : nothing}
      ${button(m.nextPage, '›', page + 1, hasNext)}
      ${pages !== undefined ? button(m.lastPage, '»', pages, page < pages) : nothing}
    </span>
    <label class="page-size"
      >${m.pageSize}
      <select @change=${(e: Event) => model.onPageSize(Number((e.target as HTMLSelectElement).value))}>
        ${model.pageSizes.map((size) => html`<option value=${size} ?selected=${size === pageSize}>${size}</option>`)}
      </select></label
    >
  </nav>`;
}
