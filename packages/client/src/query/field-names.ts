/**
 * Checks of a query against the source's columns: needed when a portal rejected a query, for SQL and for the
 * local engine, not for a query `datastore_search` answers, so kept apart from `validate-query.ts`.
 */
import { QueryError } from '../errors.js';
import type { Query } from '../types.js';
import { aggregateName, isAggregating } from './validate-query.js';

/** The columns a query's result has, given the source's columns. */
export function outputNames(query: Query, sourceNames: readonly string[]): string[] {
  if (isAggregating(query)) return [...(query.groupBy ?? []), ...(query.aggregates ?? []).map(aggregateName)];
  return query.select ? [...query.select] : [...sourceNames];
}

/**
 * Checks that every field a query names exists among `names` (orderBy may also name aggregate outputs),
 * else throws a `QueryError` naming the part and listing the fields there are.
 */
export function checkFieldNames(query: Query, names: readonly string[]): void {
  const available = new Set(names);
  const unknown = (name: string, part: string) => {
    const list = names.slice(0, 12).join(', ') + (names.length > 12 ? ', …' : '');
    throw new QueryError(`Invalid query: ${part} names the unknown field "${name}" (fields: ${list})`, part);
  };
  query.select?.forEach((name, i) => available.has(name) || unknown(name, `select[${i}]`));
  query.where?.forEach((c, i) => available.has(c.field) || unknown(c.field, `where[${i}].field`));
  query.groupBy?.forEach((name, i) => available.has(name) || unknown(name, `groupBy[${i}]`));
  query.aggregates?.forEach(
    (a, i) => a.field === undefined || available.has(a.field) || unknown(a.field, `aggregates[${i}].field`),
  );
  const sortable = new Set(isAggregating(query) ? outputNames(query, names) : names);
  query.orderBy?.forEach((o, i) => sortable.has(o.field) || unknown(o.field, `orderBy[${i}].field`));
}
