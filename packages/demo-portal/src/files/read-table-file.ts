/**
 * Reads a data file into the shared `Table` shape. This is the one place that parses files.
 *
 * INTERIM until `parseCsv` / `parseGeoJson` of `@odw/client` (issue #5) are on main: then this module calls
 * them and the switch is this one file. Until then it reads only what the portal's own files need —
 * delimited text without quoting, in a known encoding — and refuses anything else with a clear error
 * instead of guessing. It is deliberately not a CSV parser.
 */
import type { CellValue, Field, FieldType, Table } from '@odw/client';

/** How to read a file. */
export interface TableFileOptions {
  format: 'csv' | 'geojson';
  /** Text encoding; default UTF-8 (a BOM is removed). */
  encoding?: string;
  /** CSV delimiter; default: the most frequent of `;`, `,`, tab in the header line. */
  delimiter?: string;
  /** `de`: numbers use `.` as thousands separator (`203.726` is 203726) — Köln's budget file. */
  numberFormat?: 'en' | 'de';
}

/** A file the interim reader cannot read safely. */
export class UnsupportedFileError extends Error {
  override name = 'UnsupportedFileError';
}

const INTEGER = /^-?(?:0|[1-9]\d*)$/;
const GERMAN_INTEGER = /^-?(?:0|[1-9]\d{0,2}(?:\.\d{3})*)$/;
const DECIMAL = /^-?(?:0|[1-9]\d*)\.\d+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?(?:Z|[+-]\d{2}:?\d{2}))?$/;

/** The column type every non-empty value fits, and the typed value of a cell. */
function inferColumn(
  values: string[],
  numberFormat: 'en' | 'de',
): { type: FieldType; convert: (v: string) => CellValue } {
  const present = values.filter((v) => v !== '');
  const all = (pattern: RegExp) => present.length > 0 && present.every((v) => pattern.test(v));
  if (numberFormat === 'de' && all(GERMAN_INTEGER)) {
    return { type: 'integer', convert: (v) => Number(v.replaceAll('.', '')) };
  }
  if (numberFormat === 'en' && all(INTEGER)) return { type: 'integer', convert: Number };
  if (numberFormat === 'en' && present.every((v) => INTEGER.test(v) || DECIMAL.test(v)) && present.length) {
    return { type: 'number', convert: Number };
  }
  if (all(DATE)) return { type: 'date', convert: (v) => v };
  if (all(DATETIME))
    return {
      type: 'datetime',
      convert: (v) => v.replace(' ', 'T').replace(/ ?([+-]\d{2}):?(\d{2})$/, '$1:$2'),
    };
  return { type: 'text', convert: (v) => v };
}

function decode(bytes: Uint8Array, encoding = 'utf-8'): string {
  const text = new TextDecoder(encoding, { fatal: encoding.toLowerCase() === 'utf-8' }).decode(bytes);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function readCsv(bytes: Uint8Array, options: TableFileOptions): Table {
  const text = decode(bytes, options.encoding);
  if (text.includes('"')) {
    throw new UnsupportedFileError(
      'Quoted CSV needs the CSV parser of @odw/client (issue #5), not yet available',
    );
  }
  const lines = text.split(/\r\n|\n|\r/);
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const header = lines[0] ?? '';
  const delimiter =
    options.delimiter ?? [';', ',', '\t'].sort((a, b) => header.split(b).length - header.split(a).length)[0];
  const names = header.split(delimiter);
  const cells = lines.slice(1).map((line, i) => {
    const row = line.split(delimiter);
    if (row.length !== names.length) {
      throw new UnsupportedFileError(`Line ${i + 2} has ${row.length} fields, the header ${names.length}`);
    }
    return row;
  });
  const columns = names.map((_, j) =>
    inferColumn(
      cells.map((row) => row[j]),
      options.numberFormat ?? 'en',
    ),
  );
  return {
    fields: names.map((name, j) => ({ name, type: columns[j].type })),
    rows: cells.map((row) => row.map((v, j) => (v === '' ? null : columns[j].convert(v)))),
    total: cells.length,
    exact: true,
    source: { pushedDown: false, url: '', method: 'file' },
  };
}

function propertyType(values: unknown[]): FieldType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length && present.every((v) => Number.isInteger(v))) return 'integer';
  if (present.length && present.every((v) => typeof v === 'number')) return 'number';
  if (present.length && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.some((v) => typeof v === 'object')) return 'json';
  return 'text';
}

interface Feature {
  geometry: unknown;
  properties: Record<string, unknown> | null;
}

function readGeoJson(bytes: Uint8Array, options: TableFileOptions): Table {
  const document = JSON.parse(decode(bytes, options.encoding)) as { features?: Feature[] };
  if (!Array.isArray(document.features)) throw new UnsupportedFileError('Not a GeoJSON FeatureCollection');
  const features = document.features;
  const names: string[] = [];
  for (const feature of features) {
    for (const key of Object.keys(feature.properties ?? {})) if (!names.includes(key)) names.push(key);
  }
  let geometryName = 'geometry';
  while (names.includes(geometryName)) geometryName = `${geometryName}_`;
  const fields: Field[] = [
    ...names.map((name) => ({ name, type: propertyType(features.map((f) => f.properties?.[name])) })),
    { name: geometryName, type: 'geometry' as const },
  ];
  const rows = features.map((f) => [
    ...names.map((name) => {
      const value = Object.hasOwn(f.properties ?? {}, name) ? f.properties![name] : null;
      return (value ?? null) as CellValue;
    }),
    (f.geometry ?? null) as CellValue,
  ]);
  return {
    fields,
    rows,
    total: rows.length,
    exact: true,
    source: { pushedDown: false, url: '', method: 'file' },
  };
}

/** Parses a file's bytes into a table. */
export function readTableFile(bytes: Uint8Array, options: TableFileOptions): Table {
  return options.format === 'csv' ? readCsv(bytes, options) : readGeoJson(bytes, options);
}
