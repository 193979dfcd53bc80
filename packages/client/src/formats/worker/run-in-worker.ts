import { OdwError, ParseError } from '../../errors.js';
import type { GeoResult, Table } from '../../types.js';
import { inputSize, throwIfAborted } from '../input/byte-source.js';
import type { ParseInput, ParseOptions } from '../options.js';
import { trustedWorkerUrl } from '../../trusted-types.js';
import { decodeColumns } from './columns.js';
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
    worker = new Worker(trustedWorkerUrl(workerUrl()), { type: 'module', name: 'odw-parser' });
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
 * The options that can cross to the worker: data only. Callers pass more (loadResource its `fetch`,
 * widgets their own settings); functions, the signal and the `worker` switch stay on this side.
 */
function cloneable(options: Record<string, unknown>): WorkerOptions {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (typeof value === 'function' || key === 'worker' || key === 'signal') continue;
    if (typeof AbortSignal !== 'undefined' && value instanceof AbortSignal) continue;
    data[key] = value;
  }
  return data as WorkerOptions;
}

/** A worker kept after a parse, so the next one skips loading the script (closed after a while unused). */
let idle: { worker: Worker; timer: ReturnType<typeof setTimeout> } | undefined;
const IDLE_MS = 30_000;

async function acquireWorker(): Promise<Worker | undefined> {
  if (!idle) return startWorker();
  const { worker, timer } = idle;
  clearTimeout(timer);
  idle = undefined;
  return worker;
}

function releaseWorker(worker: Worker): void {
  if (idle) {
    worker.terminate();
    return;
  }
  const timer = setTimeout(() => {
    worker.terminate();
    idle = undefined;
  }, IDLE_MS);
  idle = { worker, timer };
}

/**
 * Parses in a Worker and rebuilds the result on this side. Progress and abort work as on the main thread
 * (abort terminates the worker). The worker is reused by the next parse within 30 s. Resolves `undefined`
 * when no worker could be started, so the caller parses here instead.
 */
export async function parseInWorker<T extends Table | GeoResult>(
  kind: ParserKind,
  input: ParseInput,
  options: ParseOptions,
): Promise<T | undefined> {
  throwIfAborted(options.signal);
  const worker = await acquireWorker();
  if (!worker) return undefined;
  const { onProgress, signal, ...rest } = options;
  if (signal?.aborted) {
    releaseWorker(worker);
    throwIfAborted(signal);
  }
  const data = cloneable(rest);
  return new Promise<T>((resolve, reject) => {
    // Set once the parse ended (done, failed or aborted): the stream pump stops reading then.
    let settled = false;
    const detach = () => {
      signal?.removeEventListener('abort', onAbort);
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    const fail = (error: unknown, healthy: boolean) => {
      settled = true;
      detach();
      if (healthy) releaseWorker(worker);
      else worker.terminate();
      reject(error);
    };
    const onAbort = () => fail(signal!.reason, false);
    const onError = (event: ErrorEvent) =>
      fail(new OdwError(`The parser worker failed: ${event.message}`), false);
    const onMessage = ({ data: message }: MessageEvent<FromWorker>) => {
      if (message.type === 'progress') onProgress?.(message);
      else if (message.type === 'error') fail(rebuild(message.error), true);
      else if (message.type === 'done') {
        settled = true;
        detach();
        releaseWorker(worker);
        const result = message.result as T;
        if (!message.columns) resolve(result);
        else
          decodeColumns(message.columns, message.rowCount ?? 0).then(
            (rows) => (signal?.aborted ? reject(signal.reason) : resolve({ ...result, rows } as T)),
            reject,
          );
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    const post = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
    if (input instanceof ArrayBuffer) input = new Uint8Array(input);
    if (typeof input === 'string' || input instanceof Uint8Array || input instanceof Blob) {
      post({ type: 'parse', kind, input, options: data });
      return;
    }
    post({ type: 'parse', kind, input: undefined, options: data });
    pump(input, post, () => settled).catch((error: unknown) => fail(error, false));
  });
}

/** Forwards a stream's chunks to the worker (each chunk's buffer is handed over, not copied) until the parse ends. */
async function pump(
  stream: ReadableStream<Uint8Array>,
  post: (message: ToWorker, transfer?: Transferable[]) => void,
  stopped: () => boolean,
) {
  const reader = stream.getReader();
  for (;;) {
    // After an abort the worker is gone; an endless stream would otherwise be read forever.
    if (stopped()) {
      await reader.cancel().catch(() => {});
      return;
    }
    const { done, value } = await reader.read();
    if (done) break;
    const bytes =
      value.byteOffset === 0 && value.byteLength === value.buffer.byteLength ? value : value.slice();
    post({ type: 'chunk', bytes }, [bytes.buffer]);
  }
  post({ type: 'end' });
}
