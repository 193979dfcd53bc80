/**
 * Reads a resource file (CSV, JSON, GeoJSON) into a table for the widgets' local mode, with the parsers of
 * `@odw/client` (encoding, delimiter and types detected, nothing dropped). GeoJSON becomes one row per
 * feature: its properties as columns, then its geometry. Loaded only when a widget shows a file.
 */
import {
  loadResource,
  type CellValue,
  type Field,
  type FieldType,
  type GeoResult,
  type ParseProgress,
  type Resource,
  type Table,
} from '@odw/client';

function typeOf(values: unknown[]): FieldType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length && present.every((v) => typeof v === 'number')) {
    return present.every((v) => Number.isInteger(v)) ? 'integer' : 'number';
  }
  if (present.length && present.every((v) => typeof v === 'boolean')) return 'boolean';
  return present.some((v) => typeof v === 'object') ? 'json' : 'text';
}

/** The features of a GeoJSON file as a table: properties in order of first appearance, then the geometry. */
export function featuresToTable(result: GeoResult): Table {
  const features = result.collection.features;
  const names: string[] = [];
  const seen = new Set<string>();
  for (const feature of features) {
    for (const name of Object.keys(feature.properties ?? {})) {
      if (seen.has(name)) continue;
      seen.add(name);
      names.push(name);
    }
  }
  const value = (properties: unknown, name: string): CellValue =>
    properties && Object.hasOwn(properties as object, name)
      ? ((properties as Record<string, CellValue>)[name] ?? null)
      : null;
  const fields: Field[] = names.map((name) => ({
    name,
    type: typeOf(features.map((f) => value(f.properties, name))),
  }));
  const geometryName = seen.has('geometry') ? 'Geometrie' : 'geometry';
  fields.push({ name: geometryName, type: 'geometry' });
  const rows = features.map((f) => [
    ...names.map((name) => value(f.properties, name)),
    (f.geometry ?? null) as CellValue,
  ]);
  return {
    fields,
    rows,
    total: rows.length,
    exact: true,
    warnings: result.warnings,
    meta: result.meta,
    source: result.source,
  };
}

/** Loads a file (by URL or resource) into a table, reporting progress for large files. */
export async function loadFile(
  file: string | Resource,
  signal: AbortSignal,
  onProgress?: (progress: ParseProgress) => void,
): Promise<Table> {
  const result = await loadResource(file, { signal, onProgress });
  return 'collection' in result ? featuresToTable(result) : result;
}
