import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { transformFrom } from './crs.js';

// Our inverse projections against PROJ's cs2cs (Debian proj-bin; CI installs it, see .ci/run) on sample
// points spread over Germany in each supported CRS. cs2cs prints latitude before longitude for EPSG:4326.

function cs2cs(from: string, points: number[][]): number[][] {
  const input = points.map((p) => `${p[0]} ${p[1]}`).join('\n');
  const output = execFileSync('cs2cs', ['-f', '%.10f', from, 'EPSG:4326'], { input, encoding: 'utf8' });
  return output
    .trim()
    .split('\n')
    .map((line) => {
      const [lat, lon] = line.split(/\s+/).map(Number);
      return [lon, lat];
    });
}

/** A reproducible spread of points (no Math.random: failures must be repeatable). */
function grid(xMin: number, xMax: number, yMin: number, yMax: number, steps: number): number[][] {
  const points: number[][] = [];
  for (let i = 0; i <= steps; i++)
    for (let j = 0; j <= steps; j++)
      points.push([xMin + ((xMax - xMin) * i) / steps, yMin + ((yMax - yMin) * j) / steps]);
  return points;
}

const CASES: [string, number[][]][] = [
  ['EPSG:25832', [[333000, 5703000], ...grid(250000, 850000, 5250000, 6100000, 12)]], // Moers, all of zone 32 in DE
  ['EPSG:25833', grid(250000, 850000, 5250000, 6100000, 12)],
  ['EPSG:32632', grid(250000, 850000, 5250000, 6100000, 6)],
  ['EPSG:4647', grid(32250000, 32850000, 5250000, 6100000, 6)],
  ['EPSG:3857', grid(600000, 1700000, 5950000, 7400000, 12)],
];

describe('reprojection against cs2cs (PROJ)', () => {
  for (const [crs, points] of CASES) {
    it(`${crs} → WGS84 agrees to 1e-7° on ${points.length} points`, () => {
      const transform = transformFrom(crs, 'geojson')!;
      const expected = cs2cs(crs, points);
      let worst = 0;
      points.forEach((point, i) => {
        const [lon, lat] = transform(point);
        worst = Math.max(worst, Math.abs(lon - expected[i][0]), Math.abs(lat - expected[i][1]));
      });
      expect(worst).to.be.lessThan(1e-7);
    });
  }

  it('places Moers (EPSG:25832 333000/5703000) where reliability.md part D recorded cs2cs', () => {
    const [lon, lat] = transformFrom('EPSG:25832', 'geojson')!([333000, 5703000]);
    expect(lon).to.be.closeTo(6.59638881, 1e-8);
    expect(lat).to.be.closeTo(51.45351695, 1e-8);
  });

  it('refuses Gauss–Krüger instead of placing it a hundred metres off', () => {
    expect(() => transformFrom('EPSG:31466', 'geojson')).to.throw('datum shift');
  });
});
