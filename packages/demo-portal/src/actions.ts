import { ActionError } from './envelope.js';
import type { Catalog } from './catalog.js';

/** Query parameters (GET) or JSON body members (POST) of an action call. */
export type ActionParams = Record<string, unknown>;

export type Action = (params: ActionParams, catalog: Catalog) => unknown;

function requireString(params: ActionParams, name: string): string {
  const value = params[name];
  if (typeof value !== 'string' || value === '') {
    throw new ActionError('Validation Error', `Missing value: ${name}`, { [name]: ['Missing value'] });
  }
  return value;
}

function nonNegativeInt(params: ActionParams, name: string, fallback: number): number {
  const raw = params[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new ActionError('Validation Error', `Invalid ${name}`, { [name]: ['Must be a natural number'] });
  }
  return value;
}

function findPackage(catalog: Catalog, idOrName: string) {
  const pkg = catalog.packages.find((p) => p.id === idOrName || p.name === idOrName);
  if (!pkg) throw new ActionError('Not Found Error', 'Not found');
  return pkg;
}

/** The CKAN actions the demo portal answers. */
export const actions: Record<string, Action> = {
  status_show: () => ({
    ckan_version: '2.11.3',
    site_title: 'odw Demo-Portal',
    site_url: '',
    site_description: 'A local CKAN-compatible portal over real open data',
    extensions: ['datastore'],
    locale_default: 'de',
  }),

  package_list: (_params, catalog) => catalog.packages.map((p) => p.name),

  package_show: (params, catalog) => findPackage(catalog, requireString(params, 'id')),

  datastore_search: (params, catalog) => {
    const resourceId = requireString(params, 'resource_id');
    const table = catalog.datastore.get(resourceId);
    if (!table) throw new ActionError('Not Found Error', `Resource "${resourceId}" was not found.`);
    const limit = Math.min(nonNegativeInt(params, 'limit', 100), 32000);
    const offset = nonNegativeInt(params, 'offset', 0);
    const fields = [{ id: '_id', type: 'int' }, ...table.fields];
    const page = table.records.slice(offset, offset + limit).map((r, i) => ({ _id: offset + i + 1, ...r }));
    const records =
      params.records_format === 'lists'
        ? page.map((r) => fields.map((f) => r[f.id as keyof typeof r]))
        : page;
    return { resource_id: resourceId, fields, records, limit, offset, total: table.records.length };
  },
};
