import { QueryError } from '../errors.js';
import { coerceToField, valueError } from '../query/compare-values.js';
import { aggregateName, isAggregating } from '../query/validate-query.js';
import type { Aggregate, Condition, Field, Query } from '../types.js';

/**
 * Opendatasoft's query language (ODSQL) for the Explore API v2.1. Every field name and value of a query is
 * quoted here and nowhere else: names in backticks, text in double quotes with `\` and `"` escaped,
 * numbers only after they parsed as numbers, dates only in ISO form.
 */

/** `` `name` ``; ODS field names are `[a-z0-9_]`, so a backtick can only be an attack. */
export function odsField(name: string, part = 'field'): string {
  if (name.includes('`') || name.includes('\0')) {
    throw new QueryError(`Invalid query: ${part} "${name}" is not an Opendatasoft field name`, part);
  }
  return `\`${name}\``;
}

/** `"text"` with backslashes and double quotes escaped. */
export function odsString(value: string, part = 'value'): string {
  if (value.includes('\0')) throw new QueryError(`Invalid query: ${part} contains a NUL character`, part);
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A literal of the field's type: a number, `true`/`false`, `date'…'`, or a string. */
function literal(value: string | number | boolean, field: Field, part: string): string {
  const typed = coerceToField(value, field.type);
  const bad = () => {
    throw valueError(value, field, part);
  };
  switch (field.type) {
    case 'integer':
    case 'number':
      if (typeof typed !== 'number') bad();
      return String(typed);
    case 'boolean':
      if (typeof typed !== 'boolean') bad();
      return String(typed);
    case 'date':
    case 'datetime':
      if (!ISO_DATE.test(String(value))) bad();
      return `date'${String(value)}'`;
    default:
      return odsString(String(value), part);
  }
}

function conditionOdsql(condition: Condition, field: Field, part: string): string {
  const name = odsField(condition.field, `${part}.field`);
  switch (condition.op) {
    case 'is null':
      return `${name} is null`;
    case 'is not null':
      return `${name} is not null`;
    case 'in':
      return `(${(condition.value as (string | number | boolean)[])
        .map((v) => `${name} = ${literal(v, field, `${part}.value`)}`)
        .join(' OR ')})`;
    default:
      return `${name} ${condition.op} ${literal(condition.value as string | number | boolean, field, `${part}.value`)}`;
  }
}

/** Whether ODSQL expresses a query exactly. `contains` is a substring test; ODSQL only searches words. */
export function fitsOdsql(query: Query): boolean {
  return !(query.where ?? []).some((c) => c.op === 'contains');
}

/** The aggregate expression, e.g. `` sum(`wert`) ``. */
function aggregateExpression(aggregate: Aggregate, i: number): string {
  return aggregate.field === undefined
    ? `${aggregate.op}(*)`
    : `${aggregate.op}(${odsField(aggregate.field, `aggregates[${i}].field`)})`;
}

/** The ODSQL clauses of a query over a dataset with `fields` (names already checked). */
export interface OdsqlClauses {
  select?: string;
  where?: string;
  group_by?: string;
  order_by?: string;
}

/** Builds the `select`, `where`, `group_by` and `order_by` parameters of a records or exports request. */
export function odsqlClauses(query: Query, fields: readonly Field[]): OdsqlClauses {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const conditions = (query.where ?? []).map((c, i) =>
    conditionOdsql(c, byName.get(c.field)!, `where[${i}]`),
  );
  if (query.q?.trim()) conditions.push(odsString(query.q.trim(), 'q'));
  const clauses: OdsqlClauses = {};
  if (conditions.length) clauses.where = conditions.join(' AND ');
  const aggregates = query.aggregates ?? [];
  if (isAggregating(query)) {
    const groups = (query.groupBy ?? []).map((g, i) => odsField(g, `groupBy[${i}]`));
    clauses.select = [
      ...groups,
      ...aggregates.map(
        (a, i) => `${aggregateExpression(a, i)} as ${odsField(aggregateName(a), `aggregates[${i}].as`)}`,
      ),
    ].join(', ');
    if (groups.length) clauses.group_by = groups.join(', ');
  } else if (query.select) {
    clauses.select = query.select.map((name, i) => odsField(name, `select[${i}]`)).join(', ');
  }
  if (query.orderBy?.length) {
    const expressions = new Map(aggregates.map((a, i) => [aggregateName(a), aggregateExpression(a, i)]));
    clauses.order_by = query.orderBy
      .map(
        (o, i) =>
          `${expressions.get(o.field) ?? odsField(o.field, `orderBy[${i}].field`)} ${o.direction ?? 'asc'}`,
      )
      .join(', ');
  }
  return clauses;
}
