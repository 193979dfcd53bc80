import { ckanError, ckanOk, fakeFetch, type FakeFetch } from './fake-fetch.js';

/** A DataStore table of the fake portal. */
export interface FakeTable {
  fields: { id: string; type: string }[];
  records: Record<string, unknown>[];
}

/** Behaviour switches of {@link fakeCkan}. */
export interface FakeCkanOptions {
  /** `ckan.datastore.search.rows_max`. */
  rowsMax?: number;
  /** Answer `datastore_search_sql` with this (default: SQL is off, "Action name not known"). */
  sql?: (sql: string) => Response;
  /** Mark totals as estimated. */
  estimated?: boolean;
  /** Extra actions. */
  actions?: Record<string, (params: URLSearchParams) => Response>;
}

function parse(value: string | null): unknown {
  if (value === null) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/**
 * A CKAN portal in a `fetch`: `datastore_search` over in-memory tables with CKAN's parameter handling
 * (filters, q as substring, fields, sort, limit capped at rows_max and echoed, offset, lists format),
 * plus whatever `options.actions` answer. Every call is recorded.
 */
export function fakeCkan(tables: Record<string, FakeTable>, options: FakeCkanOptions = {}): FakeFetch {
  const rowsMax = options.rowsMax ?? 32000;
  return fakeFetch((url) => {
    const action = url.pathname.split('/').pop()!;
    const params = url.searchParams;
    if (options.actions?.[action]) return options.actions[action](params);
    if (action === 'datastore_search_sql') {
      return options.sql
        ? options.sql(params.get('sql')!)
        : new Response(JSON.stringify('Bad request: Action name not known: datastore_search_sql'), {
            status: 400,
          });
    }
    if (action !== 'datastore_search') return ckanError('Not Found Error', `Unknown action ${action}`, 404);
    const table = tables[params.get('resource_id') ?? ''];
    if (!table) return ckanError('Not Found Error', 'Resource not found', 404);
    const fields = [{ id: '_id', type: 'int' }, ...table.fields];
    const names = new Set(fields.map((f) => f.id));
    const filters = (parse(params.get('filters')) ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(filters)) {
      if (!names.has(key))
        return ckanError('Validation Error', 'Validation error', 409, {
          filters: [`field "${key}" not in table`],
        });
    }
    let rows = table.records.map((r, i) => ({ _id: i + 1, ...r }) as Record<string, unknown>);
    rows = rows.filter((r) =>
      Object.entries(filters).every(([k, v]) => (Array.isArray(v) ? v.includes(r[k]) : r[k] === v)),
    );
    const q = params.get('q');
    if (q)
      rows = rows.filter((r) =>
        Object.values(r).some((v) => String(v).toLowerCase().includes(q.toLowerCase())),
      );
    const sort = params.get('sort');
    if (sort) {
      const keys = sort.split(',').map((part) => {
        const m = /^\s*"?(.+?)"?\s+(asc|desc)\s*$/.exec(part)!;
        return { field: m[1], desc: m[2] === 'desc' };
      });
      rows.sort((a, b) => {
        for (const k of keys) {
          const x = a[k.field] as number | string;
          const y = b[k.field] as number | string;
          if (x !== y) return (x < y ? -1 : 1) * (k.desc ? -1 : 1);
        }
        return 0;
      });
    }
    const selected = params.get('fields') ? params.get('fields')!.split(',') : fields.map((f) => f.id);
    const limit = Math.min(Number(params.get('limit') ?? 100), rowsMax);
    const offset = Number(params.get('offset') ?? 0);
    const page = rows.slice(offset, offset + limit);
    const lists = params.get('records_format') === 'lists';
    return ckanOk({
      resource_id: params.get('resource_id'),
      fields: fields.filter((f) => selected.includes(f.id)),
      records: page.map((r) =>
        lists ? selected.map((n) => r[n] ?? null) : Object.fromEntries(selected.map((n) => [n, r[n]])),
      ),
      limit,
      offset,
      total: rows.length,
      ...(options.estimated ? { total_was_estimated: true } : {}),
      _links: { start: '/api/3/action/datastore_search', next: '/api/3/action/datastore_search?offset=100' },
    });
  });
}

/** Calls to one action. */
export function callsTo(fetchFn: FakeFetch, action: string): URLSearchParams[] {
  return fetchFn.calls
    .filter((c) => new URL(c.url).pathname.endsWith(`/${action}`))
    .map((c) => new URL(c.url).searchParams);
}
