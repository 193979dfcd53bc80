import { isBlank } from '../infer/missing.js';
import type { WarningCollector } from '../warnings.js';
import { lineOfRow, type CellBatch } from './tokenizer.js';

/** A run of data records in one batch. */
export interface BodyRange {
  batch: CellBatch;
  from: number;
  to: number;
}

/** Number of columns and rows of the data, before any value is read. */
export interface BodyShape {
  /** The header's width plus generated columns for extra cells. */
  width: number;
  /** Data rows, without blank lines. */
  rows: number;
}

/** The end offset of a cell (the sign marks cells whose doubled quotes are still to be unescaped). */
export function cellEnd(batch: CellBatch, cell: number): number {
  const end = batch.cells[2 * cell + 1];
  return end < 0 ? ~end : end;
}

/**
 * A blank line inside a multi-column table: one cell of blanks. Such lines are no records of the table; in
 * a one-column table an empty line is an empty value.
 */
export function isBlankRow(batch: CellBatch, row: number, headerWidth: number): boolean {
  const first = batch.rowStart[row];
  if (headerWidth <= 1 || batch.rowStart[row + 1] - first !== 1) return false;
  const { text } = batch;
  for (let i = batch.cells[2 * first], end = cellEnd(batch, first); i < end; i++)
    if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The number of cells a row contributes: in typed tables, empty cells after the last filled one beyond
 * the header (trailing delimiters) do not count; exact text (`keepEmpty`) keeps them.
 */
export function filledCells(batch: CellBatch, row: number, headerWidth: number, keepEmpty: boolean): number {
  const first = batch.rowStart[row];
  let count = batch.rowStart[row + 1] - first;
  if (!keepEmpty)
    while (count > headerWidth && cellEnd(batch, first + count - 1) === batch.cells[2 * (first + count - 1)])
      count--;
  return count;
}

/**
 * First, cheap pass over the row boundaries (no cell is read): counts data rows, finds the width (extra
 * cells of long rows get columns) and reports blank lines, short rows, long rows and dropped trailing empty
 * cells.
 */
export function measureBody(
  ranges: readonly BodyRange[],
  headerWidth: number,
  keepEmpty: boolean,
  warnings: WarningCollector,
): BodyShape {
  let width = headerWidth;
  let rows = 0;
  let trailingEmpty = 0;
  let trailingEmptyLine = 0;
  for (const { batch, from, to } of ranges) {
    const { rowStart } = batch;
    for (let r = from; r < to; r++) {
      if (isBlankRow(batch, r, headerWidth)) {
        warnings.add('blank-line', 'A blank line inside the table was skipped.', {
          line: lineOfRow(batch, r),
        });
        continue;
      }
      rows++;
      const cells = rowStart[r + 1] - rowStart[r];
      if (cells === headerWidth) continue;
      if (cells < headerWidth) {
        warnings.add('missing-cells', 'A row has fewer cells than the header; the missing cells are null.', {
          line: lineOfRow(batch, r),
        });
        continue;
      }
      const count = filledCells(batch, r, headerWidth, keepEmpty);
      if (count < cells) {
        trailingEmpty++;
        trailingEmptyLine ||= lineOfRow(batch, r);
      }
      if (count > headerWidth) {
        warnings.add(
          'extra-cells',
          'A row has more cells than the header; the extra cells are kept in generated columns.',
          { line: lineOfRow(batch, r) },
        );
        width = Math.max(width, count);
      }
    }
  }
  if (trailingEmpty)
    warnings.add(
      'trailing-empty-cells',
      'Rows end with empty cells beyond the header (trailing delimiters); those empty cells were dropped.',
      { line: trailingEmptyLine },
      trailingEmpty,
    );
  return { width, rows };
}
