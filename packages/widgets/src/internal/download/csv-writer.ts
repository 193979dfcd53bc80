/**
 * Writing rows as CSV the way spreadsheet users need it: UTF-8 with BOM (so Excel reads umlauts), RFC 4180
 * quoting, and a German Excel dialect (`;` between fields, decimal comma). Values are written as they
 * are, never as displayed: no thousands separators, ISO dates, every decimal.
 */
import type { CellValue, Field } from '@odw/client';

/** How the CSV is written. */
export interface CsvDialect {
  delimiter: ';' | ',';
  /** Write `1234,5` instead of `1234.5` (German Excel reads numbers only this way). */
  decimalComma: boolean;
  /**
   * Prefix text cells that a spreadsheet would run as a formula (`=`, `+`, `@`, `-` not followed by a
   * number) with `'`, the OWASP advice against CSV injection. For files meant for spreadsheets only.
   */
  guardFormulas: boolean;
}

/** The dialect for German Excel. */
export const EXCEL_DE: CsvDialect = { delimiter: ';', decimalComma: true, guardFormulas: true };
/** Plain RFC 4180 CSV. */
export const PLAIN_CSV: CsvDialect = { delimiter: ',', decimalComma: false, guardFormulas: false };

/** The byte order mark that makes spreadsheet programs read the file as UTF-8. */
export const UTF8_BOM = '\ufeff';

function looksLikeFormula(text: string): boolean {
  return /^[=+@\t\r]/.test(text) || (/^-/.test(text) && !/^-\d+([.,]\d+)?$/.test(text));
}

/** One field's text. */
export function csvField(value: CellValue, field: Field, dialect: CsvDialect): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number')
    text = dialect.decimalComma ? String(value).replace('.', ',') : String(value);
  else if (typeof value === 'object') text = JSON.stringify(value);
  else {
    text = String(value);
    if (dialect.guardFormulas && field.type === 'text' && looksLikeFormula(text)) text = `'${text}`;
  }
  return quoteIfNeeded(text, dialect);
}

/** Quotes a field when it holds the delimiter, a quote, a line break or surrounding spaces (RFC 4180). */
function quoteIfNeeded(text: string, dialect: CsvDialect): string {
  const needsQuotes = text.includes(dialect.delimiter) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line (with CRLF, as RFC 4180 has it). */
export function csvLine(texts: string[], dialect: CsvDialect): string {
  return `${texts.join(dialect.delimiter)}\r\n`;
}

/** The header line from column labels. */
export function csvHeader(labels: string[], dialect: CsvDialect): string {
  return csvLine(
    labels.map((label) => quoteIfNeeded(label, dialect)),
    dialect,
  );
}
