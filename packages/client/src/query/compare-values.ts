import { QueryError } from '../errors.js';
import type { CellValue, Field, FieldType } from '../types.js';

const collator = new Intl.Collator('de', { sensitivity: 'variant' });

/** Text of a cell for search and `contains` (objects as JSON). */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * Brings a condition's value to the column's type, so `"2020"` matches the integer 2020 and `"true"` the
 * boolean true, as a portal's SQL would. Returns `undefined` when the value cannot have that type (then
 * nothing equals it).
 */
export function coerceToField(value: string | number | boolean, type: FieldType): CellValue | undefined {
  if (type === 'integer' || type === 'number') {
    if (typeof value === 'number') return value;
    if (typeof value === 'boolean') return undefined;
    const trimmed = value.trim();
    if (trimmed === '') return undefined;
    const number = Number(trimmed);
    return Number.isFinite(number) ? number : undefined;
  }
  if (type === 'boolean') {
    if (typeof value === 'boolean') return value;
    const text = String(value).trim().toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
    return undefined;
  }
  return String(value);
}

/** The error for a condition value the column cannot hold (e.g. `"zwanzig"` for an integer column). */
export function valueError(value: string | number | boolean, field: Field, part: string): QueryError {
  return new QueryError(
    `Invalid query: ${part} "${String(value)}" is not a valid ${field.type} for the field "${field.name}"`,
    part,
  );
}

/**
 * Orders two non-null cells of one column: numbers numerically, booleans false first, text with a German
 * collation, objects by their JSON. Returns a negative number, zero or a positive number.
 */
export function compareCells(a: CellValue, b: CellValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'string' && typeof b === 'string')
    return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
  return collator.compare(cellText(a), cellText(b));
}

/**
 * Orders cells with missing values as PostgreSQL does by default (last ascending, first descending), so
 * locally computed pages line up with pages a portal sorted.
 */
export function compareForSort(a: CellValue, b: CellValue, direction: 'asc' | 'desc'): number {
  const aNull = a === null || a === undefined;
  const bNull = b === null || b === undefined;
  if (aNull || bNull) {
    if (aNull && bNull) return 0;
    return (aNull ? 1 : -1) * (direction === 'desc' ? -1 : 1);
  }
  const order = compareCells(a, b);
  return direction === 'desc' ? -order : order;
}
