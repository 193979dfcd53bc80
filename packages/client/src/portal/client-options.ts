import { currentPageOrigin } from '../http/classify-failure.js';
import { systemClock, type Clock } from '../http/clock.js';
import type { HttpSettings } from '../http/http-client.js';
import { resolveCache, type CacheOptions } from '../http/response-cache.js';
import { resolveRetry, type RetryOptions } from '../http/retry-policy.js';
import type { SharedHttpState } from '../http/shared-state.js';
import type { PortalType } from '../types.js';

/** Options of `connect()`. Every option has a documented default; none is needed for public portals. */
export interface ClientOptions {
  /** The portal software; detected when omitted (costs one or two requests). */
  type?: PortalType;
  /**
   * The `fetch` to use, e.g. a test double or an instrumented fetch.
   * @defaultValue `globalThis.fetch`
   */
  fetch?: typeof fetch;
  /** Aborts `connect()` (detection requests). Per-call signals go to each method's `options`. */
  signal?: AbortSignal;
  /**
   * Per-attempt timeout in milliseconds.
   * @defaultValue 10000
   */
  timeout?: number;
  /**
   * Total time for one call including retries and waits, in milliseconds.
   * @defaultValue 30000
   */
  deadline?: number;
  /** Retries of failed idempotent requests; `false` turns them off. */
  retry?: RetryOptions | false;
  /** The in-memory response cache; `false` turns it off. */
  cache?: CacheOptions | false;
  /**
   * Extra request headers. Avoid in browsers: any custom header turns a cross-origin GET into a request
   * with a CORS preflight, which many portals do not answer.
   * @defaultValue `{}`
   */
  headers?: Record<string, string>;
  /** Preferred language of metadata where the portal has several (e.g. `de`). */
  lang?: string;
  /**
   * Read CKAN portals that do not allow CORS through JSONP (`<script>` requests; browsers only).
   * Off by default: it runs portal responses as script, so it weakens a page's Content Security Policy
   * (`script-src` must allow the portal) and cannot report HTTP statuses.
   * @defaultValue false
   */
  jsonp?: boolean;
  /**
   * Most rows the local query engine reads from a downloaded file; a result computed from a capped read
   * has `exact: false` and says so in `source.rowsRead` / `source.rowCap`.
   * @defaultValue 100000
   */
  localRowCap?: number;
  /** Time source for timeouts, backoff and cache expiry (tests). @defaultValue the system clock */
  clock?: Clock;
  /** Random source in `[0, 1)` for backoff jitter (tests). @defaultValue `Math.random` */
  random?: () => number;
  /**
   * Cache, in-flight requests and retry budgets to use. By default they are shared by every connection
   * that uses the same `fetch`, so the widgets of one page pool their requests and retries.
   */
  httpState?: SharedHttpState;
}

/** Settings every adapter receives. */
export interface AdapterSettings {
  http: HttpSettings;
  lang?: string;
  jsonp: boolean;
  localRowCap: number;
}

/**
 * The global `fetch`, looked up at call time (so a page may wrap it later). One stable function, because
 * connections share their HTTP state per `fetch` function.
 */
const globalFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

/** Turns options into settings with every default filled in. */
export function resolveSettings(options: ClientOptions): AdapterSettings {
  const fetchFn = options.fetch ?? globalFetch;
  const pageOrigin = currentPageOrigin();
  return {
    http: {
      fetch: fetchFn,
      timeout: options.timeout ?? 10_000,
      deadline: options.deadline ?? 30_000,
      retry: resolveRetry(options.retry),
      cache: resolveCache(options.cache),
      headers: { ...options.headers },
      clock: options.clock ?? systemClock,
      random: options.random ?? Math.random,
      conditionalRequests: pageOrigin === undefined,
      pageOrigin,
      state: options.httpState,
    },
    lang: options.lang,
    jsonp: options.jsonp ?? false,
    localRowCap: options.localRowCap ?? 100_000,
  };
}
