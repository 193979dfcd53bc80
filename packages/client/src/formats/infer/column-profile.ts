import { ALL_PAIRS, classifyBoolean, TRUE_BIT } from './booleans.js';
import { classifyDate, DATE_DMY, DATE_MDY } from './dates.js';
import { isBlank, isMissingMarker } from './missing.js';
import { classifyNumber, FRAC_DE, FRAC_EN, NUM_DE, NUM_EN } from './numbers.js';

/** Whether `a[aStart…]` and `b[bStart…]` have the same `length` characters. */
export function sameChars(a: string, aStart: number, b: string, bStart: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (a.charCodeAt(aStart + i) !== b.charCodeAt(bStart + i)) return false;
  return true;
}

/** `H.MM` / `HH.MM` (also with a comma) up to 24 hours, minutes a multiple of 5: a time of day as a decimal. */
const CLOCK = /^(?:[01]?\d|2[0-4])[.,][0-5][05]$/;

/** Whether an integer cell is an hour of the day, 0–24. */
function isHour(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start) - 48;
  if (end - start === 1) return first >= 0 && first <= 9;
  return end - start === 2 && first * 10 + text.charCodeAt(start + 1) - 48 <= 24;
}

export const KIND_NUMBER = 1;
export const KIND_DATE = 2;
export const KIND_BOOLEAN = 4;
const ALL_KINDS = KIND_NUMBER | KIND_DATE | KIND_BOOLEAN;

/**
 * What one column's values have in common, collected value by value. The column keeps a kind (number,
 * date, boolean) only while every value fits it; the first value that fits none, and is no missing marker,
 * makes it text. Number formats and date orders narrow the same way, so the decision uses the whole column.
 */
export class ColumnProfile {
  /** Kinds every value so far fits (0 = text). */
  kinds = ALL_KINDS;
  /** Number formats every numeric value is valid in (NUM_DE, NUM_EN). */
  numberFormats = NUM_DE | NUM_EN;
  /** Union of the numeric values' flags (FRAC_*, AMBIGUOUS, LONG, HAS_*). */
  numberFlags = 0;
  /** Day/month orders every slash date is valid in. */
  dateOrders = DATE_DMY | DATE_MDY;
  /** Union of the date values' flags. */
  dateFlags = 0;
  /** Boolean pairs every value belongs to. */
  booleanPairs = ALL_PAIRS;
  sawTrue = false;
  sawFalse = false;
  /** Values that fit the column's kind. */
  typed = 0;
  /** Empty cells (after trimming). */
  empty = 0;
  /** Missing-value markers other than the empty string, with counts. */
  markers: Map<string, number> | undefined;
  /** The value that made the column text, for messages. */
  textExample: string | undefined;
  /** The kind the column had before `textExample` made it text, and how many values fitted it. */
  kindBeforeText = 0;
  typedBeforeText = 0;

  // Evidence against reading a numeric column as numbers although every value parses (see column-type.ts):
  /** Values with a fractional part in some format, and the first of them. */
  fractional = 0;
  fractionExample = '';
  /** Whether every fractional value looks like a clock time (`18.30`, `9,15`) and no integer exceeds 24. */
  clockLike = true;
  /** Values with a decimal comma, and their distinct texts (up to 4). */
  commaFractions = 0;
  distinctCommaFractions: Set<string> | undefined;
  /** Digit count shared by every decimal-comma value's two parts (`47506,47447`: 5), 0 when they differ. */
  commaPartWidth = -1;
  /** Digit counts of the integer values (bit n set: an integer with n digits occurs). */
  integerWidths = 0;

  // The previous typed value: repeated values (timestamps of many stations, categories) are not re-parsed.
  private lastText = '';
  private lastStart = 0;
  private lastEnd = 0;
  private lastFractional = false;
  private lastComma = false;

  /** Adds the cell `text[start, end)`. */
  add(text: string, start: number, end: number): void {
    if (this.kinds === 0) return;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (start === end) {
      this.empty++;
      return;
    }
    if (
      end - start === this.lastEnd - this.lastStart &&
      sameChars(text, start, this.lastText, this.lastStart, end - start)
    ) {
      // The same value again: count it as its first occurrence was counted.
      this.typed++;
      if (this.lastFractional) {
        this.fractional++;
        if (this.lastComma) this.commaFractions++;
      }
      return;
    }
    const kinds = this.kinds;
    if (kinds & KIND_NUMBER) {
      const bits = classifyNumber(text, start, end);
      if (bits) {
        this.kinds = KIND_NUMBER;
        this.numberFormats &= bits;
        this.numberFlags |= bits;
        this.typed++;
        if (bits & (FRAC_DE | FRAC_EN)) this.noteFraction(text, start, end, bits);
        else {
          if (end - start < 31) this.integerWidths |= 1 << (end - start);
          if (this.clockLike) this.clockLike = isHour(text, start, end);
        }
        if (!this.numberFormats) this.becomeText(text, start, end);
        else this.remember(text, start, end, (bits & (FRAC_DE | FRAC_EN)) !== 0, (bits & FRAC_DE) !== 0);
        return;
      }
    }
    if (kinds & KIND_DATE) {
      const bits = classifyDate(text, start, end);
      if (bits) {
        this.kinds = KIND_DATE;
        this.dateFlags |= bits;
        if (bits & (DATE_DMY | DATE_MDY)) this.dateOrders &= bits;
        this.typed++;
        if (!this.dateOrders) this.becomeText(text, start, end);
        else this.remember(text, start, end, false, false);
        return;
      }
    }
    if (kinds & KIND_BOOLEAN) {
      const bits = classifyBoolean(text, start, end);
      if (bits) {
        this.kinds = KIND_BOOLEAN;
        this.booleanPairs &= bits & ALL_PAIRS;
        if (bits & TRUE_BIT) this.sawTrue = true;
        else this.sawFalse = true;
        this.typed++;
        if (!this.booleanPairs) this.becomeText(text, start, end);
        return;
      }
    }
    if (isMissingMarker(text, start, end)) {
      const marker = text.slice(start, end);
      this.markers ??= new Map();
      this.markers.set(marker, (this.markers.get(marker) ?? 0) + 1);
      return;
    }
    this.becomeText(text, start, end);
  }

  /** Adds a whole string (detection samples). */
  addValue(value: string): void {
    this.add(value, 0, value.length);
  }

  private remember(text: string, start: number, end: number, fractional: boolean, comma: boolean): void {
    this.lastText = text;
    this.lastStart = start;
    this.lastEnd = end;
    this.lastFractional = fractional;
    this.lastComma = comma;
  }

  private noteFraction(text: string, start: number, end: number, bits: number): void {
    if (this.fractional++ === 0) this.fractionExample = text.slice(start, end);
    if (this.clockLike) this.clockLike = CLOCK.test(text.slice(start, end));
    if (bits & FRAC_DE) {
      this.commaFractions++;
      const distinct = (this.distinctCommaFractions ??= new Set());
      if (distinct.size < 4) distinct.add(text.slice(start, end));
      const comma = text.indexOf(',', start);
      const width = comma - start === end - comma - 1 ? comma - start : 0;
      this.commaPartWidth = this.commaPartWidth === -1 || this.commaPartWidth === width ? width : 0;
    }
  }

  private becomeText(text: string, start: number, end: number): void {
    if (this.kinds === KIND_NUMBER || this.kinds === KIND_DATE || this.kinds === KIND_BOOLEAN) {
      this.kindBeforeText = this.kinds;
      this.typedBeforeText = this.typed;
    }
    this.kinds = 0;
    this.textExample = text.slice(start, Math.min(end, start + 40));
  }
}
