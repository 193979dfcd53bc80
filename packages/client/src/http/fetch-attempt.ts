import { TimeoutError } from '../errors.js';
import { classifyFetchFailure } from './classify-failure.js';
import { abortReason } from './clock.js';
import type { HttpSettings } from './http-client.js';

/** A response whose body has been read as text. */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** One attempt of a request. */
export interface Attempt {
  url: string;
  /** `url` with secrets redacted, for errors. */
  redacted: string;
  /** Validators of a cached answer, for a conditional request. */
  cached?: { etag?: string; lastModified?: string };
  /** The caller's signal. */
  signal: AbortSignal;
  /** This attempt's timeout in ms. */
  timeout: number;
  /** Return the `Response` as it is (a file), instead of reading its body as text. */
  asFile: boolean;
  /** Skip the browser's HTTP cache entry (revalidate). */
  fresh: boolean;
}

const EMPTY_HEADERS = new Headers();

function requestInit(settings: HttpSettings, attempt: Attempt, signal: AbortSignal): RequestInit {
  const headers: Record<string, string> = { ...settings.headers };
  const { cached } = attempt;
  if (cached && settings.conditionalRequests) {
    if (cached.etag) headers['If-None-Match'] = cached.etag;
    else if (cached.lastModified) headers['If-Modified-Since'] = cached.lastModified;
  }
  const init: RequestInit = {
    method: 'GET',
    credentials: 'omit',
    referrerPolicy: 'strict-origin-when-cross-origin',
    signal,
  };
  // No header object at all for a plain GET: it stays a CORS "simple request" without preflight.
  if (Object.keys(headers).length) init.headers = headers;
  // Browsers revalidate their HTTP cache entry (with their own conditional request, no preflight).
  if (attempt.fresh) init.cache = 'no-cache';
  return init;
}

/**
 * One GET with its own timeout: never credentials, no headers unless configured. Rejects with the
 * caller's abort reason, a `TimeoutError`, a `CorsError` or a `NetworkError`.
 */
export async function attemptFetch(
  settings: HttpSettings,
  attempt: Attempt,
): Promise<RawResponse | Response> {
  const { clock, fetch: fetchFn } = settings;
  const { url, redacted, signal, timeout } = attempt;
  const controller = new AbortController();
  const onAbort = () => controller.abort(abortReason(signal));
  signal.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = clock.setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The request timed out.', 'TimeoutError'));
  }, timeout);
  try {
    const response = await fetchFn(url, requestInit(settings, attempt, controller.signal));
    if (attempt.asFile) return response;
    const text = await response.text();
    return { status: response.status, headers: response.headers ?? EMPTY_HEADERS, text };
  } catch (cause) {
    if (signal.aborted) throw abortReason(signal);
    if (timedOut)
      throw new TimeoutError(`No answer within ${timeout} ms: GET ${redacted}`, { url: redacted, cause });
    throw await classifyFetchFailure(cause, url, redacted, fetchFn, settings.pageOrigin, controller.signal);
  } finally {
    // A file's body is read by the caller; its timer must not abort the download later.
    clock.clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
