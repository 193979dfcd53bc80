/**
 * The query engine for data held in the page (a parsed file, rows a developer set): filter, search and
 * sort over a {@link ColumnarTable}, returning the matching row numbers in order. It runs on the main
 * thread for small tables and inside a Worker for large ones (see local-runner.ts); sorted orders are
 * cached per sort key, so typing into the search box only filters.
 */
import type { CellValue, Condition, OrderBy } from '@odw/client';
import type { ColumnarTable, ColumnVector } from './columnar.js';
import { sortByNumber, sortByUint32 } from './radix-sort.js';
import { foldText } from './text-fold.js';

/** What to compute: the same `where`, `q` and `orderBy` a portal query has. */
export interface LocalQuery {
  where?: Condition[];
  /** Full-text search; matches when any of `searchIn` contains it (case and `ß`/`ss` ignored). */
  q?: string;
  /** Columns `q` searches; default all. */
  searchIn?: string[];
  orderBy?: OrderBy[];
}

type Predicate = (row: number) => boolean;

/** Runs local queries over one table. */
export class LocalEngine {
  private readonly sorted = new Map<string, Uint32Array>();
  private readonly folded = new Map<number, (string | null)[]>();
  private readonly collator: Intl.Collator;

  constructor(
    readonly data: ColumnarTable,
    locale = 'de',
  ) {
    this.collator = new Intl.Collator(locale, { numeric: true });
  }

  /** Row numbers matching `query`, in its order; `null` when that is every row in source order. */
  run(query: LocalQuery): Uint32Array | null {
    const predicates = [
      ...(query.where ?? []).map((c) => this.predicate(c)),
      ...(query.q?.trim() ? [this.searchPredicate(query.q, query.searchIn)] : []),
    ];
    const order = query.orderBy?.length ? this.sortedRows(query.orderBy) : null;
    if (predicates.length === 0) return order;
    const matches = new Uint32Array(order ? order.length : this.data.rowCount);
    let count = 0;
    const n = order ? order.length : this.data.rowCount;
    for (let i = 0; i < n; i++) {
      const row = order ? order[i] : i;
      let keep = true;
      for (let p = 0; p < predicates.length && keep; p++) keep = predicates[p](row);
      if (keep) matches[count++] = row;
    }
    return matches.slice(0, count);
  }

  /** The distinct non-empty values of a column, sorted, or `undefined` when there are more than `limit`. */
  distinct(field: string, limit: number): CellValue[] | undefined {
    const j = this.columnIndex(field);
    const column = this.data.columns[j];
    const seen = new Set<string | number>();
    for (let i = 0; i < this.data.rowCount; i++) {
      const v = column.values[i];
      if (v === null || (typeof v === 'number' && Number.isNaN(v))) continue;
      seen.add(v);
      if (seen.size > limit) return undefined;
    }
    const values = [...seen];
    if (column.kind === 'number') {
      const numbers = (values as number[]).sort((a, b) => a - b);
      return this.data.types[j] === 'boolean' ? numbers.map((v) => v === 1) : numbers;
    }
    return (values as string[]).sort(this.collator.compare);
  }

  private columnIndex(field: string): number {
    const j = this.data.names.indexOf(field);
    if (j < 0) throw new RangeError(`No column "${field}"`);
    return j;
  }

  private sortedRows(orderBy: OrderBy[]): Uint32Array {
    const key = JSON.stringify(orderBy);
    let rows = this.sorted.get(key);
    if (!rows) {
      rows = new Uint32Array(this.data.rowCount);
      for (let i = 0; i < rows.length; i++) rows[i] = i;
      // Least significant key first: every pass is stable, so earlier keys win ties.
      for (let k = orderBy.length - 1; k >= 0; k--) {
        const j = this.columnIndex(orderBy[k].field);
        const descending = orderBy[k].direction === 'desc';
        const column = this.data.columns[j];
        rows =
          column.kind === 'number'
            ? sortByNumber(rows, column.values, descending)
            : sortByUint32(rows, this.textRanks(j, column.values, descending));
      }
      this.sorted.set(key, rows);
    }
    return rows;
  }

