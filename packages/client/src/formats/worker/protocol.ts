import type { CsvOptions, GeoJsonOptions, JsonOptions } from '../options.js';
import type { ColumnData } from './columns.js';

/** The parsers a worker runs. */
export type ParserKind = 'csv' | 'json' | 'geojson';

/** Options as they cross to the worker: data only (no callbacks, no signal). */
export type WorkerOptions = Omit<
  CsvOptions & JsonOptions & GeoJsonOptions,
  'onProgress' | 'signal' | 'worker'
>;

/** Messages to the worker. */
export type ToWorker =
  | { type: 'parse'; kind: ParserKind; input: string | Uint8Array | Blob | undefined; options: WorkerOptions }
  | { type: 'chunk'; bytes: Uint8Array }
  | { type: 'end' };

/** An error as it crosses back: enough to rebuild a ParseError or name the failure. */
export interface WorkerError {
  name: string;
  message: string;
  format?: 'csv' | 'json' | 'geojson' | 'unknown';
  line?: number;
  column?: number;
}

/** Messages from the worker. A table's rows come as columns (see columns.ts), not as row arrays. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; bytesRead: number; totalBytes?: number; rows: number }
  | { type: 'done'; result: unknown; columns?: ColumnData[]; rowCount?: number }
  | { type: 'error'; error: WorkerError };
