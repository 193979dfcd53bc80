/**
 * The columns a table shows: chosen, ordered and relabelled by the `columns` attribute, each with its
 * cell formatter (type, language, `number-format`, `date-format`).
 */
import type { CellValue, Field } from '@odw/client';
import { cellFormatter, type CellDisplay } from '../internal/format/cell-format.js';
import type { DateStyle } from '../internal/format/date-style.js';
import type { NumberPattern } from '../internal/format/number-pattern.js';
import type { Lang } from '../internal/i18n.js';
import type { ColumnChoice } from './columns-attribute.js';
import { requireField } from './filter-attribute.js';
import type { PerColumn } from './format-attributes.js';

/** A column as the table shows it. */
export interface TableColumn {
  field: Field;
  /** Header text (label, then unit in brackets). */
  label: string;
  /** Right-aligned numbers. */
  numeric: boolean;
  format: (value: CellValue) => CellDisplay;
}

/** Attribute settings that shape the columns. */
export interface ColumnSettings {
  choices: ColumnChoice[];
  numberFormats: PerColumn<NumberPattern>;
  dateFormats: PerColumn<DateStyle>;
}

function checkNames(fields: readonly Field[], names: Iterable<string>, attribute: string): void {
  for (const name of names) if (name) requireField(fields, name, attribute);
}

/** Resolves the visible columns; unknown names fail with an `AttributeError` naming the attribute. */
export function resolveColumns(
  fields: readonly Field[],
  settings: ColumnSettings,
  lang: Lang,
): TableColumn[] {
  checkNames(fields, settings.numberFormats.keys(), 'number-format');
  checkNames(fields, settings.dateFormats.keys(), 'date-format');
  const chosen = settings.choices.length
    ? settings.choices.map((c) => ({ field: requireField(fields, c.field, 'columns'), label: c.label }))
    : fields.filter((f) => f.name !== '_id').map((field) => ({ field, label: undefined }));
  return chosen.map(({ field, label }) => {
    const isNumber = field.type === 'integer' || field.type === 'number';
    const isDate = field.type === 'date' || field.type === 'datetime';
    const number =
      settings.numberFormats.get(field.name) ?? (isNumber ? settings.numberFormats.get('') : undefined);
    const date = settings.dateFormats.get(field.name) ?? (isDate ? settings.dateFormats.get('') : undefined);
    const text = label ?? field.label ?? field.name;
    return {
      field,
      label: field.unit && !label ? `${text} (${field.unit})` : text,
      numeric: isNumber || Boolean(number),
      format: cellFormatter(field, lang, { number, date }),
    };
  });
}
