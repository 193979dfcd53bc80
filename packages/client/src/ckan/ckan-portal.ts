import { PortalError } from '../errors.js';
import type { RequestOptions } from '../http/http-client.js';
import { own } from '../metadata/own-property.js';
import type { AdapterSettings } from '../portal/client-options.js';
import type {
  Portal,
  PortalCapabilities,
  RowsOptions,
  SearchParams,
  SearchResult,
} from '../portal/portal.js';
import type { FileQuery } from '../query/file-query.js';
import { portalRows } from '../query/page-rows.js';
import { checkResource, validateQuery } from '../query/validate-query.js';
import type { Dataset, Group, Organization, PortalType, Query, Resource, Table } from '../types.js';
import { CkanApi } from './ckan-api.js';
import { ckanDatastore, type DatastoreEndpoint } from './datastore-endpoint.js';
import { DatastoreQuery } from './datastore-query.js';
import {
  normalizeGroup,
  normalizeOrganization,
  normalizePackage,
  normalizeResource,
} from './normalize-package.js';

/** What `connect()` learned about a CKAN portal before creating it. */
export interface CkanPortalInfo {
  version?: string;
  /** Whether the DataStore extension is loaded (from `status_show`'s extension list). */
  datastore?: boolean;
  /** Whether the detection request showed that the portal allows this page's origin. */
  cors?: boolean;
}

/** Most datasets one `package_search` returns (CKAN's default `ckan.search.rows_max`). */
const SEARCH_PAGE = 1000;

/** Page size when listing organizations and groups with all fields (CKAN's default cap is 25). */
const LIST_PAGE = 25;

/**
 * A CKAN portal (Action API v3), e.g. offenesdatenportal.de, GovData, open.NRW.
 * Use `connect()` to create one.
 */
export class CkanPortal implements Portal {
  readonly type: PortalType = 'ckan';
  protected readonly api: CkanApi;
  protected readonly caps: PortalCapabilities;
  protected readonly datastore: DatastoreQuery;
  private files?: Promise<FileQuery>;

  constructor(
    readonly baseUrl: string,
    protected readonly settings: AdapterSettings,
    info: CkanPortalInfo = {},
  ) {
    this.api = new CkanApi(baseUrl, settings.http, settings.jsonp);
    this.api.corsAllowed = info.cors;
    this.caps = {
      ...(info.version ? { version: info.version } : {}),
      datastore: info.datastore ?? true,
      sql: undefined,
      cors: undefined,
      maxLimit: 32_000,
      jsonp: false,
    };
    this.datastore = new DatastoreQuery(
      this.api,
      this.datastoreEndpoint(),
      this.caps,
      settings.localRowCap,
      settings.http.clock,
      settings.http.cache.ttl,
    );
  }

  /** Where this portal's `datastore_search` lives (DKAN overrides it). */
  protected datastoreEndpoint(): DatastoreEndpoint {
    return ckanDatastore(this.api);
  }

  get capabilities(): PortalCapabilities {
    return { ...this.caps, cors: this.api.corsAllowed, jsonp: this.api.jsonpActive };
  }

  protected get context() {
    return { baseUrl: this.baseUrl, lang: this.settings.lang };
  }

  async searchDatasets(params: SearchParams = {}, options: RequestOptions = {}): Promise<SearchResult> {
    // Lazy: a widget showing one dataset's table never searches the catalogue.
    const [{ searchInPages }, { normalizeSearchResult, packageSearchParams }] = await Promise.all([
      import('../portal/search-pages.js'),
      import('./package-search.js'),
    ]);
    const base = packageSearchParams(params);
    return searchInPages(params.offset ?? 0, params.limit ?? 10, SEARCH_PAGE, async (start, rows, first) => {
      const pageParams = first
        ? { ...base, rows, start: start || undefined }
        : { ...base, rows, start, 'facet.field': undefined };
      const { result } = await this.api.call<unknown>('package_search', pageParams, options);
      return normalizeSearchResult(result, first ? params : { ...params, facets: [] }, this.context);
    });
  }

  async getDataset(idOrName: string, options: RequestOptions = {}): Promise<Dataset> {
    const { result, url } = await this.api.call<unknown>('package_show', { id: idOrName }, options);
    // DKAN answers package_show with a list of one package.
    const pkg = Array.isArray(result) ? result[0] : result;
    if (!pkg || typeof pkg !== 'object') {
      throw new PortalError(`Not Found Error: no dataset "${idOrName}" (GET ${url})`, 'Not Found Error', {
        url,
      });
    }
    return normalizePackage(pkg, this.context);
  }

  async listOrganizations(options: RequestOptions = {}): Promise<Organization[]> {
    const records = await this.listAll('organization_list', options);
    return records.map((o) => normalizeOrganization(o, this.context)).filter((o) => o !== undefined);
  }

  async listGroups(options: RequestOptions = {}): Promise<Group[]> {
    const records = await this.listAll('group_list', options);
    return records.map((g) => normalizeGroup(g, this.context)).filter((g) => g !== undefined);
  }

  /** Pages through `organization_list` / `group_list` with all fields (CKAN caps those pages). */
  private async listAll(action: string, options: RequestOptions): Promise<unknown[]> {
    const all: unknown[] = [];
    for (let offset = 0; ; offset += LIST_PAGE) {
      const { result } = await this.api.call<unknown>(
        action,
        { all_fields: true, limit: LIST_PAGE, offset: offset || undefined },
        options,
      );
      if (!Array.isArray(result)) break;
      all.push(...result);
      if (result.length < LIST_PAGE) break;
    }
    return all;
  }

  async query(resource: Resource | string, query: Query = {}, options: RequestOptions = {}): Promise<Table> {
    checkResource(resource);
    const valid = validateQuery(query);
    if (typeof resource !== 'string') {
      return resource.datastoreActive
        ? this.datastore.run(resource.id, valid, options)
        : this.queryFile(resource, valid, options);
    }
    // A resource given by id is tried in the DataStore first (the usual case for queries); when the
    // DataStore does not know it, `resource_show` tells where its file is.
    if (this.caps.datastore) {
      try {
        return await this.datastore.run(resource, valid, options);
      } catch (error) {
        if (!(error instanceof PortalError && error.code === 'Not Found Error')) throw error;
      }
    }
    const { result } = await this.api.call<unknown>('resource_show', { id: resource }, options);
    const file = normalizeResource(result, String(own(result, 'package_id') ?? ''), 0, this.context);
    return this.queryFile({ ...file, datastoreActive: false }, valid, options);
  }

  rows(resource: Resource | string, query: Query = {}, options: RowsOptions = {}): AsyncIterable<Table> {
    return portalRows(this, resource, query, options);
  }

  /** Queries a resource that is only a file: download once, parse, run the query locally. */
  protected async queryFile(resource: Resource, query: Query, options: RequestOptions): Promise<Table> {
    // Lazy: DataStore tables are queried on the portal; only files need the local query engine.
    this.files ??= import('../query/file-query.js').then(
      ({ FileQuery }) =>
        new FileQuery(
          this.api.client,
          this.settings.localRowCap,
          this.settings.http.clock,
          this.settings.http.cache.ttl,
        ),
    );
    return (await this.files).run(resource, query, options);
  }
}
