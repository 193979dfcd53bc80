import type { GeoJsonGeometry } from '../../types.js';

const DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

/** Whether a value names a GeoJSON geometry type (`Point` … `GeometryCollection`). */
export function isGeometryType(type: unknown): boolean {
  return type === 'GeometryCollection' || (typeof type === 'string' && Object.hasOwn(DEPTH, type));
}

function isPosition(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

function nested(value: unknown, depth: number): boolean {
  if (depth === 0) return isPosition(value);
  return Array.isArray(value) && value.every((item) => nested(item, depth - 1));
}

/** Why a value is not a GeoJSON geometry, or `undefined` when it is one. */
export function geometryProblem(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return 'not an object';
  const geometry = value as GeoJsonGeometry;
  if (geometry.type === 'GeometryCollection') {
    if (!Array.isArray(geometry.geometries)) return 'GeometryCollection without geometries';
    for (const child of geometry.geometries) {
      const problem = geometryProblem(child);
      if (problem) return problem;
    }
    return undefined;
  }
  const depth = DEPTH[geometry.type];
  if (depth === undefined) return `unknown geometry type ${JSON.stringify(geometry.type)}`;
  if (!nested(geometry.coordinates, depth)) return `${geometry.type} with malformed coordinates`;
  return undefined;
}

/** Whether a value looks like a GeoJSON geometry (type and coordinates), without checking every position. */
export function isGeometryLike(value: unknown): value is GeoJsonGeometry {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const { type } = value as { type?: unknown };
  if (type === 'GeometryCollection') return Array.isArray((value as GeoJsonGeometry).geometries);
  return isGeometryType(type) && Array.isArray((value as GeoJsonGeometry).coordinates);
}
