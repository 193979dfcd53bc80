import type { RequestOptions } from '../http/http-client.js';
import type { Dataset, Group, Organization, PortalType, Query, Resource, Table } from '../types.js';

/** What a connected portal can do; learned while connecting and refined by later requests. */
export interface PortalCapabilities {
  /** Software version the portal reports (CKAN `ckan_version`; `2.1` for the Opendatasoft Explore API). */
  version?: string;
  /** Whether the portal answers queries on resources (CKAN DataStore, ODS records API). */
  datastore: boolean;
  /**
   * Whether the portal computes aggregates and arbitrary conditions itself: CKAN `datastore_search_sql`
   * (`undefined` until the first such query found out: odw detects it, never assumes it), Opendatasoft's
   * ODSQL (`true`), DKAN (`false`).
   */
  sql: boolean | undefined;
  /**
   * Whether the portal allows this page's origin (CORS). `true` once a request succeeded in a browser,
   * `false` after a `CorsError`; `undefined` when not known yet or outside browsers (no CORS there).
   */
  cors: boolean | undefined;
  /** Most rows one query request returns (CKAN echoes its `ckan.datastore.search.rows_max`; ODS: 100). */
  maxLimit: number;
  /** For ODS: `offset + limit` may not exceed this on the records endpoint (beyond it odw uses exports). */
  maxOffset?: number;
  /** Whether requests go through the JSONP transport (`jsonp` option; CKAN only). */
  jsonp: boolean;
}

/** The catalogue facets odw normalizes across portal types. */
export type FacetName = 'organization' | 'groups' | 'tags' | 'formats' | 'licenses';

/** Parameters of {@link Portal.searchDatasets}; every one is optional. */
export interface SearchParams {
  /** Free-text search. */
  q?: string;
  /** Only datasets of this organization (name or id), e.g. `moers`. */
  organization?: string;
  /** Only datasets of one of these organizations. */
  organizations?: string[];
  /** Only datasets in all of these groups (themes). */
  groups?: string[];
  /** Only datasets with all of these tags (keywords). */
  tags?: string[];
  /** Only datasets with a resource in one of these formats, e.g. `['CSV']`. */
  formats?: string[];
  /** Only datasets under one of these licence ids. */
  licenses?: string[];
  /** Facets to count in the result. */
  facets?: FacetName[];
  /** Most values per facet. @defaultValue 50 */
  facetLimit?: number;
  /** Order of the results. @defaultValue `'relevance'` with `q`, else `'modified'` */
  sort?: 'relevance' | 'modified' | 'created' | 'title' | 'name';
  /** Results to skip. @defaultValue 0 */
  offset?: number;
  /** Results to return; above what one request may return (CKAN 1000, ODS 100) odw asks for further pages. @defaultValue 10 */
  limit?: number;
}

/** One value of a facet with its number of datasets. */
export interface FacetValue {
  /** The value to filter with (e.g. the organization name `moers`). */
  value: string;
  /** A human label (e.g. `Stadt Moers`). */
  label: string;
  count: number;
}

/** The answer of {@link Portal.searchDatasets}. */
export interface SearchResult {
  /** Number of matching datasets (not only those in `datasets`). */
  total: number;
  datasets: Dataset[];
  /** Counts per requested facet, largest first. */
  facets: Partial<Record<FacetName, FacetValue[]>>;
}

/** Options of {@link Portal.rows}. */
export interface RowsOptions extends RequestOptions {
  /** Rows per page; the portal may answer with fewer (its cap), then pages follow its size. */
  pageSize?: number;
}

/**
 * A connected open-data portal (CKAN, DKAN or Opendatasoft), normalized to one interface.
 * Obtain one with `connect()`.
 */
export interface Portal {
  /** The portal software. */
  readonly type: PortalType;
  /** The portal's base URL without trailing slash, e.g. `https://www.offenesdatenportal.de`. */
  readonly baseUrl: string;
  /** What the portal can do (a snapshot; it is refined as requests teach odw more). */
  readonly capabilities: PortalCapabilities;

  /**
   * Searches the catalogue.
   *
   * @example
   * ```ts
   * const { total, datasets, facets } = await portal.searchDatasets({
   *   organizations: ['moers', 'stadt-kleve', 'stadt-geldern'],
   *   q: 'Haushalt',
   *   facets: ['organization', 'tags'],
   * });
   * ```
   */
  searchDatasets(params?: SearchParams, options?: RequestOptions): Promise<SearchResult>;

  /** Loads one dataset by id or name (slug). Rejects with a `PortalError` (`Not Found Error`) when missing. */
  getDataset(idOrName: string, options?: RequestOptions): Promise<Dataset>;

  /** Lists every organization (publisher). */
  listOrganizations(options?: RequestOptions): Promise<Organization[]>;

  /** Lists every group (theme, category). */
  listGroups(options?: RequestOptions): Promise<Group[]>;

  /**
   * Runs a query on a resource where it is cheapest: the portal when it can answer (DataStore, SQL,
   * ODSQL), otherwise a local engine over the downloaded file. `Table.source` says which.
   *
   * @param resource - A resource from {@link Portal.getDataset}, or a resource id.
   * @throws `QueryError` naming the bad part of an invalid query.
   *
   * @example
   * ```ts
   * const table = await portal.query(resource, {
   *   where: [{ field: 'Wochentag', op: '=', value: 'Saturday' }],
   *   orderBy: [{ field: 'Fußgänger insgesamt', direction: 'desc' }],
   *   limit: 20,
   * }, { signal });
   * console.log(`${table.rows.length} of ${table.total}`, table.source.pushedDown ? 'by the portal' : 'locally');
   * ```
   */
  query(resource: Resource | string, query?: Query, options?: RequestOptions): Promise<Table>;

  /**
   * Pages through every row a query matches (from `query.offset`, up to `query.limit` rows when set).
   * Each page is a `Table`; breaking out of the loop stops requesting pages.
   *
   * @example
   * ```ts
   * for await (const page of portal.rows(resource, { orderBy: [{ field: 'datum' }] })) {
   *   console.log(page.rows.length, 'of', page.total);
   * }
   * ```
   */
  rows(resource: Resource | string, query?: Query, options?: RowsOptions): AsyncIterable<Table>;
}
