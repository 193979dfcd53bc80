import { PortalError } from '../errors.js';
import { requestJson, type RequestJsonOptions } from '../http/request-json.js';
import type { CellValue, Field, FieldType, Query, Table } from '../types.js';

interface CkanEnvelope {
  success: boolean;
  result?: unknown;
  error?: { __type?: string; message?: string };
}

interface CkanDatastoreResult {
  fields: { id: string; type: string; info?: { label?: string; notes?: string } }[];
  records: unknown[][];
  total?: number;
  total_was_estimated?: boolean;
}

const CKAN_TYPES: Record<string, FieldType> = {
  int: 'integer',
  int4: 'integer',
  int8: 'integer',
  numeric: 'number',
  float8: 'number',
  bool: 'boolean',
  date: 'date',
  timestamp: 'datetime',
  json: 'json',
};

/** A CKAN portal (Action API v3). */
export class CkanPortal {
  readonly type = 'ckan' as const;

  constructor(
    readonly baseUrl: string,
    private readonly http: RequestJsonOptions = {},
  ) {}

  /** Calls a CKAN action with GET parameters and unwraps the `{success, result}` envelope. */
  async action(name: string, params: Record<string, unknown> = {}, signal?: AbortSignal): Promise<unknown> {
    const url = new URL(
      `api/3/action/${name}`,
      this.baseUrl.endsWith('/') ? this.baseUrl : `${this.baseUrl}/`,
    );
    for (const [key, value] of Object.entries(params)) {
      if (value === undefined) continue;
      url.searchParams.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
    const body = (await requestJson(url.href, { ...this.http, signal })) as CkanEnvelope;
    if (!body.success) {
      const type = body.error?.__type ?? 'Error';
      throw new PortalError(body.error?.message ?? type, type, { url: url.href });
    }
    return body.result;
  }

  /** Runs a query on a DataStore resource with `datastore_search`. */
  async query(resourceId: string, query: Query = {}, signal?: AbortSignal): Promise<Table> {
    const params: Record<string, unknown> = {
      resource_id: resourceId,
      records_format: 'lists',
      limit: query.limit ?? 100,
      offset: query.offset,
      sort: query.orderBy?.map((o) => `"${o.field}" ${o.direction ?? 'asc'}`).join(', '),
      q: query.q,
    };
    const result = (await this.action('datastore_search', params, signal)) as CkanDatastoreResult;
    const keep = result.fields.map((f) => f.id !== '_id');
    const fields: Field[] = result.fields
      .filter((_, i) => keep[i])
      .map((f) => ({
        name: f.id,
        type: CKAN_TYPES[f.type] ?? 'text',
        nativeType: f.type,
        ...(f.info?.label ? { label: f.info.label } : {}),
      }));
    const rows = result.records.map((r) => r.filter((_, i) => keep[i]) as CellValue[]);
    return {
      fields,
      rows,
      total: result.total,
      exact: !result.total_was_estimated,
      source: { pushedDown: true, url: resourceId, method: 'datastore_search' },
    };
  }
}
