import { ParseError } from '../../errors.js';
import type { GeoJsonFeature, GeoJsonGeometry, GeoResult, JsonValue } from '../../types.js';
import { readJsonDocument } from '../json/read-json.js';
import type { GeoJsonOptions, ParseInput } from '../options.js';
import { WarningCollector } from '../warnings.js';
import { CRS84, crsFromZonePrefix, isGeographic, normalizeCrs, transformFrom } from './crs.js';
import { extentOf, mapPositions } from './positions.js';
import { rewind } from './rewind.js';
import { geometryProblem, isGeometryType } from './validate.js';
import { isObject } from '../json/json-object.js';

/** Germany with a margin: where odw's data is expected unless told otherwise. */
export const GERMANY_BOUNDS: [number, number, number, number] = [4.5, 46.5, 16.5, 56];

/** The CRS named by a legacy (GeoJSON 2008) `crs` member: `{type: 'name', properties: {name}}` or EPSG code. */
function declaredCrs(member: unknown): string | undefined {
  if (!isObject(member) || !isObject(member.properties)) return undefined;
  const { name, code } = member.properties;
  return normalizeCrs((name ?? code) as string | number | undefined);
}

/** The features of any GeoJSON object: FeatureCollection, Feature, bare geometry, or an array of features. */
function featuresOf(document: unknown): unknown[] {
  if (Array.isArray(document)) return document;
  if (!isObject(document))
    throw new ParseError('Not GeoJSON: the document is not an object.', { format: 'geojson' });
  if (document.type === 'FeatureCollection') {
    if (!Array.isArray(document.features))
      throw new ParseError('Not GeoJSON: the FeatureCollection has no features array.', {
        format: 'geojson',
      });
    return document.features;
  }
  if (document.type === 'Feature') return [document];
  if (isGeometryType(document.type)) return [{ type: 'Feature', geometry: document, properties: null }];
  if (document.type === 'Topology')
    throw new ParseError('TopoJSON is not GeoJSON; convert it with topojson-client first.', {
      format: 'geojson',
    });
  throw new ParseError(
    'Not GeoJSON: expected a FeatureCollection, a Feature or a geometry (no "type" member such as "FeatureCollection").',
    { format: 'geojson' },
  );
}

function toFeature(value: unknown, index: number, warnings: WarningCollector): GeoJsonFeature {
  if (!isObject(value) || value.type !== 'Feature')
    throw new ParseError(`Not GeoJSON: features[${index}] is not a Feature.`, { format: 'geojson' });
  const geometry = (value.geometry ?? null) as GeoJsonGeometry | null;
  if (geometry !== null) {
    const problem = geometryProblem(geometry);
    if (problem)
      warnings.add(
        'invalid-geometry',
        `features[${index}] has an invalid geometry (${problem}); kept as it is.`,
      );
  }
  const feature: GeoJsonFeature = {
    type: 'Feature',
    geometry,
    properties: isObject(value.properties) ? (value.properties as { [key: string]: JsonValue }) : null,
  };
  if (typeof value.id === 'string' || typeof value.id === 'number') feature.id = value.id;
  return feature;
}

const inside = (extent: number[], bounds: readonly number[]) =>
  extent[0] >= bounds[0] && extent[1] >= bounds[1] && extent[2] <= bounds[2] && extent[3] <= bounds[3];

/** Reads GeoJSON on the calling thread; {@link parseGeoJson} is the public entry point. */
export async function readGeoJson(input: ParseInput, options: GeoJsonOptions = {}): Promise<GeoResult> {
  const warnings = new WarningCollector();
  const { value: document, meta } = await readJsonDocument(input, options, warnings, 'geojson');
  const features = featuresOf(document).map((feature, i) => toFeature(feature, i, warnings));
  const geometries = features
    .map((f) => f.geometry)
    .filter((g): g is GeoJsonGeometry => g !== null && !geometryProblem(g));

  const topLevel = isObject(document) ? document.crs : undefined;
  const perGeometry = (
    features.find((f) => f.geometry && 'crs' in f.geometry)?.geometry as { crs?: unknown } | undefined
  )?.crs;
  const declared = declaredCrs(topLevel) ?? declaredCrs(perGeometry);
  if ((topLevel || perGeometry) && !declared)
    warnings.add('unknown-crs-member', 'The file has a crs member odw does not recognise; it was ignored.');
  let crs = normalizeCrs(options.crs) ?? declared;
  const extent = extentOf(geometries);
  if (!crs) {
    if (
      !extent ||
      (Math.abs(extent[0]) <= 180 &&
        Math.abs(extent[2]) <= 180 &&
        Math.abs(extent[1]) <= 90 &&
        Math.abs(extent[3]) <= 90)
    )
      crs = CRS84;
    else crs = crsFromZonePrefix(extent[0], extent[1]);
    if (!crs)
      throw new ParseError(
        `Unknown coordinate reference system: coordinates such as ${extent![0]}, ${extent![1]} are not longitude/latitude and the file does not declare its CRS. Pass the crs option (e.g. 'EPSG:25832').`,
        { format: 'geojson' },
      );
  } else if (declared && !options.crs) {
    warnings.add(
      'crs-member',
      `The file declares its CRS (${declared}) in a crs member, which RFC 7946 removed; the output has none.`,
    );
  }

  if (isGeographic(crs)) {
    const bounds = options.expectedBounds === undefined ? GERMANY_BOUNDS : options.expectedBounds;
    const swappedExtent = extent && [extent[1], extent[0], extent[3], extent[2]];
    const mustSwap =
      extent &&
      Math.max(Math.abs(extent[1]), Math.abs(extent[3])) > 90 &&
      Math.max(Math.abs(extent[0]), Math.abs(extent[2])) <= 90;
    const wrongOrder = extent && bounds && !inside(extent, bounds) && inside(swappedExtent!, bounds);
    if (mustSwap || wrongOrder) {
      for (const geometry of geometries) mapPositions(geometry, (p) => [p[1], p[0], ...p.slice(2)]);
      warnings.add(
        'axis-order-swapped',
        'Coordinates were given as latitude, longitude; they were swapped to longitude, latitude.',
      );
    }
  } else {
    const transform = transformFrom(crs, 'geojson')!;
    for (const geometry of geometries) mapPositions(geometry, transform);
    warnings.add('reprojected', `Coordinates were reprojected from ${crs} to WGS84 longitude/latitude.`);
  }

  const count = { reversed: 0, closed: 0 };
  for (const geometry of geometries) {
    delete (geometry as { crs?: unknown }).crs;
    rewind(geometry, count);
  }
  if (count.reversed)
    warnings.add(
      'rewound',
      'Polygon rings were rewound to RFC 7946 order (exterior counter-clockwise).',
      {},
      count.reversed,
    );
  if (count.closed)
    warnings.add('closed-ring', 'Polygon rings that were not closed were closed.', {}, count.closed);

  const collection: GeoResult['collection'] = { type: 'FeatureCollection', features };
  if (isObject(document) && Array.isArray(document.bbox)) {
    const bbox = extentOf(geometries);
    if (bbox) collection.bbox = bbox;
  }
  return {
    collection,
    crs,
    warnings: warnings.list(),
    source: { pushedDown: false, method: 'file', url: options.url ?? '' },
    meta: { ...meta, ...(crs !== CRS84 && { crs }) },
  };
}
