import type { GeoJsonGeometry } from '../../types.js';

/** Twice the signed area of a ring in the plane (positive: counter-clockwise). */
export function ringArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return sum;
}

/** What {@link rewind} changed. */
export interface RewindCount {
  reversed: number;
  closed: number;
}

function fixRing(ring: number[][], counterClockwise: boolean, count: RewindCount): void {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (ring.length > 0 && (first[0] !== last[0] || first[1] !== last[1])) {
    ring.push([...first]);
    count.closed++;
  }
  const area = ringArea(ring);
  if (area !== 0 && area > 0 !== counterClockwise) {
    ring.reverse();
    count.reversed++;
  }
}

function fixPolygon(rings: number[][][], count: RewindCount): void {
  rings.forEach((ring, i) => fixRing(ring, i === 0, count));
}

/**
 * Brings polygons into RFC 7946 form in place: exterior rings counter-clockwise, holes clockwise, every
 * ring closed. RFC 7946 §3.1.6 asks parsers not to reject other windings; renderers such as d3-geo depend
 * on the right one.
 */
export function rewind(geometry: GeoJsonGeometry | null | undefined, count: RewindCount): void {
  if (!geometry) return;
  if (geometry.type === 'Polygon') fixPolygon(geometry.coordinates as number[][][], count);
  else if (geometry.type === 'MultiPolygon')
    for (const polygon of geometry.coordinates as number[][][][]) fixPolygon(polygon, count);
  else if (geometry.type === 'GeometryCollection')
    for (const child of geometry.geometries ?? []) rewind(child, count);
}
