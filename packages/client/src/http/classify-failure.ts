import { CorsError, NetworkError } from '../errors.js';

/**
 * Tells a CORS refusal from a network failure. A browser reports both as the same `TypeError`, so on a
 * cross-origin failure we ask again in `no-cors` mode: an (opaque) answer proves the server is reachable,
 * so it was CORS that blocked the real request. Outside browsers there is no CORS.
 */
export async function classifyFetchFailure(
  cause: unknown,
  url: string,
  redactedUrl: string,
  fetchFn: typeof fetch,
  pageOrigin: string | undefined,
  signal: AbortSignal,
): Promise<NetworkError> {
  const target = new URL(url);
  const crossOrigin = pageOrigin !== undefined && pageOrigin !== 'null' && target.origin !== pageOrigin;
  if (crossOrigin && !signal.aborted) {
    try {
      await fetchFn(url, { mode: 'no-cors', credentials: 'omit', signal });
      return new CorsError(
        `The portal ${target.origin} does not allow requests from ${pageOrigin} (CORS): GET ${redactedUrl}`,
        {
          url: redactedUrl,
          cause,
          hint:
            `Ask the portal's administrators to allow this origin. On CKAN set ckan.cors.origin_allow_all = true, ` +
            `or add ${pageOrigin} to ckan.cors.origin_whitelist; other servers must send an ` +
            `Access-Control-Allow-Origin header. Until then, a CKAN portal can be read with the jsonp option.`,
        },
      );
    } catch {
      // Unreachable in no-cors mode too: a real network failure.
    }
  }
  return new NetworkError(`No response from ${target.origin}: GET ${redactedUrl}`, {
    url: redactedUrl,
    cause,
  });
}

/** The origin of the page the code runs in, when it runs in a browser (page or worker). */
export function currentPageOrigin(): string | undefined {
  const location = (globalThis as { location?: { origin?: unknown } }).location;
  return typeof location?.origin === 'string' ? location.origin : undefined;
}
