/**
 * Runs local queries where they do not get in the reader's way: on the main thread for small tables, in a
 * Worker for large ones. If no Worker can be started (a cross-origin CDN together with a CSP that forbids
 * `blob:` workers), the main thread does the work; slower, but the table still works.
 */
import { trustedWorkerUrl, type CellValue, type Table } from '@odw/client';
import { mergeColumnar, toColumnar, type ColumnarTable } from './columnar.js';
import type { LocalEngine, LocalQuery } from './local-engine.js';
import type { EngineRequest, EngineResponse } from './protocol.js';

/** Answers queries over one table held in the page. */
export interface LocalRunner {
  /** Matching row numbers in order; `null` means every row in source order. */
  run(query: LocalQuery): Promise<Uint32Array | null>;
  /** Distinct values of a column (sorted), or `undefined` when there are more than `limit`. */
  distinct(field: string, limit: number): Promise<CellValue[] | undefined>;
  /** Prepares the data ahead of the first query (call when the page is idle). */
  warm(): void;
  /** `'worker'` once a Worker answers, else `'main'`. */
  readonly mode: 'main' | 'worker';
  dispose(): void;
}

/** Options of {@link createLocalRunner}. */
export interface LocalRunnerOptions {
  /** Locale for sorting text. */
  locale: string;
  /** From this many rows on, queries run in a Worker. Default 20 000. */
  workerThreshold?: number;
}

const DEFAULT_WORKER_THRESHOLD = 20_000;
const ROWS_PER_SLICE = 50_000;

/**
 * The table's columns in slices of rows, yielding to the event loop between slices: converting (and
 * handing to a Worker) a million rows at once would freeze scrolling for a noticeable moment.
 */
async function* columnarSlices(table: Table): AsyncGenerator<ColumnarTable> {
  for (let start = 0; start < table.rows.length || start === 0; start += ROWS_PER_SLICE) {
    yield toColumnar({ fields: table.fields, rows: table.rows.slice(start, start + ROWS_PER_SLICE) });
    if (start + ROWS_PER_SLICE < table.rows.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

async function toColumnarInSlices(table: Table): Promise<ColumnarTable> {
  const parts: ColumnarTable[] = [];
  for await (const part of columnarSlices(table)) parts.push(part);
  return mergeColumnar(parts);
}

/** Starts the engine Worker, or resolves `undefined` when the page does not allow one. */
function startWorker(): Promise<Worker | undefined> {
  const url = new URL('./engine.worker.ts', import.meta.url);
  let worker: Worker;
  try {
    if (url.origin === location.origin) {
      worker = new Worker(trustedWorkerUrl(url.href), { type: 'module' });
    } else {
      // Workers must be same-origin; a module worker from a blob may import a CORS-enabled script.
      const blob = new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' });
      worker = new Worker(trustedWorkerUrl(URL.createObjectURL(blob)), { type: 'module' });
    }
  } catch {
    return Promise.resolve(undefined);
  }
  return new Promise((resolve) => {
    worker.addEventListener(
      'message',
      (e: MessageEvent<EngineResponse>) => e.data.type === 'ready' && resolve(worker),
      { once: true },
    );
    worker.addEventListener(
      'error',
      () => {
        worker.terminate();
        resolve(undefined);
      },
      { once: true },
    );
  });
}

class MainThreadRunner implements LocalRunner {
  readonly mode = 'main';
  private engine?: Promise<LocalEngine>;

  constructor(
    private readonly table: Table,
    private readonly locale: string,
  ) {}

  private ready() {
    // The engine module loads lazily: pages that never sort or filter locally never download it.
    this.engine ??= Promise.all([import('./local-engine.js'), toColumnarInSlices(this.table)]).then(
      ([{ LocalEngine }, data]) => new LocalEngine(data, this.locale),
    );
    return this.engine;
  }

  warm() {
    void this.ready();
  }

  async run(query: LocalQuery) {
    return (await this.ready()).run(query);
  }

  async distinct(field: string, limit: number) {
    return (await this.ready()).distinct(field, limit);
  }

  dispose() {}
}

type RequestWithoutSeq =
  { type: 'run'; query: LocalQuery } | { type: 'distinct'; field: string; limit: number };

class WorkerRunner implements LocalRunner {
  private seq = 0;
  private readonly pending = new Map<
    number,
    { resolve: (r: EngineResponse) => void; reject: (e: Error) => void }
  >();
  private target?: Promise<{ worker: Worker } | { fallback: MainThreadRunner }>;
  mode: 'main' | 'worker' = 'main';

  constructor(
    private readonly table: Table,
    private readonly locale: string,
  ) {}

  private ready() {
    this.target ??= startWorker().then(async (worker) => {
      if (!worker) return { fallback: new MainThreadRunner(this.table, this.locale) };
      worker.addEventListener('message', (e: MessageEvent<EngineResponse>) => {
        const response = e.data;
        if (response.type === 'ready') return;
        const waiting = this.pending.get(response.seq);
        this.pending.delete(response.seq);
        if (response.type === 'failed') waiting?.reject(new Error(response.message));
        else waiting?.resolve(response);
      });
      // Slice by slice; number columns are transferred, not copied.
      for await (const part of columnarSlices(this.table)) {
        const transfer = part.columns.flatMap((c) => (c.kind === 'number' ? [c.values.buffer] : []));
        worker.postMessage({ type: 'load-part', part } satisfies EngineRequest, transfer);
      }
      worker.postMessage({ type: 'load-end', locale: this.locale } satisfies EngineRequest);
      this.mode = 'worker';
      return { worker };
    });
    return this.target;
  }

  private async ask(request: RequestWithoutSeq): Promise<EngineResponse> {
    const target = await this.ready();
    if ('fallback' in target) throw new Error('unreachable');
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      target.worker.postMessage({ ...request, seq } as EngineRequest);
    });
  }

  warm() {
    void this.ready();
  }

  async run(query: LocalQuery) {
    const target = await this.ready();
    if ('fallback' in target) return target.fallback.run(query);
    const response = await this.ask({ type: 'run', query });
    return response.type === 'rows' ? response.rows : null;
  }

  async distinct(field: string, limit: number) {
    const target = await this.ready();
    if ('fallback' in target) return target.fallback.distinct(field, limit);
    const response = await this.ask({ type: 'distinct', field, limit });
    return response.type === 'distinct' ? response.values : undefined;
  }

  dispose() {
    void this.target?.then((t) => 'worker' in t && t.worker.terminate());
    for (const waiting of this.pending.values()) waiting.reject(new Error('disposed'));
    this.pending.clear();
  }
}

/** A runner for `table`: in a Worker from `workerThreshold` rows on, else on the main thread. */
export function createLocalRunner(table: Table, options: LocalRunnerOptions): LocalRunner {
  const threshold = options.workerThreshold ?? DEFAULT_WORKER_THRESHOLD;
  return table.rows.length >= threshold && typeof Worker !== 'undefined'
    ? new WorkerRunner(table, options.locale)
    : new MainThreadRunner(table, options.locale);
}
