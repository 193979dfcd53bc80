import type { CellValue } from '../../types.js';
import { ColumnProfile, sameChars } from '../infer/column-profile.js';
import {
  decideColumnType,
  formatLabel,
  reportMarkers,
  type ColumnType,
  type TypeOptions,
} from '../infer/column-type.js';
import { classifyDate } from '../infer/dates.js';
import { classifyNumber } from '../infer/numbers.js';
import { convert, MISFIT, plainInteger } from '../infer/convert.js';
import { isBlank } from '../infer/missing.js';
import type { WarningCollector } from '../warnings.js';
import { filledCells, isBlankRow, type BodyRange } from './body-shape.js';
import type { ColumnPlan } from './column-plan.js';
import { TextInterner } from './interner.js';
import { copyRow } from './row-copy.js';
import { lineOfRow, type CellBatch } from './tokenizer.js';

// How a column's cells are read in the row-building pass.
const RAW = 0; // exact text, empty stays ''
const TEXT = 1; // text, empty is null
const OPEN = 2; // text for now, profiled, typed at the end
const TYPED = 3; // converted; checked unless the whole column was profiled
const FAILED = 4; // a speculative type did not fit: text for now, re-typed at the end
const NUMBER = 5; // TYPED, numbers: plain integers take a shortcut

/** Per-column state of the row-building pass. */
interface ColumnState {
  mode: number;
  plan: ColumnPlan;
  type: ColumnType;
  verify: boolean;
  interner: TextInterner;
  profile: ColumnProfile | undefined;
  /** Missing-value markers read as null, by text. */
  markers: Map<string, number> | undefined;
  /** Number or date flags of the values (speculative columns), for the format label. */
  flags: number;
  /** Schema misfits kept as text. */
  misfits: { count: number; line: number; example: string } | undefined;
  // The previous cell and its value: a repeated value (timestamps, categories) is converted once.
  lastText: string;
  lastStart: number;
  lastEnd: number;
  lastValue: CellValue;
}

/** The rows and the final type of each column. */
export interface BuiltRows {
  rows: CellValue[][];
  types: ColumnType[];
}

/** Calls `visit(batch, row, n)` for every data row, `n` counting from 0 (blank lines skipped). */
function forEachRow(
  ranges: readonly BodyRange[],
  headerWidth: number,
  visit: (batch: CellBatch, row: number, n: number) => void,
): void {
  let n = 0;
  for (const range of ranges)
    for (let r = range.from; r < range.to; r++)
      if (!isBlankRow(range.batch, r, headerWidth)) visit(range.batch, r, n++);
}

/** The text of cell `j` of a row with quotes unescaped, as `[source, start, end]`, or undefined if absent. */
function cellSpan(batch: CellBatch, row: number, j: number): [string, number, number] | undefined {
  const first = batch.rowStart[row];
  if (j >= batch.rowStart[row + 1] - first) return undefined;
  const start = batch.cells[2 * (first + j)];
  const end = batch.cells[2 * (first + j) + 1];
  if (end >= 0) return [batch.text, start, end];
  const value = batch.text.slice(start, ~end).replaceAll('""', '"');
  return [value, 0, value.length];
}

