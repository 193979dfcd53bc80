import { CorsError, HttpError, PortalError } from '../errors.js';
import { HttpClient, type HttpSettings, type RequestOptions } from '../http/http-client.js';
import { ownEntries } from '../metadata/own-property.js';

/** Parameters of a CKAN action; `undefined` values are left out, non-strings are sent as JSON. */
export type ActionParams = Record<string, string | number | boolean | object | undefined>;

/** The unwrapped result of a CKAN action and where it came from. */
export interface ActionResult<T> {
  result: T;
  /** Request URL, secrets redacted. */
  url: string;
  /** Epoch ms the portal produced the answer. */
  fetchedAt: number;
  /** Served from the cache after a failed refresh. */
  stale: boolean;
}

interface CkanEnvelope {
  success: boolean;
  result?: unknown;
  error?: Record<string, unknown>;
}

function isEnvelope(body: unknown): body is CkanEnvelope {
  return typeof body === 'object' && body !== null && typeof (body as CkanEnvelope).success === 'boolean';
}

/** CKAN error objects hold `__type`, `message` and, for validation errors, one message list per parameter. */
function errorMessage(error: Record<string, unknown>, type: string): string {
  const details = ownEntries(error)
    .filter(([key]) => key !== '__type' && key !== 'message')
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join('; ') : String(value)}`);
  const message = typeof error.message === 'string' && error.message ? error.message : type;
  return details.length ? `${message} (${details.join(', ')})` : message;
}

/** Builds the URL of a CKAN action with GET parameters. */
export function actionUrl(
  baseUrl: string,
  action: string,
  params: ActionParams,
  path = 'api/3/action/',
): string {
  const url = new URL(`${path}${action}`, `${baseUrl}/`);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    url.searchParams.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return url.href;
}

/**
 * Calls actions of CKAN's Action API (v3) with GET and unwraps the `{success, result}` envelope.
 * `success: false` becomes a `PortalError` carrying CKAN's `__type` (e.g. `Not Found Error`).
 */
export class CkanApi {
  private readonly http: HttpClient;
  private readonly jsonpHttp?: HttpClient;
  private useJsonp = false;
  /** Whether the portal allowed this page's origin; `undefined` until known or outside browsers. */
  corsAllowed: boolean | undefined;

  constructor(
    readonly baseUrl: string,
    private readonly settings: HttpSettings,
    jsonp = false,
  ) {
    this.http = new HttpClient(settings);
    if (jsonp) {
      // No CORS probe for JSONP failures: a script load cannot be told apart that way.
      this.jsonpHttp = new HttpClient({
        ...settings,
        // Lazy: JSONP is an opt-in fallback for portals without CORS.
        fetch: async (input, init) => (await import('../http/jsonp-fetch.js')).jsonpFetch(input, init),
        pageOrigin: undefined,
        state: undefined,
      });
    }
  }

  /** The HTTP client (for file downloads with the same timeouts and retries). */
  get client(): HttpClient {
    return this.http;
  }

  /** Whether requests now go through JSONP (after the portal refused CORS and the option allows it). */
  get jsonpActive(): boolean {
    return this.useJsonp;
  }

  private async getJson(url: string, options: RequestOptions) {
    if (this.useJsonp && this.jsonpHttp) return this.jsonpHttp.getJson(url, options);
    try {
      const response = await this.http.getJson(url, options);
      if (this.settings.pageOrigin !== undefined && new URL(url).origin !== this.settings.pageOrigin) {
        this.corsAllowed = true;
      }
      return response;
    } catch (error) {
      if (!(error instanceof CorsError)) throw error;
      this.corsAllowed = false;
      if (!this.jsonpHttp) throw error;
      this.useJsonp = true;
      return this.jsonpHttp.getJson(url, options);
    }
  }

  /** Calls `action` and returns its result. */
  async call<T>(
    action: string,
    params: ActionParams = {},
    options: RequestOptions = {},
  ): Promise<ActionResult<T>> {
    return this.get<T>(actionUrl(this.baseUrl, action, params), options);
  }

  /** GETs a URL that answers with a CKAN envelope (also DKAN's `api/action/datastore/search.json`). */
  async get<T>(url: string, options: RequestOptions = {}): Promise<ActionResult<T>> {
    const response = await this.getJson(url, options);
    const { body } = response;
    if (isEnvelope(body)) {
      if (body.success) {
        return {
          result: body.result as T,
          url: response.url,
          fetchedAt: response.fetchedAt,
          stale: response.stale,
        };
      }
      const error = body.error && typeof body.error === 'object' ? body.error : {};
      const type = typeof error.__type === 'string' && error.__type ? error.__type : 'Error';
      throw new PortalError(`${type}: ${errorMessage(error, type)} (GET ${response.url})`, type, {
        url: response.url,
        status: response.status,
      });
    }
    if (!response.ok) {
      // CKAN answers some errors ("Bad request: Action name not known: …") with a bare JSON string.
      const said = typeof body === 'string' && body ? ` (${body.slice(0, 200)})` : '';
      throw new HttpError(`Request failed with status ${response.status}${said}: GET ${response.url}`, {
        url: response.url,
        status: response.status,
      });
    }
    throw new HttpError(
      `The portal answered without CKAN's {success, result} envelope: GET ${response.url}`,
      {
        url: response.url,
        status: response.status,
      },
    );
  }
}
