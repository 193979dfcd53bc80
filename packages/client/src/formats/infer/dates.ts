// Dates and date-times as municipal files write them: ISO `2024-12-31`, `2024-12-31 23:59:59 +0100`,
// `2024-12-31T23:59:59Z`; German `31.12.2024`, `31.12.2024 23:59`; and `12/31/2024`-style dates whose
// day/month order is decided for the whole column. Converted to ISO 8601 strings; an offset is kept.

/** `2024-12-31` or `2024/12/31` (with or without time). */
export const DATE_ISO = 1;
/** `31.12.2024` (with or without time). */
export const DATE_DE = 2;
/** `a/b/yyyy` valid as day/month/year. */
export const DATE_DMY = 4;
/** `a/b/yyyy` valid as month/day/year. */
export const DATE_MDY = 8;
/** Has a time of day. */
export const HAS_TIME = 16;
/** Has a UTC offset or `Z`. */
export const HAS_OFFSET = 32;

// Parsed parts of the last classified value.
const YEAR = 0;
const MONTH = 1;
const DAY = 2;
const HOUR = 3;
const MINUTE = 4;
const SECOND = 5;
const FRACTION_START = 6;
const FRACTION_END = 7;
const OFFSET_SIGN = 8;
const OFFSET_HOURS = 9;
const OFFSET_MINUTES = 10;
const parts = new Int32Array(11);

function digitsAt(text: string, at: number, end: number, min: number, max: number): number {
  let i = at;
  while (i < end && i - at < max) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) break;
    i++;
  }
  return i - at >= min ? i - at : 0;
}

/** The character code at `i`, or -1 beyond the cell (cells are slices of a larger text). */
function codeAt(text: string, i: number, end: number): number {
  return i < end ? text.charCodeAt(i) : -1;
}

function numberAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Reads ` HH:MM[:SS[.fff]][ offset]` from `at`; returns HAS_TIME(|HAS_OFFSET) or 0. */
function readTime(text: string, at: number, end: number): number {
  let i = at;
  let n = digitsAt(text, i, end, 1, 2);
  if (!n) return 0;
  parts[HOUR] = numberAt(text, i, n);
  i += n;
  if (codeAt(text, i, end) !== 58) return 0;
  i++;
  if (digitsAt(text, i, end, 2, 2) !== 2) return 0;
  parts[MINUTE] = numberAt(text, i, 2);
  i += 2;
  parts[SECOND] = -1;
  parts[FRACTION_START] = parts[FRACTION_END] = 0;
  if (codeAt(text, i, end) === 58) {
    i++;
    if (digitsAt(text, i, end, 2, 2) !== 2) return 0;
    parts[SECOND] = numberAt(text, i, 2);
    i += 2;
    const mark = codeAt(text, i, end);
    if (mark === 46 || mark === 44) {
      n = digitsAt(text, i + 1, end, 1, 9);
      if (!n) return 0;
      parts[FRACTION_START] = i + 1;
      parts[FRACTION_END] = i + 1 + n;
      i += 1 + n;
    }
  }
  if (parts[HOUR] > 23 || parts[MINUTE] > 59 || parts[SECOND] > 60) return 0;
  if (i === end) return HAS_TIME;
  if (codeAt(text, i, end) === 32) i++;
  const code = codeAt(text, i, end);
  if (code === 90 && i + 1 === end) {
    parts[OFFSET_SIGN] = 0; // Z
    return HAS_TIME | HAS_OFFSET;
  }
  if (code !== 43 && code !== 45) return 0;
  parts[OFFSET_SIGN] = code === 43 ? 1 : -1;
  i++;
  if (digitsAt(text, i, end, 2, 2) !== 2) return 0;
  parts[OFFSET_HOURS] = numberAt(text, i, 2);
  i += 2;
  parts[OFFSET_MINUTES] = 0;
  if (i < end) {
    if (codeAt(text, i, end) === 58) i++;
    if (digitsAt(text, i, end, 2, 2) !== 2) return 0;
    parts[OFFSET_MINUTES] = numberAt(text, i, 2);
    i += 2;
  }
  if (i !== end || parts[OFFSET_HOURS] > 14 || parts[OFFSET_MINUTES] > 59) return 0;
  return HAS_TIME | HAS_OFFSET;
}

