import { QueryError } from '../errors.js';
import type { Aggregate, CellValue, Condition, Query } from '../types.js';

const OPERATORS: ReadonlySet<string> = new Set<Condition['op']>([
  '=',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  'in',
  'contains',
  'is null',
  'is not null',
]);
const AGGREGATE_OPS: ReadonlySet<string> = new Set<Aggregate['op']>(['count', 'sum', 'avg', 'min', 'max']);

function fail(part: string, message: string): never {
  throw new QueryError(`Invalid query: ${part} ${message}`, part);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkName(value: unknown, part: string): string {
  if (typeof value !== 'string' || value === '') fail(part, 'must be a non-empty field name');
  return value;
}

function checkNames(value: unknown, part: string): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) fail(part, 'must be an array of field names');
  const seen = new Set<string>();
  value.forEach((name, i) => {
    checkName(name, `${part}[${i}]`);
    if (seen.has(name as string)) fail(`${part}[${i}]`, `names "${name as string}" twice`);
    seen.add(name as string);
  });
}

function isScalar(value: unknown): value is string | number | boolean {
  return (
    typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && isFinite(value))
  );
}

function checkCondition(condition: unknown, part: string): void {
  if (!isRecord(condition)) fail(part, 'must be an object { field, op, value }');
  checkName(condition.field, `${part}.field`);
  const op = condition.op;
  if (typeof op !== 'string' || !OPERATORS.has(op)) {
    fail(`${part}.op`, `must be one of ${[...OPERATORS].join(', ')}`);
  }
  const value = condition.value as CellValue | CellValue[] | undefined;
  if (op === 'is null' || op === 'is not null') {
    if (value !== undefined) fail(`${part}.value`, `must be omitted for "${op}"`);
  } else if (op === 'in') {
    if (!Array.isArray(value) || value.length === 0 || !value.every(isScalar)) {
      fail(`${part}.value`, 'must be a non-empty array of strings, numbers or booleans for "in"');
    }
  } else if (op === 'contains') {
    if (typeof value !== 'string' || value === '') fail(`${part}.value`, 'must be a non-empty string');
  } else if (!isScalar(value)) {
    fail(
      `${part}.value`,
      `must be a string, number or boolean for "${op}" (use "is null" for missing values)`,
    );
  }
}

function checkCount(value: unknown, part: string): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    fail(part, 'must be a whole number ≥ 0');
  }
}

/** The output column name of an aggregate: `as`, else `count` or `<op>_<field>`. */
export function aggregateName(aggregate: Aggregate): string {
  if (aggregate.as) return aggregate.as;
  return aggregate.field === undefined ? aggregate.op : `${aggregate.op}_${aggregate.field}`;
}

function checkAggregates(query: Query): void {
  const { aggregates } = query;
  if (aggregates === undefined) return;
  if (!Array.isArray(aggregates)) fail('aggregates', 'must be an array of { op, field?, as? }');
  const names = new Set(query.groupBy ?? []);
  aggregates.forEach((aggregate: unknown, i) => {
    const part = `aggregates[${i}]`;
    if (!isRecord(aggregate)) fail(part, 'must be an object { op, field?, as? }');
    if (typeof aggregate.op !== 'string' || !AGGREGATE_OPS.has(aggregate.op)) {
      fail(`${part}.op`, `must be one of ${[...AGGREGATE_OPS].join(', ')}`);
    }
    if (aggregate.field !== undefined) checkName(aggregate.field, `${part}.field`);
    else if (aggregate.op !== 'count') fail(`${part}.field`, `is needed for "${aggregate.op}"`);
    if (aggregate.as !== undefined) checkName(aggregate.as, `${part}.as`);
    const name = aggregateName(aggregate as unknown as Aggregate);
    if (names.has(name)) fail(`${part}.as`, `gives the output column "${name}" a second time`);
    names.add(name);
  });
}

/** Whether the query groups or aggregates (its result has group fields and aggregate columns). */
export function isAggregating(query: Query): boolean {
  return Boolean(query.groupBy?.length || query.aggregates?.length);
}

/**
 * Checks a query's structure (not yet its field names) and throws a `QueryError` whose `part` names the
 * first bad part, e.g. `where[1].op`. Every portal method runs it before any request.
 *
 * @example
 * ```ts
 * try {
 *   validateQuery({ where: [{ field: 'jahr', op: 'like', value: '20%' }] });
 * } catch (error) {
 *   if (error instanceof QueryError) console.log(error.part); // 'where[0].op'
 * }
 * ```
 */
export function validateQuery(query: unknown): Query {
  if (query === undefined) return {};
  if (!isRecord(query)) fail('query', 'must be an object');
  const known = new Set(['select', 'where', 'q', 'orderBy', 'limit', 'offset', 'groupBy', 'aggregates']);
  for (const key of Object.keys(query)) if (!known.has(key)) fail(key, 'is not a query part');
  const typed = query as Query;
  checkNames(typed.select, 'select');
  if (typed.where !== undefined) {
    if (!Array.isArray(typed.where)) fail('where', 'must be an array of conditions');
    typed.where.forEach((condition, i) => checkCondition(condition, `where[${i}]`));
  }
  if (typed.q !== undefined && typeof typed.q !== 'string') fail('q', 'must be a string');
  if (typed.orderBy !== undefined) {
    if (!Array.isArray(typed.orderBy)) fail('orderBy', 'must be an array of { field, direction? }');
    typed.orderBy.forEach((order: unknown, i) => {
      if (!isRecord(order)) fail(`orderBy[${i}]`, 'must be an object { field, direction? }');
      checkName(order.field, `orderBy[${i}].field`);
      if (order.direction !== undefined && order.direction !== 'asc' && order.direction !== 'desc') {
        fail(`orderBy[${i}].direction`, 'must be "asc" or "desc"');
      }
    });
  }
  checkCount(typed.limit, 'limit');
  checkCount(typed.offset, 'offset');
  checkNames(typed.groupBy, 'groupBy');
  checkAggregates(typed);
  if (isAggregating(typed) && typed.select !== undefined) {
    fail('select', 'cannot be combined with groupBy/aggregates (the result holds the groups and aggregates)');
  }
  return typed;
}

/** Checks the resource argument of `query()`/`rows()`: a resource object or a non-empty id. */
export function checkResource(resource: unknown): void {
  const id = typeof resource === 'string' ? resource : (resource as { id?: unknown } | null)?.id;
  if (typeof id !== 'string' || id.trim() === '') {
    throw new QueryError('Invalid query: resource must be a resource or a resource id, got none', 'resource');
  }
}
