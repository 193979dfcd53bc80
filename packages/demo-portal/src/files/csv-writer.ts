/** Writes CSV (RFC 4180): the format PostgreSQL's COPY reads and the hostile dataset's download uses. */
import type { CellValue } from '@odw/client';

/** One field: `null` becomes an empty unquoted field; everything else is quoted. */
export function csvField(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return `"${text.replaceAll('"', '""')}"`;
}

/** Rows as CSV lines (no header). */
export function csvLines(rows: readonly (readonly CellValue[])[], delimiter = ','): string {
  let out = '';
  for (const row of rows) out += `${row.map(csvField).join(delimiter)}\n`;
  return out;
}
