import { html, nothing, type TemplateResult } from 'lit';
import type { ErrorMessage } from '../../internal/error-message.js';
import type { TableMessages } from '../table-messages.js';

/**
 * The loading state: a grey sketch of the table with the right number of columns once they are known,
 * and the words for screen readers and anyone whose motion is reduced.
 */
export function renderSkeleton(columns: number, rows: number, status: string): TemplateResult {
  const cells = Array.from({ length: Math.max(1, columns) });
  return html`<div class="skeleton" part="skeleton">
    <p role="status" class="loading-text">${status}</p>
    <table aria-hidden="true">
      <tbody>
        ${Array.from(
          { length: rows },
          (_, i) =>
            html`<tr class=${i === 0 ? 'head' : ''}>
              ${cells.map(() => html`<td><span class="bar"></span></td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The error state: cause, what to do, and a retry button when retrying can help. */
export function renderError(
  message: ErrorMessage,
  retry: (() => void) | undefined,
  m: TableMessages,
): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <p class="cause">${message.cause}</p>
    <p class="action">${message.action}</p>
    ${retry ? html`<button type="button" class="retry" @click=${retry}>${m.retry}</button>` : nothing}
  </div>`;
}

/** A notice above data that is still shown after a refresh failed, with the cause when known. */
export function renderStaleNotice(
  text: string,
  cause: string | undefined,
  retry: () => void,
  m: TableMessages,
): TemplateResult {
  return html`<div part="error" class="notice" role="alert">
    <p class="cause">${text}${cause ? ` ${cause}` : ''}</p>
    <button type="button" class="retry" @click=${retry}>${m.retry}</button>
  </div>`;
}

/** The empty state: no rows, with a way back when filters caused it. */
export function renderEmpty(filtered: boolean, reset: () => void, m: TableMessages): TemplateResult {
  return html`<div part="empty" class="empty-state">
    <p>${filtered ? m.emptyFiltered : m.emptyTable}</p>
    ${filtered ? html`<button type="button" @click=${reset}>${m.resetFilters}</button>` : nothing}
  </div>`;
}
