import type { CellValue, JsonValue } from '../../types.js';
import { isGeometryLike } from '../geo/validate.js';
import { isObject, type JsonObject } from './json-object.js';

/** `{lon, lat}` / `{lng, lat}` objects, as Opendatasoft writes `geo_point_2d`. */
function pointObject(value: JsonObject): CellValue | undefined {
  const keys = Object.keys(value);
  if (keys.length !== 2 || typeof value.lat !== 'number') return undefined;
  const lon = typeof value.lon === 'number' ? value.lon : value.lng;
  if (typeof lon !== 'number') return undefined;
  return { type: 'Point', coordinates: [lon, value.lat] };
}

/**
 * Flattens one record into `(column, value)` pairs: nested objects become dotted names
 * (`adresse.strasse`), GeoJSON geometries and `{lon, lat}` points stay whole (they are values), arrays stay
 * whole. GeoJSON features give their properties plus a `geometry` column. Names come from the data, so they
 * go into a Map: `__proto__` is an ordinary column.
 */
export function flattenRecord(
  record: unknown,
  visit: (name: string, value: CellValue) => void,
  prefix = '',
): void {
  if (!isObject(record)) {
    visit(prefix || 'value', record as JsonValue);
    return;
  }
  if (!prefix && record.type === 'Feature' && 'geometry' in record) {
    flattenRecord(record.properties ?? {}, visit);
    visit('geometry', isGeometryLike(record.geometry) ? record.geometry : null);
    return;
  }
  for (const key of Object.keys(record)) {
    const value = record[key];
    const name = prefix ? `${prefix}.${key}` : key;
    if (isObject(value)) {
      if (isGeometryLike(value)) visit(name, value);
      else {
        const point = pointObject(value);
        if (point) visit(name, point);
        else if (Object.keys(value).length === 0) visit(name, value as JsonValue);
        else flattenRecord(value, visit, name);
      }
    } else visit(name, value as JsonValue);
  }
}
