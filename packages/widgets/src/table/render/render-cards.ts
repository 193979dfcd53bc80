import type { CellValue } from '@odw/client';
import { html, type TemplateResult } from 'lit';
import type { TableColumn } from '../table-columns.js';
import type { TableMessages } from '../table-messages.js';
import { renderCellContent } from './render-cell.js';

/**
 * The narrow-screen layout: one card per row, each a description list of column label and value, so a
 * screen reader still hears which value belongs to which column.
 */
export function renderCards(
  caption: string,
  columns: TableColumn[],
  rows: { index: number; values: CellValue[] }[],
  indexOf: (field: string) => number,
  m: TableMessages,
): TemplateResult {
  const positions = columns.map((c) => indexOf(c.field.name));
  return html`<p class="cards-caption" part="caption" id="caption">${caption}</p>
    <ul part="cards" class="cards" aria-labelledby="caption">
      ${rows.map(
        ({ values }) =>
          html`<li part="row card" class="card">
            <dl>
              ${columns.map((column, j) => {
                const display = column.format(values[positions[j]]);
                return html`<div class="pair">
                  <dt>${column.label}</dt>
                  <dd part="cell" class=${display.kind}>${renderCellContent(display, m.empty)}</dd>
                </div>`;
              })}
            </dl>
          </li>`,
      )}
    </ul>`;
}
