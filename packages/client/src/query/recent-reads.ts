import type { Clock } from '../http/clock.js';

interface Entry<T> {
  at: number;
  value: Promise<T>;
}

/**
 * The last few large reads (DataStore scans, exports, downloaded files) kept for a short time, so that
 * paging through a locally computed result with `rows()` reads its source once, not once per page.
 */
export class RecentReads<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly clock: Clock,
    /** How long a read is reused, in ms (the response cache's TTL). */
    private readonly ttl: number,
    /** How many reads are kept (each may hold up to the local row cap). */
    private readonly capacity = 2,
  ) {}

  /** The read for `key`: a recent one, or a new one from `read` (also when `fresh` is asked for). */
  get(key: string, read: () => Promise<T>, fresh = false): Promise<T> {
    const now = this.clock.now();
    const entry = this.entries.get(key);
    if (entry && !fresh && now - entry.at < this.ttl) return entry.value;
    const value = read();
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    this.entries.delete(key);
    this.entries.set(key, { at: now, value });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}
