/**
 * The value syntax of field-naming attributes, as the elements read them: `columns="Straße, Bezirk:Abfuhrbezirk"`
 * (comma-separated, an optional `:Label` after a field) and `sort="-Datum"` (a leading `-` sorts descending).
 *
 * @module
 */

/** The field names in a `columns` value (labels dropped). */
export function parseColumns(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.split(':')[0].trim())
    .filter(Boolean);
}

/** A `columns` value for some fields. */
export const formatColumns = (fields: string[]) => fields.join(', ');

/** Field and direction of a `sort` value. */
export function parseSort(value: string): { field: string; descending: boolean } {
  const trimmed = value.trim();
  return trimmed.startsWith('-')
    ? { field: trimmed.slice(1).trim(), descending: true }
    : { field: trimmed, descending: false };
}

/** A `sort` value; empty when no field. */
export const formatSort = (field: string, descending: boolean) =>
  field ? `${descending ? '-' : ''}${field}` : '';
