/**
 * A table in columns, the shape the local query engine works on: numbers in `Float64Array`s (fast to sort,
 * free to hand to a Worker), everything else as comparable strings. Built once per data set.
 */
import type { CellValue, FieldType, Table } from '@odw/client';

/** One column's values. `NaN` (numbers) and `null` (text) mark empty cells. */
export type ColumnVector =
  { kind: 'number'; values: Float64Array } | { kind: 'text'; values: (string | null)[] };

/** The columns of a table, ready for filtering, searching and sorting. */
export interface ColumnarTable {
  names: string[];
  types: FieldType[];
  columns: ColumnVector[];
  rowCount: number;
}

/** Whether a column type is compared as numbers. */
export function isNumericType(type: FieldType): boolean {
  return type === 'integer' || type === 'number' || type === 'boolean';
}

/**
 * A date-time as written, without its offset and with `T`: `2022-06-01 00:00:00 +0200` →
 * `2022-06-01T00:00:00`. Compared as strings this orders by wall-clock time, which is what the table shows.
 */
export function wallClock(text: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?/.exec(text);
  if (!match) return text;
  const time = match[2] ?? '00:00:00';
  return `${match[1]}T${time.length === 5 ? `${time}:00` : time}`;
}

function numberOf(value: CellValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return Number.NaN;
}

function textOf(value: CellValue, type: FieldType): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  return type === 'datetime' ? wallClock(text) : text;
}

/** Converts row-major rows into columns (one pass per column). */
export function toColumnar(table: Pick<Table, 'fields' | 'rows'>): ColumnarTable {
  const { fields, rows } = table;
  const columns = fields.map((field, j): ColumnVector => {
    if (isNumericType(field.type)) {
      const values = new Float64Array(rows.length);
      for (let i = 0; i < rows.length; i++) values[i] = numberOf(rows[i][j]);
      return { kind: 'number', values };
    }
    const values = new Array<string | null>(rows.length);
    for (let i = 0; i < rows.length; i++) values[i] = textOf(rows[i][j], field.type);
    return { kind: 'text', values };
  });
  return {
    names: fields.map((f) => f.name),
    types: fields.map((f) => f.type),
    columns,
    rowCount: rows.length,
  };
}

/** Joins tables of the same columns, row slices in order, into one. */
export function mergeColumnar(parts: ColumnarTable[]): ColumnarTable {
  if (parts.length === 1) return parts[0];
  const rowCount = parts.reduce((n, part) => n + part.rowCount, 0);
  const columns = parts[0].columns.map((first, j): ColumnVector => {
    if (first.kind === 'number') {
      const values = new Float64Array(rowCount);
      let offset = 0;
      for (const part of parts) {
        values.set(part.columns[j].values as Float64Array, offset);
        offset += part.rowCount;
      }
      return { kind: 'number', values };
    }
    const values = new Array<string | null>(rowCount);
    let offset = 0;
    for (const part of parts) {
      const slice = part.columns[j].values as (string | null)[];
      for (let i = 0; i < slice.length; i++) values[offset + i] = slice[i];
      offset += part.rowCount;
    }
    return { kind: 'text', values };
  });
  return { ...parts[0], columns, rowCount };
}
