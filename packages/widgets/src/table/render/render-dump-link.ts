/**
 * "CSV (,)" of a DataStore table as a link to the portal's own dump of the current view, when the portal
 * can write exactly that file: the browser then streams it from the portal, whatever its size, and no row
 * passes through the page. Part of the download chunk, which loads once the download button shows. See
 * docs/decisions/0507-download-dump-url.md.
 */
import { exportUrl, type Condition } from '@odw/client';
import { html, type TemplateResult } from 'lit';
import type { TableColumn } from '../table-columns.js';
import type { TableMessages } from '../table-messages.js';
import type { TableSource } from '../table-source.js';
import type { TableState } from '../table-state.js';

/** The table's columns and the `filter` attribute's conditions. */
export interface DumpView {
  columns: TableColumn[];
  baseConditions: Condition[];
}

/**
 * The portal's dump URL for "CSV (,)" of the view, or `undefined` when that file would differ from what
 * the table shows: data held in the page, a view the dump cannot filter exactly (ranges, substrings …),
 * or a header the table shows differently from the column's name (a `columns` label, a label or unit from
 * the portal's data dictionary), since the dump's header row is always the column names.
 */
export function dumpUrl(
  source: TableSource | undefined,
  { columns, baseConditions }: DumpView,
  { filters, search, sort }: TableState,
): string | undefined {
  if (source?.kind !== 'remote' || columns.some((c) => c.label !== c.field.name)) return undefined;
  // The view as the table asks the portal for its pages (table.ts rowsQuery, table-rows.ts remoteQuery).
  const where = [...baseConditions, ...filters];
  try {
    return exportUrl(
      source.portal,
      source.resource,
      {
        select: columns.map((c) => c.field.name),
        where: where.length ? where : undefined,
        q: search.trim() || undefined,
        orderBy: sort.length ? sort : undefined,
      },
      { format: 'csv', bom: true },
    );
  } catch {
    return undefined; // a query the client rejects: the in-page download reports the error
  }
}

/**
 * The "CSV (,)" menu item as a link to the dump, or `undefined` to keep the in-page download. A new tab
 * receives the file (the portal sends it as an attachment, so the tab closes again); should the portal
 * fail, its error shows there and the page with the table stays. The Referer is at most this page's
 * origin, as for the client's requests. `onFollow` closes the menu.
 */
export function renderDumpLink(
  source: TableSource | undefined,
  view: DumpView,
  state: TableState,
  onFollow: () => void,
  m: TableMessages,
): TemplateResult | undefined {
  const href = dumpUrl(source, view, state);
  return href
    ? html`<a
        href=${href}
        download
        target="_blank"
        rel="noopener"
        referrerpolicy="strict-origin-when-cross-origin"
        @click=${onFollow}
        >${m.downloadCsvComma}</a
      >`
    : undefined;
}
