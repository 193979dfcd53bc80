import { CorsError, HttpError, PortalError } from '../errors.js';
import { HttpClient, type HttpSettings, type RequestOptions } from '../http/http-client.js';
import { own, ownString } from '../metadata/own-property.js';

/** Query parameters; arrays repeat the parameter (`refine=a&refine=b`), `undefined` is left out. */
export type OdsParams = Record<string, string | number | boolean | string[] | undefined>;

/** A decoded Explore API answer and where it came from. */
export interface OdsResponse {
  body: unknown;
  /** Request URL, secrets redacted. */
  url: string;
  fetchedAt: number;
  stale: boolean;
}

/**
 * GETs Opendatasoft's Explore API v2.1 (`/api/explore/v2.1/…`). Errors come as
 * `{"error_code": "ODSQLError", "message": …}` (and quota errors as `{"errorcode": 10002, "error": …}`);
 * both become a `PortalError` with the code.
 */
export class OdsApi {
  readonly http: HttpClient;
  /** Whether the portal allowed this page's origin; `undefined` until known or outside browsers. */
  corsAllowed: boolean | undefined;

  constructor(
    readonly baseUrl: string,
    private readonly settings: HttpSettings,
    private readonly lang?: string,
  ) {
    this.http = new HttpClient(settings);
  }

  /** The URL of an API path with parameters. */
  url(path: string, params: OdsParams = {}): string {
    const url = new URL(`api/explore/v2.1/${path}`, `${this.baseUrl}/`);
    const all: OdsParams = { ...params, ...(this.lang ? { lang: this.lang } : {}) };
    for (const [key, value] of Object.entries(all)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
    }
    return url.href;
  }

  async get(path: string, params: OdsParams = {}, options: RequestOptions = {}): Promise<OdsResponse> {
    const target = this.url(path, params);
    const response = await this.http.getJson(target, options).catch((error: unknown) => {
      if (error instanceof CorsError) this.corsAllowed = false;
      throw error;
    });
    if (this.settings.pageOrigin !== undefined && new URL(target).origin !== this.settings.pageOrigin) {
      this.corsAllowed = true;
    }
    const { body } = response;
    if (response.ok) return { body, url: response.url, fetchedAt: response.fetchedAt, stale: response.stale };
    const code =
      ownString(body, 'error_code') ??
      (own(body, 'errorcode') !== undefined ? String(own(body, 'errorcode')) : undefined);
    if (code) {
      const message = ownString(body, 'message') ?? ownString(body, 'error') ?? code;
      throw new PortalError(`${code}: ${message} (GET ${response.url})`, code, {
        url: response.url,
        status: response.status,
      });
    }
    throw new HttpError(`Request failed with status ${response.status}: GET ${response.url}`, {
      url: response.url,
      status: response.status,
    });
  }
}