  /**
   * Each row's position among the column's distinct values (empty cells last): distinct values are far
   * fewer than rows in typical open data, so only they are compared with the collator.
   */
  private textRanks(j: number, values: (string | null)[], descending: boolean): Uint32Array {
    const codes = new Map<string, number>();
    const distinct: string[] = [];
    const rowCodes = new Uint32Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null) {
        rowCodes[i] = 0xffffffff;
        continue;
      }
      let code = codes.get(v);
      if (code === undefined) {
        code = distinct.length;
        codes.set(v, code);
        distinct.push(v);
      }
      rowCodes[i] = code;
    }
    // ISO dates and times order correctly, and much faster, by code units.
    const type = this.data.types[j];
    const compare =
      type === 'date' || type === 'datetime'
        ? (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
        : this.collator.compare;
    const byValue = distinct.map((_, code) => code).sort((a, b) => compare(distinct[a], distinct[b]));
    const rankOfCode = new Uint32Array(distinct.length);
    byValue.forEach((code, rank) => (rankOfCode[code] = descending ? distinct.length - 1 - rank : rank));
    for (let i = 0; i < rowCodes.length; i++) {
      if (rowCodes[i] !== 0xffffffff) rowCodes[i] = rankOfCode[rowCodes[i]];
    }
    return rowCodes;
  }

  private foldedColumn(j: number): (string | null)[] {
    let folded = this.folded.get(j);
    if (!folded) {
      const column = this.data.columns[j];
      folded =
        column.kind === 'number'
          ? Array.from(column.values, (v) => (Number.isNaN(v) ? null : String(v)))
          : column.values.map((v) => (v === null ? null : foldText(v)));
      this.folded.set(j, folded);
    }
    return folded;
  }

  private searchPredicate(q: string, searchIn?: string[]): Predicate {
    const needle = foldText(q.trim());
    const columns = (searchIn ?? this.data.names).map((name) => this.foldedColumn(this.columnIndex(name)));
    return (row) => columns.some((values) => values[row]?.includes(needle) ?? false);
  }

  private predicate(condition: Condition): Predicate {
    const j = this.columnIndex(condition.field);
    const column: ColumnVector = this.data.columns[j];
    const { op } = condition;
    if (op === 'contains') {
      const needle = foldText(String(condition.value ?? ''));
      const values = this.foldedColumn(j);
      return (row) => values[row]?.includes(needle) ?? false;
    }
    if (column.kind === 'number') {
      const v = column.values;
      const num = (x: CellValue) => (typeof x === 'boolean' ? (x ? 1 : 0) : Number(x));
      if (op === 'is null') return (row) => Number.isNaN(v[row]);
      if (op === 'is not null') return (row) => !Number.isNaN(v[row]);
      if (op === 'in') {
        const set = new Set(
          (Array.isArray(condition.value) ? condition.value : [condition.value ?? null]).map(num),
        );
        return (row) => set.has(v[row]);
      }
      const x = num(condition.value as CellValue);
      return compareWith(
        op,
        (row) => v[row],
        x,
        (a) => Number.isNaN(a),
      );
    }
    const v = column.values;
    const text = (x: CellValue) =>
      x === null ? null : typeof x === 'object' ? JSON.stringify(x) : String(x);
    if (op === 'is null') return (row) => v[row] === null;
    if (op === 'is not null') return (row) => v[row] !== null;
    if (op === 'in') {
      const set = new Set(
        (Array.isArray(condition.value) ? condition.value : [condition.value ?? null]).map(text),
      );
      return (row) => v[row] !== null && set.has(v[row]);
    }
    const x = text(condition.value as CellValue) ?? '';
    return compareWith(
      op,
      (row) => v[row],
      x,
      (a) => a === null,
    );
  }
}

/** A comparison predicate; empty cells never match (as in SQL, where `NULL <> 1` is not true). */
function compareWith<T>(
  op: Condition['op'],
  get: (row: number) => T,
  x: T,
  isEmpty: (a: T) => boolean,
): Predicate {
  switch (op) {
    case '=':
      return (row) => get(row) === x;
    case '!=':
      return (row) => !isEmpty(get(row)) && get(row) !== x;
    case '<':
      return (row) => !isEmpty(get(row)) && get(row) < x;
    case '<=':
      return (row) => !isEmpty(get(row)) && get(row) <= x;
    case '>':
      return (row) => !isEmpty(get(row)) && get(row) > x;
    case '>=':
      return (row) => !isEmpty(get(row)) && get(row) >= x;
    default:
      throw new RangeError(`Unsupported operator ${op}`);
  }
}
