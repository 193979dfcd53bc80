import { HttpError, NetworkError, TimeoutError } from '../errors.js';
import { abortReason, sleep, type Clock } from './clock.js';
import { attemptFetch, type RawResponse } from './fetch-attempt.js';
import { parseJsonBody } from './parse-json-body.js';
import { redactUrl } from './redact.js';
import type { ResolvedCacheOptions } from './response-cache.js';
import { backoffDelay, parseRetryAfter, type ResolvedRetryOptions } from './retry-policy.js';
import { sharedStateFor, type SharedHttpState } from './shared-state.js';

/** Everything the HTTP layer needs, with defaults resolved (see `ClientOptions`). */
export interface HttpSettings {
  fetch: typeof fetch;
  /** Per-attempt timeout in ms. */
  timeout: number;
  /** Total time for a request including retries and waits, in ms. */
  deadline: number;
  retry: ResolvedRetryOptions;
  cache: ResolvedCacheOptions;
  /** Extra request headers (make cross-origin GETs preflighted; empty by default). */
  headers: Record<string, string>;
  clock: Clock;
  /** Random numbers in `[0, 1)` for backoff jitter. */
  random: () => number;
  /** Send `If-None-Match` ourselves. Off in browsers: a custom header forces a CORS preflight there. */
  conditionalRequests: boolean;
  /** The page's origin in browsers, for CORS detection; `undefined` outside browsers. */
  pageOrigin: string | undefined;
  /** Shared cache, in-flight requests and retry budgets; by default one per `fetch` function. */
  state?: SharedHttpState;
}

/** Per-call options of every portal method. */
export interface RequestOptions {
  /** Aborts the call; it then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Ask the portal even when a fresh cached answer exists (e.g. a widget's refresh button). */
  fresh?: boolean;
}

/** A parsed JSON response. */
export interface JsonResponse {
  status: number;
  ok: boolean;
  body: unknown;
  /** The request URL with secrets redacted. */
  url: string;
  /** Epoch ms the portal produced this answer (earlier than now when it came from the cache). */
  fetchedAt: number;
  /** `true` when a refresh failed and this is the last good answer from the cache. */
  stale: boolean;
}

type Failure =
  | { kind: 'status'; response: RawResponse }
  | { kind: 'timeout'; error: TimeoutError }
  | { kind: 'network'; error: NetworkError };

/**
 * GETs JSON from portals: timeouts, a total deadline, safe retries with backoff, a per-origin retry
 * budget, shared in-flight requests and an in-memory cache. No credentials are ever sent.
 */
export class HttpClient {
  readonly state: SharedHttpState;

  constructor(readonly settings: HttpSettings) {
    this.state = settings.state ?? sharedStateFor(settings.fetch);
  }

  /** GETs `url` and parses the body as JSON; any HTTP status is returned, network failures throw. */
  async getJson(url: string, options: RequestOptions = {}): Promise<JsonResponse> {
    const { signal, fresh = false } = options;
    if (signal?.aborted) throw abortReason(signal);
    const key = this.cacheKey(url);
    const { cache } = this.settings;
    const cached = this.state.cache.get(key);
    const now = this.settings.clock.now();
    if (cached && !fresh && now - cached.storedAt < cache.ttl) {
      return this.fromCache(url, cached.body, cached.status, cached.storedAt, false);
    }
    const shared = this.state.inflight.join(key, (sharedSignal) =>
      this.refresh(url, key, sharedSignal, fresh),
    );
    return shared(signal);
  }

