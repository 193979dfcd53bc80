/**
 * Builds the SQL of `datastore_search` the way CKAN's PostgreSQL backend does
 * (`ckanext/datastore/backend/postgres.py`): filters as `=`/`IN`, `q` against `_full_text` (or per column),
 * a `rank` column for text queries, default order by rank or `_id`, records serialized to JSON by PostgreSQL.
 */
import type { TableInfo } from './datastore.js';
import { identifier, literal } from './sql-engine.js';

/** The validated query of a `datastore_search` call. */
export interface SearchQuery {
  filters: Record<string, unknown>;
  /** Full-text query over all columns (`q` as string, or `full_text`). */
  fullText?: string;
  /** Per-column full-text queries (`q` as object). */
  columnText: Record<string, string>;
  plain: boolean;
  language: string;
  distinct: boolean;
  /** Columns to return; `undefined` = all. */
  fields?: string[];
  /** Parsed sort clauses: column and `asc`/`desc` (+ `nulls first|last`). */
  sort: { column: string; order: string }[];
  limit: number;
  offset: number;
  format: 'objects' | 'lists' | 'csv' | 'tsv';
}

/** SQL with its positional parameters. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/** The columns a search returns: `_id`, the table's columns, and one `rank` column per text query. */
export interface ResultField {
  id: string;
  type: string;
  info?: unknown;
  /** SQL expression producing the value (before JSON serialization). */
  expression: string;
}

function tsQuery(plain: boolean, language: string, param: number): string {
  return `${plain ? 'plainto_tsquery' : 'to_tsquery'}(${literal(language)}, $${param})`;
}

/** FROM items, WHERE clauses and rank columns shared by the records and the count query. */
function clauses(table: TableInfo, query: SearchQuery) {
  const params: unknown[] = [];
  const from = [identifier(table.resourceId)];
  const where: string[] = [];
  const ranks: ResultField[] = [];

  for (const [column, value] of Object.entries(query.filters)) {
    if (Array.isArray(value)) {
      const placeholders = value.map((v) => {
        params.push(v);
        return `$${params.length}`;
      });
      where.push(value.length ? `${identifier(column)} in (${placeholders.join(', ')})` : 'false');
    } else {
      params.push(value);
      where.push(`${identifier(column)} = $${params.length}`);
    }
  }
  if (query.fullText !== undefined) {
    params.push(query.fullText);
    from.push(`${tsQuery(query.plain, query.language, params.length)} "query"`);
    where.push('_full_text @@ "query"');
    ranks.push({ id: 'rank', type: 'float', expression: 'ts_rank(_full_text, "query", 32)' });
  }
  for (const [column, text] of Object.entries(query.columnText)) {
    params.push(text);
    const alias = identifier(`query ${column}`);
    const vector = `to_tsvector(${literal(query.language)}, cast(${identifier(column)} as text))`;
    from.push(`${tsQuery(query.plain, query.language, params.length)} ${alias}`);
    where.push(`${vector} @@ ${alias}`);
    ranks.push({ id: `rank ${column}`, type: 'float', expression: `ts_rank(${vector}, ${alias}, 32)` });
  }
  return {
    params,
    from: from.join(', '),
    where: where.length ? `where ${where.map((w) => `(${w})`).join(' and ')}` : '',
    ranks,
  };
}

/** The result fields of a search, in CKAN's order. */
export function resultFields(table: TableInfo, query: SearchQuery): ResultField[] {
  const { ranks } = clauses(table, query);
  const all: ResultField[] = [
    { id: '_id', type: 'int', expression: '"_id"' },
    ...table.columns.map((c) => ({
      id: c.id,
      type: c.type,
      ...(c.info ? { info: c.info } : {}),
      expression: identifier(c.id),
    })),
    ...ranks,
  ];
  if (!query.fields) return all;
  return query.fields.map((id) => all.find((f) => f.id === id)!);
}

/** A column's value as PostgreSQL serializes it for the response (timestamps as CKAN formats them). */
function valueExpression(field: ResultField): string {
  return field.type === 'timestamp'
    ? `to_char(${field.expression}, 'YYYY-MM-DD"T"HH24:MI:SS')`
    : field.expression;
}

/** The statement returning the page of records as one JSON text (`[...]`). */
export function recordsStatement(table: TableInfo, query: SearchQuery): Statement {
  const { params, from, where, ranks } = clauses(table, query);
  const fields = resultFields(table, query);
  const rankColumns = ranks.map((r) => `${r.expression} as ${identifier(r.id)}`);
  const order = query.sort.length
    ? query.sort.map((s) => `${identifier(s.column)} ${s.order}`)
    : ranks.length
      ? ranks.map((r) => `${identifier(r.id)} desc`)
      : query.distinct
        ? []
        : ['"_id"'];
  const inner =
    `select *${rankColumns.length ? `, ${rankColumns.join(', ')}` : ''} from ${from} ${where}` +
    `${order.length ? ` order by ${order.join(', ')}` : ''} limit ${query.limit} offset ${query.offset}`;
  const distinct = query.distinct ? 'distinct ' : '';
  const outer = fields.map((f) => {
    const column = { ...f, expression: `z.${identifier(f.id)}` };
    return query.format === 'objects'
      ? `${valueExpression(column)} as ${identifier(f.id)}`
      : `coalesce(to_json(${valueExpression(column)}), 'null')`;
  });
  const sql =
    query.format === 'objects'
      ? `select coalesce(json_agg(j), '[]')::text from (select ${distinct}${outer.join(', ')} from (${inner}) z) j`
      : `select '[' || coalesce(string_agg(j.v, ','), '') || ']' from (select ${distinct}'[' || ${outer.join(" || ',' || ")} || ']' v from (${inner}) z) j`;
  return { sql, params };
}

/** The statement counting all matching records (CKAN counts distinct rows when `distinct` is set). */
export function countStatement(table: TableInfo, query: SearchQuery): Statement {
  const { params, from, where } = clauses(table, query);
  if (!query.distinct) return { sql: `select count(*) from ${from} ${where}`, params };
  const columns = resultFields(table, { ...query, fullText: undefined, columnText: {} }).map(
    (f) => f.expression,
  );
  return {
    sql: `select count(*) from (select distinct ${columns.join(', ')} from ${from} ${where}) t`,
    params,
  };
}
