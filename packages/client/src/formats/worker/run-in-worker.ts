import { OdwError, ParseError } from '../../errors.js';
import type { GeoResult, Table } from '../../types.js';
import { inputSize, throwIfAborted } from '../input/byte-source.js';
import type { ParseInput, ParseOptions } from '../options.js';
import type { FromWorker, ParserKind, ToWorker, WorkerError, WorkerOptions } from './protocol.js';

/** Inputs above this size are parsed in a Worker (`worker: 'auto'`). */
export const WORKER_THRESHOLD = 1024 * 1024;

/** Where the worker script is: next to this module (the builds emit it there, see packages/client/build). */
function workerUrl(): URL {
  return new URL('./parse.worker.ts', import.meta.url);
}

/**
 * Whether to parse in a Worker: only in a browser page (not in Node, not inside a worker), when the input
 * is large or of unknown size, and when the worker script comes from the page's own origin. A cross-origin
 * script (a CDN) cannot start a worker, and `blob:` workers would need `worker-src blob:`; then the page
 * parses on its main thread, yielding between pieces.
 */
export function workerWanted(input: ParseInput, options: ParseOptions): boolean {
  if (options.worker === false || typeof Worker === 'undefined' || typeof document === 'undefined')
    return false;
  if (options.worker !== true) {
    const size = inputSize(input, options);
    if (size !== undefined && size < WORKER_THRESHOLD) return false;
  }
  try {
    return workerUrl().origin === globalThis.location.origin;
  } catch {
    return false;
  }
}

function rebuild(error: WorkerError): Error {
  if (error.name === 'ParseError')
    return new ParseError(error.message, {
      format: error.format ?? 'unknown',
      line: error.line,
      column: error.column,
    });
  return new OdwError(error.message);
}

/** Starts the worker and waits until its script has loaded; `undefined` when it cannot start. */
function startWorker(): Promise<Worker | undefined> {
  let worker: Worker;
  try {
    worker = new Worker(workerUrl(), { type: 'module', name: 'odw-parser' });
  } catch {
    return Promise.resolve(undefined);
  }
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      if (!ok) worker.terminate();
      resolve(ok ? worker : undefined);
    };
    const onMessage = (event: MessageEvent<FromWorker>) => done(event.data.type === 'ready');
    const onError = () => done(false);
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
  });
}

/**
 * Parses in a Worker and rebuilds the result on this side from batches of rows. Progress and abort work as
 * on the main thread (abort terminates the worker). Resolves `undefined` when no worker could be started,
 * so the caller parses here instead.
 */
export async function parseInWorker<T extends Table | GeoResult>(
  kind: ParserKind,
  input: ParseInput,
  options: ParseOptions,
): Promise<T | undefined> {
  throwIfAborted(options.signal);
  const worker = await startWorker();
  if (!worker) return undefined;
  const { onProgress, signal, ...rest } = options;
  if (signal?.aborted) {
    worker.terminate();
    throwIfAborted(signal);
  }
  const data = { ...rest } as WorkerOptions & { worker?: unknown };
  delete data.worker;
  return new Promise<T>((resolve, reject) => {
    const rows: unknown[][] = [];
    const finish = () => {
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', ({ data: message }: MessageEvent<FromWorker>) => {
      if (message.type === 'progress') onProgress?.(message);
      else if (message.type === 'rows') for (const row of message.rows) rows.push(row);
      else if (message.type === 'error') {
        finish();
        reject(rebuild(message.error));
      } else if (message.type === 'done') {
        finish();
        const result = message.result as T;
        resolve((kind === 'geojson' ? result : { ...result, rows }) as T);
      }
    });
    worker.addEventListener('error', (event) => {
      finish();
      reject(new OdwError(`The parser worker failed: ${event.message}`));
    });
    const post = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
    if (input instanceof ArrayBuffer) input = new Uint8Array(input);
    if (typeof input === 'string' || input instanceof Uint8Array || input instanceof Blob) {
      post({ type: 'parse', kind, input, options: data });
      return;
    }
    post({ type: 'parse', kind, input: undefined, options: data });
    pump(input, post).catch((error: unknown) => {
      finish();
      reject(error);
    });
  });
}

/** Forwards a stream's chunks to the worker (each chunk's buffer is handed over, not copied). */
async function pump(
  stream: ReadableStream<Uint8Array>,
  post: (message: ToWorker, transfer?: Transferable[]) => void,
) {
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const bytes =
      value.byteOffset === 0 && value.byteLength === value.buffer.byteLength ? value : value.slice();
    post({ type: 'chunk', bytes }, [bytes.buffer]);
  }
  post({ type: 'end' });
}
