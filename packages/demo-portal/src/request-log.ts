/** One request the demo portal received; tests read these back to prove what a page requested. */
export interface LoggedRequest {
  time: string;
  method: string;
  /** Path and query as received. */
  url: string;
  /** The `Origin` header, or `null` for same-origin and non-browser requests. */
  origin: string | null;
  /** Whether the request carried a `Cookie` header. */
  cookies: boolean;
  status?: number;
}

/** A bounded in-memory log of requests (oldest entries dropped first). */
export class RequestLog {
  private entries: LoggedRequest[] = [];

  constructor(private readonly capacity = 10_000) {}

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  list(): readonly LoggedRequest[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }
}
