import { expect } from 'chai';
import { ParseError } from '../../errors.js';
import type { GeoJsonGeometry } from '../../types.js';
import { fixture } from '../test-fixtures.js';
import { parseGeoJson } from '../parse-geojson.js';
import { ringArea } from './rewind.js';

const json = (value: unknown) => JSON.stringify(value);
const codes = (warnings: { code: string }[]) => warnings.map((w) => w.code);
const close = (actual: number[], expected: number[], tolerance = 1e-7) =>
  actual.forEach((value, i) => expect(value).to.be.closeTo(expected[i], tolerance));

describe('parseGeoJson', () => {
  it('reads Köln Stadtbezirke: legacy crs CRS84 dropped, clockwise rings rewound', async () => {
    const result = await parseGeoJson(await fixture('koeln-stadtbezirke.geojson.gz'));
    expect(result.crs).to.equal('OGC:CRS84');
    expect(result.collection.features.length).to.equal(9);
    expect(result.collection).to.not.have.property('crs');
    const first = result.collection.features[0];
    expect(first.properties).to.deep.include({ STB_NAME: 'Porz', STB_NR: '7' });
    const rings = (first.geometry as GeoJsonGeometry).coordinates as number[][][];
    expect(ringArea(rings[0])).to.be.greaterThan(0);
    expect(rings[0][0]).to.deep.equal([6.9869567, 50.9290941]);
    expect(result.warnings.find((w) => w.code === 'rewound')).to.include({ count: 9 });
  });

  it('reads Jena Parken with its EPSG:4326 crs member and leaves properties (a second geometry) alone', async () => {
    const result = await parseGeoJson(await fixture('jena-parken.geojson'));
    expect(result.crs).to.equal('EPSG:4326');
    expect(result.collection.features.length).to.equal(103);
    const first = result.collection.features[0];
    expect(first.geometry).to.deep.equal({ type: 'Point', coordinates: [11.585954366, 50.928491667] });
    expect(first.properties!.the_geom).to.deep.equal({
      type: 'Point',
      crs: { type: 'name', properties: { name: 'EPSG:25832' } },
      coordinates: [681721.5236099467, 5645057.655347267],
    });
  });

  it('keeps longitude/latitude order of WFS output that declares urn:ogc:def:crs:EPSG::4326', async () => {
    const result = await parseGeoJson(await fixture('duesseldorf-behindertenparkplaetze-wfs.geojson'));
    expect(result.collection.features[0].geometry).to.deep.equal({
      type: 'Point',
      coordinates: [6.85161382, 51.17041525],
    });
    expect(codes(result.warnings)).to.not.include('axis-order-swapped');
  });

  it('reprojects EPSG:25832 given in a crs member (also per geometry) to WGS84', async () => {
    // Jena's own pair: the_geom in EPSG:25832 and the WGS84 point of the same feature.
    const point = { type: 'Point', coordinates: [681721.5236099467, 5645057.655347267] };
    const named = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } };
    for (const document of [
      {
        type: 'FeatureCollection',
        crs: named,
        features: [{ type: 'Feature', geometry: point, properties: {} }],
      },
      {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: { ...point, crs: named }, properties: {} }],
      },
    ]) {
      const result = await parseGeoJson(json(document));
      expect(result.crs).to.equal('EPSG:25832');
      const geometry = result.collection.features[0].geometry!;
      close(geometry.coordinates as number[], [11.585954366, 50.928491667]);
      expect(geometry).to.not.have.property('crs');
      expect(codes(result.warnings)).to.include('reprojected');
    }
  });

  it('reprojects Web Mercator with the crs option', async () => {
    const result = await parseGeoJson(json({ type: 'Point', coordinates: [734000, 6700000] }), {
      crs: 'EPSG:3857',
    });
    // cs2cs -f %.10f EPSG:3857 EPSG:4326 <<< "734000 6700000" → 51.4428175803 6.5936341854
    close(result.collection.features[0].geometry!.coordinates as number[], [6.5936341854, 51.4428175803]);
  });

  it('refuses projected coordinates without a declared CRS instead of guessing', async () => {
    const error = await parseGeoJson(json({ type: 'Point', coordinates: [333000, 5703000] })).catch((e) => e);
    expect(error).to.be.instanceOf(ParseError);
    expect(error.message).to.contain('Unknown coordinate reference system').and.contain('crs option');
  });

  it('swaps latitude/longitude when only the swapped order lands in the expected area', async () => {
    const document = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [51.4535, 6.5964] },
          properties: { n: 1 },
        },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [51.78, 6.14] }, properties: { n: 2 } },
      ],
    };
    const result = await parseGeoJson(json(document));
    expect(result.collection.features.map((f) => f.geometry!.coordinates)).to.deep.equal([
      [6.5964, 51.4535],
      [6.14, 51.78],
    ]);
    expect(codes(result.warnings)).to.include('axis-order-swapped');
    const unchecked = await parseGeoJson(json(document), { expectedBounds: null });
    expect(unchecked.collection.features[0].geometry!.coordinates).to.deep.equal([51.4535, 6.5964]);
  });

  it('accepts a Feature, a bare geometry and closes open rings', async () => {
    const feature = await parseGeoJson(json({ type: 'Feature', geometry: null, properties: { a: 1 } }));
    expect(feature.collection.features).to.deep.equal([
      { type: 'Feature', geometry: null, properties: { a: 1 } },
    ]);
    const open = {
      type: 'Polygon',
      coordinates: [
        [
          [6, 51],
          [7, 51],
          [7, 52],
        ],
      ],
    };
    const polygon = await parseGeoJson(json(open));
    expect(polygon.collection.features[0].geometry!.coordinates).to.deep.equal([
      [
        [6, 51],
        [7, 51],
        [7, 52],
        [6, 51],
      ],
    ]);
    expect(codes(polygon.warnings)).to.include('closed-ring');
  });

  it('names line and column of invalid JSON', async () => {
    const error = await parseGeoJson('{"type": "FeatureCollection",\n  "features": [}').catch((e) => e);
    expect(error).to.be.instanceOf(ParseError);
    expect(error).to.include({ format: 'geojson', line: 2 });
    expect(error.message).to.match(/line 2, column \d+/);
  });

  it('refuses documents that are not GeoJSON', async () => {
    const error = await parseGeoJson(json({ records: [] })).catch((e) => e);
    expect(error).to.be.instanceOf(ParseError);
    expect(error.message).to.contain('Not GeoJSON');
  });
});
