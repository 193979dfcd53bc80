// Proves that maplibre-gl renders with WebGL in the headless Chromium the tests use: a red circle drawn
// from GeoJSON must show up as red pixels at its projected position.
import { expect } from '@open-wc/testing';
import { Map as MaplibreMap } from 'maplibre-gl';

describe('maplibre-gl in headless Chromium', () => {
  it('draws a GeoJSON point with WebGL', async () => {
    const container = document.createElement('div');
    container.style.cssText = 'width:400px;height:300px;position:relative';
    document.body.append(container);
    const moers = [6.6264, 51.4516] as [number, number];
    const map = new MaplibreMap({
      container,
      center: moers,
      zoom: 10,
      attributionControl: false,
      style: {
        version: 8,
        sources: {
          point: {
            type: 'geojson',
            data: { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: moers } },
          },
        },
        layers: [
          { id: 'bg', type: 'background', paint: { 'background-color': '#ffffff' } },
          {
            id: 'dot',
            type: 'circle',
            source: 'point',
            paint: { 'circle-radius': 20, 'circle-color': '#e5322d' },
          },
        ],
      },
    });
    await new Promise<void>((resolve) => map.once('load', () => resolve()));
    const idle = new Promise<void>((resolve) => map.once('idle', () => resolve()));
    map.triggerRepaint(); // 'idle' may already have fired right after 'load'
    await idle;

    const canvas = map.getCanvas();
    const gl = canvas.getContext('webgl2')!;
    const point = map.project(moers);
    const pixel = new Uint8Array(4);
    const dpr = window.devicePixelRatio;
    gl.readPixels(
      Math.round(point.x * dpr),
      Math.round(canvas.height - point.y * dpr),
      1,
      1,
      gl.RGBA,
      gl.UNSIGNED_BYTE,
      pixel,
    );

    expect([...pixel]).to.deep.equal([229, 50, 45, 255]);
    expect(map.queryRenderedFeatures({ layers: ['dot'] })).to.have.length(1);
    map.remove();
    container.remove();
  });
});
