import type { Clock } from '../http/clock.js';
import type { RequestOptions } from '../http/http-client.js';
import { RecentReads } from '../query/recent-reads.js';
import { own } from '../metadata/own-property.js';
import { aggregateFields } from '../query/group-rows.js';
import { runLocalQuery } from '../query/local-engine.js';
import { checkFieldNames } from '../query/field-names.js';
import { isAggregating } from '../query/validate-query.js';
import { tableSource } from '../portal/table-source.js';
import type { Field, Query, Table } from '../types.js';
import type { OdsApi, OdsResponse } from './ods-api.js';
import { odsRows } from './normalize-ods.js';
import { fitsOdsql, odsqlClauses } from './odsql.js';

/** Rows a query returns when it sets no `limit`. */
const DEFAULT_LIMIT = 100;
/** Most records one `records` request returns, and the `offset + limit` cap (Explore API v2.1). */
const RECORDS_PAGE = 100;
const RECORDS_WINDOW = 10_000;
/** With `group_by`, one request may return up to 20 000 groups (same cap for `offset + limit`). */
const GROUPS_WINDOW = 20_000;

/**
 * Runs queries on an Opendatasoft dataset: the `records` endpoint with ODSQL (`select`, `where`,
 * `group_by`, `order_by`) within its window (`offset + limit ≤ 10 000`, 100 per request), the `exports`
 * endpoint beyond it, and the local engine over an export (at most `rowCap` records) for conditions ODSQL
 * cannot express exactly (`contains`).
 */
export class OdsQuery {
  private readonly reads: RecentReads<[OdsResponse, OdsResponse]>;

  constructor(
    private readonly api: OdsApi,
    private readonly rowCap: number,
    clock: Clock,
    reuseFor: number,
  ) {
    this.reads = new RecentReads(clock, reuseFor);
  }

  private path(datasetId: string, endpoint: string): string {
    return `catalog/datasets/${encodeURIComponent(datasetId)}/${endpoint}`;
  }

  /** Runs a validated query on a dataset whose columns are `fields`. */
  async run(
    datasetId: string,
    fields: readonly Field[],
    query: Query,
    options: RequestOptions,
  ): Promise<Table> {
    checkFieldNames(
      query,
      fields.map((f) => f.name),
    );
    if (!fitsOdsql(query)) return this.local(datasetId, fields, query, options);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    const window = query.groupBy?.length ? GROUPS_WINDOW : RECORDS_WINDOW;
    if (offset + limit > window) return this.exported(datasetId, fields, query, options);
    return this.records(datasetId, fields, query, options);
  }

  private outputFields(fields: readonly Field[], query: Query): Field[] {
    if (isAggregating(query)) return aggregateFields(fields, query);
    if (!query.select) return [...fields];
    const byName = new Map(fields.map((f) => [f.name, f]));
    return query.select.map((name) => byName.get(name)!);
  }

  private async records(datasetId: string, fields: readonly Field[], query: Query, options: RequestOptions) {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    const clauses = odsqlClauses(query, fields);
    const grouped = Boolean(query.groupBy?.length);
    const pageSize = grouped ? GROUPS_WINDOW : RECORDS_PAGE;
    const outFields = this.outputFields(fields, query);
    const rows: Table['rows'] = [];
    let first: OdsResponse | undefined;
    let total: number | undefined;
    do {
      const pageLimit = Math.min(pageSize, limit - rows.length);
      const response = await this.api.get(
        this.path(datasetId, 'records'),
        { ...clauses, limit: Math.max(pageLimit, 0), offset: offset + rows.length || undefined },
        options,
      );
      first ??= response;
      const count = own(response.body, 'total_count');
      if (typeof count === 'number') total = count;
      const page = odsRows(own(response.body, 'results'), outFields);
      rows.push(...page);
      if (page.length < pageLimit || pageLimit === 0) break;
    } while (rows.length < limit);
    // With aggregates `total_count` counts records, not result rows.
    if (isAggregating(query)) total = await this.groupTotal(datasetId, fields, query, rows.length, options);
    return { fields: outFields, rows, total, exact: true, source: tableSource('ods_records', first!) };
  }

  /** Grouped answers carry no `total_count`: a short page tells it, else the export of the groups counts them. */
  private async groupTotal(
    datasetId: string,
    fields: readonly Field[],
    query: Query,
    received: number,
    options: RequestOptions,
  ): Promise<number> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    if (!query.groupBy?.length) return 1;
    if (received < limit && (received > 0 || offset === 0)) return offset + received;
    const clauses = odsqlClauses({ where: query.where, q: query.q, groupBy: query.groupBy }, fields);
    const response = await this.api.get(this.path(datasetId, 'exports/json'), { ...clauses }, options);
    return Array.isArray(response.body) ? response.body.length : offset + received;
  }

  /** Beyond the records window: one export of the first `offset + limit` rows, sliced. */
  private async exported(datasetId: string, fields: readonly Field[], query: Query, options: RequestOptions) {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    const clauses = odsqlClauses(query, fields);
    const outFields = this.outputFields(fields, query);
    const [exported, counted] = await Promise.all([
      this.api.get(this.path(datasetId, 'exports/json'), { ...clauses, limit: offset + limit }, options),
      query.groupBy?.length
        ? undefined
        : this.api.get(this.path(datasetId, 'records'), { where: clauses.where, limit: 0 }, options),
    ]);
    const all = odsRows(exported.body, outFields);
    const count = counted ? own(counted.body, 'total_count') : all.length;
    return {
      fields: outFields,
      rows: all.slice(offset, offset + limit),
      total: typeof count === 'number' ? count : undefined,
      exact: true,
      source: tableSource('ods_exports', exported),
    };
  }

  /** Exports the rows ODSQL can select, then runs the whole query locally on at most `rowCap` of them. */
  private async local(datasetId: string, fields: readonly Field[], query: Query, options: RequestOptions) {
    const pushed: Query = { where: (query.where ?? []).filter((c) => c.op !== 'contains'), q: query.q };
    const clauses = odsqlClauses(pushed, fields);
    const [exported, counted] = await this.reads.get(
      JSON.stringify([datasetId, clauses.where]),
      () =>
        Promise.all([
          this.api.get(
            this.path(datasetId, 'exports/json'),
            { where: clauses.where, limit: this.rowCap },
            options,
          ),
          this.api.get(this.path(datasetId, 'records'), { where: clauses.where, limit: 0 }, options),
        ]),
      options.fresh,
    );
    const rows = odsRows(exported.body, fields);
    const available = own(counted.body, 'total_count');
    const capped = typeof available === 'number' ? available > rows.length : rows.length >= this.rowCap;
    // The portal applied `q` as a word search; the local engine must not apply it again as a substring.
    const { q: _applied, ...rest } = query;
    const result = runLocalQuery(fields, rows, { ...rest, limit: query.limit ?? DEFAULT_LIMIT });
    return {
      fields: result.fields,
      rows: result.rows,
      total: result.total,
      exact: !capped,
      source: tableSource('ods_exports', exported, {
        pushedDown: false,
        rowsRead: rows.length,
        ...(capped ? { rowCap: this.rowCap } : {}),
      }),
    };
  }
}
