import { expect } from 'chai';
import { ParseError } from '../../errors.js';
import { parseCsv } from '../parse-csv.js';
import { parseGeoJson } from '../parse-geojson.js';
import { parseJson } from '../parse-json.js';
import type { ParseProgress } from '../options.js';

/** Parsers sent to a worker since the test started (Worker.prototype.postMessage is watched). */
const sent: string[] = [];
const postMessage = Worker.prototype.postMessage;

function watchWorkers(): void {
  sent.length = 0;
  Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
    const { type, kind } = (message ?? {}) as { type?: string; kind?: string };
    if (type === 'parse') sent.push(kind ?? '');
    return (postMessage as (...args: unknown[]) => void).call(this, message, ...rest);
  } as typeof Worker.prototype.postMessage;
}

// A German CSV of about 2 MB: large enough for worker: 'auto'.
const BIG = `AGS;Ort;Wert;Datum\n${Array.from({ length: 60000 }, (_, i) => `0517${String(i).padStart(4, '0')};Moers;${i},5;31.12.2024`).join('\n')}\n`;

describe('parsing in a Worker (Chromium)', () => {
  beforeEach(watchWorkers);
  afterEach(() => {
    Worker.prototype.postMessage = postMessage;
  });

  it('parses a large CSV in a worker with the same result as on the main thread', async () => {
    const inWorker = await parseCsv(BIG);
    expect(sent).to.deep.equal(['csv']);
    const here = await parseCsv(BIG, { worker: false });
    expect(inWorker).to.deep.equal(here);
    expect(inWorker.rows.length).to.equal(60000);
    expect(inWorker.rows[59999]).to.deep.equal(['051759999', 'Moers', 59999.5, '2024-12-31']);
  });

  it('streams bytes to the worker and reports progress from it', async () => {
    const bytes = new TextEncoder().encode(BIG);
    const stream = new Blob([bytes]).stream();
    const progress: ParseProgress[] = [];
    const table = await parseCsv(stream, { totalBytes: bytes.length, onProgress: (p) => progress.push(p) });
    expect(table.rows.length).to.equal(60000);
    expect(progress.at(-1)).to.deep.include({ bytesRead: bytes.length, totalBytes: bytes.length });
  });

  it('stops the worker when aborted', async () => {
    const controller = new AbortController();
    const reason = new Error('abgebrochen');
    const pending = parseCsv(BIG, { signal: controller.signal });
    controller.abort(reason);
    expect(await pending.catch((e) => e)).to.equal(reason);
  });

  it('runs JSON and GeoJSON in the worker and rebuilds a ParseError with its line and column', async () => {
    const table = await parseJson('[{"a": "1,5"}]', { worker: true });
    expect(table.rows).to.deep.equal([[1.5]]);
    const geo = await parseGeoJson('{"type": "Point", "coordinates": [333000, 5703000]}', {
      worker: true,
      crs: 'EPSG:25832',
    });
    const [lon, lat] = geo.collection.features[0].geometry!.coordinates as number[];
    expect(lon).to.be.closeTo(6.59638881, 1e-7);
    expect(lat).to.be.closeTo(51.45351695, 1e-7);
    expect(sent).to.deep.equal(['json', 'geojson']);
    const error = await parseJson('[1,\n 2,,]', { worker: true }).catch((e) => e);
    expect(error).to.be.instanceOf(ParseError);
    expect(error).to.include({ line: 2, column: 4 });
  });

  it('reuses its worker for the next parse', async () => {
    const Original = globalThis.Worker;
    let created = 0;
    globalThis.Worker = class extends Original {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        created++;
      }
    };
    try {
      await parseCsv(BIG);
      await parseCsv(BIG);
    } finally {
      globalThis.Worker = Original;
    }
    expect(sent).to.deep.equal(['csv', 'csv']);
    expect(created).to.be.at.most(1);
  });

  it('keeps small inputs on the main thread', async () => {
    await parseCsv('a;b\n1;2\n');
    expect(sent).to.deep.equal([]);
  });
});
