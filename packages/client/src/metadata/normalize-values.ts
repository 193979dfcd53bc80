import type { GeoJsonGeometry } from '../types.js';

const GEOMETRY_TYPES: ReadonlyMap<string, GeoJsonGeometry['type']> = new Map(
  (
    [
      'Point',
      'MultiPoint',
      'LineString',
      'MultiLineString',
      'Polygon',
      'MultiPolygon',
      'GeometryCollection',
    ] as const
  ).map((t) => [t.toLowerCase(), t]),
);

/**
 * Reads a GeoJSON geometry from metadata (an object or a JSON string, as CKAN extras hold it).
 * Fixes the type's letter case (`polygon` → `Polygon`, seen in GovData records); anything else that is
 * not a geometry gives `undefined`.
 */
export function parseGeometry(value: unknown): GeoJsonGeometry | undefined {
  let geometry = value;
  if (typeof value === 'string') {
    try {
      geometry = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (typeof geometry !== 'object' || geometry === null) return undefined;
  const candidate = geometry as {
    type?: unknown;
    coordinates?: unknown;
    geometries?: unknown;
    geometry?: unknown;
  };
  if (candidate.type === 'Feature') return parseGeometry(candidate.geometry);
  const type =
    typeof candidate.type === 'string' ? GEOMETRY_TYPES.get(candidate.type.toLowerCase()) : undefined;
  if (!type) return undefined;
  if (type === 'GeometryCollection') {
    if (!Array.isArray(candidate.geometries)) return undefined;
    return { type, geometries: candidate.geometries.map(parseGeometry).filter((g) => g !== undefined) };
  }
  return Array.isArray(candidate.coordinates) ? { type, coordinates: candidate.coordinates } : undefined;
}

/**
 * Normalizes a timestamp to ISO 8601. CKAN writes UTC without a zone (`2014-04-29T13:28:38.663027`);
 * those get a `Z`, so `new Date()` reads them as UTC and not as local time. Dates stay dates.
 */
export function isoTimestamp(value: unknown, assumeUtc = true): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim().replace(' ', 'T');
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return value.trim();
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(text);
  return zoned || !assumeUtc ? text : `${text}Z`;
}

/** A size in bytes from a number or numeric string; `undefined` for anything else. */
export function byteSize(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 0 ? number : undefined;
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'ftp:']);

/**
 * Resolves a URL from metadata against the portal and keeps only http(s)/ftp URLs (a `javascript:` or
 * `file:` URL in a resource becomes `''`; the raw record still has it).
 */
export function safeAbsoluteUrl(value: unknown, base: string): string {
  if (typeof value !== 'string' || value.trim() === '') return '';
  try {
    const url = new URL(value.trim(), `${base}/`);
    return SAFE_SCHEMES.has(url.protocol) ? url.href : '';
  } catch {
    return '';
  }
}

const MIME_FORMATS: ReadonlyMap<string, string> = new Map([
  ['text/csv', 'CSV'],
  ['application/csv', 'CSV'],
  ['text/comma-separated-values', 'CSV'],
  ['application/json', 'JSON'],
  ['application/geo+json', 'GEOJSON'],
  ['application/vnd.geo+json', 'GEOJSON'],
  ['application/xml', 'XML'],
  ['text/xml', 'XML'],
  ['application/vnd.ms-excel', 'XLS'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'XLSX'],
  ['application/pdf', 'PDF'],
  ['application/zip', 'ZIP'],
  ['text/plain', 'TXT'],
  ['text/html', 'HTML'],
]);

/**
 * Normalizes a free-text format (`csv`, `.CSV`, `text/csv`, `GeoJSON`) to an upper-case name; when the
 * portal gives none, the URL's file extension decides.
 */
export function normalizeFormat(format: unknown, mimetype: unknown, url: string): string {
  const text = typeof format === 'string' ? format.trim() : '';
  if (text) {
    const lower = text.toLowerCase();
    const fromMime = MIME_FORMATS.get(lower.split(';')[0].trim());
    if (fromMime) return fromMime;
    return text.replace(/^\./, '').toUpperCase();
  }
  if (typeof mimetype === 'string') {
    const fromMime = MIME_FORMATS.get(mimetype.toLowerCase().split(';')[0].trim());
    if (fromMime) return fromMime;
  }
  const extension = /\.([a-z0-9]{2,8})(?:$|[?#])/i.exec(url)?.[1];
  return extension ? extension.toUpperCase() : '';
}
