import { abortReason } from '../http/clock.js';
import type { RequestOptions } from '../http/http-client.js';
import type { RowsOptions } from '../portal/portal.js';
import type { Query, Resource, Table } from '../types.js';
import { checkResource, validateQuery } from './validate-query.js';

/** Options of {@link pageRows}. */
export interface PageRowsOptions {
  /** Rows per page. */
  pageSize: number;
  signal?: AbortSignal;
}

/**
 * Pages through a query's rows by running it with successive `offset`/`limit` windows, from
 * `query.offset` up to `query.limit` rows (all when unset). `run` answers each window completely (adapters
 * follow a portal's lower cap themselves), so a short page is the last. A generator: when the caller
 * stops iterating, no further page is requested.
 */
export async function* pageRows(
  run: (window: Query) => Promise<Table>,
  query: Query,
  options: PageRowsOptions,
): AsyncGenerator<Table, void, undefined> {
  const pageSize = Math.max(1, Math.floor(options.pageSize));
  const start = query.offset ?? 0;
  const end = query.limit === undefined ? Infinity : start + query.limit;
  let offset = start;
  while (offset < end) {
    if (options.signal?.aborted) throw abortReason(options.signal);
    const limit = Math.min(pageSize, end - offset);
    const page = await run({ ...query, offset, limit });
    if (page.rows.length === 0 && offset > start) return;
    yield page;
    offset += page.rows.length;
    if (page.rows.length < limit) return;
    if (page.exact && page.total !== undefined && offset >= page.total) return;
  }
}

/** A portal's `rows()`: checks the arguments at once (not on the first `next()`), then pages `query()`. */
export function portalRows(
  portal: { query(resource: Resource | string, query: Query, options: RequestOptions): Promise<Table> },
  resource: Resource | string,
  query: Query,
  options: RowsOptions,
): AsyncIterable<Table> {
  checkResource(resource);
  const valid = validateQuery(query);
  return pageRows((window) => portal.query(resource, window, options), valid, {
    pageSize: options.pageSize ?? 1000,
    signal: options.signal,
  });
}
