/**
 * An in-memory cache of parsed portal responses, per page (never persisted: no storage without consent).
 * Fresh entries answer without a request; expired ones are revalidated with their `ETag` where the
 * headers are visible, and kept a while longer so a failed refresh can still show the last good data.
 */

/** Cache settings of a portal connection. */
export interface CacheOptions {
  /**
   * How long a response is used without asking the portal again, in milliseconds.
   * @defaultValue 30000
   */
  ttl?: number;
  /**
   * How long after expiry an entry may still be served when refreshing it fails (network error,
   * 5xx, timeout), in milliseconds. Such results are marked stale.
   * @defaultValue 3600000
   */
  staleIfError?: number;
  /**
   * Most entries kept; the least recently used go first.
   * @defaultValue 200
   */
  maxEntries?: number;
  /**
   * Responses with longer bodies (in characters) are not cached.
   * @defaultValue 2000000
   */
  maxEntrySize?: number;
}

/** {@link CacheOptions} with every default filled in. */
export type ResolvedCacheOptions = Required<CacheOptions>;

/** The defaults of {@link CacheOptions}. */
export const DEFAULT_CACHE: ResolvedCacheOptions = {
  ttl: 30_000,
  staleIfError: 3_600_000,
  maxEntries: 200,
  maxEntrySize: 2_000_000,
};

/** Fills in defaults; `false` turns the cache off. */
export function resolveCache(options: CacheOptions | false | undefined): ResolvedCacheOptions {
  if (options === false) return { ...DEFAULT_CACHE, ttl: 0, staleIfError: 0, maxEntries: 0 };
  return { ...DEFAULT_CACHE, ...options };
}

/** One cached response. */
export interface CacheEntry {
  body: unknown;
  status: number;
  etag?: string;
  lastModified?: string;
  /** Epoch ms the response arrived (or was last revalidated). */
  storedAt: number;
}

/** A least-recently-used map of responses keyed by request. */
export class ResponseCache {
  private readonly entries = new Map<string, CacheEntry>();

  get(key: string): CacheEntry | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Re-insert to mark as most recently used.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CacheEntry, maxEntries: number): void {
    this.entries.delete(key);
    if (maxEntries <= 0) return;
    this.entries.set(key, entry);
    while (this.entries.size > maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
