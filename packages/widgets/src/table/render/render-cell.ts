import { html, nothing, type TemplateResult } from 'lit';
import type { CellDisplay } from '../../internal/format/cell-format.js';

/**
 * A cell's content: text, a checked link, or a visible dash for an empty cell (read out as "leer"/"empty",
 * so an empty cell is not mistaken for a rendering gap).
 */
export function renderCellContent(display: CellDisplay, emptyWord: string): TemplateResult | string {
  if (display.kind === 'empty') {
    return html`<span class="empty"
      ><span aria-hidden="true">–</span><span class="visually-hidden">${emptyWord}</span></span
    >`;
  }
  if (display.kind === 'link') return html`<a href=${display.href!}>${display.text}</a>`;
  return display.text;
}

/**
 * A cell too long for its column (virtual scrolling, where rows keep one height): the text, cut off with
 * "…", inside a button that shows it whole in a popover. The button's name is the whole text. Only rows in
 * view are in the Tab order (`inView`), so Tab does not walk through every row of a long table.
 */
export function renderCutCell(
  display: CellDisplay,
  inView: boolean,
  onRead: (event: Event) => void,
): TemplateResult {
  return html`<button
    type="button"
    part="cell-button"
    aria-haspopup="dialog"
    aria-expanded="false"
    tabindex=${inView ? nothing : -1}
    @click=${onRead}
  >
    ${display.text}
  </button>`;
}
