import type { CellValue } from '../../types.js';
import { copyRow } from '../csv/row-copy.js';

// Rows cross from the worker to the page column by column: numbers and booleans in typed arrays that are
// handed over without copying, texts as a dictionary of distinct strings plus codes. Cloning 672 340 row
// arrays instead costs seconds of the page's main thread (measured in docs/benchmarks.md, parse-csv).

/** One column of a table in transfer form. */
export type ColumnData =
  | { kind: 'number'; values: Float64Array<ArrayBuffer>; missing: Uint8Array<ArrayBuffer> }
  | { kind: 'boolean'; values: Uint8Array<ArrayBuffer> }
  | { kind: 'text'; strings: string[]; codes: Uint32Array<ArrayBuffer> }
  | { kind: 'any'; values: CellValue[] };

const BOOLEAN_NULL = 2;

function encodeColumn(rows: CellValue[][], j: number): ColumnData {
  const n = rows.length;
  let numbers = 0;
  let booleans = 0;
  let strings = 0;
  for (let i = 0; i < n; i++) {
    const value = rows[i][j];
    if (typeof value === 'number') numbers++;
    else if (typeof value === 'boolean') booleans++;
    else if (typeof value === 'string') strings++;
    else if (value !== null) return { kind: 'any', values: rows.map((row) => row[j]) };
  }
  if (numbers && !booleans && !strings) {
    const values = new Float64Array(n);
    const missing = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const value = rows[i][j];
      if (value === null) missing[i] = 1;
      else values[i] = value as number;
    }
    return { kind: 'number', values, missing };
  }
  if (booleans && !numbers && !strings) {
    const values = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const value = rows[i][j];
      values[i] = value === null ? BOOLEAN_NULL : value ? 1 : 0;
    }
    return { kind: 'boolean', values };
  }
  if (numbers || booleans) return { kind: 'any', values: rows.map((row) => row[j]) };
  const index = new Map<string, number>();
  const list: string[] = [];
  const codes = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const value = rows[i][j] as string | null;
    if (value === null) continue;
    let code = index.get(value);
    if (code === undefined) {
      code = list.push(value);
      index.set(value, code);
    }
    codes[i] = code;
  }
  return { kind: 'text', strings: list, codes };
}

/** The rows as columns, and the buffers to transfer with them. */
export function encodeColumns(
  rows: CellValue[][],
  width: number,
): { columns: ColumnData[]; transfer: ArrayBuffer[] } {
  const columns: ColumnData[] = [];
  const transfer: ArrayBuffer[] = [];
  for (let j = 0; j < width; j++) {
    const column = encodeColumn(rows, j);
    if (column.kind === 'number') transfer.push(column.values.buffer, column.missing.buffer);
    else if (column.kind === 'boolean') transfer.push(column.values.buffer);
    else if (column.kind === 'text') transfer.push(column.codes.buffer);
    columns.push(column);
  }
  return { columns, transfer };
}

function valueAt(column: ColumnData, i: number): CellValue {
  switch (column.kind) {
    case 'number':
      return column.missing[i] ? null : column.values[i];
    case 'boolean':
      return column.values[i] === BOOLEAN_NULL ? null : column.values[i] === 1;
    case 'text': {
      const code = column.codes[i];
      return code === 0 ? null : column.strings[code - 1];
    }
    default:
      return column.values[i];
  }
}

/**
 * Rebuilds rows from columns, in slices, yielding to the page between them so it stays responsive while a
 * large table arrives.
 */
export async function decodeColumns(
  columns: ColumnData[],
  rowCount: number,
  slice = 20_000,
): Promise<CellValue[][]> {
  const width = columns.length;
  const rows: CellValue[][] = new Array(rowCount);
  const scratch: CellValue[] = new Array(width).fill(null);
  for (let start = 0; start < rowCount; start += slice) {
    const end = Math.min(rowCount, start + slice);
    for (let i = start; i < end; i++) {
      for (let j = 0; j < width; j++) scratch[j] = valueAt(columns[j], i);
      rows[i] = copyRow(scratch, width);
    }
    if (end < rowCount) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return rows;
}
