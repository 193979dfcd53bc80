import { own, ownString } from '../metadata/own-property.js';
import type { CellValue, Field, FieldType } from '../types.js';

/** PostgreSQL column types as CKAN's DataStore reports them → odw field types. */
const TYPES: ReadonlyMap<string, FieldType> = new Map([
  ...['int', 'int2', 'int4', 'int8', 'smallint', 'integer', 'bigint', 'serial', 'bigserial'].map(
    (t) => [t, 'integer'] as const,
  ),
  ...['numeric', 'decimal', 'float', 'float4', 'float8', 'real', 'double precision', 'money'].map(
    (t) => [t, 'number'] as const,
  ),
  ['bool', 'boolean'],
  ['date', 'date'],
  ...['timestamp', 'timestamptz', 'timestamp without time zone', 'timestamp with time zone'].map(
    (t) => [t, 'datetime'] as const,
  ),
  ['json', 'json'],
  ['jsonb', 'json'],
]);

/** The odw type of a DataStore column type; arrays (`_text`, `int4[]`) hold JSON, anything else is text. */
export function fieldType(nativeType: string): FieldType {
  const type = nativeType.trim().toLowerCase();
  if (type.startsWith('_') || type.endsWith('[]')) return 'json';
  return TYPES.get(type) ?? 'text';
}

/** The columns CKAN and DKAN add to every table (row ids), hidden unless selected. */
export const ROW_ID_FIELDS: ReadonlySet<string> = new Set(['_id', 'entry_id']);

/** CKAN's `fields` list (`[{id, type, info?}]`) → odw fields. */
export function datastoreFields(list: unknown): Field[] {
  if (!Array.isArray(list)) return [];
  return list.map((f) => {
    const nativeType = ownString(f, 'type') ?? 'text';
    const info = own(f, 'info');
    const label = ownString(info, 'label');
    const description = ownString(info, 'notes');
    return {
      name: String(own(f, 'id') ?? ''),
      type: fieldType(nativeType),
      ...(label ? { label } : {}),
      ...(description ? { description } : {}),
      nativeType,
    };
  });
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** Whether a decimal string survives conversion to a double: at most 15 significant digits. */
function fitsDouble(text: string): boolean {
  const digits = text.replace(/^[+-]/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length <= 15;
}

/**
 * A cell as the field's type says: CKAN sends `numeric` values as strings (to keep their precision) and
 * int8 as numbers; numeric strings become numbers when a double holds them exactly. Anything else (a
 * 20-digit decimal, a value that is not a number) stays as it came: never rounded, never dropped.
 */
export function typedCell(value: unknown, field: Field): CellValue {
  if (value === undefined || value === null) return null;
  if ((field.type === 'number' || field.type === 'integer') && typeof value === 'string') {
    const text = value.trim();
    return NUMBER_TEXT.test(text) && fitsDouble(text) ? Number(text) : value;
  }
  return value as CellValue;
}

/**
 * Records as lists or objects (DKAN and SQL answers only have objects) → rows in field order.
 * Object keys come from data, so only own properties are read.
 */
export function recordsToRows(records: unknown, fields: readonly Field[]): CellValue[][] {
  if (!Array.isArray(records)) return [];
  return records.map((record) =>
    Array.isArray(record)
      ? fields.map((f, i) => typedCell(record[i], f))
      : fields.map((f) => typedCell(own(record, f.name), f)),
  );
}
