import { NetworkError } from '../errors.js';
import { abortReason } from './clock.js';

let counter = 0;

/**
 * A `fetch` that loads JSON through JSONP (`<script src="…&callback=name">`), for CKAN portals that do
 * not allow CORS. Browsers only. It weakens a page's Content Security Policy (the portal must be allowed
 * in `script-src`) and cannot see HTTP statuses: any failure to load is a `NetworkError`.
 * The response it resolves with is synthetic: status 200 and the JSON the callback received.
 */
export const jsonpFetch: typeof fetch = (input, init) => {
  const doc = (globalThis as { document?: Document }).document;
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (!doc) {
    return Promise.reject(new NetworkError('JSONP needs a browser page (document)', { url }));
  }
  const signal = init?.signal ?? undefined;
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  const name = `__odwJsonp${++counter}_${Math.floor(Math.random() * 1e9)}`;
  const target = new URL(url);
  target.searchParams.set('callback', name);
  const callbacks = globalThis as unknown as Record<string, unknown>;
  const script = doc.createElement('script');
  return new Promise<Response>((resolve, reject) => {
    const cleanup = () => {
      delete callbacks[name];
      script.remove();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      cleanup();
      // A late script may still call the callback: leave a no-op so it does not throw.
      callbacks[name] = () => undefined;
      reject(abortReason(signal!));
    };
    callbacks[name] = (data: unknown) => {
      cleanup();
      resolve(
        new Response(JSON.stringify(data), { status: 200, headers: { 'Content-Type': 'application/json' } }),
      );
    };
    script.addEventListener('error', () => {
      cleanup();
      reject(
        new NetworkError(`The JSONP request failed (unreachable, or an error status): GET ${url}`, { url }),
      );
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    script.src = target.href;
    script.async = true;
    (doc.head ?? doc.documentElement).append(script);
  });
};
