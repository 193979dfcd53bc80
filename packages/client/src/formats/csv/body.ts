import type { CellValue } from '../../types.js';
import { ColumnProfile, sameChars } from '../infer/column-profile.js';
import type { Conversion } from '../infer/column-type.js';
import { convert, MISMATCH } from '../infer/convert.js';
import { isBlank } from '../infer/missing.js';
import type { WarningCollector } from '../warnings.js';
import { lineOfRow, type CellBatch } from './tokenizer.js';

/** A run of data records in one batch. */
export interface BodyRange {
  batch: CellBatch;
  from: number;
  to: number;
}

/** What the first pass over the data found. */
export interface BodyScan {
  /** Number of columns: the header's, plus generated ones for extra cells. */
  width: number;
  /** One profile per column (empty when types are off). */
  profiles: ColumnProfile[];
  /** Data records, without blank lines. */
  rows: number;
}

function isBlankCell(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

function cellIsEmpty(batch: CellBatch, cell: number): boolean {
  const start = batch.cells[2 * cell];
  const end = batch.cells[2 * cell + 1];
  return (end < 0 ? ~end : end) === start;
}

/**
 * First pass over the data: counts rows, finds the width (extra cells of long rows get columns; empty
 * cells after the last filled one, from trailing delimiters, do not), reports ragged rows and blank lines,
 * and profiles every column's values for type inference.
 */
export function scanBody(
  ranges: readonly BodyRange[],
  headerWidth: number,
  profileTypes: boolean,
  warnings: WarningCollector,
): BodyScan {
  let width = headerWidth;
  const profiles: ColumnProfile[] = [];
  if (profileTypes) for (let j = 0; j < headerWidth; j++) profiles.push(new ColumnProfile());
  let rows = 0;
  let trailingEmpty = 0;
  let trailingEmptyLine = 0;
  for (const { batch, from, to } of ranges) {
    const { text, cells, rowStart } = batch;
    for (let r = from; r < to; r++) {
      const first = rowStart[r];
      let count = rowStart[r + 1] - first;
      if (count === 1 && headerWidth > 1) {
        const end = cells[2 * first + 1];
        if (isBlankCell(text, cells[2 * first], end < 0 ? ~end : end)) {
          warnings.add('blank-line', 'A blank line inside the table was skipped.', {
            line: lineOfRow(batch, r),
          });
          continue;
        }
      }
      rows++;
      if (count > headerWidth) {
        let filled = count;
        while (filled > headerWidth && cellIsEmpty(batch, first + filled - 1)) filled--;
        if (filled < count) {
          trailingEmpty++;
          trailingEmptyLine ||= lineOfRow(batch, r);
          count = filled;
        }
        if (count > headerWidth) {
          warnings.add(
            'extra-cells',
            'A row has more cells than the header; the extra cells are kept in generated columns.',
            { line: lineOfRow(batch, r) },
          );
          if (count > width) {
            if (profileTypes) for (let j = width; j < count; j++) profiles.push(new ColumnProfile());
            width = count;
          }
        }
      } else if (count < headerWidth) {
        warnings.add('missing-cells', 'A row has fewer cells than the header; the missing cells are null.', {
          line: lineOfRow(batch, r),
        });
      }
      if (profileTypes) {
        for (let j = 0; j < count; j++) {
          const c = first + j;
          const end = cells[2 * c + 1];
          if (end >= 0) profiles[j].add(text, cells[2 * c], end);
          else {
            const value = text.slice(cells[2 * c], ~end).replaceAll('""', '"');
            profiles[j].add(value, 0, value.length);
          }
        }
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
  return { width, profiles, rows };
}

/**
 * Shares equal short strings of a column (categories, codes) instead of keeping one copy per row; gives up
 * when the column turns out to be mostly distinct. Longer strings are slices of the source text already.
 */
class Interner {
  private map: Map<string, string> | undefined = new Map();
  private lookups = 0;

  intern(value: string): string {
    const map = this.map;
    if (!map || value.length > 12) return value;
    if (++this.lookups === 8192 && map.size > 2048) {
      this.map = undefined;
      return value;
    }
    const known = map.get(value);
    if (known !== undefined) return known;
    map.set(value, value);
    return value;
  }
}

/** Mismatches between a schema and the values, per column. */
interface Mismatch {
  count: number;
  line: number;
  example: string;
}

/**
 * Second pass: builds the rows. Text cells keep their exact text (`types: false` keeps even empty strings;
 * otherwise empty means `null`); typed cells are converted, missing markers become `null`. A value that does
 * not fit a schema type is kept as text and reported, never dropped.
 */
export function buildRows(
  ranges: readonly BodyRange[],
  headerWidth: number,
  width: number,
  conversions: readonly Conversion[],
  rowCount: number,
  names: readonly string[],
  raw: boolean,
  warnings: WarningCollector,
): CellValue[][] {
  const out: CellValue[][] = new Array(rowCount);
  const interners = conversions.map(() => new Interner());
  const kinds = conversions.map((c) => c.kind);
  const mismatches: (Mismatch | undefined)[] = new Array(width);
  // Per column, the previous cell and its value: repeated values are converted once.
  const lastText: string[] = new Array(width).fill('');
  const lastStart = new Int32Array(width);
  const lastEnd = new Int32Array(width);
  const lastValue: CellValue[] = new Array(width).fill(null);
  let n = 0;
  for (const { batch, from, to } of ranges) {
    const { text, cells, rowStart } = batch;
    for (let r = from; r < to; r++) {
      const first = rowStart[r];
      const count = Math.min(rowStart[r + 1] - first, width);
      if (headerWidth > 1 && rowStart[r + 1] - first === 1) {
        const end = cells[2 * first + 1];
        if (isBlankCell(text, cells[2 * first], end < 0 ? ~end : end)) continue;
      }
      const row: CellValue[] = new Array(width);
      for (let j = 0; j < count; j++) {
        const c = first + j;
        let start = cells[2 * c];
        let end = cells[2 * c + 1];
        let source = text;
        if (end < 0) {
          source = text.slice(start, ~end).replaceAll('""', '"');
          start = 0;
          end = source.length;
        }
        if (raw) {
          row[j] = source === text ? text.slice(start, end) : source;
          continue;
        }
        if (start === end) {
          row[j] = null;
          continue;
        }
        if (
          end - start === lastEnd[j] - lastStart[j] &&
          sameChars(source, start, lastText[j], lastStart[j], end - start)
        ) {
          row[j] = lastValue[j];
          continue;
        }
        let value: CellValue | typeof MISMATCH;
        if (kinds[j] === 'text')
          value = interners[j].intern(source === text ? text.slice(start, end) : source);
        else {
          let s = start;
          let e = end;
          while (s < e && isBlank(source.charCodeAt(s))) s++;
          while (e > s && isBlank(source.charCodeAt(e - 1))) e--;
          value = s === e ? null : convert(source, s, e, conversions[j]);
          if (value === MISMATCH) {
            value = source.slice(start, end);
            const seen = (mismatches[j] ??= { count: 0, line: lineOfRow(batch, r), example: value });
            seen.count++;
          }
        }
        row[j] = value;
        lastText[j] = source;
        lastStart[j] = start;
        lastEnd[j] = end;
        lastValue[j] = value;
      }
      for (let j = count; j < width; j++) row[j] = null;
      out[n++] = row;
    }
  }
  out.length = n;
  mismatches.forEach((mismatch, j) => {
    if (!mismatch) return;
    warnings.add(
      'schema-mismatch',
      `Column "${names[j]}": ${mismatch.count} value(s) do not fit the schema type (e.g. "${mismatch.example.slice(0, 40)}"); kept as text.`,
      { field: names[j], line: mismatch.line },
    );
  });
  return out;
}
