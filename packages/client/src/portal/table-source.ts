import type { TableSource } from '../types.js';

/** Where an answer came from, as the HTTP layer reports it. */
export interface AnswerOrigin {
  /** Request URL, secrets redacted. */
  url: string;
  /** Epoch ms the portal produced the answer. */
  fetchedAt: number;
  /** Served from the cache after a failed refresh. */
  stale: boolean;
}

/** `Table.source` for rows the portal computed (`extra` adjusts it for local computation). */
export function tableSource(
  method: TableSource['method'],
  origin: AnswerOrigin,
  extra: Partial<TableSource> = {},
): TableSource {
  return {
    pushedDown: true,
    url: origin.url,
    method,
    retrievedAt: new Date(origin.fetchedAt).toISOString(),
    ...(origin.stale ? { stale: true } : {}),
    ...extra,
  };
}
