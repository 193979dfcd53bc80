import { AttributeError } from '../internal/attribute-error.js';
import { indexOutsideQuotes, splitList, unquote } from '../internal/grammar/attribute-list.js';

/** One entry of the `columns` attribute: a source column and the label to show. */
export interface ColumnChoice {
  /** The column's name in the data. */
  field: string;
  /** The header text; `undefined` keeps the data dictionary label or the name. */
  label?: string;
}

/**
 * Reads the `columns` attribute: `Straße, Bezirk:Abfuhrbezirk, "Fläche, km²":Fläche`. The order is the
 * display order; `field:Label` relabels. An empty value means "all columns".
 */
export function parseColumnsAttribute(value: string | null | undefined): ColumnChoice[] {
  if (!value?.trim()) return [];
  return splitList(value, ',', 'columns').map(({ text }) => {
    const colon = indexOutsideQuotes(text, (c) => c === ':', 'columns');
    const field = unquote(colon < 0 ? text : text.slice(0, colon), 'columns');
    const label = colon < 0 ? undefined : unquote(text.slice(colon + 1), 'columns');
    if (!field)
      throw new AttributeError('columns', { kind: 'syntax', near: text, expected: 'a column name' });
    return label ? { field, label } : { field };
  });
}
