/**
 * Reads a resource file (CSV, JSON) into a table for the widgets' local mode.
 *
 * INTERIM: the file parsers of `@odw/client` (`loadResource`, issue #5) are not on main yet. Until they
 * are, this reads JSON arrays of records only and says so for anything else; switching to
 * `loadResource` changes this file only.
 */
import type { CellValue, Field, Table } from '@odw/client';

/** Loads `url` into a table. */
export async function loadFile(url: string, signal?: AbortSignal): Promise<Table> {
  const response = await fetch(url, { credentials: 'omit', signal });
  if (!response.ok)
    throw Object.assign(new Error(`HTTP ${response.status} for ${url}`), {
      name: 'HttpError',
      status: response.status,
    });
  const text = await response.text();
  let records: unknown;
  try {
    records = JSON.parse(text);
  } catch {
    throw new Error('Reading CSV files needs the parsers of @odw/client (not available yet).');
  }
  if (!Array.isArray(records)) throw new Error('Expected a JSON array of records.');
  const names = [...new Set(records.flatMap((r) => Object.keys(r as object)))];
  const fields: Field[] = names.map((name) => ({
    name,
    type: records.every(
      (r) =>
        typeof (r as Record<string, unknown>)[name] === 'number' ||
        (r as Record<string, unknown>)[name] == null,
    )
      ? 'number'
      : 'text',
  }));
  const rows = records.map((r) => names.map((n) => ((r as Record<string, unknown>)[n] ?? null) as CellValue));
  return {
    fields,
    rows,
    total: rows.length,
    exact: true,
    source: { pushedDown: false, url, method: 'file' },
  };
}
