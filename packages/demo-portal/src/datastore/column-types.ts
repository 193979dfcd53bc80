import type { CellValue, Field, FieldType } from '@odw/client';

/** A DataStore column as `datastore_search` reports it. */
export interface DatastoreColumn {
  id: string;
  /** PostgreSQL type name, as CKAN reports it: `int4`, `int8`, `numeric`, `text`, `timestamp` … */
  type: string;
  /** CKAN's data dictionary entry (`label`, `notes`), when the source has one. */
  info?: { label?: string; notes?: string; type_override?: string };
}

const INT4_MIN = -2147483648;
const INT4_MAX = 2147483647;

const TYPE_BY_FIELD: Record<FieldType, string> = {
  text: 'text',
  integer: 'int4',
  number: 'numeric',
  boolean: 'bool',
  date: 'date',
  datetime: 'timestamp',
  geometry: 'json',
  json: 'json',
};

/**
 * The DataStore column type for a parsed field: integers become `int4` (or `int8` when a value does not fit),
 * decimals `numeric`, date-times `timestamp` (without time zone, as CKAN's loaders create them), GeoJSON
 * geometries and nested values `json`, everything else `text`.
 */
export function columnType(field: Field, values: Iterable<CellValue>): string {
  if (field.type !== 'integer') return TYPE_BY_FIELD[field.type];
  for (const value of values) {
    if (typeof value === 'number' && (value < INT4_MIN || value > INT4_MAX)) return 'int8';
  }
  return 'int4';
}

/**
 * Whether CKAN accepts a column name (`is_valid_field_name`): not empty, no leading underscore, no
 * surrounding whitespace, no double quote; PostgreSQL also cuts identifiers after 63 bytes.
 */
export function isValidColumnName(name: string): boolean {
  return (
    name.length > 0 &&
    name === name.trim() &&
    !name.startsWith('_') &&
    !name.includes('"') &&
    Buffer.byteLength(name, 'utf8') <= 63
  );
}

/**
 * A name CKAN accepts for a column the source names otherwise (leading underscores, double quotes,
 * surrounding whitespace, more than 63 bytes, duplicates). The original stays in the column's `info.label`.
 */
export function validColumnName(name: string, taken: Set<string>): string {
  let base = name.replaceAll('"', "'").trim().replace(/^_+/, '') || 'spalte';
  while (Buffer.byteLength(base, 'utf8') > 60) base = base.slice(0, -1);
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base} ${n}`;
  return candidate;
}