/** Reads an optional time after the date part ends at `at`. */
function timeAfter(text: string, at: number, end: number, allowT: boolean): number {
  if (at === end) return 0;
  const code = codeAt(text, at, end);
  if (code !== 32 && !(allowT && code === 84)) return -1;
  const time = readTime(text, at + 1, end);
  return time || -1;
}

/**
 * Classifies `text[start, end)` (trimmed) as a date: a combination of the flags above, or 0. For `a/b/yyyy`
 * both DATE_DMY and DATE_MDY are set when both readings are valid dates.
 */
export function classifyDate(text: string, start: number, end: number): number {
  const first = digitsAt(text, start, end, 1, 4);
  if (!first) return 0;
  let i = start + first;
  const mark = codeAt(text, i, end);
  if (first === 4 && (mark === 45 || mark === 47)) {
    // year first: `2024-12-31` (ISO) or `2024/12/31`
    if (digitsAt(text, i + 1, end, 2, 2) !== 2 || codeAt(text, i + 3, end) !== mark) return 0;
    if (digitsAt(text, i + 4, end, 2, 2) !== 2) return 0;
    parts[YEAR] = numberAt(text, start, 4);
    parts[MONTH] = numberAt(text, i + 1, 2);
    parts[DAY] = numberAt(text, i + 4, 2);
    if (!validDay(parts[YEAR], parts[MONTH], parts[DAY])) return 0;
    const time = timeAfter(text, i + 6, end, mark === 45);
    return time < 0 ? 0 : DATE_ISO | time;
  }
  if (first > 2 || (mark !== 46 && mark !== 47)) return 0;
  const a = numberAt(text, start, first);
  i++;
  const second = digitsAt(text, i, end, 1, 2);
  if (!second || codeAt(text, i + second, end) !== mark) return 0;
  const b = numberAt(text, i, second);
  i += second + 1;
  if (digitsAt(text, i, end, 4, 4) !== 4) return 0;
  const year = numberAt(text, i, 4);
  const time = timeAfter(text, i + 4, end, false);
  if (time < 0) return 0;
  parts[YEAR] = year;
  if (mark === 46) {
    if (!validDay(year, b, a)) return 0;
    parts[MONTH] = b;
    parts[DAY] = a;
    return DATE_DE | time;
  }
  let bits = 0;
  if (validDay(year, b, a)) bits |= DATE_DMY;
  if (validDay(year, a, b)) bits |= DATE_MDY;
  if (!bits) return 0;
  // parts hold the day/month reading; toIsoDate re-reads for month/day
  parts[MONTH] = bits & DATE_DMY ? b : a;
  parts[DAY] = bits & DATE_DMY ? a : b;
  return bits | time;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * The ISO 8601 form of a value that {@link classifyDate} accepted: `YYYY-MM-DD`, or
 * `YYYY-MM-DDTHH:MM:SS[.fff][±HH:MM|Z]` (seconds are added when the source has none; an offset is kept).
 * `order` says how to read `a/b/yyyy` dates. Returns `undefined` when the value is not a date.
 */
export function toIsoDate(
  text: string,
  start: number,
  end: number,
  order: 'dmy' | 'mdy',
): string | undefined {
  const bits = classifyDate(text, start, end);
  if (!bits) return undefined;
  if (bits & (DATE_DMY | DATE_MDY)) {
    const wanted = order === 'dmy' ? DATE_DMY : DATE_MDY;
    if (!(bits & wanted)) return undefined;
    if (order === 'mdy') {
      const first = digitsAt(text, start, end, 1, 2);
      const second = digitsAt(text, start + first + 1, end, 1, 2);
      parts[MONTH] = numberAt(text, start, first);
      parts[DAY] = numberAt(text, start + first + 1, second);
    }
  }
  let iso = `${String(parts[YEAR]).padStart(4, '0')}-${pad2(parts[MONTH])}-${pad2(parts[DAY])}`;
  if (!(bits & HAS_TIME)) return iso;
  iso += `T${pad2(parts[HOUR])}:${pad2(parts[MINUTE])}:${pad2(Math.max(0, parts[SECOND]))}`;
  if (parts[FRACTION_END]) iso += `.${text.slice(parts[FRACTION_START], parts[FRACTION_END])}`;
  if (bits & HAS_OFFSET) {
    iso +=
      parts[OFFSET_SIGN] === 0
        ? 'Z'
        : `${parts[OFFSET_SIGN] > 0 ? '+' : '-'}${pad2(parts[OFFSET_HOURS])}:${pad2(parts[OFFSET_MINUTES])}`;
  }
  return iso;
}
