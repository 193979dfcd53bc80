import { HttpError, NetworkError } from '../errors.js';

/** Options of a JSON GET request: an injectable `fetch` (tests, Node) and an abort signal. */
export interface RequestJsonOptions {
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

/**
 * GETs a URL and parses JSON. No credentials and no custom headers, so a cross-origin GET stays a
 * "simple" request without a CORS preflight.
 */
export async function requestJson(url: string, options: RequestJsonOptions = {}): Promise<unknown> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await doFetch(url, { credentials: 'omit', signal: options.signal });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new NetworkError(`No response from ${url}`, { url, cause });
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    throw new HttpError(`Expected JSON from ${url}, got something else (status ${response.status})`, {
      url,
      status: response.status,
      cause,
    });
  }
  if (!response.ok && !(body && typeof body === 'object')) {
    throw new HttpError(`Request failed with status ${response.status}: GET ${url}`, {
      url,
      status: response.status,
    });
  }
  return body;
}
