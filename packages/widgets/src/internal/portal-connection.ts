/**
 * The widgets' one door to a portal: `openPortal(url)` returns a shared connection per portal, so ten
 * widgets on a page detect the portal once. Everything a widget asks a portal goes through here.
 *
 * INTERIM: until `connect()` of `@odw/client` (issue #4) is on main, this adapter speaks to CKAN through
 * the foundation's minimal `CkanPortal`, with equality filters only. It keeps the shape the widgets need,
 * so switching to `connect()` changes this file only.
 */
import { CkanPortal, QueryError, type Dataset, type Query, type Resource, type Table } from '@odw/client';

/** Per-call options, as `@odw/client`'s `RequestOptions`. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** What a widget can ask a portal: the part of `@odw/client`'s `Portal` the widgets use. */
export interface PortalConnection {
  readonly baseUrl: string;
  getDataset(idOrName: string, options?: CallOptions): Promise<Dataset>;
  query(resource: Resource, query?: Query, options?: CallOptions): Promise<Table>;
}

interface CkanResource {
  id: string;
  name?: string;
  description?: string;
  format?: string;
  url?: string;
  mimetype?: string;
  size?: number;
  datastore_active?: boolean;
  created?: string;
  last_modified?: string;
}

interface CkanPackage {
  id: string;
  name: string;
  title?: string;
  notes?: string;
  license_id?: string;
  license_title?: string;
  license_url?: string;
  metadata_created?: string;
  metadata_modified?: string;
  organization?: { id?: string; name: string; title?: string };
  resources?: CkanResource[];
}

function toDataset(pkg: CkanPackage, baseUrl: string): Dataset {
  return {
    id: pkg.id,
    name: pkg.name,
    title: pkg.title ?? pkg.name,
    description: pkg.notes ?? '',
    organization: pkg.organization && {
      id: pkg.organization.id ?? pkg.organization.name,
      name: pkg.organization.name,
      title: pkg.organization.title ?? pkg.organization.name,
    },
    license: pkg.license_id
      ? {
          id: pkg.license_id,
          title: pkg.license_title ?? pkg.license_id,
          url: pkg.license_url,
          attributionRequired: !/zero|cc0|publicdomain/i.test(pkg.license_id),
        }
      : undefined,
    created: pkg.metadata_created,
    modified: pkg.metadata_modified,
    tags: [],
    groups: [],
    pageUrl: new URL(`dataset/${encodeURIComponent(pkg.name)}`, `${baseUrl}/`).href,
    resources: (pkg.resources ?? []).map((r, position) => ({
      id: r.id,
      datasetId: pkg.id,
      name: r.name ?? r.id,
      description: r.description,
      format: (r.format ?? '').toUpperCase(),
      url: r.url ? new URL(r.url, `${baseUrl}/`).href : '',
      mimetype: r.mimetype,
      size: r.size,
      datastoreActive: Boolean(r.datastore_active),
      created: r.created,
      modified: r.last_modified,
      position,
    })),
    raw: pkg,
  };
}

class InterimCkanConnection implements PortalConnection {
  private readonly ckan: CkanPortal;

  constructor(readonly baseUrl: string) {
    this.ckan = new CkanPortal(baseUrl);
  }

  async getDataset(idOrName: string, options: CallOptions = {}): Promise<Dataset> {
    const pkg = await this.ckan.action('package_show', { id: idOrName }, options.signal);
    return toDataset(pkg as CkanPackage, this.baseUrl);
  }

  async query(resource: Resource, query: Query = {}, options: CallOptions = {}): Promise<Table> {
    const filters: Record<string, unknown> = {};
    for (const [i, c] of (query.where ?? []).entries()) {
      if (c.op !== '=' && c.op !== 'in')
        throw new QueryError(`Operator ${c.op} is not supported yet`, `where[${i}].op`);
      filters[c.field] = c.value;
    }
    const params = {
      resource_id: resource.id,
      records_format: 'lists',
      limit: query.limit ?? 100,
      offset: query.offset,
      q: query.q || undefined,
      filters: Object.keys(filters).length ? filters : undefined,
      fields: query.select?.join(','),
      sort: query.orderBy?.map((o) => `"${o.field}" ${o.direction ?? 'asc'}`).join(', ') || undefined,
    };
    const result = (await this.ckan.action('datastore_search', params, options.signal)) as {
      fields: { id: string; type: string; info?: { label?: string } }[];
      records: Table['rows'];
      total?: number;
      total_was_estimated?: boolean;
    };
    const keep = result.fields.map((f) => f.id !== '_id');
    const types: Record<string, Table['fields'][number]['type']> = {
      int4: 'integer',
      int8: 'integer',
      int: 'integer',
      numeric: 'number',
      float8: 'number',
      bool: 'boolean',
      date: 'date',
      timestamp: 'datetime',
    };
    return {
      fields: result.fields
        .filter((_, i) => keep[i])
        .map((f) => ({
          name: f.id,
          type: types[f.type] ?? 'text',
          nativeType: f.type,
          label: f.info?.label,
        })),
      rows: result.records.map((r) => r.filter((_, i) => keep[i])),
      total: result.total,
      exact: !result.total_was_estimated,
      source: { pushedDown: true, url: this.baseUrl, method: 'datastore_search' },
    };
  }
}

const connections = new Map<string, Promise<PortalConnection>>();

/** The shared connection to the portal at `url` (trailing slashes ignored). */
export function openPortal(url: string): Promise<PortalConnection> {
  const baseUrl = url.replace(/\/+$/, '');
  let connection = connections.get(baseUrl);
  if (!connection) {
    connection = Promise.resolve(new InterimCkanConnection(baseUrl));
    connections.set(baseUrl, connection);
    // A failed detection must not stick: the next widget (or a retry) tries again.
    connection.catch(() => connections.delete(baseUrl));
  }
  return connection;
}
