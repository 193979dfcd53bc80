/** One request the demo portal received; tests read these back to prove what a page requested. */
export interface LoggedRequest {
  time: string;
  method: string;
  /** Path and query as received (with a fault prefix, if any). */
  url: string;
  /** The `Origin` header, or `null` for same-origin and non-browser requests. */
  origin: string | null;
  /** The `Referer` header, or `null`. */
  referer: string | null;
  /** Whether the request carried a `Cookie` header. */
  cookies: boolean;
  /** Whether the request carried an `Authorization` header. */
  authorization: boolean;
  /** The fault specs that applied, or `[]`. */
  faults: string[];
  status?: number;
}

/** A bounded in-memory log of requests (oldest entries dropped first). Control requests are not logged. */
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
