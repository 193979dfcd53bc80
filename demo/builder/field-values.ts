/**
 * The values of field-naming attributes, read and written with the element's own grammar (the same
 * modules the table uses), so names with commas, colons or quotes come out right:
 * `columns="Straße, Bezirk:Abfuhrbezirk"`, `sort="-Datum"`.
 *
 * @module
 */
import { quoteIfNeeded } from '../../packages/widgets/src/internal/grammar/attribute-list.js';
import {
  parseColumnsAttribute,
  type ColumnChoice,
} from '../../packages/widgets/src/table/columns-attribute.js';
import { formatSortAttribute, parseSortAttribute } from '../../packages/widgets/src/table/sort-attribute.js';

export type { ColumnChoice };

/** The columns of a `columns` value; `undefined` when it does not parse (the form then offers text). */
export function readColumns(value: string): ColumnChoice[] | undefined {
  try {
    return parseColumnsAttribute(value);
  } catch {
    return undefined;
  }
}

/** A `columns` value for some columns. */
export function writeColumns(columns: readonly ColumnChoice[]): string {
  return columns
    .map(({ field, label }) =>
      label ? `${quoteIfNeeded(field)}:${quoteIfNeeded(label)}` : quoteIfNeeded(field),
    )
    .join(', ');
}

/** The one sort key of a `sort` value (none: empty); `undefined` when there are several or it does not parse. */
export function readSort(value: string): { field: string; descending: boolean } | undefined {
  try {
    const keys = parseSortAttribute(value);
    if (keys.length > 1) return undefined;
    return { field: keys[0]?.field ?? '', descending: keys[0]?.direction === 'desc' };
  } catch {
    return undefined;
  }
}

/** A `sort` value; empty when no field. */
export const writeSort = (field: string, descending: boolean) =>
  field ? formatSortAttribute([{ field, direction: descending ? 'desc' : 'asc' }]) : '';
