/**
 * "Download exactly what is shown": the current filter, search and sort, every page, the visible columns.
 * A separate chunk, loaded once the download button shows. Portal data is fetched page by page with
 * progress and cancel (unless "CSV (,)" is the portal's dump link, render-dump-link.ts); local data is
 * written from the rows in the page.
 */
import type { CellValue, Field } from '@odw/client';
import {
  csvField,
  csvHeader,
  csvLine,
  EXCEL_DE,
  PLAIN_CSV,
  UTF8_BOM,
} from '../internal/download/csv-writer.js';
import type { DownloadFormat } from './render/render-toolbar.js';
import type { TableColumn } from './table-columns.js';
import { fetchRows, type RowsQuery } from './table-rows.js';
import type { TableSource } from './table-source.js';

// The dump link is rendered from this chunk too: it loads once the download button shows (see table.ts).
export { renderDumpLink } from './render/render-dump-link.js';

/** A prepared download. */
export interface DownloadFile {
  blob: Blob;
  fileName: string;
}

/** What to write. */
export interface DownloadRequest {
  format: DownloadFormat;
  source: TableSource;
  query: RowsQuery;
  columns: TableColumn[];
  baseName: string;
  onProgress: (rowsDone: number, total: number | undefined) => void;
  signal: AbortSignal;
}

/** Rows per portal request while downloading (CKAN caps at its rows_max, 32 000 by default). */
const PORTAL_PAGE = 10_000;

/** Yields the matching rows in order, in batches. */
async function* matchingRows(
  request: DownloadRequest,
): AsyncGenerator<{ rows: CellValue[][]; indexOf: (f: string) => number; total?: number }> {
  const { source, signal } = request;
  if (source.kind === 'local') {
    const view = await fetchRows(source, request.query, signal);
    for (let start = 0; start < view.available; start += PORTAL_PAGE) {
      const rows: CellValue[][] = [];
      for (let i = start; i < Math.min(view.available, start + PORTAL_PAGE); i++) rows.push(view.row(i));
      yield { rows, indexOf: view.indexOf, total: view.total };
    }
    return;
  }
  for (let offset = 0; ;) {
    const view = await fetchRows(source, { ...request.query, offset, limit: PORTAL_PAGE }, signal);
    const rows: CellValue[][] = [];
    for (let i = offset; i < offset + view.available; i++) rows.push(view.row(i));
    yield { rows, indexOf: view.indexOf, total: view.total };
    offset += view.available;
    // The portal may cap a page below PORTAL_PAGE; stop on an empty page or once the total is reached.
    if (view.available === 0 || (view.total !== undefined && offset >= view.total)) return;
  }
}

/** Builds the file for `request`. */
export async function buildDownload(request: DownloadRequest): Promise<DownloadFile> {
  const { columns, format } = request;
  const fields: Field[] = columns.map((c) => c.field);
  const parts: string[] = [];
  let done = 0;
  const dialect = format === 'csv-excel' ? EXCEL_DE : PLAIN_CSV;
  if (format === 'json') parts.push('[');
  else
    parts.push(
      UTF8_BOM,
      csvHeader(
        columns.map((c) => c.label),
        dialect,
      ),
    );
  for await (const batch of matchingRows(request)) {
    const positions = fields.map((f) => batch.indexOf(f.name));
    for (const row of batch.rows) {
      if (format === 'json') {
        const record = Object.fromEntries(fields.map((f, j) => [f.name, row[positions[j]] ?? null]));
        parts.push(`${done === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`);
      } else {
        parts.push(
          csvLine(
            fields.map((f, j) => csvField(row[positions[j]], f, dialect)),
            dialect,
          ),
        );
      }
      done++;
    }
    request.onProgress(done, batch.total);
  }
  if (format === 'json') parts.push('\n]\n');
  const type = format === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
  const extension = format === 'json' ? 'json' : 'csv';
  return { blob: new Blob(parts, { type }), fileName: `${request.baseName}.${extension}` };
}

/** Hands the file to the browser's download. */
export function saveFile(file: DownloadFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
