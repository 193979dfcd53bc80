// Inverse transverse Mercator (UTM) by Krüger's series in the form of Karney (2011), "Transverse Mercator
// with an accuracy of a few nanometers", J. Geodesy 85: eqs. (6)–(11) and (35)–(37), with the series to n⁶.
// Within a UTM zone the error is far below 1e-7° (see the cs2cs comparison in transverse-mercator.test.ts).

/** An ellipsoid by semi-major axis and flattening. */
export interface Ellipsoid {
  a: number;
  f: number;
}

export const GRS80: Ellipsoid = { a: 6378137, f: 1 / 298.257222101 };
export const WGS84: Ellipsoid = { a: 6378137, f: 1 / 298.257223563 };

/** A transverse Mercator projection (UTM: k0 0.9996, false easting 500 km). */
export interface TransverseMercator {
  ellipsoid: Ellipsoid;
  /** Central meridian in degrees. */
  lon0: number;
  k0: number;
  falseEasting: number;
  falseNorthing: number;
}

/** UTM zone `zone` of the northern hemisphere. */
export function utmZone(zone: number, ellipsoid: Ellipsoid): TransverseMercator {
  return { ellipsoid, lon0: zone * 6 - 183, k0: 0.9996, falseEasting: 500000, falseNorthing: 0 };
}

interface Series {
  /** Rectifying radius A. */
  radius: number;
  /** β₁…β₆: from projected to conformal coordinates. */
  beta: number[];
  /** Coefficients from conformal latitude χ to geodetic latitude φ. */
  delta: number[];
}

const seriesCache = new Map<Ellipsoid, Series>();

function seriesFor(ellipsoid: Ellipsoid): Series {
  const cached = seriesCache.get(ellipsoid);
  if (cached) return cached;
  const n = ellipsoid.f / (2 - ellipsoid.f);
  const n2 = n * n;
  const n3 = n2 * n;
  const n4 = n3 * n;
  const n5 = n4 * n;
  const n6 = n5 * n;
  const radius = (ellipsoid.a / (1 + n)) * (1 + n2 / 4 + n4 / 64 + n6 / 256);
  const beta = [
    n / 2 - (2 * n2) / 3 + (37 * n3) / 96 - n4 / 360 - (81 * n5) / 512 + (96199 * n6) / 604800,
    n2 / 48 + n3 / 15 - (437 * n4) / 1440 + (46 * n5) / 105 - (1118711 * n6) / 3870720,
    (17 * n3) / 480 - (37 * n4) / 840 - (209 * n5) / 4480 + (5569 * n6) / 90720,
    (4397 * n4) / 161280 - (11 * n5) / 504 - (830251 * n6) / 7257600,
    (4583 * n5) / 161280 - (108847 * n6) / 3991680,
    (20648693 * n6) / 638668800,
  ];
  const delta = [
    2 * n - (2 * n2) / 3 - 2 * n3 + (116 * n4) / 45 + (26 * n5) / 45 - (2854 * n6) / 675,
    (7 * n2) / 3 - (8 * n3) / 5 - (227 * n4) / 45 + (2704 * n5) / 315 + (2323 * n6) / 945,
    (56 * n3) / 15 - (136 * n4) / 35 - (1262 * n5) / 105 + (73814 * n6) / 2835,
    (4279 * n4) / 630 - (332 * n5) / 35 - (399572 * n6) / 14175,
    (4174 * n5) / 315 - (144838 * n6) / 6237,
    (601676 * n6) / 22275,
  ];
  const series = { radius, beta, delta };
  seriesCache.set(ellipsoid, series);
  return series;
}

const DEGREES = 180 / Math.PI;

/** Projected easting/northing (metres) to `[longitude, latitude]` in degrees. */
export function inverseTransverseMercator(
  projection: TransverseMercator,
  easting: number,
  northing: number,
): [number, number] {
  const { radius, beta, delta } = seriesFor(projection.ellipsoid);
  const xi = (northing - projection.falseNorthing) / (projection.k0 * radius);
  const eta = (easting - projection.falseEasting) / (projection.k0 * radius);
  let xiPrime = xi;
  let etaPrime = eta;
  for (let j = 1; j <= 6; j++) {
    xiPrime -= beta[j - 1] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
    etaPrime -= beta[j - 1] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
  }
  const chi = Math.asin(Math.sin(xiPrime) / Math.cosh(etaPrime));
  let phi = chi;
  for (let j = 1; j <= 6; j++) phi += delta[j - 1] * Math.sin(2 * j * chi);
  const lambda = Math.atan2(Math.sinh(etaPrime), Math.cos(xiPrime));
  return [projection.lon0 + lambda * DEGREES, phi * DEGREES];
}

/** Web Mercator (EPSG:3857) metres to `[longitude, latitude]`: the spherical formulas that define it. */
export function inverseWebMercator(x: number, y: number): [number, number] {
  const radius = 6378137;
  return [(x / radius) * DEGREES, (2 * Math.atan(Math.exp(y / radius)) - Math.PI / 2) * DEGREES];
}