  /** Fetches a file (no JSON parsing, no cache) with the same timeout, retry and CORS handling. */
  async fetchFile(url: string, signal?: AbortSignal): Promise<Response> {
    const controller = new AbortController();
    const onAbort = () => controller.abort(abortReason(signal!));
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await this.withRetries(url, undefined, controller.signal, true);
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  private cacheKey(url: string): string {
    const headers = Object.entries(this.settings.headers).sort(([a], [b]) => (a < b ? -1 : 1));
    return headers.length ? `${url}\n${JSON.stringify(headers)}` : url;
  }

  private fromCache(url: string, body: unknown, status: number, storedAt: number, stale: boolean) {
    return {
      status,
      ok: status >= 200 && status < 300,
      body,
      url: redactUrl(url),
      fetchedAt: storedAt,
      stale,
    };
  }

  /** One shared request for `key`: revalidates a cached entry or fetches anew, falling back to stale data. */
  private async refresh(
    url: string,
    key: string,
    signal: AbortSignal,
    fresh: boolean,
  ): Promise<JsonResponse> {
    const { cache, clock } = this.settings;
    const cached = this.state.cache.get(key);
    let response: RawResponse;
    try {
      response = await this.withRetries(url, cached, signal, false, fresh);
    } catch (error) {
      const usable = cached && clock.now() - cached.storedAt < cache.ttl + cache.staleIfError;
      if (usable && !signal.aborted && (error instanceof NetworkError || error instanceof TimeoutError)) {
        return this.fromCache(url, cached.body, cached.status, cached.storedAt, true);
      }
      throw error;
    }
    const now = clock.now();
    if (response.status === 304 && cached) {
      this.state.cache.set(key, { ...cached, storedAt: now }, cache.maxEntries);
      return this.fromCache(url, cached.body, cached.status, now, false);
    }
    const retriable = this.settings.retry.statusCodes.includes(response.status);
    if (retriable && cached && now - cached.storedAt < cache.ttl + cache.staleIfError) {
      return this.fromCache(url, cached.body, cached.status, cached.storedAt, true);
    }
    const redacted = redactUrl(url);
    const body = parseJsonBody(response.text, response.status, redacted);
    const ok = response.status >= 200 && response.status < 300;
    if (ok && response.text.length <= cache.maxEntrySize) {
      this.state.cache.set(
        key,
        {
          body,
          status: response.status,
          etag: response.headers.get('etag') ?? undefined,
          lastModified: response.headers.get('last-modified') ?? undefined,
          storedAt: now,
        },
        cache.maxEntries,
      );
    }
    return { status: response.status, ok, body, url: redacted, fetchedAt: now, stale: false };
  }

  /** Attempts until success, a non-retriable outcome, the retry limit, the budget or the deadline. */
  private async withRetries(
    url: string,
    cached: { etag?: string; lastModified?: string } | undefined,
    signal: AbortSignal,
    asFile: true,
    fresh?: boolean,
  ): Promise<Response>;
  private async withRetries(
    url: string,
    cached: { etag?: string; lastModified?: string } | undefined,
    signal: AbortSignal,
    asFile: false,
    fresh?: boolean,
  ): Promise<RawResponse>;
  private async withRetries(
    url: string,
    cached: { etag?: string; lastModified?: string } | undefined,
    signal: AbortSignal,
    asFile: boolean,
    fresh = false,
  ): Promise<RawResponse | Response> {
    const { clock, retry, deadline } = this.settings;
    const budget = this.state.budget;
    const origin = new URL(url).origin;
    const redacted = redactUrl(url);
    const deadlineAt = clock.now() + deadline;
    for (let attempt = 1; ; attempt++) {
      await this.waitForPause(origin, deadlineAt, redacted, signal);
      const remaining = deadlineAt - clock.now();
      if (remaining <= 0) throw this.deadlineError(redacted);
      let failure: Failure;
      try {
        const timeout = Math.min(this.settings.timeout, remaining);
        const response = await attemptFetch(this.settings, {
          url,
          redacted,
          cached,
          signal,
          timeout,
          asFile,
          fresh,
        });
        const status = response.status;
        if (status === 429) this.pauseOrigin(origin, response.headers);
        const retriable = retry.statusCodes.includes(status);
        if (!retriable || attempt > retry.limit) {
          if (!retriable) budget.recordSuccess(origin);
          return response;
        }
        failure = {
          kind: 'status',
          response: asFile ? await this.readFailedFile(response as Response) : (response as RawResponse),
        };
      } catch (error) {
        if (signal.aborted) throw abortReason(signal);
        if (error instanceof TimeoutError) failure = { kind: 'timeout', error };
        else if (error instanceof NetworkError && error.name === 'NetworkError')
          failure = { kind: 'network', error };
        else throw error;
        if (attempt > retry.limit) throw this.finalError(failure, attempt);
      }
      const delay = this.retryDelay(attempt, failure, origin, deadlineAt);
      if (delay === undefined) {
        if (failure.kind === 'status') return asFile ? this.toResponse(failure.response) : failure.response;
        throw this.finalError(failure, attempt);
      }
      await sleep(delay, clock, signal);
    }
  }

  /** The wait before the next attempt, or `undefined` to stop retrying now. */
  private retryDelay(attempt: number, failure: Failure, origin: string, deadlineAt: number) {
    const { clock, retry, random } = this.settings;
    let delay = backoffDelay(attempt, retry, random);
    if (failure.kind === 'status') {
      const { status, headers } = failure.response;
      const retryAfter = parseRetryAfter(headers.get('retry-after'), clock.now());
      if (retryAfter !== undefined) {
        if (retryAfter > retry.maxDelay) return undefined;
        delay = Math.max(delay, retryAfter);
      } else if (status === 429) {
        // Rate limited without a visible Retry-After (cross-origin hides it): wait at least one full step.
        delay = Math.max(delay, Math.min(retry.maxDelay, retry.baseDelay * 2 ** (attempt - 1)));
      }
    }
    if (clock.now() + delay >= deadlineAt) return undefined;
    if (!this.state.budget.tryAcquire(origin, failure.kind === 'timeout' ? 'timeout' : 'error')) {
      return undefined;
    }
    return delay;
  }

  /** A 429 with a readable `Retry-After` holds every request to the origin (from any widget) until then. */
  private pauseOrigin(origin: string, headers: Headers): void {
    const { clock } = this.settings;
    const retryAfter = parseRetryAfter(headers.get('retry-after'), clock.now());
    if (retryAfter !== undefined) this.state.budget.pause(origin, clock.now() + retryAfter);
  }

  /** Waits while the origin is paused after a 429; fails at once when the pause outlasts the deadline. */
  private async waitForPause(origin: string, deadlineAt: number, redacted: string, signal: AbortSignal) {
    const { clock } = this.settings;
    const until = this.state.budget.pausedUntil(origin);
    if (until <= clock.now()) return;
    if (until >= deadlineAt) {
      throw new HttpError(
        `The portal ${origin} asked to pause requests until ${new Date(until).toISOString()}: GET ${redacted}`,
        { url: redacted, status: 429 },
      );
    }
    await sleep(until - clock.now(), clock, signal);
  }

  private async readFailedFile(response: Response): Promise<RawResponse> {
    const text = await response.text().catch(() => '');
    return { status: response.status, headers: response.headers, text };
  }

  private toResponse(raw: RawResponse): Response {
    return new Response(raw.text, { status: raw.status, headers: raw.headers });
  }

  private deadlineError(redacted: string): TimeoutError {
    return new TimeoutError(
      `No answer within the deadline of ${this.settings.deadline} ms: GET ${redacted}`,
      {
        url: redacted,
      },
    );
  }

  private finalError(failure: Exclude<Failure, { kind: 'status' }>, attempts: number): Error {
    if (attempts <= 1) return failure.error;
    const { error } = failure;
    const Kind = failure.kind === 'timeout' ? TimeoutError : NetworkError;
    return new Kind(`${error.message} (${attempts} attempts)`, {
      url: error.url,
      cause: error.cause,
      hint: error.hint,
    });
  }
}