function isPlainDigits(text: string, start: number, end: number): boolean {
  for (let i = text.charCodeAt(start) === 45 ? start + 1 : start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Converts one cell of a typed column, counting markers and schema misfits; MISFIT for a failed guess. */
function typedValue(
  state: ColumnState,
  text: string,
  start: number,
  end: number,
  batch: CellBatch,
  row: number,
): CellValue | typeof MISFIT {
  let s = start;
  let e = end;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  if (s === e) return null;
  const conversion = state.type.conversion;
  if (state.verify && state.plan.state === 'speculative') {
    // Values the sample did not show may change the format label (`1.234` among `17`, `31.12.` among ISO).
    if (conversion.kind === 'date') state.flags |= classifyDate(text, s, e);
    else if (conversion.kind === 'number' && !isPlainDigits(text, s, e))
      state.flags |= classifyNumber(text, s, e);
  }
  const value = convert(text, s, e, conversion, state.verify);
  if (value === null) {
    const marker = text.slice(s, e);
    state.markers ??= new Map();
    state.markers.set(marker, (state.markers.get(marker) ?? 0) + 1);
  } else if (value === MISFIT && state.plan.schema) {
    const original = text.slice(start, end);
    state.misfits ??= { count: 0, line: lineOfRow(batch, row), example: original };
    state.misfits.count++;
    return original;
  }
  return value;
}

/**
 * Builds the rows in one pass over the cells, converting each column as planned, then settles the columns
 * that could not be typed from the sample: those are profiled as a whole and converted again. Text keeps
 * its exact characters; equal short texts are shared; a repeated value is converted once.
 */
export function buildRows(
  ranges: readonly BodyRange[],
  headerWidth: number,
  width: number,
  rowCount: number,
  plans: readonly ColumnPlan[],
  names: readonly string[],
  options: TypeOptions & { types?: boolean },
  warnings: WarningCollector,
): BuiltRows {
  const raw = options.types === false;
  const states: ColumnState[] = plans.map((plan) => ({
    mode: raw
      ? RAW
      : plan.state === 'open'
        ? OPEN
        : plan.type.conversion.kind === 'text'
          ? TEXT
          : plan.type.conversion.kind === 'number'
            ? NUMBER
            : TYPED,
    plan,
    type: plan.type,
    verify: plan.state === 'speculative' || plan.schema,
    interner: new TextInterner(),
    profile: plan.state === 'open' ? new ColumnProfile() : undefined,
    markers: undefined,
    flags: plan.flags,
    misfits: undefined,
    lastText: '',
    lastStart: 0,
    lastEnd: 0,
    lastValue: null,
  }));
  const rows: CellValue[][] = new Array(rowCount);
  const scratch: CellValue[] = new Array(width).fill(null);
  forEachRow(ranges, headerWidth, (batch, r, n) => {
    const { text, cells, rowStart } = batch;
    const first = rowStart[r];
    const cellCount = rowStart[r + 1] - first;
    const count =
      cellCount === headerWidth ? cellCount : Math.min(filledCells(batch, r, headerWidth, raw), width);
    for (let j = 0; j < count; j++) {
      const state = states[j];
      let start = cells[2 * (first + j)];
      let end = cells[2 * (first + j) + 1];
      let source = text;
      if (end < 0) {
        source = text.slice(start, ~end).replaceAll('""', '"');
        start = 0;
        end = source.length;
      }
      const mode = state.mode;
      if (mode === NUMBER) {
        const plain = plainInteger(source, start, end);
        if (plain !== undefined) {
          scratch[j] = plain;
          continue;
        }
      }
      if (mode === OPEN) state.profile!.add(source, start, end);
      if (start === end) {
        scratch[j] = mode === RAW ? '' : null;
        continue;
      }
      if (
        end - start === state.lastEnd - state.lastStart &&
        sameChars(source, start, state.lastText, state.lastStart, end - start)
      ) {
        scratch[j] = state.lastValue;
        continue;
      }
      let value: CellValue | typeof MISFIT;
      if (mode === TYPED || mode === NUMBER) {
        value = typedValue(state, source, start, end, batch, r);
        if (value === MISFIT) {
          state.mode = FAILED;
          value = source.slice(start, end);
        }
      } else value = source === text ? state.interner.intern(text, start, end) : source;
      scratch[j] = value;
      if (value !== null) {
        // (markers are not remembered: each one is counted)
        state.lastText = source;
        state.lastStart = start;
        state.lastEnd = end;
        state.lastValue = value;
      }
    }
    for (let j = count; j < width; j++) scratch[j] = null;
    rows[n] = copyRow(scratch, width);
  });

  const types = states.map((state, j) =>
    settle(state, j, ranges, headerWidth, rows, names[j], options, warnings),
  );
  return { rows, types };
}

/** Finishes a column: re-types open and failed columns from all their values, and reports. */
function settle(
  state: ColumnState,
  j: number,
  ranges: readonly BodyRange[],
  headerWidth: number,
  rows: CellValue[][],
  name: string,
  options: TypeOptions,
  warnings: WarningCollector,
): ColumnType {
  if (state.mode === RAW) return state.type;
  if (state.mode === FAILED || state.mode === OPEN) {
    let profile = state.profile;
    if (!profile) {
      profile = new ColumnProfile();
      forEachRow(ranges, headerWidth, (batch, r) => {
        const span = cellSpan(batch, r, j);
        if (span) profile!.add(...span);
      });
    }
    state.type = decideColumnType(profile, name, options, warnings);
    state.markers = undefined;
    state.verify = false;
    const typed = state.type.conversion.kind !== 'text';
    // Open columns hold their text already; a failed guess left converted values behind.
    if (typed || state.mode === FAILED) {
      forEachRow(ranges, headerWidth, (batch, r, n) => {
        const span = cellSpan(batch, r, j);
        if (!span) return;
        const [text, start, end] = span;
        rows[n][j] = typed
          ? (typedValue(state, text, start, end, batch, r) as CellValue)
          : start === end
            ? null
            : text.slice(start, end);
      });
    }
  } else if (state.plan.state === 'speculative') {
    // The sample's label, updated with the forms of the values seen after it.
    const kind = state.type.conversion.kind;
    if (kind === 'number' || kind === 'date') {
      const { format: _sampled, ...type } = state.type;
      const label = formatLabel(type.conversion, state.flags);
      state.type = label ? { ...type, format: label } : type;
    }
  }
  if (state.type.conversion.kind !== 'text' && state.markers) reportMarkers(state.markers, name, warnings);
  if (state.misfits)
    warnings.add(
      'schema-mismatch',
      `Column "${name}": ${state.misfits.count} value(s) do not fit the schema type (e.g. "${state.misfits.example.slice(0, 40)}"); kept as text.`,
      { field: name, line: state.misfits.line },
    );
  return state.type;
}
