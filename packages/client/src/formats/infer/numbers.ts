// Numbers as municipal files write them: `1234`, `-5`, German `1.234,56` / `203.726` / `0,5`, English
// `1,234.56` / `1.5` / `1e3`, Swiss `1'234.5`, and space-grouped `1 234`. A value is classified into the
// formats it is valid in; whether `203.726` means 203726 or 203.726 is decided for the whole column.

/** Valid with decimal comma (German): `.`, space or `'` group thousands. */
export const NUM_DE = 1;
/** Valid with decimal point (English): `,`, space or `'` group thousands. */
export const NUM_EN = 2;
/** Has a fractional part when read as German. */
export const FRAC_DE = 4;
/** Has a fractional part (or exponent) when read as English. */
export const FRAC_EN = 8;
/** Valid in both formats with different values (`1.500`, `1,500`). */
export const AMBIGUOUS = 16;
/** More than 15 integer digits: may not survive as a JavaScript number. */
export const LONG = 32;
/** Has a `.` separator. */
export const HAS_DOT = 64;
/** Has a `,` separator. */
export const HAS_COMMA = 128;

const DOT = 46;
const COMMA = 44;
const APOSTROPHE = 39;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Separators that group thousands in either format. */
function isSpaceGroup(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

function isSeparator(code: number): boolean {
  return code === DOT || code === COMMA || code === APOSTROPHE || code === 0x2019 || isSpaceGroup(code);
}

// Scratch space for one value's separators and digit runs (no allocation per cell).
const MAX_SEPARATORS = 24;
const separators = new Int32Array(MAX_SEPARATORS);
const runs = new Int32Array(MAX_SEPARATORS + 1);

function validIn(decimal: number, count: number, hasExponent: boolean, zeroFirst: boolean): boolean {
  if (hasExponent && decimal !== DOT) return false;
  const integerSeparators = count > 0 && separators[count - 1] === decimal ? count - 1 : count;
  if (integerSeparators > 0) {
    // grouped thousands: the first group has 1–3 digits and is not `0`; every later group has 3
    if (hasExponent || zeroFirst || runs[0] > 3) return false;
    const group = separators[0];
    if (group === DOT && decimal === DOT) return false;
    if (group === COMMA && decimal === COMMA) return false;
    for (let j = 0; j < integerSeparators; j++) {
      const sep = separators[j];
      if (sep !== group && !(isSpaceGroup(sep) && isSpaceGroup(group))) return false;
      if (runs[j + 1] !== 3) return false;
    }
  }
  return true;
}

/**
 * Classifies `text[start, end)` (already trimmed) as a number: a combination of the flags above, or 0 when it
 * is not a number. Integers with a leading zero (`0101`, AGS `05170024`) are codes, not numbers.
 */
export function classifyNumber(text: string, start: number, end: number): number {
  let i = start;
  let code = text.charCodeAt(i);
  if (code === 45 || code === 43 || code === 0x2212) {
    i++;
    if (i === end) return 0;
  }
  const digitsStart = i;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  const first = i - digitsStart;
  if (first === 0) return 0;
  const zeroFirst = text.charCodeAt(digitsStart) === 48;
  if (zeroFirst && first > 1) return 0; // `0101`, `05170024`, `01,5`: codes, not numbers
  if (i === end) return first > 15 ? NUM_DE | NUM_EN | LONG : NUM_DE | NUM_EN;
  runs[0] = first;
  let count = 0;
  let hasExponent = false;
  let integerDigits = first;
  while (i < end) {
    code = text.charCodeAt(i);
    if (code === 101 || code === 69) {
      // exponent: e, E, then an optional sign and digits up to the end
      i++;
      if (i < end && (text.charCodeAt(i) === 45 || text.charCodeAt(i) === 43)) i++;
      if (i === end) return 0;
      while (i < end && isDigit(text.charCodeAt(i))) i++;
      if (i !== end) return 0;
      hasExponent = true;
      break;
    }
    if (!isSeparator(code) || count === MAX_SEPARATORS) return 0;
    i++;
    const runStart = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    if (i === runStart) return 0;
    separators[count] = code;
    runs[++count] = i - runStart;
  }
  let bits = 0;
  if (validIn(COMMA, count, hasExponent, zeroFirst)) {
    bits |= NUM_DE;
    if (count > 0 && separators[count - 1] === COMMA) bits |= FRAC_DE;
  }
  if (validIn(DOT, count, hasExponent, zeroFirst)) {
    bits |= NUM_EN;
    if (hasExponent || (count > 0 && separators[count - 1] === DOT)) bits |= FRAC_EN;
  }
  if (!bits) return 0;
  if ((bits & (NUM_DE | NUM_EN)) === (NUM_DE | NUM_EN)) {
    for (let j = 0; j < count; j++) if (separators[j] === DOT || separators[j] === COMMA) bits |= AMBIGUOUS;
  }
  for (let j = 0; j < count; j++) {
    if (separators[j] === DOT) bits |= HAS_DOT;
    else if (separators[j] === COMMA) bits |= HAS_COMMA;
  }
  for (let j = 0; j < count; j++) {
    if (separators[j] === (bits & NUM_DE ? COMMA : DOT)) break;
    integerDigits += runs[j + 1];
  }
  if (integerDigits > 15) bits |= LONG;
  return bits;
}

const POWERS_OF_TEN = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22,
];

/**
 * The value of a number classified valid with the given decimal mark (`,` or `.`); every other separator
 * groups thousands. Exact: up to 15 significant digits it divides two exact doubles (correctly rounded,
 * Clinger's fast path), otherwise it normalizes the text and lets `Number` round.
 */
export function parseNumber(text: string, start: number, end: number, decimal: ',' | '.'): number {
  const decimalCode = decimal.charCodeAt(0);
  let i = start;
  let negative = false;
  const signCode = text.charCodeAt(i);
  if (signCode === 45 || signCode === 43 || signCode === 0x2212) {
    negative = signCode !== 43;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      if (mantissa) digits++;
      if (fraction >= 0) fraction++;
    } else if (code === decimalCode) fraction = 0;
    else if (code === 101 || code === 69) return slowParse(text, start, end, decimalCode);
  }
  if (fraction < 0) fraction = 0;
  const value =
    digits <= 15 && fraction <= 22
      ? mantissa / POWERS_OF_TEN[fraction]
      : slowParse(text, start, end, decimalCode);
  return negative ? -Math.abs(value) : Math.abs(value);
}

function slowParse(text: string, start: number, end: number, decimalCode: number): number {
  let normalized = '';
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 48 && code <= 57) || code === 101 || code === 69 || code === 45 || code === 43)
      normalized += text[i];
    else if (code === 0x2212) normalized += '-';
    else if (code === decimalCode) normalized += '.';
  }
  return Number(normalized);
}

/** The `format` label of a numeric column, as shown in {@link Field.format}. */
export function numberFormatLabel(decimal: ',' | '.' | undefined, grouped: boolean): string | undefined {
  if (decimal === ',') return grouped ? '1.234,56' : '1234,56';
  if (decimal === '.') return grouped ? '1,234.56' : undefined;
  return undefined;
}
