import type { Clock } from '../http/clock.js';
import type { HttpClient, RequestOptions } from '../http/http-client.js';
import { redactUrl } from '../http/redact.js';
import { loadResource } from '../formats/load-resource.js';
import type { Query, Resource, Table } from '../types.js';
import { geoTable } from './geo-table.js';
import { runLocalQuery } from './local-engine.js';
import { RecentReads } from './recent-reads.js';

/** Rows a query returns when it sets no `limit`. */
const DEFAULT_LIMIT = 100;

/**
 * Queries resources that are only files (no DataStore, an Opendatasoft attachment): downloads the file
 * once with the connection's timeouts and retries, parses it with odw's parsers (CSV, JSON, GeoJSON;
 * GeoJSON features become rows with a geometry column) and runs the query locally on at most `rowCap`
 * rows. A recent download is reused, so paging does not download again.
 */
export class FileQuery {
  private readonly files: RecentReads<{ table: Table; retrievedAt: number }>;

  constructor(
    private readonly http: HttpClient,
    private readonly rowCap: number,
    private readonly clock: Clock,
    reuseFor: number,
  ) {
    this.files = new RecentReads(clock, reuseFor);
  }

  async run(resource: Resource, query: Query, options: RequestOptions): Promise<Table> {
    const { table, retrievedAt } = await this.files.get(
      resource.url,
      () => this.load(resource, options),
      options.fresh,
    );
    const capped = table.rows.length > this.rowCap;
    const rows = capped ? table.rows.slice(0, this.rowCap) : table.rows;
    const result = runLocalQuery(table.fields, rows, { ...query, limit: query.limit ?? DEFAULT_LIMIT });
    return {
      fields: result.fields,
      rows: result.rows,
      total: result.total,
      exact: !capped,
      source: {
        pushedDown: false,
        url: redactUrl(resource.url),
        method: 'file',
        rowsRead: rows.length,
        ...(capped ? { rowCap: this.rowCap } : {}),
        retrievedAt: new Date(retrievedAt).toISOString(),
      },
      ...(table.warnings?.length ? { warnings: table.warnings } : {}),
      ...(table.meta ? { meta: table.meta } : {}),
    };
  }

  private async load(resource: Resource, options: RequestOptions) {
    const retrievedAt = this.clock.now();
    const fetchThroughClient: typeof fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      return this.http.fetchFile(url, init?.signal ?? undefined);
    };
    const loaded = await loadResource(resource, { fetch: fetchThroughClient, signal: options.signal });
    return { table: 'collection' in loaded ? geoTable(loaded) : loaded, retrievedAt };
  }
}
