import { own, ownEntries } from '../metadata/own-property.js';
import type { CellValue, Field, FieldType, GeoResult, Table } from '../types.js';

/** The one type every non-missing value of a property column has, else `json`. */
function columnType(values: readonly CellValue[]): FieldType {
  let type: FieldType | undefined;
  for (const value of values) {
    if (value === null) continue;
    const own: FieldType =
      typeof value === 'number'
        ? Number.isInteger(value)
          ? 'integer'
          : 'number'
        : typeof value === 'string'
          ? 'text'
          : typeof value === 'boolean'
            ? 'boolean'
            : 'json';
    if (type === undefined) type = own;
    else if (type !== own) {
      if ((type === 'integer' && own === 'number') || (type === 'number' && own === 'integer'))
        type = 'number';
      else return 'json';
    }
  }
  return type ?? 'text';
}

/**
 * GeoJSON features as a table: a `geometry` column (named `geometry_1` … if a property is already called
 * so) and one column per property, in the order properties first appear. Features without a property have
 * `null` there; features without geometry (valid in RFC 7946) stay, with a `null` geometry.
 */
export function geoTable(result: GeoResult): Table {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const feature of result.collection.features) {
    for (const [key] of ownEntries(feature.properties)) {
      if (!seen.has(key)) {
        seen.add(key);
        names.push(key);
      }
    }
  }
  let geometryName = 'geometry';
  for (let i = 1; seen.has(geometryName); i++) geometryName = `geometry_${i}`;
  const rows: CellValue[][] = result.collection.features.map((feature) => [
    feature.geometry ?? null,
    ...names.map((name) => (own(feature.properties, name) ?? null) as CellValue),
  ]);
  const fields: Field[] = [
    { name: geometryName, type: 'geometry' },
    ...names.map((name, j) => ({ name, type: columnType(rows.map((row) => row[j + 1])) })),
  ];
  return {
    fields,
    rows,
    total: rows.length,
    exact: true,
    source: result.source,
    warnings: result.warnings,
    ...(result.meta ? { meta: result.meta } : {}),
  };
}
