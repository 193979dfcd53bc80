import { ParseError } from '../../errors.js';
import type { CellValue, Field, GeoJsonGeometry } from '../../types.js';
import { crsFromZonePrefix, normalizeCrs, transformFrom, type PositionTransform } from '../geo/crs.js';
import { forEachPosition, mapPositions } from '../geo/positions.js';
import { looksLikeWkt, parseWkt } from '../geo/wkt.js';
import type { CsvOptions } from '../options.js';
import type { WarningCollector } from '../warnings.js';

// Point locations in CSV files: a pair of latitude/longitude columns found by name (`lat`/`lon`, `Breite`/
// `Länge`, `PanoLat`/`PanoLng`, `y`/`x` …) or a column of WKT cells, turned into a `geometry` column of
// GeoJSON (WGS84). The source columns stay as they are.

const LATITUDE = new Set(['lat', 'latitude', 'breite', 'breitengrad', 'y', 'ycoord', 'ykoordinate']);
const LONGITUDE = new Set([
  'lon',
  'lng',
  'long',
  'longitude',
  'laenge',
  'laengengrad',
  'x',
  'xcoord',
  'xkoordinate',
]);

/** Lower-case words of a column name: `PanoLat` → pano, lat; `Länge (WGS84)` → laenge, wgs84. */
function words(name: string): string[] {
  return name
    .replace(/([a-zäöü])([A-ZÄÖÜ])/g, '$1 $2')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function isNumeric(field: Field): boolean {
  return field.type === 'number' || field.type === 'integer';
}

const isXY = (field: Field) => words(field.name).some((w) => w === 'x' || w === 'y');

/**
 * Column indices whose name has one of the words. `x`/`y` count only when nothing more specific exists and
 * the column has fractional degrees (integer `x`/`y` columns are usually something else).
 */
function byName(fields: Field[], names: Set<string>): number[] {
  const matches = fields.flatMap((field, j) =>
    isNumeric(field) && words(field.name).some((w) => names.has(w)) ? [j] : [],
  );
  const specific = matches.filter((j) => !isXY(fields[j]));
  return specific.length ? specific : matches.filter((j) => fields[j].type === 'number');
}

function inRange(rows: CellValue[][], column: number, limit: number): boolean {
  let seen = false;
  for (const row of rows) {
    const value = row[column];
    if (value === null) continue;
    if (typeof value !== 'number' || Math.abs(value) > limit) return false;
    seen = true;
  }
  return seen;
}

function uniqueName(fields: Field[], wanted: string): string {
  const taken = new Set(fields.map((f) => f.name));
  let name = wanted;
  for (let k = 1; taken.has(name); k++) name = `${wanted}_${k}`;
  return name;
}

function indexOf(fields: Field[], name: string): number {
  const index = fields.findIndex((f) => f.name === name);
  if (index < 0)
    throw new ParseError(`The coordinates option names column "${name}", which the file does not have.`, {
      format: 'csv',
    });
  return index;
}

function addPoints(
  fields: Field[],
  rows: CellValue[][],
  xColumn: number,
  yColumn: number,
  format: string,
  transform: PositionTransform | undefined,
): void {
  fields.push({ name: uniqueName(fields, 'geometry'), type: 'geometry', format });
  for (const row of rows) {
    const x = row[xColumn];
    const y = row[yColumn];
    let geometry: GeoJsonGeometry | null = null;
    if (typeof x === 'number' && typeof y === 'number') {
      geometry = { type: 'Point', coordinates: transform ? transform([x, y]) : [x, y] };
    }
    row.push(geometry);
  }
}

/** Converts a WKT column in place; returns false (and changes nothing) when its coordinates cannot be placed. */
function convertWkt(
  fields: Field[],
  rows: CellValue[][],
  column: number,
  crsOption: string | undefined,
  warnings: WarningCollector,
): boolean {
  const parsed: ({ geometry: GeoJsonGeometry | null; srid?: number } | null)[] = [];
  for (const row of rows) {
    const cell = row[column];
    if (cell === null) {
      parsed.push(null);
      continue;
    }
    const value = typeof cell === 'string' ? parseWkt(cell) : undefined;
    if (!value) return false;
    parsed.push(value);
  }
  const srid = parsed.find((p) => p?.srid)?.srid;
  let crs = normalizeCrs(crsOption) ?? (srid ? `EPSG:${srid}` : undefined);
  if (!crs) {
    const first = parsed.find((p) => p?.geometry?.type === 'Point')?.geometry?.coordinates as
      number[] | undefined;
    let projected = false;
    for (const p of parsed)
      forEachPosition(p?.geometry, (q) => {
        if (Math.abs(q[0]) > 180 || Math.abs(q[1]) > 90) projected = true;
      });
    if (projected) {
      crs = first ? crsFromZonePrefix(first[0], first[1]) : undefined;
      if (!crs) {
        warnings.add(
          'unknown-crs',
          `Column "${fields[column].name}" has WKT geometries in an undeclared projected coordinate system; kept as text. Set coordinates: { wkt, crs } to place them.`,
          { field: fields[column].name },
        );
        return false;
      }
    }
  }
  const transform = crs ? transformFrom(crs, 'csv') : undefined;
  rows.forEach((row, i) => {
    const geometry = parsed[i]?.geometry ?? null;
    if (transform) mapPositions(geometry, transform);
    row[column] = geometry;
  });
  fields[column] = { ...fields[column], type: 'geometry', format: crs && transform ? `WKT (${crs})` : 'WKT' };
  if (transform)
    warnings.add('reprojected', `Column "${fields[column].name}" was reprojected from ${crs} to WGS84.`, {
      field: fields[column].name,
    });
  return true;
}

/**
 * Adds point geometry from coordinate columns, or converts WKT columns, as `coordinates` asks (`'auto'`
 * looks for both). Rows without coordinates get `null`. Nothing is guessed: projected coordinates need a CRS.
 */
export function addCoordinateGeometry(
  fields: Field[],
  rows: CellValue[][],
  options: CsvOptions,
  warnings: WarningCollector,
): void {
  const setting = options.coordinates ?? 'auto';
  if (setting === false) return;
  if (setting !== 'auto') {
    if ('wkt' in setting) {
      convertWkt(fields, rows, indexOf(fields, setting.wkt), setting.crs, warnings);
      return;
    }
    const [x, y] = 'lon' in setting ? [setting.lon, setting.lat] : [setting.x, setting.y];
    const crs = normalizeCrs(setting.crs);
    const transform = crs ? transformFrom(crs, 'csv') : undefined;
    addPoints(
      fields,
      rows,
      indexOf(fields, x),
      indexOf(fields, y),
      crs ? `${x}/${y} (${crs})` : 'lat/lon',
      transform,
    );
    return;
  }
  fields.forEach((field, j) => {
    if (field.type !== 'text') return;
    const sample = rows.find((row) => row[j] !== null)?.[j];
    if (typeof sample === 'string' && looksLikeWkt(sample)) convertWkt(fields, rows, j, undefined, warnings);
  });
  const latitudes = byName(fields, LATITUDE);
  const longitudes = byName(fields, LONGITUDE);
  if (latitudes.length !== 1 || longitudes.length !== 1) return;
  const [lat] = latitudes;
  const [lon] = longitudes;
  if (inRange(rows, lat, 90) && inRange(rows, lon, 180))
    addPoints(fields, rows, lon, lat, 'lat/lon', undefined);
  else
    warnings.add(
      'coordinates-out-of-range',
      `Columns "${fields[lat].name}"/"${fields[lon].name}" look like latitude/longitude but hold values outside degrees; no geometry was made. Set coordinates: { x, y, crs } for projected coordinates.`,
    );
}
