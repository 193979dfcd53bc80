/**
 * When and how long to wait before retrying a request. Pure functions, so the bounds can be
 * property-tested with an injected random source.
 */

/** Retry settings of a portal connection. */
export interface RetryOptions {
  /**
   * Retries after the first attempt.
   * @defaultValue 2
   */
  limit?: number;
  /**
   * Base of the exponential backoff in milliseconds: retry `n` waits a random time in
   * `[0, min(maxDelay, baseDelay · 2^(n−1))]` ("full jitter").
   * @defaultValue 300
   */
  baseDelay?: number;
  /**
   * Longest wait before a retry in milliseconds. A `Retry-After` asking for longer makes the request fail
   * at once instead of waiting.
   * @defaultValue 20000
   */
  maxDelay?: number;
  /**
   * HTTP statuses that are retried (network errors and timeouts always are).
   * @defaultValue [408, 429, 500, 502, 503, 504]
   */
  statusCodes?: number[];
}

/** {@link RetryOptions} with every default filled in. */
export type ResolvedRetryOptions = Required<RetryOptions>;

/** The defaults of {@link RetryOptions}. */
export const DEFAULT_RETRY: ResolvedRetryOptions = {
  limit: 2,
  baseDelay: 300,
  maxDelay: 20_000,
  statusCodes: [408, 429, 500, 502, 503, 504],
};

/** Fills in defaults; `false` turns retries off. */
export function resolveRetry(options: RetryOptions | false | undefined): ResolvedRetryOptions {
  if (options === false) return { ...DEFAULT_RETRY, limit: 0 };
  return { ...DEFAULT_RETRY, ...options };
}

/**
 * The wait before retry number `retry` (1-based): exponential backoff with full jitter, so clients that
 * failed together do not retry together. `random` returns a number in `[0, 1)`.
 */
export function backoffDelay(retry: number, options: ResolvedRetryOptions, random: () => number): number {
  const ceiling = Math.min(options.maxDelay, options.baseDelay * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Parses a `Retry-After` header (delay in seconds or an HTTP date) into milliseconds from `now`.
 * Returns `undefined` when the header is missing (cross-origin responses hide it unless the portal exposes
 * it) or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its weekday or month ("Wed, 21 Oct 2026 07:28:00 GMT"); "-5" is not one.
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
