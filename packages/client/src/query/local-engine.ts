import type { CellValue, Condition, Field, Query } from '../types.js';
import { aggregateFields, groupRows } from './group-rows.js';
import { cellText, coerceToField, compareCells, compareForSort } from './compare-values.js';
import { checkFieldNames } from './field-names.js';
import { isAggregating } from './validate-query.js';

/** The part of a `Table` the local engine computes. */
export interface LocalResult {
  fields: Field[];
  rows: CellValue[][];
  /** Rows (or groups) matching the query before `offset`/`limit`. */
  total: number;
}

type RowTest = (row: readonly CellValue[]) => boolean;

function conditionTest(condition: Condition, index: number, field: Field): RowTest {
  const { op } = condition;
  if (op === 'is null') return (row) => row[index] === null || row[index] === undefined;
  if (op === 'is not null') return (row) => row[index] !== null && row[index] !== undefined;
  if (op === 'contains') {
    const needle = String(condition.value).toLocaleLowerCase('de');
    return (row) => row[index] !== null && cellText(row[index]).toLocaleLowerCase('de').includes(needle);
  }
  if (op === 'in') {
    const values = (condition.value as (string | number | boolean)[])
      .map((v) => coerceToField(v, field.type))
      .filter((v) => v !== undefined);
    return (row) => row[index] !== null && values.some((v) => compareCells(row[index], v) === 0);
  }
  const value = coerceToField(condition.value as string | number | boolean, field.type);
  // A value the column cannot hold equals nothing and differs from everything (SQL would reject it).
  if (value === undefined) return op === '!=' ? (row) => row[index] !== null : () => false;
  return (row) => {
    const cell = row[index];
    if (cell === null || cell === undefined) return false;
    const order = compareCells(cell, value);
    switch (op) {
      case '=':
        return order === 0;
      case '!=':
        return order !== 0;
      case '<':
        return order < 0;
      case '<=':
        return order <= 0;
      case '>':
        return order > 0;
      default:
        return order >= 0;
    }
  };
}

function searchTest(q: string): RowTest {
  const needle = q.trim().toLocaleLowerCase('de');
  return (row) =>
    row.some((cell) => cell !== null && cellText(cell).toLocaleLowerCase('de').includes(needle));
}

function sortRows(rows: CellValue[][], names: readonly string[], query: Query): void {
  if (!query.orderBy?.length) return;
  const keys = query.orderBy.map((o) => ({ index: names.indexOf(o.field), direction: o.direction ?? 'asc' }));
  rows.sort((a, b) => {
    for (const { index, direction } of keys) {
      const order = compareForSort(a[index], b[index], direction);
      if (order !== 0) return order;
    }
    return 0;
  });
}

/**
 * Runs a query over rows in memory: filter (`where`, `q`), group and aggregate, sort, page, select.
 * Semantics follow the portals' push-down where they can: conditions compare in the column's type,
 * missing values never match a comparison, sorting puts missing values last ascending. `q` differs:
 * it matches a case-insensitive substring of any cell, where CKAN matches whole words.
 *
 * @example
 * ```ts
 * const table = await parseCsv(text); // or any Table
 * const { fields, rows, total } = runLocalQuery(table.fields, table.rows, {
 *   where: [{ field: 'jahr', op: '>=', value: 2020 }],
 *   groupBy: ['stadtteil'],
 *   aggregates: [{ op: 'sum', field: 'einwohner' }],
 *   orderBy: [{ field: 'sum_einwohner', direction: 'desc' }],
 *   limit: 10,
 * });
 * ```
 * @throws `QueryError` for fields the table does not have.
 */
export function runLocalQuery(
  fields: readonly Field[],
  rows: readonly CellValue[][],
  query: Query,
): LocalResult {
  const names = fields.map((f) => f.name);
  checkFieldNames(query, names);
  const tests: RowTest[] = (query.where ?? []).map((c) => {
    const index = names.indexOf(c.field);
    return conditionTest(c, index, fields[index]);
  });
  if (query.q?.trim()) tests.push(searchTest(query.q));
  let matched = tests.length ? rows.filter((row) => tests.every((test) => test(row))) : rows.slice();

  let outFields: Field[] = [...fields];
  if (isAggregating(query)) {
    outFields = aggregateFields(fields, query);
    matched = groupRows(fields, matched, query);
  }
  const outNames = outFields.map((f) => f.name);
  sortRows(matched, outNames, query);

  const total = matched.length;
  const offset = query.offset ?? 0;
  let page = matched.slice(offset, query.limit === undefined ? undefined : offset + query.limit);
  if (query.select && !isAggregating(query)) {
    const indexes = query.select.map((name) => outNames.indexOf(name));
    page = page.map((row) => indexes.map((i) => row[i]));
    outFields = indexes.map((i) => outFields[i]);
  }
  return { fields: outFields, rows: page, total };
}
