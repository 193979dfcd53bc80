import type { Datastore, TableInfo } from '../../datastore/datastore.js';
import {
  countStatement,
  recordsStatement,
  resultFields,
  type SearchQuery,
  type Statement,
} from '../../datastore/search-sql.js';
import type { SqlEngine } from '../../datastore/sql-engine.js';
import { notFound, validationError } from '../action-error.js';
import type { ActionContext } from '../action-context.js';
import { booleanParam, type ActionParams } from '../validators.js';
import { parseSearchParams, rejectUnknownParams } from './datastore-search-params.js';

/** A database error answered as CKAN does: 409 `{query: ['Invalid query'], info: {orig: [...]}}`. */
export async function runStatement(engine: SqlEngine, statement: Statement) {
  try {
    return await engine.query(statement.sql, statement.params);
  } catch (error) {
    throw validationError({ query: ['Invalid query'], info: { orig: [(error as Error).message] } });
  }
}

/** The DataStore table of a resource; 404 `Resource "<id>" was not found.` otherwise. */
export async function requireTable(datastore: Datastore, resourceId: string): Promise<TableInfo> {
  if (!datastore.has(resourceId)) throw notFound(`Resource "${resourceId}" was not found.`);
  return datastore.table(resourceId);
}

function csvValue(value: unknown, delimiter: string): string {
  if (value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text === '' || /["\r\n]/.test(text) || text.includes(delimiter)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/** `records_format=csv|tsv`: PostgreSQL's CSV output without header, as CKAN returns it. */
export function delimited(rows: unknown[][], delimiter: string): string {
  return rows.map((row) => `${row.map((v) => csvValue(v, delimiter)).join(delimiter)}\n`).join('');
}

/** `_links`: the request URL without `offset` (start) and with the next page's `offset` (next). */
function links(context: ActionContext, query: SearchQuery) {
  const start = new URLSearchParams(context.requestQuery);
  start.delete('offset');
  const next = new URLSearchParams(context.requestQuery);
  next.set('offset', String(query.offset + query.limit));
  const url = (params: URLSearchParams) => `${context.requestPath}${params.size ? `?${params}` : ''}`;
  return { start: url(start), next: url(next) };
}

async function total(engine: SqlEngine, table: TableInfo, query: SearchQuery, params: ActionParams) {
  const threshold = params.total_estimation_threshold;
  const filtered =
    Object.keys(query.filters).length || query.fullText || Object.keys(query.columnText).length;
  if (threshold !== undefined && threshold !== null && threshold !== '' && !filtered && !query.distinct) {
    const estimate = await engine.query('select reltuples::int8 from pg_class where relname = $1', [
      table.resourceId,
    ]);
    const estimated = Number(estimate.rows[0]?.[0] ?? -1);
    if (estimated >= Number(threshold)) return { total: estimated, total_was_estimated: true };
  }
  const count = await runStatement(engine, countStatement(table, query));
  return { total: Number(count.rows[0][0]), total_was_estimated: false };
}

/** `datastore_search`: filter, full-text search, sort and page a DataStore table. */
export async function datastoreSearch(context: ActionContext) {
  const { params, datastore } = context;
  rejectUnknownParams(params);
  const resourceId = String(params.resource_id ?? params.id ?? '');
  if (!resourceId) throw validationError({ resource_id: ['Missing value'] });
  const table = await requireTable(datastore, resourceId);
  const query = parseSearchParams(params, table);
  if (query.fullText !== undefined) await datastore.fullText(resourceId);
  const asLists = query.format !== 'objects';
  const records = await runStatement(
    await datastore.engine(),
    recordsStatement(table, asLists ? { ...query, format: 'lists' } : query),
  );
  const parsed = JSON.parse(String(records.rows[0][0])) as unknown[];
  const fields = resultFields(table, query).map(({ id, type, info }) => ({
    id,
    type,
    ...(info ? { info } : {}),
  }));
  const includeTotal = booleanParam(params, 'include_total', true);
  return {
    include_total: includeTotal,
    limit: query.limit,
    records_format: query.format,
    resource_id: resourceId,
    total_estimation_threshold: params.total_estimation_threshold ?? null,
    ...echoed(params),
    records:
      query.format === 'csv'
        ? delimited(parsed as unknown[][], ',')
        : query.format === 'tsv'
          ? delimited(parsed as unknown[][], '\t')
          : parsed,
    fields,
    _links: links(context, query),
    ...(includeTotal ? await total(await datastore.engine(), table, query, params) : {}),
  };
}

/** The parameters CKAN returns as given (its result is the validated request dict). */
function echoed(params: ActionParams): ActionParams {
  const out: ActionParams = {};
  for (const key of ['q', 'full_text', 'filters', 'sort', 'offset', 'distinct', 'plain', 'language']) {
    if (params[key] === undefined) continue;
    const value = params[key];
    out[key] =
      (key === 'filters' || key === 'q') && typeof value === 'string' && value.trim().startsWith('{')
        ? safeJson(value)
        : value;
  }
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
