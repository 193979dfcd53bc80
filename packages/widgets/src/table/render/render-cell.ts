import { html, type TemplateResult } from 'lit';
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
