import { HttpError, PortalError } from '../errors.js';
import type { RequestOptions } from '../http/http-client.js';
import { own } from '../metadata/own-property.js';
import type { PortalCapabilities } from '../portal/portal.js';
import type { Clock } from '../http/clock.js';
import { RecentReads } from '../query/recent-reads.js';
import { tableSource } from '../portal/table-source.js';
import type { Field, Query, Table } from '../types.js';
import type { ActionResult, CkanApi } from './ckan-api.js';
import { datastoreFields } from './datastore-fields.js';
import type { DatastoreEndpoint } from './datastore-endpoint.js';
import { datastorePage, type DatastorePage } from './datastore-search.js';

/** Rows a query returns when it sets no `limit` (CKAN's own default). */
export const DEFAULT_LIMIT = 100;

/** Columns of a DataStore table that are internal (full-text index). */
const INTERNAL_FIELDS: ReadonlySet<string> = new Set(['_full_text']);

/** How a failed `datastore_search_sql` call reads: the portal has SQL off, perhaps off, or it is another error. */
function sqlRefusal(error: unknown): 'off' | 'maybe' | undefined {
  if (error instanceof PortalError) {
    if (error.code === 'Authorization Error' || /action name not known/i.test(error.message)) return 'off';
    if (error.code === 'Not Found Error') return 'maybe';
    return undefined;
  }
  if (error instanceof HttpError && (error.status === 400 || error.status === 403 || error.status === 404)) {
    return /action name not known|not authori[sz]ed/i.test(error.message) || error.status !== 400
      ? 'off'
      : undefined;
  }
  return undefined;
}

/** Reorders columns to the order `select` asked for (portals may return them in table order). */
function inSelectOrder(page: DatastorePage, select: readonly string[] | undefined): DatastorePage {
  if (!select) return page;
  const indexes = select.map((name) => page.fields.findIndex((f) => f.name === name));
  if (indexes.some((i) => i < 0) || indexes.every((i, j) => i === j)) return page;
  return {
    ...page,
    fields: indexes.map((i) => page.fields[i]),
    rows: page.rows.map((r) => indexes.map((i) => r[i])),
  };
}

/**
 * Runs queries against CKAN's DataStore, choosing per query: `datastore_search` when it can answer,
 * `datastore_search_sql` for aggregates and other conditions when the portal allows SQL (found out on
 * first use, remembered in the capabilities), else a scan: `datastore_search` pages with the filters it
 * can apply, the rest computed locally from at most `rowCap` rows.
 */
export class DatastoreQuery {
  private readonly fieldCache = new Map<string, Promise<Field[]>>();
  private readonly scans: RecentReads<Table>;

  constructor(
    private readonly api: CkanApi,
    private readonly endpoint: DatastoreEndpoint,
    private readonly capabilities: PortalCapabilities,
    private readonly rowCap: number,
    clock: Clock,
    reuseFor: number,
  ) {
    this.scans = new RecentReads(clock, reuseFor);
  }

  /** Runs `query` (already validated) on the DataStore table of `resourceId`. */
  async run(resourceId: string, query: Query, options: RequestOptions): Promise<Table> {
    if (this.endpoint.fits(query)) return this.search(resourceId, query, options);
    if (this.endpoint.sql && this.capabilities.sql !== false && !query.q?.trim()) {
      try {
        const table = await this.sql(resourceId, query, options);
        this.capabilities.sql = true;
        return table;
      } catch (error) {
        const refusal = sqlRefusal(error);
        if (!refusal) throw error;
        const table = await this.scan(resourceId, query, options);
        this.capabilities.sql = false;
        return table;
      }
    }
    return this.scan(resourceId, query, options);
  }

  /** The table's columns (`_id` included, the full-text index not), from a `datastore_search` with limit 0. */
  fields(resourceId: string, options: RequestOptions): Promise<Field[]> {
    let fields = this.fieldCache.get(resourceId);
    if (!fields) {
      fields = this.endpoint
        .search(resourceId, {}, { limit: 0, offset: 0 }, options)
        .then((r) => datastoreFields(own(r.result, 'fields')).filter((f) => !INTERNAL_FIELDS.has(f.name)));
      fields.catch(() => this.fieldCache.delete(resourceId));
      this.fieldCache.set(resourceId, fields);
    }
    return fields;
  }

