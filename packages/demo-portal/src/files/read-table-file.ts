/**
 * Reads a data file into the shared `Table` shape with the parsers of `@odw/client`, so the DataStore's
 * column types derive from the parser's inferred field types (German numbers, leading-zero codes kept as
 * text, dates, encodings detected).
 */
import {
  parseCsv,
  parseGeoJson,
  type CellValue,
  type Field,
  type FieldType,
  type GeoJsonFeature,
  type Table,
} from '@odw/client';

/** How to read a file; every option the CSV parser would otherwise detect can be fixed here. */
export interface TableFileOptions {
  format: 'csv' | 'geojson';
  /** Text encoding; detected when omitted. */
  encoding?: string;
  /** CSV delimiter; detected when omitted. */
  delimiter?: string;
  /** Thousands separator of numeric CSV columns (`.` for Köln's budget: `203.726` is 203 726). */
  thousands?: '.' | ',' | '';
  /** Decimal mark of numeric CSV columns. */
  decimal?: ',' | '.';
}

function propertyType(values: unknown[]): FieldType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length && present.every((v) => Number.isInteger(v))) return 'integer';
  if (present.length && present.every((v) => typeof v === 'number')) return 'number';
  if (present.length && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.some((v) => typeof v === 'object')) return 'json';
  return 'text';
}

/** GeoJSON features as rows: one column per property (in order of appearance), then the geometry. */
export function featuresTable(features: GeoJsonFeature[]): Table {
  const names: string[] = [];
  for (const feature of features) {
    for (const key of Object.keys(feature.properties ?? {})) if (!names.includes(key)) names.push(key);
  }
  let geometryName = 'geometry';
  while (names.includes(geometryName)) geometryName = `${geometryName}_`;
  const value = (feature: GeoJsonFeature, name: string): CellValue => {
    const properties = feature.properties ?? {};
    return Object.hasOwn(properties, name) ? (properties[name] ?? null) : null;
  };
  const fields: Field[] = [
    ...names.map((name) => ({ name, type: propertyType(features.map((f) => value(f, name))) })),
    { name: geometryName, type: 'geometry' as const },
  ];
  const rows = features.map((f) => [...names.map((name) => value(f, name)), f.geometry as CellValue]);
  return {
    fields,
    rows,
    total: rows.length,
    exact: true,
    source: { pushedDown: false, url: '', method: 'file' },
  };
}

/** Parses a file's bytes into a table. */
export async function readTableFile(bytes: Uint8Array, options: TableFileOptions): Promise<Table> {
  if (options.format === 'geojson') {
    const { collection } = await parseGeoJson(bytes, { encoding: options.encoding });
    return featuresTable(collection.features);
  }
  return parseCsv(bytes, {
    encoding: options.encoding,
    delimiter: options.delimiter,
    thousands: options.thousands,
    decimal: options.decimal,
    coordinates: false,
    worker: false,
  });
}
