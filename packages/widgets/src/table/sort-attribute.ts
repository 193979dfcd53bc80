import type { OrderBy } from '@odw/client';
import { AttributeError } from '../internal/attribute-error.js';
import { quoteIfNeeded, splitList, unquote } from '../internal/grammar/attribute-list.js';

/** Reads the `sort` attribute: `-Datum, Name` sorts by `Datum` descending, then `Name` ascending. */
export function parseSortAttribute(value: string | null | undefined, attribute = 'sort'): OrderBy[] {
  if (!value?.trim()) return [];
  return splitList(value, ',', attribute).map(({ text }) => {
    const direction = text.startsWith('-') ? 'desc' : 'asc';
    const field = unquote(/^[+-]/.test(text) ? text.slice(1) : text, attribute);
    if (!field)
      throw new AttributeError(attribute, { kind: 'syntax', near: text, expected: 'a column name' });
    return { field, direction };
  });
}

/** Writes sort keys in the `sort` attribute's grammar (used for share links). */
export function formatSortAttribute(orderBy: readonly OrderBy[]): string {
  return orderBy.map((o) => `${o.direction === 'desc' ? '-' : ''}${quoteIfNeeded(o.field)}`).join(',');
}
