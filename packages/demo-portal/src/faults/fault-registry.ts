import { NO_EFFECTS, parseFaultSpec, type FaultEffects, type FaultSpec } from './fault-spec.js';

/** The faults that apply to one request, merged from every spec that is still active for it. */
export interface ActiveFaults extends FaultEffects {
  /** The raw specs that applied, for the request log. */
  specs: string[];
}

/** No fault. */
export const NO_FAULTS: ActiveFaults = Object.freeze({ ...NO_EFFECTS, specs: [] }) as ActiveFaults;

/**
 * Holds the server-wide fault spec and the `times-<n>` counters. A spec with `times-<n>` applies to the
 * first n requests that carry exactly that spec (from any source), then the portal "heals" for it.
 */
export class FaultRegistry {
  private serverSpec: FaultSpec | undefined;
  private readonly seen = new Map<string, number>();

  constructor(serverSpec?: string) {
    if (serverSpec) this.serverSpec = parseFaultSpec(serverSpec);
  }

  /** The server-wide spec, or `null`. */
  get server(): string | null {
    return this.serverSpec?.raw ?? null;
  }

  /** Sets the server-wide spec (validated) and restarts its `times` count. */
  setServer(raw: string): void {
    const spec = parseFaultSpec(raw);
    this.seen.delete(spec.raw);
    this.serverSpec = spec.raw.trim() ? spec : undefined;
  }

  /** Heals: no server-wide spec, every `times` counter reset. */
  clear(): void {
    this.serverSpec = undefined;
    this.seen.clear();
  }

  /**
   * The faults for a request carrying `requestSpecs` (path prefix, query parameter, header); counts the
   * request against each spec's `times`.
   */
  resolve(requestSpecs: FaultSpec[]): ActiveFaults {
    const specs = this.serverSpec ? [this.serverSpec, ...requestSpecs] : requestSpecs;
    const active = specs.filter((spec) => this.countAndCheck(spec));
    if (active.length === 0) return NO_FAULTS;
    const merged: ActiveFaults = { ...NO_FAULTS, specs: active.map((s) => s.raw) };
    for (const spec of active) {
      merged.corsOff ||= spec.corsOff;
      merged.latencyMs = Math.max(merged.latencyMs, spec.latencyMs);
      merged.hang ||= spec.hang;
      merged.status ??= spec.status;
      merged.retryAfter ??= spec.retryAfter;
      merged.truncatedJson ||= spec.truncatedJson;
      merged.html200 ||= spec.html200;
      merged.ckanError ??= spec.ckanError;
      merged.sqlOff ||= spec.sqlOff;
      merged.sqlDenied ||= spec.sqlDenied;
      merged.dkan ||= spec.dkan;
    }
    return merged;
  }

  private countAndCheck(spec: FaultSpec): boolean {
    if (spec.times === undefined) return true;
    const count = this.seen.get(spec.raw) ?? 0;
    this.seen.set(spec.raw, count + 1);
    return count < spec.times;
  }
}
