import type { GeoJsonGeometry } from '../../types.js';

/** Calls `visit` for every position of a geometry (all ordinates, as stored). */
export function forEachPosition(
  geometry: GeoJsonGeometry | null | undefined,
  visit: (p: number[]) => void,
): void {
  if (!geometry) return;
  if (geometry.type === 'GeometryCollection') {
    for (const child of geometry.geometries ?? []) forEachPosition(child, visit);
    return;
  }
  walk(geometry.coordinates, visit);
}

function walk(value: unknown, visit: (p: number[]) => void): void {
  if (!Array.isArray(value)) return;
  if (typeof value[0] === 'number') visit(value as number[]);
  else for (const item of value) walk(item, visit);
}

/** Replaces every position of a geometry in place by `transform(position)`. */
export function mapPositions(
  geometry: GeoJsonGeometry | null | undefined,
  transform: (p: number[]) => number[],
): void {
  if (!geometry) return;
  if (geometry.type === 'GeometryCollection') {
    for (const child of geometry.geometries ?? []) mapPositions(child, transform);
    return;
  }
  geometry.coordinates = remap(geometry.coordinates, transform);
}

function remap(value: unknown, transform: (p: number[]) => number[]): unknown {
  if (!Array.isArray(value)) return value;
  if (typeof value[0] === 'number') return transform(value as number[]);
  for (let i = 0; i < value.length; i++) value[i] = remap(value[i], transform);
  return value;
}

/** The `[west, south, east, north]` extent of the first two ordinates, or `undefined` without positions. */
export function extentOf(geometries: Iterable<GeoJsonGeometry | null | undefined>): number[] | undefined {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const geometry of geometries) {
    forEachPosition(geometry, (p) => {
      if (p[0] < west) west = p[0];
      if (p[0] > east) east = p[0];
      if (p[1] < south) south = p[1];
      if (p[1] > north) north = p[1];
    });
  }
  return west === Infinity ? undefined : [west, south, east, north];
}
