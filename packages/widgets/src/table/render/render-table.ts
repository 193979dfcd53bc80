import type { CellValue, OrderBy } from '@odw/client';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssProperties } from '../../internal/css-properties.js';
import type { CellDisplay } from '../../internal/format/cell-format.js';
import type { TableColumn } from '../table-columns.js';
import type { TableMessages } from '../table-messages.js';
import { textWidth } from '../text-width.js';
import { renderCellContent, renderCutCell } from './render-cell.js';

/** What the `<table>` shows. */
export interface TableModel {
  caption: string;
  columns: TableColumn[];
  sort: OrderBy[];
  onSort: (field: string) => void;
  /** Rows to render, each with its absolute index. */
  rows: { index: number; values: CellValue[] }[];
  indexOf: (field: string) => number;
  messages: TableMessages;
  /** For virtual scrolling (rows of one height: cells do not wrap). */
  virtual?: {
    padTop: number;
    padBottom: number;
    rowCount: number;
    /** Width of each column's text in `ch` (see `textWidth`); wider text is cut off. */
    budgets: number[];
    /** Rows whose middle is in view (`from` ≤ index ≤ `to`): their cut-off cells are in the Tab order. */
    from: number;
    to: number;
    /** A cut-off cell's button was pressed: show the whole text. */
    onRead: (invoker: HTMLElement, label: string, display: CellDisplay) => void;
    /** Row `index` renders under the key `index - keyBase` (see `TableModel.rows` keys in `renderTable`). */
    keyBase: number;
  };
}

/** A column's width: its text budget plus the cell padding (0.6em on each side) and a little slack. */
export const columnWidth = (budget: number) => `calc(${budget}ch + 1.6em)`;

function ariaSort(field: string, sort: OrderBy[]): 'ascending' | 'descending' | typeof nothing {
  // aria-sort belongs on the primary sort column only (WAI-ARIA APG sortable table).
  const primary = sort[0];
  if (primary?.field !== field) return nothing;
  return primary.direction === 'desc' ? 'descending' : 'ascending';
}

function sortIcon(field: string, sort: OrderBy[]): string {
  const key = sort.find((s) => s.field === field);
  return key ? (key.direction === 'desc' ? '▼' : '▲') : '↕';
}

function spacer(height: number, span: number): TemplateResult {
  return html`<tr class="spacer" aria-hidden="true">
    <td colspan=${span} ${cssProperties({ height: `${height}px` })}></td>
  </tr>`;
}

/** The data table: caption, sortable header buttons (`aria-sort`), rows. */
export function renderTable(model: TableModel): TemplateResult {
  const { columns, sort, messages: m, virtual } = model;
  const positions = columns.map((c) => model.indexOf(c.field.name));
  return html`<table
    part="table"
    class=${virtual ? 'virtual' : ''}
    aria-rowcount=${virtual ? virtual.rowCount + 1 : nothing}
  >
    <caption part="caption" id="caption">
      <span class="caption-text">${model.caption}</span>
    </caption>
    ${
      virtual
        ? html`<colgroup>
            ${virtual.budgets.map((budget) => html`<col ${cssProperties({ width: columnWidth(budget) })} />`)}
          </colgroup>`
        : nothing
    }
    <thead>
      <tr part="header-row" aria-rowindex=${virtual ? 1 : nothing}>
        ${columns.map(
          (column) =>
            html`<th
              scope="col"
              part="header-cell"
              class=${column.numeric ? 'numeric' : ''}
              aria-sort=${ariaSort(column.field.name, sort)}
            >
              <button type="button" part="sort-button" @click=${() => model.onSort(column.field.name)}>
                ${
                  column.numeric
                    ? html`<span class="sort-icon" aria-hidden="true"
                          >${sortIcon(column.field.name, sort)}</span
                        ><span class="label">${column.label}</span>`
                    : html`<span class="label">${column.label}</span
                        ><span class="sort-icon" aria-hidden="true"
                          >${sortIcon(column.field.name, sort)}</span
                        >`
                }
              </button>
            </th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${virtual && virtual.padTop > 0 ? spacer(virtual.padTop, columns.length) : nothing}
      ${repeat(
        model.rows,
        // A row's key is its index minus a base. While the base follows the first rendered row, keys are
        // positions and scrolling updates rows in place (cheapest); while a cell has focus the base stays,
        // so each row keeps its DOM and the focused cell keeps focus and its own text (virtual-scrolling
        // decision 0503).
        ({ index }) => index - (virtual?.keyBase ?? model.rows[0].index),
        ({ index, values }) =>
          html`<tr part="row" class=${index % 2 ? 'odd' : ''} aria-rowindex=${virtual ? index + 2 : nothing}>
            ${columns.map((column, j) => {
              const display = column.format(values[positions[j]]);
              const content =
                virtual && textWidth(display.text) > virtual.budgets[j]
                  ? renderCutCell(display, index >= virtual.from && index <= virtual.to, (event) =>
                      virtual.onRead(event.currentTarget as HTMLElement, column.label, display),
                    )
                  : renderCellContent(display, m.empty);
              return html`<td part="cell" class=${display.kind}>${content}</td>`;
            })}
          </tr>`,
      )}
      ${virtual && virtual.padBottom > 0 ? spacer(virtual.padBottom, columns.length) : nothing}
    </tbody>
  </table>`;
}
