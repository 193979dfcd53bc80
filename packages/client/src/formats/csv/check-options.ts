import { ParseError } from '../../errors.js';
import type { CsvOptions } from '../options.js';

function invalid(message: string): never {
  throw new ParseError(`Invalid CSV option: ${message}`, { format: 'csv' });
}

/** Rejects options that cannot work, before any input is read. */
export function checkCsvOptions(options: CsvOptions): void {
  const { delimiter, header, headerRows, skip, footer } = options;
  if (delimiter !== undefined && (delimiter.length !== 1 || '"\r\n'.includes(delimiter)))
    invalid(
      `delimiter must be one character other than a quote or line break, got ${JSON.stringify(delimiter)}.`,
    );
  const count = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
  if (header !== undefined && header !== 'auto' && header !== false && !count(header))
    invalid(`header must be a row index, 'auto' or false, got ${JSON.stringify(header)}.`);
  if (headerRows !== undefined && !(count(headerRows) && headerRows >= 1))
    invalid(`headerRows must be a positive integer, got ${JSON.stringify(headerRows)}.`);
  if (skip !== undefined && !count(skip))
    invalid(`skip must be a non-negative integer, got ${JSON.stringify(skip)}.`);
  if (footer !== undefined && footer !== 'auto' && !count(footer))
    invalid(`footer must be 'auto' or a non-negative integer, got ${JSON.stringify(footer)}.`);
  if (options.decimal !== undefined && options.decimal !== ',' && options.decimal !== '.')
    invalid(`decimal must be ',' or '.', got ${JSON.stringify(options.decimal)}.`);
}
