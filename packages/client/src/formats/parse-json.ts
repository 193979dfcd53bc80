import type { Table } from '../types.js';
import { readJson } from './json/parse-json.js';
import type { JsonOptions, ParseInput } from './options.js';
import { parseInWorker, workerWanted } from './worker/run-in-worker.js';

/**
 * Reads JSON records into a {@link Table}: arrays of records, CKAN/DKAN `datastore_search` responses, ODS
 * exports and record lists, GeoJSON features (properties plus a geometry column), arrays of arrays. Nested
 * objects flatten to dotted column names; arrays stay whole (`json`). String columns are typed like CSV
 * columns unless `types` is false.
 *
 * @throws {@link ParseError} for invalid JSON (naming line and column), binary files and HTML pages.
 */
export async function parseJson(input: ParseInput, options: JsonOptions = {}): Promise<Table> {
  if (workerWanted(input, options)) {
    const result = await parseInWorker<Table>('json', input, options);
    if (result) return result;
  }
  return readJson(input, options);
}
