/**
 * Fetching the rows for the current view: one page from the portal, or the matching row numbers of local
 * data (all of them, so a virtual scroll can show any part without asking again).
 */
import type { CellValue, Condition, OrderBy, Query, Table } from '@odw/client';
import type { TableSource } from './table-source.js';

/** The rows matching the current query. */
export interface RowsView {
  /** Matching rows in total; `undefined` when the portal does not say. */
  total: number | undefined;
  /** `false` when `total` is an estimate. */
  exact: boolean;
  /** Absolute index of the first available row (the page offset for portal data, 0 for local data). */
  start: number;
  /** Number of available rows from `start`. */
  available: number;
  /** The row at absolute index `i` (within the available range). */
  row(i: number): CellValue[];
  /** Index of a column's values within a row. */
  indexOf(field: string): number;
  /** Set when refreshing failed and the client served its last good answer. */
  stale?: boolean;
  /** When the portal produced the rows (ISO 8601). */
  retrievedAt?: string;
  /** Set when the rows were computed from only the first `rowCap` rows of the resource. */
  rowCap?: number;
}

/** What to fetch. */
export interface RowsQuery {
  where: Condition[];
  q: string;
  orderBy: OrderBy[];
  /** Columns to request from the portal; `undefined` means all. */
  select?: string[];
  /** Columns the local search looks in. */
  searchIn: string[];
  offset: number;
  limit: number;
  /** Ask the portal even if the client has a fresh cached answer (refresh, retry). */
  fresh?: boolean;
}

function indexer(fields: Table['fields']): (field: string) => number {
  const positions = new Map(fields.map((f, i) => [f.name, i]));
  return (field) => positions.get(field) ?? -1;
}

/** The portal query for the rows of `query`. */
export function remoteQuery(query: RowsQuery): Query {
  return {
    select: query.select,
    where: query.where.length ? query.where : undefined,
    q: query.q || undefined,
    orderBy: query.orderBy.length ? query.orderBy : undefined,
    limit: query.limit,
    offset: query.offset,
  };
}

const sameQuery = (a: Query, b: Query) => JSON.stringify(a) === JSON.stringify(b);

function view(page: Table, offset: number): RowsView {
  return {
    total: page.total,
    exact: page.exact,
    start: offset,
    available: page.rows.length,
    row: (i) => page.rows[i - offset],
    indexOf: indexer(page.fields),
    stale: page.source.stale,
    retrievedAt: page.source.retrievedAt,
    rowCap: page.source.rowCap,
  };
}

/** Fetches the rows of `query` from `source`. */
export async function fetchRows(
  source: TableSource,
  query: RowsQuery,
  signal: AbortSignal,
): Promise<RowsView> {
  if (source.kind === 'remote') {
    const first = source.firstPage;
    const wanted = remoteQuery(query);
    // The page fetched while loading the source answers the first request once.
    source.firstPage = undefined;
    const page =
      first && sameQuery(first.query, wanted)
        ? first.table
        : await source.portal.query(source.resource, wanted, { signal, fresh: query.fresh });
    return view(page, query.offset);
  }
  // Nothing to compute: show the rows as they are, without waiting for the engine to be prepared.
  const unchanged = !query.where.length && !query.q && !query.orderBy.length;
  const order = unchanged
    ? null
    : await source.runner.run({
        where: query.where,
        q: query.q,
        searchIn: query.searchIn,
        orderBy: query.orderBy,
      });
  signal.throwIfAborted();
  const rows = source.table.rows;
  const count = order ? order.length : rows.length;
  return {
    total: count,
    exact: source.table.exact !== false,
    start: 0,
    available: count,
    row: order ? (i) => rows[order[i]] : (i) => rows[i],
    indexOf: indexer(source.table.fields),
  };
}
