import type { RequestOptions } from '../http/http-client.js';
import { own } from '../metadata/own-property.js';
import type { AdapterSettings } from '../portal/client-options.js';
import type {
  FacetName,
  Portal,
  PortalCapabilities,
  RowsOptions,
  SearchParams,
  SearchResult,
} from '../portal/portal.js';
import { FileQuery } from '../query/file-query.js';
import { portalRows } from '../query/page-rows.js';
import { checkResource, validateQuery } from '../query/validate-query.js';
import type { Dataset, Field, Group, Organization, PortalType, Query, Resource, Table } from '../types.js';
import { catalogFacets, catalogParams, ODS_FACETS } from './catalog-search.js';
import { normalizeOdsDataset, odsFields } from './normalize-ods.js';
import { OdsApi } from './ods-api.js';
import { OdsQuery } from './ods-query.js';

/**
 * An Opendatasoft portal (Explore API v2.1), e.g. Dortmund, Mönchengladbach, Basel.
 * Each dataset's records are one queryable resource; ODSQL answers filters, sorting and aggregates.
 * Use `connect()` to create one.
 */
export class OdsPortal implements Portal {
  readonly type: PortalType = 'ods';
  private readonly api: OdsApi;
  private readonly queries: OdsQuery;
  private readonly files: FileQuery;
  private readonly caps: PortalCapabilities = {
    version: '2.1',
    datastore: true,
    sql: true,
    cors: undefined,
    maxLimit: 100,
    maxOffset: 10_000,
    jsonp: false,
  };
  private readonly datasets = new Map<string, Promise<Dataset>>();

  constructor(
    readonly baseUrl: string,
    private readonly settings: AdapterSettings,
  ) {
    this.api = new OdsApi(baseUrl, settings.http, settings.lang);
    this.queries = new OdsQuery(this.api, settings.localRowCap, settings.http.clock, settings.http.cache.ttl);
    this.files = new FileQuery(
      this.api.http,
      settings.localRowCap,
      settings.http.clock,
      settings.http.cache.ttl,
    );
  }

  get capabilities(): PortalCapabilities {
    return { ...this.caps, cors: this.api.corsAllowed };
  }

  async searchDatasets(params: SearchParams = {}, options: RequestOptions = {}): Promise<SearchResult> {
    const query = catalogParams(params);
    const facets = (params.facets ?? []).filter((f): f is FacetName => ODS_FACETS[f] !== undefined);
    const [found, counted] = await Promise.all([
      this.api.get('catalog/datasets', query, options),
      facets.length
        ? this.api.get(
            'catalog/facets',
            { where: query.where, facet: facets.map((f) => ODS_FACETS[f]!) },
            options,
          )
        : undefined,
    ]);
    const results = own(found.body, 'results');
    return {
      total: Number(own(found.body, 'total_count')) || 0,
      datasets: Array.isArray(results) ? results.map((r) => normalizeOdsDataset(r, this.baseUrl)) : [],
      facets: { ...catalogFacets(counted?.body, params.facets ?? []) },
    };
  }

  getDataset(idOrName: string, options: RequestOptions = {}): Promise<Dataset> {
    const path = `catalog/datasets/${encodeURIComponent(idOrName)}`;
    return this.api.get(path, {}, options).then(({ body }) => normalizeOdsDataset(body, this.baseUrl));
  }

  async listOrganizations(options: RequestOptions = {}): Promise<Organization[]> {
    return this.facetList('publisher', options);
  }

  async listGroups(options: RequestOptions = {}): Promise<Group[]> {
    return this.facetList('theme', options);
  }

  /** Publishers and themes are facets of the catalogue, with their dataset counts. */
  private async facetList(facet: string, options: RequestOptions): Promise<Organization[]> {
    const { body } = await this.api.get('catalog/facets', { facet }, options);
    const values = catalogFacets(body, [facet === 'publisher' ? 'organization' : 'groups']);
    return (Object.values(values)[0] ?? []).map((v) => ({
      id: v.value,
      name: v.value,
      title: v.label,
      datasetCount: v.count,
    }));
  }

  async query(resource: Resource | string, query: Query = {}, options: RequestOptions = {}): Promise<Table> {
    checkResource(resource);
    const valid = validateQuery(query);
    // An attachment is a file: downloaded and queried locally.
    if (typeof resource !== 'string' && !resource.datastoreActive)
      return this.files.run(resource, valid, options);
    const datasetId = typeof resource === 'string' ? resource : resource.datasetId || resource.id;
    const fields = await this.fieldsOf(datasetId, options);
    return this.queries.run(datasetId, fields, valid, options);
  }

  rows(resource: Resource | string, query: Query = {}, options: RowsOptions = {}): AsyncIterable<Table> {
    return portalRows(this, resource, query, options);
  }

  /** A dataset's columns, from its metadata (remembered per connection). */
  private async fieldsOf(datasetId: string, options: RequestOptions): Promise<Field[]> {
    let dataset = this.datasets.get(datasetId);
    if (!dataset) {
      dataset = this.getDataset(datasetId, options);
      dataset.catch(() => this.datasets.delete(datasetId));
      this.datasets.set(datasetId, dataset);
    }
    return odsFields(own((await dataset).raw, 'fields'));
  }
}
