/** A `fetch` test double: records every call and answers from a handler (no network). */

/** One recorded call. */
export interface FetchCall {
  url: string;
  init: RequestInit;
}

/** A recording `fetch`. */
export type FakeFetch = typeof fetch & { calls: FetchCall[] };

/** Answers a call; may throw (network error) or return a promise that never settles until aborted. */
export type FetchHandler = (url: URL, init: RequestInit, index: number) => Response | Promise<Response>;

/** Creates a `fetch` that answers with `handler` and records every call. */
export function fakeFetch(handler: FetchHandler): FakeFetch {
  const calls: FetchCall[] = [];
  const fn = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init });
    if (init.signal?.aborted) throw init.signal.reason;
    return handler(new URL(url), init, calls.length - 1);
  }) as FakeFetch;
  fn.calls = calls;
  return fn;
}

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** CKAN's success envelope. */
export function ckanOk(result: unknown, status = 200): Response {
  return json({ help: 'https://portal.example/api/3/action/help_show', success: true, result }, status);
}

/** CKAN's error envelope with the status CKAN sends for the type. */
export function ckanError(type: string, message: string, status: number, extra: object = {}): Response {
  return json(
    {
      help: 'https://portal.example/api/3/action/help_show',
      success: false,
      error: { ...extra, __type: type, message },
    },
    status,
  );
}

/** A response that never arrives: rejects only when the request is aborted. */
export function hang(init: RequestInit): Promise<Response> {
  return new Promise((_, reject) => {
    init.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
  });
}
