import { own } from '../metadata/own-property.js';
import { isAggregating } from '../query/validate-query.js';
import type { CellValue, Condition, Field, Query } from '../types.js';
import type { ActionParams } from './ckan-api.js';
import { datastoreFields, recordsToRows, ROW_ID_FIELDS } from './datastore-fields.js';

/**
 * Whether `datastore_search` can answer a query exactly. It filters only by equality (`filters`, one entry
 * per field, lists meaning "any of"), searches full text (`q`), and takes field lists as comma-separated
 * text, so names with commas or surrounding spaces cannot be sent.
 */
export function fitsDatastoreSearch(query: Query): boolean {
  if (isAggregating(query)) return false;
  const listable = (name: string) => !name.includes(',') && name.trim() === name;
  if (query.select && !query.select.every(listable)) return false;
  if (query.orderBy && !query.orderBy.every((o) => listable(o.field))) return false;
  return pushableFilters(query.where ?? []) !== undefined;
}

/** The `filters` object for equality conditions; `undefined` when a condition does not fit. */
export function pushableFilters(where: readonly Condition[]): [string, unknown][] | undefined {
  const seen = new Set<string>();
  const entries: [string, unknown][] = [];
  for (const condition of where) {
    if (condition.op !== '=' && condition.op !== 'in') return undefined;
    if (seen.has(condition.field)) return undefined;
    seen.add(condition.field);
    entries.push([condition.field, condition.value]);
  }
  return entries;
}

/** The `sort` text: `"a" asc, "b" desc`, plus a row-id tiebreaker so pages never overlap or skip rows. */
export function sortText(query: Query, tiebreaker: string | undefined): string | undefined {
  const keys = (query.orderBy ?? []).map((o) => `"${o.field}" ${o.direction ?? 'asc'}`);
  if (tiebreaker && !(query.orderBy ?? []).some((o) => o.field === tiebreaker))
    keys.push(`"${tiebreaker}" asc`);
  return keys.length ? keys.join(', ') : undefined;
}

/** Parameters of `datastore_search` for a query that {@link fitsDatastoreSearch}. */
export function datastoreSearchParams(
  resourceId: string,
  query: Query,
  page: { limit: number; offset: number },
  rowId: string | null = '_id',
): ActionParams {
  const filters = pushableFilters(query.where ?? []) ?? [];
  return {
    resource_id: resourceId,
    q: query.q?.trim() || undefined,
    // Object.fromEntries defines own properties, so a column named "__proto__" stays a filter key.
    filters: filters.length ? Object.fromEntries(filters) : undefined,
    fields: query.select?.join(','),
    sort: sortText(query, rowId ?? undefined),
    limit: page.limit,
    offset: page.offset || undefined,
    records_format: 'lists',
  };
}

/** A `datastore_search` page normalized. */
export interface DatastorePage {
  fields: Field[];
  rows: CellValue[][];
  total: number | undefined;
  /** `false` when the portal estimated the total (`total_was_estimated`). */
  exact: boolean;
  /** The limit the portal applied (it may cap what was asked). */
  limit: number | undefined;
}

/**
 * Normalizes a `datastore_search` result, CKAN's or DKAN's variant (`resource_id` as a list, all fields
 * `text`, records as objects, `entry_id`). Row-id columns are dropped unless the query selected them.
 */
export function datastorePage(result: unknown, query: Query): DatastorePage {
  const allFields = datastoreFields(own(result, 'fields'));
  const rows = recordsToRows(own(result, 'records'), allFields);
  const keep = allFields.map((f) => !ROW_ID_FIELDS.has(f.name) || Boolean(query.select?.includes(f.name)));
  const total = own(result, 'total');
  const limit = own(result, 'limit');
  return {
    fields: allFields.filter((_, i) => keep[i]),
    rows: keep.every(Boolean) ? rows : rows.map((row) => row.filter((_, i) => keep[i])),
    total: typeof total === 'number' ? total : typeof total === 'string' ? Number(total) : undefined,
    exact: own(result, 'total_was_estimated') !== true,
    limit: typeof limit === 'number' ? limit : typeof limit === 'string' ? Number(limit) : undefined,
  };
}
