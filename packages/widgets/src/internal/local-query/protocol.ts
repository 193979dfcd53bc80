/** Messages between the page and the local-query Worker. */
import type { CellValue } from '@odw/client';
import type { ColumnarTable } from './columnar.js';
import type { LocalQuery } from './local-engine.js';

/** Page → Worker. */
export type EngineRequest =
  | { type: 'load-part'; part: ColumnarTable }
  | { type: 'load-end'; locale: string }
  | { type: 'run'; seq: number; query: LocalQuery }
  | { type: 'distinct'; seq: number; field: string; limit: number };

/** Worker → page. `rows` is transferred, not copied. */
export type EngineResponse =
  | { type: 'ready' }
  | { type: 'rows'; seq: number; rows: Uint32Array | null }
  | { type: 'distinct'; seq: number; values: CellValue[] | undefined }
  | { type: 'failed'; seq: number; message: string };
