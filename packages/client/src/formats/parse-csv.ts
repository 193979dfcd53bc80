import type { Table } from '../types.js';
import { readCsv } from './csv/read-csv.js';
import type { CsvOptions, ParseInput } from './options.js';
import { parseInWorker, workerWanted } from './worker/run-in-worker.js';

/**
 * Reads a CSV file into a {@link Table} without losing anything: the encoding is declared, marked or
 * detected (UTF-8, else Windows-1252); the delimiter, preamble, header (also over several rows) and
 * footnotes are detected unless given; ragged rows keep every cell; empty and duplicate column names are
 * made unique; each column's type is inferred from all its values (German and English numbers, dates,
 * booleans, missing markers), and codes with leading zeros stay text. What was repaired is listed in
 * `warnings`; what was detected in `meta`.
 *
 * @example
 * ```ts
 * const table = await parseCsv(await fetch(url).then((r) => r.arrayBuffer()));
 * table.fields; // [{ name: 'AGS', type: 'text' }, { name: 'Einwohner', type: 'integer', format: '1.234' }, …]
 * ```
 * @throws {@link ParseError} for input that is not CSV (binary, an HTML page) or invalid options.
 */
export async function parseCsv(input: ParseInput, options: CsvOptions = {}): Promise<Table> {
  if (workerWanted(input, options)) {
    const result = await parseInWorker<Table>('csv', input, options);
    if (result) return result;
  }
  return readCsv(input, options);
}
