import type { Portal } from '../portal/portal.js';
import { validateQuery } from '../query/validate-query.js';
import type { Query, Resource } from '../types.js';
import { actionUrl } from './ckan-api.js';
import { datastoreSearchParams, fitsDatastoreSearch } from './datastore-search.js';

/** Options of {@link exportUrl}. */
export interface ExportOptions {
  /** File format the portal writes. */
  format: 'csv' | 'json';
  /** Start the file with a UTF-8 byte order mark (spreadsheet programs then read umlauts right). */
  bom?: boolean;
}

/**
 * The address of a file the portal writes itself with every row of `query`: for a CKAN DataStore
 * resource, `/datastore/dump/<id>` with the query's full-text search (`q`), equality filters (`filters`),
 * columns (`fields`) and order (`sort`, with `_id` last so the order is total, as when paging). There is
 * no limit: the file holds all matching rows, and the portal streams it, so size does not matter.
 *
 * `undefined` when the dump cannot write exactly this query (ranges, substring conditions, aggregates,
 * column names with commas, more than one condition on a column), when the resource has no DataStore, or
 * when the portal is not CKAN (DKAN and Opendatasoft have other export mechanisms). `limit` and `offset`
 * of the query are ignored. A resource given as an id is taken to be a DataStore table.
 *
 * Without `select` CKAN writes every column, its row id `_id` first. CSV headers are the column ids; CSV
 * cells are the portal's own text for each value (e.g. `12.50` for a numeric column).
 *
 * Throws a `QueryError` for an invalid query, as `portal.query()` does.
 *
 * @example
 * ```ts
 * const url = exportUrl(portal, resource, {
 *   select: ['Wochentag', 'Fußgänger insgesamt'],
 *   where: [{ field: 'Wochentag', op: '=', value: 'Samstag' }],
 *   orderBy: [{ field: 'Fußgänger insgesamt', direction: 'desc' }],
 * }, { format: 'csv', bom: true });
 * // https://…/datastore/dump/<id>?filters=%7B%22Wochentag%22…&fields=…&sort=…&format=csv&bom=true
 * if (url) link.href = url; // else: page through portal.rows() and write the file yourself
 * ```
 */
export function exportUrl(
  portal: Portal,
  resource: Resource | string,
  query: Query,
  options: ExportOptions,
): string | undefined {
  const valid = validateQuery(query);
  if (portal.type !== 'ckan' || portal.capabilities.datastore === false) return undefined;
  if (typeof resource !== 'string' && !resource.datastoreActive) return undefined;
  if (!fitsDatastoreSearch(valid)) return undefined;
  const id = typeof resource === 'string' ? resource : resource.id;
  const { q, filters, fields, sort } = datastoreSearchParams(id, valid, { limit: 0, offset: 0 });
  return actionUrl(
    portal.baseUrl,
    encodeURIComponent(id),
    { q, filters, fields, sort, format: options.format, bom: options.bom || undefined },
    'datastore/dump/',
  );
}
