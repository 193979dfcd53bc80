/**
 * The demo portal's fault modes the resilience gate puts every element through, and what a reader must
 * see for each: the cause, in German (the gate pages are `lang="de"`), or the data when the fault only
 * slows the portal down or changes how it answers.
 */

export interface FaultMode {
  /** The fault spec (see the demo portal's fault protocol). */
  spec: string;
  /** What the element must show while the fault lasts. */
  outcome: 'error' | 'data';
  /** For `error`: the cause as the reader reads it. */
  cause?: RegExp;
  /**
   * The client retries this failure by itself (timeouts, 408, 429, 5xx), so one failure heals unseen. A
   * CORS refusal is not retried: it is the portal's configuration, not a passing failure.
   */
  retried?: boolean;
}

/** The client's documented total deadline per call, in ms (`ClientOptions.deadline`). */
export const CLIENT_DEADLINE = 30_000;
/** What the gate allows on top of the deadline for rendering on a loaded machine. */
export const RENDER_MARGIN = 5_000;

export const FAULT_MODES: readonly FaultMode[] = [
  { spec: 'cors-off', outcome: 'error', cause: /CORS/ },
  { spec: 'status-500', outcome: 'error', cause: /Serverfehler gemeldet \(HTTP 500\)/, retried: true },
  { spec: 'status-502', outcome: 'error', cause: /Serverfehler gemeldet \(HTTP 502\)/, retried: true },
  { spec: 'status-503', outcome: 'error', cause: /Serverfehler gemeldet \(HTTP 503\)/, retried: true },
  { spec: 'status-408', outcome: 'error', cause: /nicht rechtzeitig/, retried: true },
  { spec: 'status-429,retry-after-2', outcome: 'error', cause: /zu viele Anfragen/, retried: true },
  { spec: 'hang', outcome: 'error', cause: /nicht rechtzeitig/, retried: true },
  { spec: 'truncated-json', outcome: 'error', cause: /keine lesbaren Daten/ },
  { spec: 'html-200', outcome: 'error', cause: /keine lesbaren Daten/ },
  { spec: 'ckan-error-not-found', outcome: 'error', cause: /nicht gefunden/ },
  { spec: 'ckan-error-validation', outcome: 'error', cause: /nicht ausgeführt/ },
  { spec: 'ckan-error-authorization', outcome: 'error', cause: /verweigert/ },
  { spec: 'ckan-error-search-query', outcome: 'error', cause: /nicht ausgeführt/ },
  { spec: 'sql-off', outcome: 'data' },
  { spec: 'dkan', outcome: 'data' },
  { spec: 'latency-3000', outcome: 'data' },
];

/** Runs `task` for every item, at most `limit` at a time. */
export async function inPool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
