import type { RequestOptions } from '../http/http-client.js';
import type { Query } from '../types.js';
import type { ActionResult, CkanApi } from './ckan-api.js';
import { datastoreSearchParams, fitsDatastoreSearch } from './datastore-search.js';

/** A portal's `datastore_search`: where it lives and which queries it can answer exactly. */
export interface DatastoreEndpoint {
  /** Whether the endpoint can answer `query` (filters, sort, fields) exactly. */
  fits(query: Query): boolean;
  /** Requests one page of rows for a query that {@link DatastoreEndpoint.fits}. */
  search(
    resourceId: string,
    query: Query,
    page: { limit: number; offset: number },
    options: RequestOptions,
  ): Promise<ActionResult<unknown>>;
  /** Whether the portal may have `datastore_search_sql` at all (DKAN has not). */
  sql: boolean;
}

/**
 * CKAN's `api/3/action/datastore_search`. `rowId` is the column that makes the sort order total (CKAN's
 * `_id`), so pages never overlap; `null` where the table may not have one.
 */
export function ckanDatastore(api: CkanApi, rowId: string | null = '_id'): DatastoreEndpoint {
  return {
    fits: fitsDatastoreSearch,
    search: (resourceId, query, page, options) =>
      api.call('datastore_search', datastoreSearchParams(resourceId, query, page, rowId), options),
    sql: true,
  };
}
