import { checkPlan, MAX_PLAN_COST, type PlanProblem } from '../../datastore/sql-plan-check.js';
import { splitStatements } from '../../datastore/sql-statements.js';
import type { ArrayResult } from '../../datastore/sql-engine.js';
import { accessDenied, validationError, type ActionError } from '../action-error.js';
import type { ActionContext } from '../action-context.js';
import { requiredString } from '../validators.js';
import { ROWS_MAX } from './datastore-search-params.js';

function refusal(problem: PlanProblem): ActionError {
  switch (problem.kind) {
    case 'system-table':
      return accessDenied('Not authorized to access system tables');
    case 'unknown-table':
      return accessDenied(`Not authorized to read resource "${problem.name}"`);
    case 'function':
      return accessDenied(`Not authorized to call function ${problem.name}`);
    case 'too-expensive':
      return validationError({
        query: [`Query took too long (estimated cost ${Math.round(problem.cost)} above ${MAX_PLAN_COST})`],
      });
    case 'recursive':
      return validationError({ query: ['Recursive queries are not allowed on this portal'] });
  }
}

/** A PostgreSQL error, answered like CKAN's `ProgrammingError` branch. */
function sqlError(error: unknown, statement: string): ActionError {
  const message = (error as Error).message;
  return validationError({ query: [message], info: { statement: [statement], orig: [message] } });
}

const NUMBER_TYPES = new Set(['int2', 'int4', 'int8', 'float4', 'float8', 'oid']);

/**
 * A value as CKAN's `convert()` returns it after psycopg2: numbers stay numbers, but `numeric` (a Python
 * Decimal) becomes a string; timestamps become ISO strings; JSON stays JSON.
 */
function convert(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (NUMBER_TYPES.has(type) || typeof value === 'boolean' || typeof value === 'object') return value;
  if (type === 'timestamp' || type === 'timestamptz') return String(value).replace(' ', 'T');
  return String(value);
}

function records(result: ArrayResult) {
  return result.rows.map((row) =>
    Object.fromEntries(result.columns.map((c, i) => [c.name, convert(row[i], c.type)])),
  );
}

/**
 * `datastore_search_sql`: one read-only `SELECT` over DataStore tables, at most 32 000 records
 * (`records_truncated` when there were more). Switched off by the `sql-off` fault (then unknown, as on a
 * portal without `ckan.datastore.sqlsearch.enabled`) or refused by `sql-denied`.
 */
export async function datastoreSearchSql({ params, datastore, faults }: ActionContext) {
  if (faults.sqlDenied) throw accessDenied('Not authorized to use datastore_search_sql');
  const sql = requiredString(params, 'sql');
  const statements = splitStatements(sql);
  if (statements.length !== 1) throw validationError({ query: ['Query is not a single statement.'] });
  for (const id of datastore.resourceIds()) {
    if (!statements[0].includes(id)) continue;
    await datastore.table(id).catch(() => undefined);
    if (statements[0].includes('_full_text')) await datastore.fullText(id).catch(() => undefined);
  }
  const wrapped = `select * from (${statements[0]}) as blah limit ${ROWS_MAX + 1}`;
  let plan: Record<string, unknown>;
  try {
    const engine = await datastore.engine();
    const explained = await engine.queryReadOnly(`explain (verbose, format json) ${wrapped}`);
    const document = explained.rows[0][0];
    plan = (typeof document === 'string' ? JSON.parse(document) : document)[0].Plan;
  } catch (error) {
    throw sqlError(error, sql);
  }
  const problem = checkPlan(plan, (name) => datastore.has(name));
  if (problem) throw refusal(problem);
  let result: ArrayResult;
  try {
    result = await (await datastore.engine()).queryReadOnly(wrapped);
  } catch (error) {
    throw sqlError(error, sql);
  }
  const truncated = result.rows.length > ROWS_MAX;
  if (truncated) result.rows.pop();
  return {
    sql,
    records: records(result),
    fields: result.columns.map((c) => ({ id: c.name, type: c.type })),
    ...(truncated ? { records_truncated: true } : {}),
  };
}
