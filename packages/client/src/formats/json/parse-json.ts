import type { CellValue, Field, FieldType, Table } from '../../types.js';
import { uniqueNames } from '../csv/header-names.js';
import { addCoordinateGeometry } from '../csv/coordinates.js';
import { ColumnProfile } from '../infer/column-profile.js';
import { decideColumnType, reportMarkers, type ColumnType } from '../infer/column-type.js';
import { convertText, MISFIT } from '../infer/convert.js';
import type { JsonOptions, ParseInput } from '../options.js';
import { WarningCollector } from '../warnings.js';
import { findRecords } from './find-records.js';
import { flattenRecord } from './flatten.js';
import { readJsonDocument } from './read-json.js';
import { isGeometryLike } from '../geo/validate.js';

/** CKAN DataStore column types that say more than "text". */
const DATASTORE_TYPES: Record<string, FieldType> = {
  int: 'integer',
  int2: 'integer',
  int4: 'integer',
  int8: 'integer',
  integer: 'integer',
  bigint: 'integer',
  serial: 'integer',
  numeric: 'number',
  float4: 'number',
  float8: 'number',
  float: 'number',
  double: 'number',
  bool: 'boolean',
  boolean: 'boolean',
  date: 'date',
  timestamp: 'datetime',
  timestamptz: 'datetime',
  json: 'json',
  jsonb: 'json',
};

/** Rows of a JSON array of arrays: a first row of strings is the header. */
function fromArrays(records: unknown[][]): { names: string[]; rows: CellValue[][] } {
  const headed = records.length > 1 && records[0].every((cell) => typeof cell === 'string');
  const body = (headed ? records.slice(1) : records) as CellValue[][];
  const width = Math.max(headed ? records[0].length : 0, ...body.map((row) => row.length));
  const names = Array.from({ length: width }, (_, j) => (headed ? String(records[0][j] ?? '') : ''));
  return { names, rows: body.map((row) => Array.from({ length: width }, (_, j) => row[j] ?? null)) };
}

/** Rows of records: one column per (flattened) key, in the order keys first appear. */
function fromObjects(records: unknown[], unwrapFields: boolean): { names: string[]; rows: CellValue[][] } {
  const index = new Map<string, number>();
  const names: string[] = [];
  const rows: CellValue[][] = [];
  for (const record of records) {
    const row: CellValue[] = [];
    const visit = (name: string, value: CellValue) => {
      let j = index.get(name);
      if (j === undefined) {
        j = names.length;
        index.set(name, j);
        names.push(name);
      }
      row[j] = value === undefined ? null : value;
    };
    if (unwrapFields && record && typeof record === 'object') {
      const { fields, geometry } = record as { fields: unknown; geometry?: unknown };
      flattenRecord(fields, visit);
      if (geometry !== undefined) visit('geometry', isGeometryLike(geometry) ? geometry : null);
    } else flattenRecord(record, visit);
    rows.push(row);
  }
  for (const row of rows) for (let j = 0; j < names.length; j++) if (row[j] === undefined) row[j] = null;
  return { names, rows };
}

interface ValueKinds {
  numbers: number;
  integers: number;
  strings: number;
  booleans: number;
  geometries: number;
  other: number;
}

function kindsOf(rows: CellValue[][], j: number): ValueKinds {
  const kinds = { numbers: 0, integers: 0, strings: 0, booleans: 0, geometries: 0, other: 0 };
  for (const row of rows) {
    const value = row[j];
    if (value === null) continue;
    if (typeof value === 'number') {
      kinds.numbers++;
      if (Number.isInteger(value)) kinds.integers++;
    } else if (typeof value === 'string') kinds.strings++;
    else if (typeof value === 'boolean') kinds.booleans++;
    else if (isGeometryLike(value)) kinds.geometries++;
    else kinds.other++;
  }
  return kinds;
}

/**
 * The type of a JSON column. JSON numbers, booleans and geometries keep their type; a column of strings is
 * inferred like a CSV column (portals such as DKAN send every value as a string); a declared DataStore type
 * wins; anything mixed stays as it is, typed `json`.
 */
function columnType(
  rows: CellValue[][],
  j: number,
  name: string,
  declared: string | undefined,
  options: JsonOptions,
  warnings: WarningCollector,
): ColumnType | FieldType {
  const kinds = kindsOf(rows, j);
  const total = kinds.numbers + kinds.strings + kinds.booleans + kinds.geometries + kinds.other;
  if (total === 0) return 'text';
  if (kinds.numbers === total) return kinds.integers === total ? 'integer' : 'number';
  if (kinds.booleans === total) return 'boolean';
  if (kinds.geometries === total) return 'geometry';
  if (kinds.strings === total && options.types !== false) {
    const schema =
      declared && DATASTORE_TYPES[declared] ? { [name]: DATASTORE_TYPES[declared] } : options.schema;
    const profile = new ColumnProfile();
    for (const row of rows) if (row[j] !== null) profile.addValue(row[j] as string);
    return decideColumnType(profile, name, { ...options, schema }, warnings);
  }
  if (kinds.strings === total) return 'text';
  return 'json';
}

/** Reads JSON on the calling thread; {@link parseJson} is the public entry point. */
export async function readJson(input: ParseInput, options: JsonOptions = {}): Promise<Table> {
  const warnings = new WarningCollector();
  const { value, meta } = await readJsonDocument(input, options, warnings, 'json');
  const set = findRecords(value, options.recordsPath);
  const arrays = set.records.length > 0 && set.records.every(Array.isArray);
  const { names: rawNames, rows } = arrays
    ? fromArrays(set.records as unknown[][])
    : fromObjects(set.records, set.unwrapFields === true);
  const names = uniqueNames(rawNames, warnings);
  const fields: Field[] = names.map((name, j) => {
    const declared = set.declaredTypes?.get(name);
    const decided = columnType(rows, j, name, declared, options, warnings);
    if (typeof decided === 'string')
      return { name, type: decided, ...(declared && { nativeType: declared }) };
    if (decided.conversion.kind !== 'text') {
      const markers = new Map<string, number>();
      let misfits = 0;
      for (const row of rows) {
        const cell = row[j];
        if (typeof cell !== 'string') continue;
        const converted = convertText(cell, decided.conversion, true);
        if (converted === MISFIT) misfits++;
        else row[j] = converted;
        const marker = cell.trim();
        if (converted === null && marker !== '') markers.set(marker, (markers.get(marker) ?? 0) + 1);
      }
      if (markers.size) reportMarkers(markers, name, warnings);
      if (misfits)
        warnings.add(
          'schema-mismatch',
          `Column "${name}": ${misfits} value(s) do not fit the declared type; kept as text.`,
          {
            field: name,
          },
        );
    } else if (decided.type === 'text') for (const row of rows) if (row[j] === '') row[j] = null;
    return {
      name,
      type: decided.type,
      ...(decided.format && { format: decided.format }),
      ...(declared && { nativeType: declared }),
    };
  });
  if (options.types !== false && !fields.some((f) => f.type === 'geometry'))
    addCoordinateGeometry(fields, rows, { coordinates: 'auto' }, warnings);
  return {
    fields,
    rows,
    total: rows.length,
    exact: true,
    source: { pushedDown: false, method: 'file', url: options.url ?? '' },
    warnings: warnings.list(),
    meta,
  };
}
