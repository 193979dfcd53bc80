/**
 * What the builder asks a portal: is it reachable from this page (CORS), which datasets match a search,
 * which resources and fields a dataset has. Through `connect()` of @odw/client, like the elements.
 *
 * @module
 */
import { connect, type Dataset, type Portal, type Table } from '@odw/client';
import { httpUrl, withoutTrailingSlash } from './safe-url.js';

/** The result of checking a portal. */
export type Probe =
  | { ok: true; url: string; type: string; version: string }
  | {
      ok: false;
      url: string;
      problem: 'invalid-url' | 'mixed-content' | 'cors' | 'unreachable' | 'not-a-portal';
      detail?: string;
    };

export interface ResourceSummary {
  id: string;
  name: string;
  format: string;
  datastoreActive: boolean;
  /** Bytes, when the portal knows. */
  size?: number;
}

export interface DatasetSummary {
  name: string;
  title: string;
  organization: string;
  /** ISO date of the last change. */
  modified?: string;
  resources: ResourceSummary[];
  /** The dataset's page on the portal. */
  page: string;
}

export interface SearchSummary {
  total: number;
  datasets: DatasetSummary[];
}

/** A field of a DataStore resource. */
export type FieldSummary = Pick<Table['fields'][number], 'name' | 'type'>;

function summarize(dataset: Dataset): DatasetSummary {
  return {
    name: dataset.name,
    title: dataset.title || dataset.name,
    organization: dataset.organization?.title ?? '',
    modified: dataset.modified,
    resources: dataset.resources.map((r) => ({
      id: r.id,
      name: r.name || r.id,
      format: r.format,
      datastoreActive: r.datastoreActive,
      ...(r.size !== undefined ? { size: r.size } : {}),
    })),
    page: dataset.pageUrl,
  };
}

/** Connected portals by base URL, so each step reuses one client (and its cache). */
const portals = new Map<string, Portal>();

async function portalAt(url: string, signal?: AbortSignal): Promise<Portal> {
  let portal = portals.get(url);
  if (!portal) {
    portal = await connect(url, { signal });
    portals.set(url, portal);
  }
  return portal;
}

/** Checks that `input` is a portal this page can read. */
export async function probePortal(input: string, signal?: AbortSignal): Promise<Probe> {
  const parsed = httpUrl(input);
  if (!parsed) return { ok: false, url: input, problem: 'invalid-url' };
  const url = withoutTrailingSlash(parsed);
  if (location.protocol === 'https:' && parsed.protocol === 'http:') {
    return { ok: false, url, problem: 'mixed-content' };
  }
  try {
    const portal = await portalAt(url, signal);
    return {
      ok: true,
      url: portal.baseUrl,
      type: portal.type.toUpperCase(),
      version: portal.capabilities.version ?? '',
    };
  } catch (error) {
    if (signal?.aborted) throw error;
    const { name, message } = error as Error;
    if (name === 'CorsError') return { ok: false, url, problem: 'cors' };
    if (name === 'NetworkError' || name === 'TimeoutError') return { ok: false, url, problem: 'unreachable' };
    return { ok: false, url, problem: 'not-a-portal', detail: message };
  }
}

/** Datasets matching `q`, optionally within one organization. */
export async function searchDatasets(
  url: string,
  { q, organization, limit = 20 }: { q: string; organization?: string; limit?: number },
  signal?: AbortSignal,
): Promise<SearchSummary> {
  const portal = await portalAt(url, signal);
  const result = await portal.searchDatasets(
    { q: q.trim() || undefined, organization: organization || undefined, limit },
    { signal },
  );
  return { total: result.total, datasets: result.datasets.map(summarize) };
}

/** One dataset by name or id. */
export async function getDataset(url: string, name: string, signal?: AbortSignal): Promise<DatasetSummary> {
  return summarize(await (await portalAt(url, signal)).getDataset(name, { signal }));
}

/** The fields of a DataStore resource (a query for zero rows). */
export async function resourceFields(
  url: string,
  resourceId: string,
  signal?: AbortSignal,
): Promise<FieldSummary[]> {
  const table = await (await portalAt(url, signal)).query(resourceId, { limit: 0 }, { signal });
  return table.fields.map(({ name, type }) => ({ name, type }));
}
