/**
 * Where a table's rows come from: a portal that answers queries (DataStore: sort, filter, search and
 * paging happen on the portal, the widget fetches one page at a time), or rows held in the page (a file,
 * or data a developer set), queried locally. Loading the source also learns the columns, so every
 * attribute can be checked before the first page is requested.
 */
import type { DataWarning, Dataset, Field, ParseProgress, Portal, Query, Resource, Table } from '@odw/client';
import { AttributeError } from '../internal/attribute-error.js';
import type { ErrorContext } from '../internal/error-message.js';
import { lazyLocalRunner } from '../internal/local-query/lazy-runner.js';
import type { LocalRunner } from '../internal/local-query/local-runner.js';
import { openPortal } from '../internal/portal-connection.js';
import { referenceAttribute } from '../internal/reference-attribute.js';
import { httpUrlAttribute } from '../internal/url-attribute.js';

interface SourceBase {
  /** Every column of the data. */
  fields: Field[];
  dataset?: Dataset;
  resource?: Resource;
  /** The file's address, for local data read from a URL. */
  fileUrl?: string;
  /** Rows in the whole resource, when known. */
  totalRows?: number;
  /** Problems the parser found and repaired. */
  warnings?: DataWarning[];
}

/** Rows a portal serves page by page. */
export interface RemoteSource extends SourceBase {
  kind: 'remote';
  portal: Portal;
  resource: Resource;
  /** The first page, fetched while loading the source (see {@link SourceRequest.firstQuery}). */
  firstPage?: { query: Query; table: Table };
}

/** Rows held in the page. */
export interface LocalSource extends SourceBase {
  kind: 'local';
  table: Table;
  runner: LocalRunner;
}

/** A loaded source. */
export type TableSource = RemoteSource | LocalSource;

/** What to load: the element's data attributes (and `data` property). */
export interface SourceRequest {
  portal: string;
  dataset: string;
  resource: string;
  src: string;
  data?: Table;
  locale: string;
  /** Reports how much of a file has been read. */
  onProgress?: (progress: ParseProgress) => void;
  /**
   * The first page's query, when it needs no column types (no filters, no search): then the first page
   * itself tells the columns, and the separate row-less request is saved.
   */
  firstQuery?: Query;
}

const TABULAR_FORMATS = new Set(['CSV', 'TSV', 'JSON', 'GEOJSON', 'TXT']);
const contexts = new WeakMap<object, ErrorContext>();

/** The attribute a loading error relates to (e.g. `dataset` for an unknown dataset). */
export function errorContextOf(error: unknown): ErrorContext {
  return (typeof error === 'object' && error && contexts.get(error)) || {};
}

function withContext(error: unknown, attribute: string, value: string): unknown {
  if (typeof error === 'object' && error && !contexts.has(error)) contexts.set(error, { attribute, value });
  return error;
}

async function step<T>(attribute: string, value: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw withContext(error, attribute, value);
  }
}

function isTabular(resource: Resource): boolean {
  return (
    resource.datastoreActive ||
    TABULAR_FORMATS.has(resource.format) ||
    /csv|json/.test(resource.mimetype ?? '')
  );
}

/**
 * The resource the `resource` attribute names: by id, name or position (1 = the first); empty means the
 * first resource with a DataStore, else the first tabular file.
 */
export function pickResource(dataset: Dataset, wanted: string): Resource {
  const resources = dataset.resources;
  let found: Resource | undefined;
  if (!wanted) {
    found = resources.find((r) => r.datastoreActive) ?? resources.find(isTabular);
    if (!found) {
      throw new AttributeError('dataset', {
        kind: 'not-tabular',
        value: dataset.name,
        format: resources[0]?.format ?? '',
      });
    }
    return found;
  }
  found =
    resources.find((r) => r.id === wanted) ??
    resources.find((r) => r.name === wanted) ??
    resources.find((r) => r.name.toLowerCase() === wanted.toLowerCase()) ??
    (/^\d+$/.test(wanted) ? resources[Number(wanted) - 1] : undefined);
  if (!found) throw new AttributeError('resource', { kind: 'not-found', value: wanted });
  if (!isTabular(found))
    throw new AttributeError('resource', { kind: 'not-tabular', value: wanted, format: found.format });
  return found;
}

// Files need their reader (and local data the query engine, see lazy-runner.ts): loaded on first use.
const loadFile = async (file: string | Resource, request: SourceRequest, signal: AbortSignal) =>
  (await import('../internal/file-loader.js')).loadFile(file, signal, request.onProgress);

function localSource(table: Table, locale: string, extra: Partial<SourceBase> = {}): LocalSource {
  return {
    kind: 'local',
    table,
    runner: lazyLocalRunner(table, { locale }),
    fields: table.fields,
    totalRows: table.rows.length,
    warnings: table.warnings,
    ...extra,
  };
}

/** Loads the source a request describes; errors carry the attribute they relate to (see {@link errorContextOf}). */
export async function loadSource(request: SourceRequest, signal: AbortSignal): Promise<TableSource> {
  if (request.data) return localSource(request.data, request.locale);
  if (request.src) {
    const src = httpUrlAttribute('src', request.src);
    const table = await step('src', request.src, () => loadFile(src, request, signal));
    return localSource(table, request.locale, { fileUrl: src });
  }
  if (!request.portal) throw new AttributeError(request.dataset ? 'portal' : 'dataset', { kind: 'missing' });
  if (!request.dataset) throw new AttributeError('dataset', { kind: 'missing' });
  const portalUrl = httpUrlAttribute('portal', request.portal);
  const datasetName = referenceAttribute('dataset', request.dataset);
  referenceAttribute('resource', request.resource);
  const portal = await step('portal', request.portal, () =>
    openPortal(portalUrl, { name: datasetName, signal }),
  );
  const dataset = await step('dataset', datasetName, () => portal.getDataset(datasetName, { signal }));
  const resource = pickResource(dataset, request.resource);
  if (!resource.datastoreActive) {
    const table = await step('resource', request.resource || resource.name, () =>
      loadFile(resource, request, signal),
    );
    return localSource(table, request.locale, { dataset, resource, fileUrl: resource.url });
  }
  const base = { kind: 'remote' as const, portal, dataset, resource };
  const firstQuery = request.firstQuery;
  if (firstQuery) {
    try {
      const table = await portal.query(resource, firstQuery, { signal });
      return {
        ...base,
        fields: table.fields,
        totalRows: table.total,
        firstPage: { query: firstQuery, table },
      };
    } catch (error) {
      // An unknown column in `columns` or `sort`: the row-less request below learns the columns, so the
      // element can name the attribute. Other failures (network, portal) are reported as they are.
      if (signal.aborted || !isQueryRejection(error))
        throw withContext(error, 'resource', request.resource || resource.id);
    }
  }
  // One row-less query learns the columns and the total, so attributes can be checked before paging.
  const probe = await step('resource', request.resource || resource.id, () =>
    portal.query(resource, { limit: 0 }, { signal }),
  );
  return { ...base, fields: probe.fields, totalRows: probe.total };
}

/** Whether the portal refused a query as invalid (rather than failing to answer). */
function isQueryRejection(error: unknown): boolean {
  const e = error as { name?: string; code?: string };
  return e?.name === 'QueryError' || (e?.name === 'PortalError' && e.code === 'Validation Error');
}
