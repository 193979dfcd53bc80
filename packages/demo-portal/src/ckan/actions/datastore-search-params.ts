/**
 * Validates `datastore_search` parameters with CKAN's schema and messages (`datastore_search_schema` and
 * the DataStore plugin's `datastore_validate`): unknown parameters, columns and sort clauses are
 * 409 Validation Errors naming the offending value.
 */
import type { TableInfo } from '../../datastore/datastore.js';
import type { SearchQuery } from '../../datastore/search-sql.js';
import { validationError } from '../action-error.js';
import { booleanParam, jsonParam, listParam, naturalNumber, type ActionParams } from '../validators.js';

/** CKAN's `ckan.datastore.search.rows_max` default. */
export const ROWS_MAX = 32000;

const ALLOWED = new Set([
  'resource_id',
  'id',
  'q',
  'full_text',
  'plain',
  'language',
  'filters',
  'limit',
  'offset',
  'fields',
  'sort',
  'distinct',
  'include_total',
  'total_estimation_threshold',
  'records_format',
]);

const FORMATS = ['objects', 'lists', 'csv', 'tsv'] as const;

/** CKAN's `_parse_sort_clause`: `field [asc|desc] [nulls first|last]`, field optionally in double quotes. */
function parseSortClause(clause: string, columns: Set<string>): { column: string; order: string } | null {
  const match = /^(.+?)( +(asc|desc))?( nulls +(first|last) *)?$/i.exec(clause.trim());
  if (!match) return null;
  let column = match[1];
  if (column.length > 1 && column.startsWith('"') && column.endsWith('"')) column = column.slice(1, -1);
  if (!columns.has(column)) return null;
  const order = (match[3] ?? 'asc').toLowerCase() + (match[4] ? ` nulls ${match[5].toLowerCase()}` : '');
  return { column, order };
}

function invalid(name: string, value: string): never {
  throw validationError({ [name]: [`invalid value "${value}"`] });
}

/** Rejects parameters CKAN's schema does not know (`__junk`). */
export function rejectUnknownParams(params: ActionParams): void {
  const unknown = Object.keys(params).filter((key) => !ALLOWED.has(key));
  if (unknown.length) {
    throw validationError({ __junk: unknown.map((key) => `The input field ${key} was not expected.`) });
  }
}

function filtersParam(params: ActionParams, columns: Set<string>): Record<string, unknown> {
  const filters = jsonParam(params, 'filters') ?? {};
  if (typeof filters !== 'object' || filters === null || Array.isArray(filters)) {
    throw validationError({ filters: ['filters must be either a dict or null.'] });
  }
  for (const [column, value] of Object.entries(filters)) {
    if (!columns.has(column)) invalid('filters', column);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) invalid('filters', column);
  }
  return filters as Record<string, unknown>;
}

/** `q` as CKAN's `unicode_or_json_validator` reads it: a JSON object means per-column queries. */
function textQueries(params: ActionParams, columns: Set<string>) {
  let q = params.q;
  if (typeof q === 'string' && q.trim().startsWith('{')) {
    try {
      q = JSON.parse(q) as unknown;
    } catch {
      // Not JSON: a plain query string, as in CKAN.
    }
  }
  const fullTextParam = params.full_text === undefined ? undefined : String(params.full_text);
  if (q === undefined || q === null || q === '')
    return { fullText: fullTextParam || undefined, columnText: {} };
  if (typeof q === 'object' && !Array.isArray(q)) {
    const columnText: Record<string, string> = {};
    for (const [column, text] of Object.entries(q as Record<string, unknown>)) {
      if (!columns.has(column) || typeof text !== 'string') invalid('q', column);
      columnText[column] = text;
    }
    return { fullText: fullTextParam || undefined, columnText };
  }
  return { fullText: fullTextParam || String(q), columnText: {} };
}

/** The validated query; throws a 409 Validation Error for bad input. */
export function parseSearchParams(params: ActionParams, table: TableInfo): SearchQuery {
  const columns = new Set(['_id', ...table.columns.map((c) => c.id)]);
  const format = String(params.records_format ?? 'objects');
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw validationError({
      records_format: [`Value must be one of: ${FORMATS.join('; ')} (not '${format}')`],
    });
  }
  const fields = listParam(params, 'fields');
  for (const field of fields ?? []) if (!columns.has(field)) invalid('fields', field);
  const sort = (listParam(params, 'sort') ?? [])
    .filter((clause) => clause.trim())
    .map((clause) => parseSortClause(clause, columns) ?? invalid('sort', clause));
  return {
    filters: filtersParam(params, columns),
    ...textQueries(params, columns),
    plain: booleanParam(params, 'plain', true),
    language: typeof params.language === 'string' && params.language ? params.language : table.language,
    distinct: booleanParam(params, 'distinct', false),
    fields: fields?.length ? fields : undefined,
    sort,
    limit: Math.min(naturalNumber(params, 'limit', 100), ROWS_MAX),
    offset: naturalNumber(params, 'offset', 0),
    format: format as SearchQuery['format'],
  };
}