  /** Turns a CKAN validation error about the query into a `QueryError` that names the part. */
  private async explainRejection(
    error: unknown,
    resourceId: string,
    query: Query,
    options: RequestOptions,
  ): Promise<never> {
    if (error instanceof PortalError && error.code === 'Validation Error') {
      // Lazy: only a rejected query is checked against the columns here.
      const [fields, { checkFieldNames }] = await Promise.all([
        this.fields(resourceId, options).catch(() => undefined),
        import('../query/field-names.js'),
      ]);
      if (fields)
        checkFieldNames(
          query,
          fields.map((f) => f.name),
        );
    }
    throw error;
  }

  private async search(resourceId: string, query: Query, options: RequestOptions): Promise<Table> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    let first: { page: DatastorePage; response: ActionResult<unknown> } | undefined;
    const rows: Table['rows'] = [];
    let pageLimit = Math.min(limit, this.capabilities.maxLimit);
    for (;;) {
      const response = await this.endpoint
        .search(resourceId, query, { limit: pageLimit, offset: offset + rows.length }, options)
        .catch((error: unknown) => this.explainRejection(error, resourceId, query, options));
      const page = inSelectOrder(datastorePage(response.result, query), query.select);
      first ??= { page, response };
      // The portal caps `limit` at its rows_max and says so by echoing the limit it used.
      if (page.limit !== undefined && page.limit < pageLimit && page.limit > 0) {
        this.capabilities.maxLimit = page.limit;
      }
      rows.push(...page.rows);
      const served = page.limit !== undefined && page.limit > 0 ? Math.min(page.limit, pageLimit) : pageLimit;
      if (rows.length >= limit || page.rows.length < served || page.rows.length === 0) break;
      pageLimit = Math.min(limit - rows.length, this.capabilities.maxLimit);
    }
    const { page, response } = first!;
    return {
      fields: page.fields,
      rows: rows.slice(0, limit),
      total: page.total,
      exact: page.exact,
      source: tableSource('datastore_search', response),
    };
  }

  private async sql(resourceId: string, query: Query, options: RequestOptions): Promise<Table> {
    // Lazy: only queries `datastore_search` cannot express (aggregates, ranges, …) are written as SQL.
    const [fields, { sqlQuery }] = await Promise.all([
      this.fields(resourceId, options),
      import('./datastore-sql-query.js'),
    ]);
    const page = { limit: query.limit ?? DEFAULT_LIMIT, offset: query.offset ?? 0 };
    return sqlQuery(this.api, resourceId, query, fields, page, options);
  }

  /**
   * Reads pages with the filters `datastore_search` can apply (equality, full text) and computes the rest
   * locally, from at most `rowCap` rows.
   */
  private async scan(resourceId: string, query: Query, options: RequestOptions): Promise<Table> {
    const pushed: Query = {
      where: (query.where ?? []).filter((c) => c.op === '=' || c.op === 'in'),
      ...(query.q?.trim() ? { q: query.q } : {}),
    };
    if (!this.endpoint.fits(pushed)) pushed.where = [];
    const key = JSON.stringify([resourceId, pushed]);
    // Lazy: the local engine is needed only when neither `datastore_search` nor SQL can answer.
    const [read, { runLocalQuery }] = await Promise.all([
      this.scans.get(
        key,
        () => this.search(resourceId, { ...pushed, limit: this.rowCap }, options),
        options.fresh,
      ),
      import('../query/local-engine.js'),
    ]);
    // `q` was applied by the portal (word search); the local engine must not apply it again as a substring.
    const { q: _applied, ...rest } = query;
    const local = runLocalQuery(read.fields, read.rows, { ...rest, limit: query.limit ?? DEFAULT_LIMIT });
    const capped = read.total !== undefined ? read.total > read.rows.length : read.rows.length >= this.rowCap;
    return {
      fields: local.fields,
      rows: local.rows,
      // With a capped read this counts only the rows read; `exact: false` and `rowCap` say so.
      total: local.total,
      exact: !capped && read.exact,
      source: {
        ...read.source,
        pushedDown: false,
        rowsRead: read.rows.length,
        ...(capped ? { rowCap: this.rowCap } : {}),
      },
    };
  }
}
