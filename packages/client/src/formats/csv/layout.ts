import { ColumnProfile, KIND_DATE, KIND_NUMBER } from '../infer/column-profile.js';
import { parseNumber } from '../infer/numbers.js';

// Where the table is in a CSV: statistical exports (GENESIS, Landesdatenbank) put a title and notes above
// the table, spread the header over several rows (`;;;Bodenfläche;;` / `;;;insgesamt;…` / `;;;ha;…`), and
// add footnotes and a copyright line below. Detection works on records (rows of cells), not bytes.

/** Rows of a CSV as the layout detection sees them. */
export type Records = readonly (readonly string[])[];

/** Where preamble, header and footer are. */
export interface Layout {
  /** Index of the first header row; equals `bodyStart` when there is no header. */
  headerStart: number;
  /** Number of header rows (0 = no header). */
  headerRows: number;
  /** Index of the first data record. */
  bodyStart: number;
}

const trimmed = (cell: string | undefined) => (cell ?? '').trim();

export function isBlankRecord(row: readonly string[]): boolean {
  return row.length === 1 && trimmed(row[0]) === '';
}

function nonEmptyCells(row: readonly string[]): number {
  let count = 0;
  for (const cell of row) if (trimmed(cell) !== '') count++;
  return count;
}

/** The most common number of cells among non-blank records (larger wins a tie). */
export function modalWidth(records: Records): number {
  const counts = new Map<number, number>();
  for (const row of records)
    if (!isBlankRecord(row)) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [width, count] of counts) {
    if (count > bestCount || (count === bestCount && width > best)) {
      best = width;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A note line rather than table content: only its first cell has text (`Titel;;;;` or `Titel`), or it is
 * much narrower than the table and has at most a couple of non-empty cells.
 */
function isNoteRow(row: readonly string[], width: number): boolean {
  const filled = nonEmptyCells(row);
  if (filled <= 1 && (filled === 0 || trimmed(row[0]) !== '')) return true;
  return row.length < width && filled <= Math.max(1, Math.floor(width / 2));
}

/** Number of records above the table: blank lines and note lines (title, source, units). */
export function detectPreamble(records: Records): number {
  const width = modalWidth(records);
  let i = 0;
  while (i < records.length && isBlankRecord(records[i])) i++;
  if (width <= 1) return i;
  const start = i;
  while (i < records.length && (isBlankRecord(records[i]) || isNoteRow(records[i], width))) i++;
  return i < records.length ? i : start;
}

function bodyProfiles(rows: Records, width: number): ColumnProfile[] {
  const profiles = Array.from({ length: width }, () => new ColumnProfile());
  for (const row of rows) for (let j = 0; j < width && j < row.length; j++) profiles[j].addValue(row[j]);
  return profiles;
}

const isYear = (value: number) => Number.isInteger(value) && value >= 1800 && value <= 2199;

/**
 * Whether the first table row is a header: a typed column (numbers, dates, booleans) whose first-row value
 * does not fit its type votes for a header; a value that fits votes for data. Year-like numbers above
 * columns of other numbers count as header (`Bezirk;2010;2011`). Without evidence for data, it is a header.
 */
function looksLikeHeader(first: readonly string[], body: Records, width: number): boolean {
  const profiles = bodyProfiles(body, width);
  let headerVotes = 0;
  let dataVotes = 0;
  for (let j = 0; j < width && j < first.length; j++) {
    const column = profiles[j];
    const value = trimmed(first[j]);
    if (!column.kinds || !column.typed || value === '') continue;
    const probe = new ColumnProfile();
    probe.addValue(value);
    const fits =
      (probe.kinds & column.kinds) !== 0 &&
      probe.typed === 1 &&
      (!(column.kinds & KIND_NUMBER) || (probe.numberFormats & column.numberFormats) !== 0);
    if (fits && column.kinds === KIND_NUMBER && isYear(parseNumber(value, 0, value.length, '.'))) {
      const bodyYears = body.every((row) => {
        const cell = trimmed(row[j]);
        return cell === '' || isYear(Number(cell));
      });
      if (!bodyYears) {
        headerVotes++;
        continue;
      }
    }
    if (fits) dataVotes++;
    else headerVotes++;
  }
  return headerVotes > 0 || dataVotes === 0;
}

/**
 * Finds the header from the first table record `start`. A statistical header leaves the label columns
 * (filled in every data row) empty, so all following rows that leave them empty too belong to the header.
 */
export function detectHeader(records: Records, start: number): { headerRows: number } {
  const width = modalWidth(records.slice(start));
  const first = records[start];
  const body = records.slice(start + 1).filter((row) => !isBlankRecord(row));
  if (!first || body.length === 0) return { headerRows: first ? 1 : 0 };
  const late = body.slice(Math.floor(body.length / 2));
  const labelColumns: number[] = [];
  for (let j = 0; j < width; j++) {
    const filled = late.filter((row) => trimmed(row[j]) !== '').length;
    if (filled >= 0.8 * late.length && trimmed(first[j]) === '') labelColumns.push(j);
  }
  if (labelColumns.length > 0) {
    let rows = 1;
    while (
      rows < 10 &&
      start + rows < records.length - 1 &&
      !isBlankRecord(records[start + rows]) &&
      labelColumns.every((j) => trimmed(records[start + rows][j]) === '')
    )
      rows++;
    // A last header row may name just the label columns (`Kreis;Gemeinde;;;` under `;;2010;2011;2012`).
    const next = records[start + rows];
    if (start + rows < records.length - 1 && next && namesOnlyLabels(next, labelColumns)) rows++;
    return { headerRows: rows };
  }
  return { headerRows: looksLikeHeader(first, body.slice(0, 200), width) ? 1 : 0 };
}

/** Whether a row has text in some label columns and nothing anywhere else. */
function namesOnlyLabels(row: readonly string[], labelColumns: number[]): boolean {
  let named = false;
  for (let j = 0; j < row.length; j++) {
    if (trimmed(row[j]) === '') continue;
    if (!labelColumns.includes(j)) return false;
    named = true;
  }
  return named;
}

/**
 * Joins the cells of several header rows per column (`Bodenfläche insgesamt ha`). A label in an upper row
 * spans the empty cells to its right (merged cells), except in the label columns on the left.
 */
export function combineHeaderRows(rows: Records): string[] {
  if (rows.length === 1) return [...rows[0]];
  const width = Math.max(...rows.map((row) => row.length));
  const names: string[][] = Array.from({ length: width }, () => []);
  rows.forEach((row, index) => {
    const last = index === rows.length - 1;
    let spanning = '';
    let seenLabel = false;
    for (let j = 0; j < width; j++) {
      const cell = trimmed(row[j]);
      if (cell !== '') {
        spanning = cell;
        seenLabel = true;
      }
      const value = cell !== '' ? cell : !last && seenLabel ? spanning : '';
      const parts = names[j];
      if (value !== '' && parts[parts.length - 1] !== value) parts.push(value);
    }
  });
  return names.map((parts) => parts.join(' '));
}

/**
 * Number of trailing records that are footnotes (`__________`, `Fußnoten`, `(C) Statistisches Landesamt`):
 * note lines at the end that are narrower than the table, set off by a blank line, or do not fit the first
 * column's type. Trailing blank lines are counted too.
 */
export function detectFooter(tail: Records, width: number, firstColumnKinds: number): number {
  let i = tail.length - 1;
  let notes = 0;
  let narrow = false;
  let typedMismatch = false;
  while (i >= 0 && isBlankRecord(tail[i])) i--;
  const trailingBlank = tail.length - 1 - i;
  while (i >= 0 && (isBlankRecord(tail[i]) || isNoteRow(tail[i], width))) {
    const row = tail[i];
    if (!isBlankRecord(row)) {
      notes++;
      if (row.length < width) narrow = true;
      if (firstColumnKinds & (KIND_NUMBER | KIND_DATE)) {
        const probe = new ColumnProfile();
        probe.addValue(row[0]);
        if (!(probe.kinds & firstColumnKinds) || probe.typed === 0) typedMismatch = true;
      }
    }
    i--;
  }
  if (notes === 0 || i < 0) return trailingBlank;
  const setOff = isBlankRecord(tail[i + 1]);
  return narrow || setOff || typedMismatch ? tail.length - 1 - i : trailingBlank;
}
