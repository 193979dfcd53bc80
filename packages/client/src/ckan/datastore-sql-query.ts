/**
 * Runs a query through `datastore_search_sql`: for what `datastore_search` cannot express (aggregates,
 * ranges, `contains`, …). Loaded on first use: a table paged by `datastore_search` never needs it.
 */
import type { RequestOptions } from '../http/http-client.js';
import { own } from '../metadata/own-property.js';
import { tableSource } from '../portal/table-source.js';
import { checkFieldNames, outputNames } from '../query/field-names.js';
import { isAggregating } from '../query/validate-query.js';
import type { Field, Query, Table } from '../types.js';
import type { CkanApi } from './ckan-api.js';
import { datastoreFields, recordsToRows, ROW_ID_FIELDS } from './datastore-fields.js';
import { countSql, selectSql } from './datastore-sql.js';

/** The result's columns in the order the query asked for, typed from the answer (aggregates) or the table. */
function sqlFields(result: unknown, query: Query, tableFields: readonly Field[]): Field[] {
  const answered = new Map(datastoreFields(own(result, 'fields')).map((f) => [f.name, f]));
  const known = new Map(tableFields.map((f) => [f.name, f]));
  const aggregating = isAggregating(query);
  return outputNames(
    query,
    tableFields.map((f) => f.name),
  ).map((name) => {
    const table = aggregating && !query.groupBy?.includes(name) ? undefined : known.get(name);
    return table ?? answered.get(name) ?? { name, type: 'text' };
  });
}

/** Runs `query` (validated) on the DataStore table `resourceId` whose columns are `fields`. */
export async function sqlQuery(
  api: CkanApi,
  resourceId: string,
  query: Query,
  fields: Field[],
  page: { limit: number; offset: number },
  options: RequestOptions,
): Promise<Table> {
  checkFieldNames(
    query,
    fields.map((f) => f.name),
  );
  const { limit, offset } = page;
  // Without `select`, the visible columns: never `*`, which would return the row id and the index.
  const visible = fields.filter((f) => !ROW_ID_FIELDS.has(f.name)).map((f) => f.name);
  const sqlQuery = isAggregating(query) || query.select ? query : { ...query, select: visible };
  const statement = selectSql(resourceId, sqlQuery, fields, { limit, offset });
  const response = await api.call<unknown>('datastore_search_sql', { sql: statement }, options);
  const resultFields = sqlFields(response.result, sqlQuery, fields);
  const rows = recordsToRows(own(response.result, 'records'), resultFields);
  let total: number | undefined;
  if (isAggregating(query) && !query.groupBy?.length) total = rows.length;
  else if (offset === 0 && rows.length < limit) total = rows.length;
  else {
    const counted = await api.call<unknown>(
      'datastore_search_sql',
      { sql: countSql(resourceId, query, fields) },
      options,
    );
    const records = own(counted.result, 'records');
    total = Array.isArray(records) ? Number(own(records[0], 'count')) : undefined;
  }
  return {
    fields: resultFields,
    rows,
    total,
    exact: own(response.result, 'records_truncated') !== true,
    source: tableSource('datastore_search_sql', response),
  };
}
