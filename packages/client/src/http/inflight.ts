import { abortReason } from './clock.js';

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  callers: number;
}

/**
 * Identical requests in flight at the same time share one network request (five widgets showing the same
 * dataset cause one request). Each caller keeps its own abort signal: the shared request is aborted only
 * when every caller has given up.
 */
export class InflightRequests {
  private readonly entries = new Map<string, Entry>();

  /** Returns a function that attaches a caller to the request for `key`, starting it if needed. */
  join<T>(key: string, start: (signal: AbortSignal) => Promise<T>): (signal?: AbortSignal) => Promise<T> {
    let entry = this.entries.get(key);
    if (!entry) {
      const controller = new AbortController();
      const created: Entry = { promise: Promise.resolve(), controller, callers: 0 };
      created.promise = start(controller.signal).finally(() => {
        if (this.entries.get(key) === created) this.entries.delete(key);
      });
      // Every caller may have left before it settles; its rejection is then nobody's to handle.
      created.promise.catch(() => undefined);
      this.entries.set(key, created);
      entry = created;
    }
    const joined = entry;
    return (signal) => this.attach(key, joined, signal) as Promise<T>;
  }

  /** Requests currently in flight. */
  get size(): number {
    return this.entries.size;
  }

  private attach(key: string, entry: Entry, signal: AbortSignal | undefined): Promise<unknown> {
    entry.callers++;
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      entry.callers--;
    };
    if (!signal) return entry.promise.finally(leave);
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        leave();
        if (entry.callers === 0) {
          if (this.entries.get(key) === entry) this.entries.delete(key);
          entry.controller.abort(abortReason(signal));
        }
        reject(abortReason(signal));
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          leave();
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          leave();
          reject(error);
        },
      );
    });
  }
}
