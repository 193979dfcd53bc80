/**
 * Number patterns as editors know them from spreadsheets: `#,##0.00 €`, `0.0 %`, `0`. Digits and
 * separators say how many decimals to show and whether to group thousands; text before or after is shown
 * as is (a unit), and values are never scaled (`%` does not multiply by 100). The separators of the pattern
 * are only markers: the reader's language decides how the number is written (`1.234,50 €` in German).
 */

/** What a number pattern means. */
export interface NumberPattern {
  minimumFractionDigits: number;
  maximumFractionDigits: number;
  useGrouping: boolean;
  prefix: string;
  suffix: string;
}

/**
 * Reads a pattern; `undefined` when it contains no `0` or `#`. In the digit part, `.` is the decimal
 * separator and `,` groups thousands; the German order (`#.##0,00`) is accepted when both appear. A lone
 * `,` after `#` groups (`#,##0`); otherwise it is a decimal comma (`0,00`).
 */
export function readNumberPattern(pattern: string): NumberPattern | undefined {
  const match = /^(.*?)([#0][#0.,]*)(.*)$/s.exec(pattern);
  if (!match) return undefined;
  const [, prefix, digits, suffix] = match;
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let decimalAt = -1;
  if (lastDot >= 0 && lastComma >= 0) decimalAt = Math.max(lastDot, lastComma);
  else if (lastDot >= 0) decimalAt = lastDot;
  else if (lastComma >= 0 && !digits.slice(0, lastComma).includes('#')) decimalAt = lastComma;
  const integerPart = decimalAt < 0 ? digits : digits.slice(0, decimalAt);
  const fraction = decimalAt < 0 ? '' : digits.slice(decimalAt + 1).replace(/[.,]/g, '');
  const zeros = /^0*/.exec(fraction)![0].length;
  return {
    minimumFractionDigits: zeros,
    maximumFractionDigits: fraction.length,
    useGrouping: /[.,]/.test(integerPart),
    prefix,
    suffix,
  };
}
