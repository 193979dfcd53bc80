import type { CellValue } from '../../types.js';
import { parseWkt } from '../geo/wkt.js';
import { classifyBoolean, TRUE_BIT } from './booleans.js';
import type { Conversion } from './column-type.js';
import { toIsoDate } from './dates.js';
import { isBlank, isMissingMarker } from './missing.js';
import { classifyNumber, NUM_DE, NUM_EN, parseNumber } from './numbers.js';

/** Marks a value that does not fit the column's schema type. */
export const MISMATCH = Symbol('mismatch');

function startsNumber(text: string, start: number, end: number): boolean {
  let code = text.charCodeAt(start);
  if ((code === 45 || code === 43 || code === 0x2212) && end - start > 1) code = text.charCodeAt(start + 1);
  return code >= 48 && code <= 57;
}

/** Converts one trimmed, non-empty cell; a missing marker gives `null`. */
export function convert(
  text: string,
  start: number,
  end: number,
  conversion: Conversion,
): CellValue | typeof MISMATCH {
  switch (conversion.kind) {
    case 'number': {
      if (conversion.check) {
        const bits = classifyNumber(text, start, end);
        if (!(bits & (conversion.decimal === ',' ? NUM_DE : NUM_EN))) return missingOr(text, start, end);
      } else if (!startsNumber(text, start, end)) return null;
      return parseNumber(text, start, end, conversion.decimal);
    }
    case 'date': {
      const iso = toIsoDate(text, start, end, conversion.order);
      if (iso === undefined) return conversion.check ? missingOr(text, start, end) : null;
      return iso;
    }
    case 'boolean': {
      const bits = classifyBoolean(text, start, end);
      if (!bits) return conversion.check ? missingOr(text, start, end) : null;
      return (bits & TRUE_BIT) !== 0;
    }
    case 'json': {
      try {
        return JSON.parse(text.slice(start, end)) as CellValue;
      } catch {
        return MISMATCH;
      }
    }
    case 'geometry': {
      const parsed = parseWkt(text.slice(start, end));
      return parsed ? parsed.geometry : MISMATCH;
    }
    default:
      return text.slice(start, end);
  }
}

function missingOr(text: string, start: number, end: number): null | typeof MISMATCH {
  return isMissingMarker(text, start, end) ? null : MISMATCH;
}

/** Converts a whole text value (JSON strings): trims it; empty gives `null`. */
export function convertText(value: string, conversion: Conversion): CellValue | typeof MISMATCH {
  if (conversion.kind === 'text') return value === '' ? null : value;
  let start = 0;
  let end = value.length;
  while (start < end && isBlank(value.charCodeAt(start))) start++;
  while (end > start && isBlank(value.charCodeAt(end - 1))) end--;
  return start === end ? null : convert(value, start, end, conversion);
}
