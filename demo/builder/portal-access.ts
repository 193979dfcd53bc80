/**
 * What the builder asks a portal: is it reachable from this page (CORS), which datasets match a search,
 * which resources and fields a dataset has. CKAN Action API through @odw/client.
 *
 * @module
 */
import { CkanPortal, type Table } from '@odw/client';
import { httpUrl, withoutTrailingSlash } from './safe-url.js';

/** The result of checking a portal. */
export type Probe =
  | { ok: true; url: string; title: string; version: string }
  | {
      ok: false;
      url: string;
      problem: 'invalid-url' | 'mixed-content' | 'cors' | 'unreachable' | 'not-ckan';
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

export interface SearchResult {
  count: number;
  datasets: DatasetSummary[];
}

/** A field of a DataStore resource. */
export type FieldSummary = Pick<Table['fields'][number], 'name' | 'type'>;

type CkanPackage = {
  name: string;
  title?: string;
  metadata_modified?: string;
  organization?: { title?: string; name?: string } | null;
  resources?: {
    id: string;
    name?: string;
    format?: string;
    datastore_active?: boolean;
    size?: number | null;
  }[];
};

function summarize(portal: string, pkg: CkanPackage): DatasetSummary {
  return {
    name: pkg.name,
    title: pkg.title || pkg.name,
    organization: pkg.organization?.title ?? pkg.organization?.name ?? '',
    modified: pkg.metadata_modified,
    resources: (pkg.resources ?? []).map((r) => ({
      id: r.id,
      name: r.name || r.id,
      format: r.format ?? '',
      datastoreActive: Boolean(r.datastore_active),
      ...(typeof r.size === 'number' ? { size: r.size } : {}),
    })),
    page: `${portal}/dataset/${encodeURIComponent(pkg.name)}`,
  };
}

/** Whether the server answers at all, when a CORS request failed: an opaque `no-cors` response says yes. */
async function answersWithoutCors(url: string, signal?: AbortSignal): Promise<boolean> {
  try {
    await fetch(url, { mode: 'no-cors', credentials: 'omit', signal });
    return true;
  } catch {
    return false;
  }
}

/** Checks that `input` is a CKAN portal this page can read. */
export async function probePortal(input: string, signal?: AbortSignal): Promise<Probe> {
  const parsed = httpUrl(input);
  if (!parsed) return { ok: false, url: input, problem: 'invalid-url' };
  const url = withoutTrailingSlash(parsed);
  if (location.protocol === 'https:' && parsed.protocol === 'http:') {
    return { ok: false, url, problem: 'mixed-content' };
  }
  try {
    const status = (await new CkanPortal(url).action('status_show', {}, signal)) as {
      site_title?: string;
      ckan_version?: string;
    };
    return { ok: true, url, title: status.site_title || url, version: status.ckan_version ?? '' };
  } catch (error) {
    if (signal?.aborted) throw error;
    const name = (error as Error).name;
    if (name === 'NetworkError' || name === 'CorsError') {
      const reachable = await answersWithoutCors(`${url}/api/3/action/status_show`, signal);
      return { ok: false, url, problem: reachable ? 'cors' : 'unreachable' };
    }
    return { ok: false, url, problem: 'not-ckan', detail: (error as Error).message };
  }
}

/** Datasets matching `q` (CKAN `package_search`), optionally within one organization. */
export async function searchDatasets(
  portal: string,
  { q, organization, rows = 20 }: { q: string; organization?: string; rows?: number },
  signal?: AbortSignal,
): Promise<SearchResult> {
  const result = (await new CkanPortal(portal).action(
    'package_search',
    {
      q: q.trim() || undefined,
      fq: organization ? `organization:${organization}` : undefined,
      rows,
    },
    signal,
  )) as { count: number; results: CkanPackage[] };
  return { count: result.count, datasets: result.results.map((pkg) => summarize(portal, pkg)) };
}

/** One dataset by name or id (CKAN `package_show`). */
export async function getDataset(
  portal: string,
  name: string,
  signal?: AbortSignal,
): Promise<DatasetSummary> {
  return summarize(
    portal,
    (await new CkanPortal(portal).action('package_show', { id: name }, signal)) as CkanPackage,
  );
}

/** The fields of a DataStore resource (a query for zero rows). */
export async function resourceFields(
  portal: string,
  resourceId: string,
  signal?: AbortSignal,
): Promise<FieldSummary[]> {
  const table = await new CkanPortal(portal).query(resourceId, { limit: 0 }, signal);
  return table.fields.map(({ name, type }) => ({ name, type }));
}
