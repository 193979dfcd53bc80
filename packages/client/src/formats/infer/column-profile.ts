import { ALL_PAIRS, classifyBoolean, TRUE_BIT } from './booleans.js';
import { classifyDate, DATE_DMY, DATE_MDY } from './dates.js';
import { isBlank, isMissingMarker } from './missing.js';
import { classifyNumber, NUM_DE, NUM_EN } from './numbers.js';

/** Whether `a[aStart…]` and `b[bStart…]` have the same `length` characters. */
export function sameChars(a: string, aStart: number, b: string, bStart: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (a.charCodeAt(aStart + i) !== b.charCodeAt(bStart + i)) return false;
  return true;
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

  // The previous typed value: repeated values (timestamps of many stations, categories) are not re-parsed.
  private lastText = '';
  private lastStart = 0;
  private lastEnd = 0;

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
      this.typed++;
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
        if (!this.numberFormats) this.becomeText(text, start, end);
        else this.remember(text, start, end);
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
        else this.remember(text, start, end);
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

  private remember(text: string, start: number, end: number): void {
    this.lastText = text;
    this.lastStart = start;
    this.lastEnd = end;
  }

  private becomeText(text: string, start: number, end: number): void {
    this.kinds = 0;
    this.textExample = text.slice(start, Math.min(end, start + 40));
  }
}
