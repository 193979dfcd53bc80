/**
 * Loss-free readers for the files behind open-data resources: CSV, JSON and GeoJSON.
 *
 * @module
 */
export { parseCsv } from './parse-csv.js';
export { parseJson } from './parse-json.js';
export { parseGeoJson } from './parse-geojson.js';
export { loadResource, type LoadResourceOptions } from './load-resource.js';
export type {
  ColumnSchema,
  CoordinateColumns,
  CsvOptions,
  GeoJsonOptions,
  JsonOptions,
  ParseInput,
  ParseOptions,
  ParseProgress,
} from './options.js';
