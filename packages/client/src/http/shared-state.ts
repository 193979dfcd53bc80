import { InflightRequests } from './inflight.js';
import { ResponseCache } from './response-cache.js';
import { RetryBudget } from './retry-budget.js';

/**
 * State the portal connections of one page share: the response cache, requests in flight and the
 * per-origin retry budgets. Shared per `fetch` function, so every widget on a page (global `fetch`) pools
 * its requests, while a test that injects its own `fetch` starts from a clean state.
 */
export interface SharedHttpState {
  cache: ResponseCache;
  inflight: InflightRequests;
  budget: RetryBudget;
}

const states = new WeakMap<typeof fetch, SharedHttpState>();

/**
 * A fresh, unshared state: a connection given it neither shares the page's cache and in-flight requests
 * nor its retry budgets (tests, or a tool that must not be throttled by widgets on the same page).
 *
 * @example
 * ```ts
 * const portal = await connect(url, { httpState: createHttpState() });
 * ```
 */
export function createHttpState(): SharedHttpState {
  return { cache: new ResponseCache(), inflight: new InflightRequests(), budget: new RetryBudget() };
}

/** The state shared by all connections that use `fetchFn`. */
export function sharedStateFor(fetchFn: typeof fetch): SharedHttpState {
  let state = states.get(fetchFn);
  if (!state) {
    state = createHttpState();
    states.set(fetchFn, state);
  }
  return state;
}
