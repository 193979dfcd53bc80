import { ParseError } from '../../errors.js';
import { isObject } from './json-object.js';

/** Records found in a JSON document, with column types a portal declared for them (CKAN DataStore). */
export interface RecordSet {
  records: unknown[];
  /** Where they were found, e.g. `result.records`; empty for a top-level array. */
  path: string;
  /** CKAN DataStore `fields`: id → type (`int4`, `numeric`, `timestamp` …). */
  declaredTypes?: Map<string, string>;
  /** For records nested as `{fields: {...}, geometry}` (Opendatasoft API v1): unwrap them. */
  unwrapFields?: boolean;
}

function at(document: unknown, path: string): unknown {
  let value = document;
  for (const key of path.split('.').filter(Boolean)) {
    if (!isObject(value) || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

function ckanTypes(fields: unknown): Map<string, string> | undefined {
  if (!Array.isArray(fields)) return undefined;
  const types = new Map<string, string>();
  for (const field of fields)
    if (isObject(field) && typeof field.id === 'string') types.set(field.id, String(field.type ?? ''));
  return types;
}

/** The longest array of objects within two levels below `value`. */
function largestObjectArray(
  value: unknown,
  path: string,
  depth: number,
): { records: unknown[]; path: string } | undefined {
  if (Array.isArray(value)) return value.some(isObject) ? { records: value, path } : undefined;
  if (!isObject(value) || depth > 2) return undefined;
  let best: { records: unknown[]; path: string } | undefined;
  for (const key of Object.keys(value)) {
    const found = largestObjectArray(value[key], path ? `${path}.${key}` : key, depth + 1);
    if (found && (!best || found.records.length > best.records.length)) best = found;
  }
  return best;
}

/**
 * Finds the records of a JSON document: a top-level array; CKAN/DKAN `result.records` (with the DataStore's
 * field types); Opendatasoft Explore v2.1 `results` and API v1 `records[].fields`; GeoJSON `features`;
 * otherwise the largest array of objects near the top, or the document itself as one record.
 */
export function findRecords(document: unknown, recordsPath?: string): RecordSet {
  if (recordsPath) {
    const records = at(document, recordsPath);
    if (!Array.isArray(records))
      throw new ParseError(`recordsPath "${recordsPath}" does not lead to an array in the document.`, {
        format: 'json',
      });
    return { records, path: recordsPath };
  }
  if (Array.isArray(document)) return { records: document, path: '' };
  if (!isObject(document)) return { records: [document], path: '' };
  const result = document.result;
  if (isObject(result) && Array.isArray(result.records))
    return { records: result.records, path: 'result.records', declaredTypes: ckanTypes(result.fields) };
  if (Array.isArray(document.results)) return { records: document.results, path: 'results' };
  if (Array.isArray(document.records)) {
    const v1 =
      document.records.length > 0 && document.records.every((r) => isObject(r) && isObject(r.fields));
    return { records: document.records, path: 'records', unwrapFields: v1 };
  }
  if (document.type === 'FeatureCollection' && Array.isArray(document.features))
    return { records: document.features, path: 'features' };
  const found = largestObjectArray(document, '', 0);
  return found ?? { records: [document], path: '' };
}
