import type { Clock } from '../src/http/clock.js';

interface Timer {
  id: number;
  at: number;
  callback: () => void;
}

/** Lets pending promise callbacks (and a real macrotask) run. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A clock whose time moves only when a test says so. Timers run in time order as time advances, so
 * timeouts, backoff waits and cache expiry can be tested without waiting.
 */
export class ManualClock implements Clock {
  private current: number;
  private timers: Timer[] = [];
  private nextId = 1;
  /** Every delay passed to `setTimeout`, in order. */
  readonly scheduled: number[] = [];

  constructor(start = Date.UTC(2026, 0, 1)) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.scheduled.push(ms);
    this.timers.push({ id, at: this.current + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  /** Timers not yet run. */
  get pending(): number {
    return this.timers.length;
  }

  /** Moves time forward by `ms`, running every timer that falls due, in order. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    await flush();
    for (;;) {
      const next = this.earliest();
      if (!next || next.at > target) break;
      this.current = next.at;
      this.timers = this.timers.filter((t) => t !== next);
      next.callback();
      await flush();
    }
    this.current = target;
    await flush();
  }

  /** Advances from timer to timer until `promise` settles; returns its outcome. */
  async settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
    let outcome: { value?: T; error?: unknown } | undefined;
    promise.then(
      (value) => (outcome = { value }),
      (error: unknown) => (outcome = { error }),
    );
    await flush();
    while (!outcome) {
      const next = this.earliest();
      if (!next) {
        await flush();
        if (!outcome) throw new Error('The promise is waiting for something other than the clock');
        break;
      }
      await this.advance(next.at - this.current);
    }
    return outcome;
  }

  private earliest(): Timer | undefined {
    return this.timers.reduce<Timer | undefined>((a, t) => (!a || t.at < a.at ? t : a), undefined);
  }
}
