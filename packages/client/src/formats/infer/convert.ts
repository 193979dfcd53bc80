import type { CellValue } from '../../types.js';
import { parseWkt } from '../geo/wkt.js';
import { classifyBoolean, TRUE_BIT } from './booleans.js';
import type { Conversion } from './column-type.js';
import { classifyDate, DATE_DMY, DATE_MDY, toIsoDate } from './dates.js';
import { isBlank, isMissingMarker } from './missing.js';
import { AMBIGUOUS, classifyNumber, FRAC_DE, FRAC_EN, LONG, NUM_DE, NUM_EN, parseNumber } from './numbers.js';

/** A value that does not fit the column's type. */
export const MISFIT = Symbol('misfit');

/** `-?digits` without a leading zero and at most 15 digits: the same integer in every number format. */
export function plainInteger(text: string, start: number, end: number): number | undefined {
  let i = start;
  const negative = text.charCodeAt(i) === 45;
  if (negative) i++;
  const length = end - i;
  if (length === 0 || length > 15 || (length > 1 && text.charCodeAt(i) === 48)) return undefined;
  let value = 0;
  for (; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

/** `null` for a missing-value marker, otherwise MISFIT. */
function markerOrMisfit(text: string, start: number, end: number): null | typeof MISFIT {
  return isMissingMarker(text, start, end) ? null : MISFIT;
}

/**
 * Converts one trimmed, non-empty cell to the column's type; a missing marker gives `null`. With `verify`,
 * the value is checked against the type (format, integer, date only, boolean pair) and MISFIT comes back
 * when it does not fit; without, the caller knows every value fits (the whole column was profiled).
 */
export function convert(
  text: string,
  start: number,
  end: number,
  conversion: Conversion,
  verify: boolean,
): CellValue | typeof MISFIT {
  switch (conversion.kind) {
    case 'number': {
      const plain = plainInteger(text, start, end);
      if (plain !== undefined) return plain;
      if (verify) {
        const bits = classifyNumber(text, start, end);
        if (!bits) return markerOrMisfit(text, start, end);
        const german = conversion.decimal === ',';
        if (!(bits & (german ? NUM_DE : NUM_EN)) || bits & LONG) return MISFIT;
        if (conversion.integer && bits & (german ? FRAC_DE : FRAC_EN)) return MISFIT;
        if (!conversion.settled && bits & AMBIGUOUS) return MISFIT;
      } else if (isMissingMarker(text, start, end)) return null;
      return parseNumber(text, start, end, conversion.decimal);
    }
    case 'date': {
      if (verify && !conversion.settled) {
        const bits = classifyDate(text, start, end);
        if ((bits & (DATE_DMY | DATE_MDY)) === (DATE_DMY | DATE_MDY)) return MISFIT;
      }
      const iso = toIsoDate(text, start, end, conversion.order);
      if (iso === undefined) return verify ? markerOrMisfit(text, start, end) : null;
      if (verify && conversion.dateOnly && iso.length > 10) return MISFIT;
      return iso;
    }
    case 'boolean': {
      const bits = classifyBoolean(text, start, end);
      if (!(bits & conversion.pairs)) return verify ? markerOrMisfit(text, start, end) : null;
      return (bits & TRUE_BIT) !== 0;
    }
    case 'json': {
      try {
        return JSON.parse(text.slice(start, end)) as CellValue;
      } catch {
        return MISFIT;
      }
    }
    case 'geometry': {
      const parsed = parseWkt(text.slice(start, end));
      return parsed ? parsed.geometry : MISFIT;
    }
    default:
      return text.slice(start, end);
  }
}

/** Converts a whole text value (JSON strings): trims it; empty gives `null`. */
export function convertText(
  value: string,
  conversion: Conversion,
  verify: boolean,
): CellValue | typeof MISFIT {
  if (conversion.kind === 'text') return value === '' ? null : value;
  let start = 0;
  let end = value.length;
  while (start < end && isBlank(value.charCodeAt(start))) start++;
  while (end > start && isBlank(value.charCodeAt(end - 1))) end--;
  return start === end ? null : convert(value, start, end, conversion, verify);
}
