import type { GeoResult } from '../types.js';
import { readGeoJson } from './geo/parse-geojson.js';
import type { GeoJsonOptions, ParseInput } from './options.js';
import { parseInWorker, workerWanted } from './worker/run-in-worker.js';

/**
 * Reads GeoJSON into RFC 7946 form: WGS84 longitude/latitude, no `crs` member, exterior rings
 * counter-clockwise. A legacy `crs` member (top level or per geometry) is honoured; EPSG:25832/25833 (UTM,
 * ETRS89) and EPSG:3857 are reprojected; latitude/longitude given in the wrong order are swapped when the
 * data lands in the expected area only that way. Projected coordinates without any CRS declaration fail with
 * a clear error instead of being placed somewhere wrong.
 *
 * @throws {@link ParseError} for invalid JSON (with line and column), non-GeoJSON documents and unknown or
 * unsupported coordinate systems.
 */
export async function parseGeoJson(input: ParseInput, options: GeoJsonOptions = {}): Promise<GeoResult> {
  if (workerWanted(input, options)) {
    const result = await parseInWorker<GeoResult>('geojson', input, options);
    if (result) return result;
  }
  return readGeoJson(input, options);
}
