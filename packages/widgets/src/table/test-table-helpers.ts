/** Helpers for `<odw-table>` tests (not shipped). */
import type { CellValue, Field, Table } from '@odw/client';
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { OdwTable } from './table.js';

/** A local table as a developer would pass it in `data`. */
export function makeTable(fields: Field[], rows: CellValue[][]): Table {
  return {
    fields,
    rows,
    total: rows.length,
    exact: true,
    source: { pushedDown: false, url: 'test', method: 'file' },
  };
}

/** The element's shadow root. */
export const root = (el: OdwTable): ShadowRoot => el.shadowRoot!;

/** Visible text of each header cell. */
export function headers(el: OdwTable): string[] {
  return [...root(el).querySelectorAll('thead th .label')].map((th) => th.textContent!.trim());
}

/** Visible text of each body row's cells (an empty cell reads as its dash). */
export function cells(el: OdwTable): string[][] {
  return [...root(el).querySelectorAll('tbody tr[part="row"]')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) =>
      (td.querySelector('[aria-hidden="true"]')?.textContent ?? td.textContent!).trim(),
    ),
  );
}

/** One column's cell texts. */
export const column = (el: OdwTable, index: number) => cells(el).map((row) => row[index]);

/** Waits for the next `odw-load` and the render after it. */
export async function loaded(el: OdwTable): Promise<CustomEvent> {
  const event = await oneEvent(el, 'odw-load');
  await el.updateComplete;
  return event;
}

/** Waits for the next `odw-error` and the render after it. */
export async function failed(el: OdwTable): Promise<CustomEvent> {
  const event = await oneEvent(el, 'odw-error');
  await el.updateComplete;
  return event;
}

/** A button in the shadow root by its visible text or accessible label. */
export function button(el: OdwTable, name: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find(
    (b) => b.getAttribute('aria-label') === name || b.textContent!.trim() === name,
  );
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

/** The text of the pagination range, e.g. "1–5 von 12". */
export const range = (el: OdwTable) => root(el).querySelector('.page-range')?.textContent?.trim();

/** The polite live region's text. */
export const announcement = (el: OdwTable) =>
  root(el).querySelector('[aria-live="polite"]')!.textContent!.trim();

/** Waits until the error message is shown (its explanations load on demand) and returns it. */
export async function errorShown(el: OdwTable): Promise<HTMLElement> {
  await waitUntil(() => root(el).querySelector('[part="error"]'), 'no error shown', { timeout: 5000 });
  return root(el).querySelector<HTMLElement>('[part="error"]')!;
}

/** What {@link mountTable} sets before the table connects. */
export interface MountOptions {
  attributes?: Record<string, string>;
  /** The `data` property (rows in the page). */
  data?: Table;
  /** Width of the containing block, e.g. `320px`. */
  width?: string;
  /** Wait for the first `odw-load` (default) or return at once (errors, loading states). */
  wait?: boolean;
}

/**
 * A table set up the way a page does it (attributes and data before it connects), in a fixture container
 * that is removed after the test; by default once its first rows are shown.
 */
export async function mountTable({
  attributes = {},
  data,
  width,
  wait = true,
}: MountOptions): Promise<OdwTable> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  if (width) container.style.width = width;
  const el = document.createElement('odw-table');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (data) el.data = data;
  const load = wait ? loaded(el) : undefined;
  container.append(el);
  await load;
  return el;
}
