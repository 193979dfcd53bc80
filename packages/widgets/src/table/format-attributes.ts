import { AttributeError } from '../internal/attribute-error.js';
import { DATE_STYLES, type DateStyle } from '../internal/format/date-style.js';
import { readNumberPattern, type NumberPattern } from '../internal/format/number-pattern.js';
import { indexOutsideQuotes, splitList, unquote } from '../internal/grammar/attribute-list.js';

/** Per-column settings read from an attribute; the entry under `''` applies to every other column. */
export type PerColumn<T> = Map<string, T>;

function parsePerColumn<T>(
  value: string | null | undefined,
  attribute: string,
  read: (text: string) => T | undefined,
  expected: string,
): PerColumn<T> {
  const result: PerColumn<T> = new Map();
  if (!value?.trim()) return result;
  for (const { text } of splitList(value, ';', attribute)) {
    const colon = indexOutsideQuotes(text, (c) => c === ':', attribute);
    const column = colon < 0 ? '' : unquote(text.slice(0, colon), attribute);
    const spec = (colon < 0 ? text : text.slice(colon + 1)).trim();
    const setting = read(spec);
    if (setting === undefined)
      throw new AttributeError(attribute, { kind: 'syntax', near: spec || text, expected });
    result.set(column, setting);
  }
  return result;
}

/** Reads `number-format`: `Betrag: #,##0.00 €; Anteil: 0.0 %`, or one pattern for all number columns. */
export function parseNumberFormatAttribute(value: string | null | undefined): PerColumn<NumberPattern> {
  return parsePerColumn(value, 'number-format', readNumberPattern, 'a number pattern such as #,##0.00');
}

/** Reads `date-format`: `Datum: long; Uhrzeit: time`, or one style for all date columns. */
export function parseDateFormatAttribute(value: string | null | undefined): PerColumn<DateStyle> {
  return parsePerColumn(
    value,
    'date-format',
    (text) => ((DATE_STYLES as readonly string[]).includes(text) ? (text as DateStyle) : undefined),
    `one of ${DATE_STYLES.join(', ')}`,
  );
}
