import { QueryError } from '../errors.js';
import { coerceToField, valueError } from '../query/compare-values.js';
import { outputNames } from '../query/field-names.js';
import { aggregateName, isAggregating } from '../query/validate-query.js';
import type { Aggregate, Condition, Field, Query } from '../types.js';

/**
 * SQL for CKAN's `datastore_search_sql`. Every identifier and every value from a query is quoted here and
 * nowhere else: identifiers in double quotes (inner quotes doubled), values as escape-string literals
 * (quotes doubled, backslashes doubled), so neither a hostile column name nor a hostile value can end its
 * token. Values are always literals, never bare numbers: PostgreSQL casts a literal to the column's type.
 */

function rejectNul(text: string, part: string): void {
  if (text.includes('\0')) throw new QueryError(`Invalid query: ${part} contains a NUL character`, part);
}

/** `"name"` with inner double quotes doubled. */
export function quoteIdentifier(name: string, part = 'field'): string {
  rejectNul(name, part);
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * `E'text'` with quotes and backslashes doubled; safe whether or not the server has
 * `standard_conforming_strings` on.
 */
export function quoteLiteral(value: string | number | boolean, part = 'value'): string {
  const text = String(value);
  rejectNul(text, part);
  return `E'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** Escapes LIKE wildcards with `!` so `contains` matches the text literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

function fieldMap(fields: readonly Field[]): Map<string, Field> {
  return new Map(fields.map((f) => [f.name, f]));
}

/** Checks a comparison value against the column type, so the portal never has to reject it. */
function literalFor(value: string | number | boolean, field: Field, part: string): string {
  if (coerceToField(value, field.type) === undefined) throw valueError(value, field, part);
  return quoteLiteral(value, part);
}

function conditionSql(condition: Condition, field: Field, part: string): string {
  const column = quoteIdentifier(condition.field, `${part}.field`);
  switch (condition.op) {
    case 'is null':
      return `${column} IS NULL`;
    case 'is not null':
      return `${column} IS NOT NULL`;
    case 'contains':
      return `${column}::text ILIKE ${quoteLiteral(likePattern(String(condition.value)), `${part}.value`)} ESCAPE '!'`;
    case 'in': {
      const values = (condition.value as (string | number | boolean)[]).map((v) =>
        literalFor(v, field, `${part}.value`),
      );
      return `${column} IN (${values.join(', ')})`;
    }
    default: {
      const op = condition.op === '!=' ? '<>' : condition.op;
      return `${column} ${op} ${literalFor(condition.value as string | number | boolean, field, `${part}.value`)}`;
    }
  }
}

function aggregateSql(aggregate: Aggregate, i: number): string {
  const alias = quoteIdentifier(aggregateName(aggregate), `aggregates[${i}].as`);
  const argument =
    aggregate.field === undefined ? '*' : quoteIdentifier(aggregate.field, `aggregates[${i}].field`);
  return `${aggregate.op}(${argument}) AS ${alias}`;
}

/** `FROM … WHERE …` shared by the data and the count statement. */
function fromWhere(resourceId: string, query: Query, fields: readonly Field[]): string {
  const byName = fieldMap(fields);
  const conditions = (query.where ?? []).map((c, i) => conditionSql(c, byName.get(c.field)!, `where[${i}]`));
  const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
  return ` FROM ${quoteIdentifier(resourceId, 'resource')}${where}`;
}

function groupSql(query: Query): string {
  const groups = (query.groupBy ?? []).map((g, i) => quoteIdentifier(g, `groupBy[${i}]`));
  return groups.length ? ` GROUP BY ${groups.join(', ')}` : '';
}

/**
 * The statement for a query over a DataStore table whose columns are `fields` (names already checked).
 * Without an explicit order, rows come by `_id` and groups by their keys, so pages are stable.
 */
export function selectSql(
  resourceId: string,
  query: Query,
  fields: readonly Field[],
  page: { limit: number; offset: number },
): string {
  const aggregating = isAggregating(query);
  const columns = aggregating
    ? [
        ...(query.groupBy ?? []).map((g, i) => quoteIdentifier(g, `groupBy[${i}]`)),
        ...(query.aggregates ?? []).map(aggregateSql),
      ]
    : outputNames(
        query,
        fields.map((f) => f.name),
      ).map((name) => quoteIdentifier(name, 'select'));
  const order = (query.orderBy ?? []).map(
    (o, i) => `${quoteIdentifier(o.field, `orderBy[${i}].field`)} ${o.direction === 'desc' ? 'DESC' : 'ASC'}`,
  );
  const tiebreakers = aggregating ? (query.groupBy ?? []) : ['_id'];
  for (const name of tiebreakers) {
    if (!(query.orderBy ?? []).some((o) => o.field === name)) order.push(`${quoteIdentifier(name)} ASC`);
  }
  return (
    `SELECT ${columns.join(', ')}` +
    fromWhere(resourceId, query, fields) +
    groupSql(query) +
    (order.length ? ` ORDER BY ${order.join(', ')}` : '') +
    ` LIMIT ${Math.floor(page.limit)}` +
    (page.offset ? ` OFFSET ${Math.floor(page.offset)}` : '')
  );
}

/** The statement counting what {@link selectSql} pages through (rows, or groups when grouping). */
export function countSql(resourceId: string, query: Query, fields: readonly Field[]): string {
  const base = fromWhere(resourceId, query, fields);
  if (!query.groupBy?.length) {
    return isAggregating(query) ? 'SELECT 1 AS "count"' : `SELECT count(*) AS "count"${base}`;
  }
  return `SELECT count(*) AS "count" FROM (SELECT 1${base}${groupSql(query)}) AS "groups"`;
}
