// The Worker that parses large files off the page's main thread (module worker, loaded from the same
// origin as the page, so it runs under `worker-src 'self'`). See run-in-worker.ts for the page side.
import { ParseError } from '../../errors.js';
import { readCsv } from '../csv/read-csv.js';
import { readGeoJson } from '../geo/parse-geojson.js';
import { readJson } from '../json/parse-json.js';
import type { ParseInput } from '../options.js';
import { encodeColumns } from './columns.js';
import type { FromWorker, ToWorker, WorkerError } from './protocol.js';

const scope = globalThis as unknown as {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
};
const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

let feed: ReadableStreamDefaultController<Uint8Array> | undefined;

function describe(error: unknown): WorkerError {
  if (error instanceof ParseError)
    return {
      name: error.name,
      message: error.message,
      format: error.format,
      line: error.line,
      column: error.column,
    };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

async function parse(message: Extract<ToWorker, { type: 'parse' }>): Promise<void> {
  const input: ParseInput =
    message.input ??
    new ReadableStream<Uint8Array>({
      start(controller) {
        feed = controller;
      },
    });
  const options = {
    ...message.options,
    worker: false as const,
    onProgress: (p: { bytesRead: number; totalBytes?: number; rows: number }) =>
      post({ type: 'progress', ...p }),
  };
  const result =
    message.kind === 'csv'
      ? await readCsv(input, options)
      : message.kind === 'json'
        ? await readJson(input, options)
        : await readGeoJson(input, options);
  if ('rows' in result) {
    const { rows, ...rest } = result;
    const { columns, transfer } = encodeColumns(rows, result.fields.length);
    post({ type: 'done', result: rest, columns, rowCount: rows.length }, transfer);
  } else post({ type: 'done', result });
}

scope.addEventListener('message', ({ data }) => {
  if (data.type === 'chunk') feed?.enqueue(data.bytes);
  else if (data.type === 'end') feed?.close();
  else parse(data).catch((error: unknown) => post({ type: 'error', error: describe(error) }));
});
post({ type: 'ready' });
