import { HttpError } from '../errors.js';
import { isAggregating } from '../query/validate-query.js';
import type { Query } from '../types.js';
import { actionUrl, type CkanApi } from '../ckan/ckan-api.js';
import { ckanDatastore, type DatastoreEndpoint } from '../ckan/datastore-endpoint.js';

/** Names DKAN's PHP-style parameters (`sort[name]`, `filters[name]`) and comma lists can carry. */
const plainName = (name: string) => !/[[\],]/.test(name) && name.trim() === name;

/**
 * Whether DKAN's `datastore/search.json` answers a query exactly: equality filters (one value per
 * field), full-text `q`, fields and sort. No lists of values, no SQL.
 */
export function fitsDkanSearch(query: Query): boolean {
  if (isAggregating(query)) return false;
  if (query.select && !query.select.every(plainName)) return false;
  if (query.orderBy && !query.orderBy.every((o) => plainName(o.field))) return false;
  const fields = new Set<string>();
  for (const condition of query.where ?? []) {
    if (condition.op !== '=' || !plainName(condition.field) || fields.has(condition.field)) return false;
    fields.add(condition.field);
  }
  return true;
}

/** The parameters of DKAN's `api/action/datastore/search.json`. */
export function dkanSearchParams(
  resourceId: string,
  query: Query,
  page: { limit: number; offset: number },
): Record<string, string | number | undefined> {
  const params: Record<string, string | number | undefined> = {
    resource_id: resourceId,
    q: query.q?.trim() || undefined,
    fields: query.select?.join(','),
    limit: page.limit,
    offset: page.offset || undefined,
  };
  for (const order of query.orderBy ?? []) params[`sort[${order.field}]`] = order.direction ?? 'asc';
  for (const condition of query.where ?? []) params[`filters[${condition.field}]`] = String(condition.value);
  return params;
}

/**
 * DKAN 1.x (Drupal 7) serves its DataStore at `api/action/datastore/search.json` with PHP-style
 * parameters. Some DKAN sites (and the demo portal's DKAN mode) answer at CKAN's path instead: after a
 * 404 there, odw uses CKAN's endpoint for the rest of the session.
 */
export function dkanDatastore(api: CkanApi): DatastoreEndpoint {
  const ckan = ckanDatastore(api, null);
  let useCkanPath = false;
  return {
    fits: (query) => (useCkanPath ? ckan.fits(query) : fitsDkanSearch(query)),
    async search(resourceId, query, page, options) {
      if (useCkanPath) return ckan.search(resourceId, query, page, options);
      const url = actionUrl(
        api.baseUrl,
        'datastore/search.json',
        dkanSearchParams(resourceId, query, page),
        'api/action/',
      );
      try {
        return await api.get(url, options);
      } catch (error) {
        if (!(error instanceof HttpError && (error.status === 404 || error.status === 400))) throw error;
        useCkanPath = true;
        return ckan.search(resourceId, query, page, options);
      }
    },
    sql: false,
  };
}
