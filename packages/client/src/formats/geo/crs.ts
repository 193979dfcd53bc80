import { ParseError } from '../../errors.js';
import {
  GRS80,
  inverseTransverseMercator,
  inverseWebMercator,
  utmZone,
  WGS84,
  type TransverseMercator,
} from './transverse-mercator.js';

/** Longitude/latitude in degrees, WGS84 (or ETRS89, which equals it within a metre). */
export const CRS84 = 'OGC:CRS84';

/** Turns a position in some CRS into `[longitude, latitude]`, keeping any further ordinates. */
export type PositionTransform = (position: number[]) => number[];

const GEOGRAPHIC = new Set([4326, 4258, 4979, 4937]);
const WEB_MERCATOR = new Set([3857, 900913, 3785, 102100, 102113]);
const GAUSS_KRUEGER = new Set([31466, 31467, 31468, 31469, 31462, 31463]);

/**
 * The canonical name of a CRS given as `EPSG:25832`, `urn:ogc:def:crs:EPSG::25832`,
 * `http://www.opengis.net/def/crs/EPSG/0/25832`, `CRS84`, a bare code, …; `undefined` if unrecognised.
 */
export function normalizeCrs(name: string | number | undefined): string | undefined {
  if (name === undefined || name === null || name === '') return undefined;
  const text = String(name).trim();
  if (/(^|[:/])CRS:?84$/i.test(text)) return CRS84;
  const code = /(?:EPSG[:/]+(?:[\d.]*[:/]+)?|^)(\d{4,6})$/i.exec(text);
  return code ? `EPSG:${Number(code[1])}` : undefined;
}

function epsgCode(crs: string): number | undefined {
  const match = /^EPSG:(\d+)$/.exec(crs);
  return match ? Number(match[1]) : undefined;
}

/** Whether positions in this CRS are longitude/latitude degrees. */
export function isGeographic(crs: string): boolean {
  const code = epsgCode(crs);
  return crs === CRS84 || (code !== undefined && GEOGRAPHIC.has(code));
}

function transverseMercatorFor(code: number): TransverseMercator | undefined {
  if (code >= 25828 && code <= 25838) return utmZone(code - 25800, GRS80); // ETRS89 / UTM
  if (code >= 32628 && code <= 32638) return utmZone(code - 32600, WGS84); // WGS 84 / UTM north
  if (code === 4647) return { ...utmZone(32, GRS80), falseEasting: 32500000 }; // ETRS89 / UTM 32N (zE-N)
  if (code === 5650) return { ...utmZone(33, GRS80), falseEasting: 33500000 }; // ETRS89 / UTM 33N (zE-N)
  return undefined;
}

/**
 * The transform from a CRS to WGS84 longitude/latitude: identity for geographic CRSs, the inverse projection
 * for ETRS89/WGS84 UTM zones and Web Mercator. Others (Gauss–Krüger, which needs a datum shift) are refused
 * with a clear error rather than placed wrongly.
 */
export function transformFrom(
  crs: string,
  format: 'csv' | 'json' | 'geojson',
): PositionTransform | undefined {
  if (isGeographic(crs)) return undefined;
  const code = epsgCode(crs);
  if (code !== undefined && WEB_MERCATOR.has(code)) {
    return (p) => {
      const [lon, lat] = inverseWebMercator(p[0], p[1]);
      return p.length > 2 ? [lon, lat, ...p.slice(2)] : [lon, lat];
    };
  }
  const projection = code === undefined ? undefined : transverseMercatorFor(code);
  if (projection) {
    return (p) => {
      const [lon, lat] = inverseTransverseMercator(projection, p[0], p[1]);
      return p.length > 2 ? [lon, lat, ...p.slice(2)] : [lon, lat];
    };
  }
  const hint =
    code !== undefined && GAUSS_KRUEGER.has(code)
      ? ' Gauss–Krüger (DHDN) needs a datum shift odw does not do; reproject the file to EPSG:25832 or WGS84.'
      : ' Supported: WGS84/ETRS89 longitude/latitude, ETRS89 and WGS84 UTM zones (EPSG:25832, 25833, 4647 …) and Web Mercator (EPSG:3857).';
  throw new ParseError(`Unsupported coordinate reference system ${crs}.${hint}`, { format });
}

/**
 * Guesses the CRS of projected coordinates only where the numbers leave no doubt: eastings with a UTM zone
 * prefix (`32` + 6 digits, as German surveying writes them). Everything else must be declared.
 */
export function crsFromZonePrefix(x: number, y: number): string | undefined {
  if (x >= 32_000_000 && x < 33_000_000 && y > 5_000_000 && y < 6_200_000) return 'EPSG:4647';
  if (x >= 33_000_000 && x < 34_000_000 && y > 5_000_000 && y < 6_200_000) return 'EPSG:5650';
  return undefined;
}
