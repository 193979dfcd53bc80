/**
 * Creates a DataStore table the way CKAN's DataStore does (`_id serial primary key`, a `_full_text`
 * tsvector, data-dictionary entries as column comments) and bulk-loads a parsed table.
 *
 * `_full_text` covers all columns, as CKAN's trigger does, but is computed on the first full-text query
 * (`fillFullText`), not while loading: text-search parsing is most of the load time, and most tables are
 * never searched in a test run.
 */
import type { Table } from '@odw/client';
import { csvLines } from '../files/csv-writer.js';
import { columnType, isValidColumnName, validColumnName, type DatastoreColumn } from './column-types.js';
import { identifier, literal, type SqlEngine } from './sql-engine.js';

/** Rows per COPY: loading yields to the event loop between chunks, so a big load does not stall requests. */
const CHUNK_ROWS = 20_000;

/** The DataStore columns for a parsed table, with the `info` of fields that carry a label or description. */
export function datastoreColumns(table: Table): DatastoreColumn[] {
  const taken = new Set<string>();
  return table.fields.map((field, j) => {
    const id =
      isValidColumnName(field.name) && !taken.has(field.name)
        ? field.name
        : validColumnName(field.name, taken);
    taken.add(id);
    const label = field.label ?? (id === field.name ? undefined : field.name);
    const info = {
      ...(label ? { label } : {}),
      ...(field.description ? { notes: field.description } : {}),
    };
    return {
      id,
      type: columnType(
        field,
        table.rows.map((row) => row[j]),
      ),
      ...(Object.keys(info).length ? { info } : {}),
    };
  });
}

function createTableSql(resourceId: string, columns: DatastoreColumn[]): string {
  const definitions = [
    '"_id" serial primary key',
    ...columns.map((c) => `${identifier(c.id)} ${c.type}`),
    '"_full_text" tsvector',
  ];
  const comments = columns
    .filter((c) => c.info)
    .map(
      (c) =>
        `comment on column ${identifier(resourceId)}.${identifier(c.id)} is ${literal(JSON.stringify(c.info))};`,
    );
  return [
    `drop table if exists ${identifier(resourceId)};`,
    `create table ${identifier(resourceId)} (${definitions.join(', ')});`,
    ...comments,
  ].join('\n');
}

/** Creates the table and loads every row; returns the row count. */
export async function loadTable(
  engine: SqlEngine,
  resourceId: string,
  table: Table,
  columns: DatastoreColumn[],
): Promise<number> {
  await engine.exec(createTableSql(resourceId, columns));
  const names = columns.map((c) => c.id);
  for (let start = 0; start < table.rows.length; start += CHUNK_ROWS) {
    await engine.copyCsv(resourceId, names, csvLines(table.rows.slice(start, start + CHUNK_ROWS)));
    await new Promise((resolve) => setImmediate(resolve));
  }
  await engine.exec(`analyze ${identifier(resourceId)}`);
  return table.rows.length;
}

/** Fills `_full_text` over all columns, in chunks of `_id`s so requests are served in between. */
export async function fillFullText(
  engine: SqlEngine,
  resourceId: string,
  columns: DatastoreColumn[],
  rows: number,
  language: string,
): Promise<void> {
  const texts = columns.map((c) => `${identifier(c.id)}::text`).join(', ');
  const vector = `to_tsvector(${literal(language)}, array_to_string(array[${texts}]::text[], ' '))`;
  for (let first = 1; first <= rows; first += CHUNK_ROWS) {
    await engine.exec(
      `update ${identifier(resourceId)} set "_full_text" = ${vector} where "_id" between ${first} and ${first + CHUNK_ROWS - 1}`,
    );
    await new Promise((resolve) => setImmediate(resolve));
  }
}
