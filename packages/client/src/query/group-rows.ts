import { QueryError } from '../errors.js';
import type { Aggregate, CellValue, Field, FieldType, Query } from '../types.js';
import { compareCells } from './compare-values.js';
import { aggregateName } from './validate-query.js';

/** A plain decimal as text (`12`, `-3.5`); what text columns of untyped portals (DKAN) hold for numbers. */
const DECIMAL_TEXT = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

function outputType(aggregate: Aggregate, source: Field | undefined): FieldType {
  switch (aggregate.op) {
    case 'count':
      return 'integer';
    case 'avg':
      return 'number';
    case 'sum':
      return source?.type === 'integer' ? 'integer' : 'number';
    default:
      return source?.type ?? 'text';
  }
}

/** The fields of an aggregating query's result: the group fields, then one per aggregate. */
export function aggregateFields(fields: readonly Field[], query: Query): Field[] {
  const byName = new Map(fields.map((f) => [f.name, f]));
  return [
    ...(query.groupBy ?? []).map((name) => byName.get(name)!),
    ...(query.aggregates ?? []).map((a) => ({
      name: aggregateName(a),
      type: outputType(a, a.field === undefined ? undefined : byName.get(a.field)),
    })),
  ];
}

/** Reads a cell as a number for sum/avg; text columns are accepted when every value is a plain decimal. */
function numericValue(cell: CellValue, field: Field, part: string): number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string' && field.type === 'text') {
    const text = cell.trim();
    if (text === '') return null;
    if (DECIMAL_TEXT.test(text)) return Number(text);
  }
  throw new QueryError(
    `Invalid query: ${part} "${field.name}" is not numeric (it holds "${String(cell)}"); sum and avg need numbers`,
    part,
  );
}

/** Neumaier-compensated sum, so summing many decimals does not drift. */
class Sum {
  private total = 0;
  private compensation = 0;
  count = 0;

  add(value: number): void {
    const next = this.total + value;
    if (Math.abs(this.total) >= Math.abs(value)) this.compensation += this.total - next + value;
    else this.compensation += value - next + this.total;
    this.total = next;
    this.count++;
  }

  get value(): number {
    return this.total + this.compensation;
  }
}

interface Accumulator {
  add(row: readonly CellValue[]): void;
  result(): CellValue;
}

function accumulator(
  aggregate: Aggregate,
  fields: readonly Field[],
  index: number,
  part: string,
): Accumulator {
  const field = fields[index];
  switch (aggregate.op) {
    case 'count': {
      let count = 0;
      return {
        add: (row) => {
          if (index < 0 || (row[index] !== null && row[index] !== undefined)) count++;
        },
        result: () => count,
      };
    }
    case 'sum':
    case 'avg': {
      const sum = new Sum();
      return {
        add: (row) => {
          const value = numericValue(row[index], field, part);
          if (value !== null) sum.add(value);
        },
        // SQL semantics: the sum or average of no values is NULL, not 0.
        result: () => (sum.count === 0 ? null : aggregate.op === 'sum' ? sum.value : sum.value / sum.count),
      };
    }
    default: {
      let best: CellValue = null;
      const sign = aggregate.op === 'min' ? -1 : 1;
      return {
        add: (row) => {
          const cell = row[index];
          if (cell === null || cell === undefined) return;
          if (best === null || sign * compareCells(cell, best) > 0) best = cell;
        },
        result: () => best,
      };
    }
  }
}

/** Groups rows by `query.groupBy` and computes `query.aggregates` per group, in first-seen group order. */
export function groupRows(
  fields: readonly Field[],
  rows: readonly CellValue[][],
  query: Query,
): CellValue[][] {
  const names = fields.map((f) => f.name);
  const groupIndexes = (query.groupBy ?? []).map((name) => names.indexOf(name));
  const aggregates = query.aggregates ?? [];
  const aggregateIndexes = aggregates.map((a) => (a.field === undefined ? -1 : names.indexOf(a.field)));
  // Keys come from data: a Map, never an object, so a group called "__proto__" is just a group.
  const groups = new Map<string, { values: CellValue[]; accumulators: Accumulator[] }>();
  for (const row of rows) {
    const values = groupIndexes.map((i) => row[i] ?? null);
    const key = JSON.stringify(values);
    let group = groups.get(key);
    if (!group) {
      group = {
        values,
        accumulators: aggregates.map((a, j) =>
          accumulator(a, fields, aggregateIndexes[j], `aggregates[${j}].field`),
        ),
      };
      groups.set(key, group);
    }
    for (const acc of group.accumulators) acc.add(row);
  }
  // Without groupBy, aggregates over no rows still give one row (count 0), as SQL does.
  if (groupIndexes.length === 0 && groups.size === 0) {
    groups.set('[]', {
      values: [],
      accumulators: aggregates.map((a, j) =>
        accumulator(a, fields, aggregateIndexes[j], `aggregates[${j}].field`),
      ),
    });
  }
  return [...groups.values()].map((g) => [...g.values, ...g.accumulators.map((acc) => acc.result())]);
}
