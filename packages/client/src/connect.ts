import { CkanApi } from './ckan/ckan-api.js';
import { CkanPortal, type CkanPortalInfo } from './ckan/ckan-portal.js';
import { HttpError, PortalError, QueryError } from './errors.js';
import { HttpClient } from './http/http-client.js';
import { isWebPageAnswer } from './http/parse-json-body.js';
import { own, ownString } from './metadata/own-property.js';
import { resolveSettings, type AdapterSettings, type ClientOptions } from './portal/client-options.js';
import type { Portal } from './portal/portal.js';
import { locatePortal } from './portal/portal-url.js';
import type { PortalType } from './types.js';

/**
 * A probe that did not find its API — a 4xx, or a web page with status 200 (sites answer unknown paths
 * with their HTML page): try the next portal type. 5xx, network errors and JSON cut off in transit are
 * real, and so are 408 and 429: the portal is there but busy, and the caller needs that status, not
 * "no API found".
 */
function notThisType(error: unknown): boolean {
  const status = error instanceof HttpError ? error.status : undefined;
  if (status === undefined) return false;
  if (status < 400) return isWebPageAnswer(error);
  return status < 500 && status !== 408 && status !== 429;
}

/** Asks `status_show`; CKAN answers with its version and extensions. `undefined` when there is no CKAN API. */
async function probeCkan(
  baseUrl: string,
  settings: AdapterSettings,
  signal: AbortSignal | undefined,
  misses: unknown[],
) {
  const api = new CkanApi(baseUrl, settings.http, settings.jsonp);
  try {
    const { result } = await api.call<unknown>('status_show', {}, { signal });
    const extensions = own(result, 'extensions');
    const info: CkanPortalInfo = {
      version: ownString(result, 'ckan_version'),
      ...(Array.isArray(extensions) ? { datastore: extensions.includes('datastore') } : {}),
      cors: api.corsAllowed,
    };
    return info;
  } catch (error) {
    // An envelope with an error (e.g. status_show restricted) still proves a CKAN API.
    if (error instanceof PortalError) return { cors: api.corsAllowed };
    if (!notThisType(error)) throw error;
    misses.push(error);
    return undefined;
  }
}

/** Asks the Explore API v2.1 catalogue; Opendatasoft answers with `total_count`. */
async function probeOds(baseUrl: string, settings: AdapterSettings, signal?: AbortSignal): Promise<boolean> {
  try {
    const url = new URL('api/explore/v2.1/catalog/datasets?limit=0', `${baseUrl}/`).href;
    const response = await new HttpClient(settings.http).getJson(url, { signal });
    return response.ok && typeof own(response.body, 'total_count') === 'number';
  } catch (error) {
    if (notThisType(error)) return false;
    throw error;
  }
}

/** DKAN answers CKAN's `site_read` (but not `status_show`, which only CKAN has). */
async function probeDkan(baseUrl: string, settings: AdapterSettings, signal?: AbortSignal): Promise<boolean> {
  try {
    await new CkanApi(baseUrl, settings.http).call('site_read', {}, { signal });
    return true;
  } catch (error) {
    if (notThisType(error)) return false;
    if (error instanceof PortalError) return true;
    throw error;
  }
}

/**
 * Creates the adapter. DKAN and Opendatasoft load on demand, so a page that reads a CKAN portal (the
 * pilot cities') does not download their code.
 */
async function create(
  type: PortalType,
  baseUrl: string,
  settings: AdapterSettings,
  info: CkanPortalInfo = {},
): Promise<Portal> {
  switch (type) {
    case 'ckan':
      return new CkanPortal(baseUrl, settings, info);
    case 'dkan': {
      const { DkanPortal } = await import('./dkan/dkan-portal.js');
      return new DkanPortal(baseUrl, settings);
    }
    case 'ods': {
      const { OdsPortal } = await import('./ods/ods-portal.js');
      return new OdsPortal(baseUrl, settings);
    }
    default:
      throw new QueryError(`Unknown portal type "${String(type)}" (use ckan, dkan or ods)`, 'type');
  }
}

/**
 * Connects to an open-data portal and detects its type (CKAN, DKAN or Opendatasoft) unless
 * `options.type` names it (then no request is made). The URL may be the portal's home page, an API URL
 * or a dataset page.
 *
 * @example
 * ```ts
 * import { connect } from '@odw/client';
 *
 * const portal = await connect('https://www.offenesdatenportal.de');
 * const { datasets } = await portal.searchDatasets({ organization: 'moers', q: 'Fußgänger' });
 * const dataset = await portal.getDataset(datasets[0].name);
 * const table = await portal.query(dataset.resources[0], { limit: 20 });
 * ```
 *
 * @throws `QueryError` (part `url`) for a URL that is not http(s); `PortalError` (`unknown-portal`) when
 * no supported API answers; `HttpError` (status 2xx) when the URL answers with a web page instead; `NetworkError`, `CorsError`, `TimeoutError` when the portal cannot be reached.
 */
export async function connect(url: string, options: ClientOptions = {}): Promise<Portal> {
  const { baseUrl, hint } = locatePortal(url);
  const settings = resolveSettings(options);
  if (options.type) return create(options.type, baseUrl, settings);
  if (hint && hint !== 'ckan') return create(hint, baseUrl, settings);
  const misses: unknown[] = [];
  const info = await probeCkan(baseUrl, settings, options.signal, misses);
  if (info) return create('ckan', baseUrl, settings, info);
  if (await probeOds(baseUrl, settings, options.signal)) return create('ods', baseUrl, settings);
  if (await probeDkan(baseUrl, settings, options.signal)) return create('dkan', baseUrl, settings);
  // A web page where CKAN's API should be says more than "no API": the URL is a website (or the portal
  // shows a maintenance page), and the caller can tell the reader to point it at the data portal.
  const webPage = misses.find(isWebPageAnswer);
  if (webPage) throw webPage;
  throw new PortalError(`No CKAN, DKAN or Opendatasoft API found at ${baseUrl}`, 'unknown-portal', {
    url: baseUrl,
    hint: 'Check the URL, or pass options.type when the portal hides its status endpoint.',
  });
}
