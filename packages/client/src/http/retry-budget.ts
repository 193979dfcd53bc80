/**
 * A per-origin retry budget (a token bucket, as in the AWS SDKs' "standard" retry mode): every retry
 * spends tokens, every success returns one. When a portal is down, the many widgets of one page share
 * one budget, so together they retry a few times and then fail fast instead of multiplying the load.
 * A `429` also pauses the whole origin until its `Retry-After` has passed.
 */

/** Settings of a {@link RetryBudget}. */
export interface RetryBudgetOptions {
  /** Tokens per origin when full. @defaultValue 20 */
  capacity?: number;
  /** Tokens a retry after an error status or network error costs. @defaultValue 5 */
  retryCost?: number;
  /** Tokens a retry after a timeout costs (timeouts are the most expensive failures). @defaultValue 10 */
  timeoutCost?: number;
  /** Tokens a successful response returns. @defaultValue 1 */
  successRefund?: number;
}

interface OriginState {
  tokens: number;
  pausedUntil: number;
}

/**
 * Retry budgets and pauses, one per origin. Connections share one per `fetch` function; pass your own
 * through `createHttpState()` to change the budget.
 *
 * @example
 * ```ts
 * const state = { ...createHttpState(), budget: new RetryBudget({ capacity: 50 }) };
 * const portal = await connect(url, { httpState: state });
 * ```
 */
export class RetryBudget {
  private readonly origins = new Map<string, OriginState>();
  private readonly capacity: number;
  private readonly retryCost: number;
  private readonly timeoutCost: number;
  private readonly successRefund: number;

  constructor(options: RetryBudgetOptions = {}) {
    this.capacity = options.capacity ?? 20;
    this.retryCost = options.retryCost ?? 5;
    this.timeoutCost = options.timeoutCost ?? 10;
    this.successRefund = options.successRefund ?? 1;
  }

  private state(origin: string): OriginState {
    let state = this.origins.get(origin);
    if (!state) {
      state = { tokens: this.capacity, pausedUntil: 0 };
      this.origins.set(origin, state);
    }
    return state;
  }

  /** Takes the tokens for one retry; `false` when the origin's budget is spent (then do not retry). */
  tryAcquire(origin: string, kind: 'error' | 'timeout'): boolean {
    const state = this.state(origin);
    const cost = kind === 'timeout' ? this.timeoutCost : this.retryCost;
    if (state.tokens < cost) return false;
    state.tokens -= cost;
    return true;
  }

  /** Records a successful response: refills a little of the budget. */
  recordSuccess(origin: string): void {
    const state = this.state(origin);
    state.tokens = Math.min(this.capacity, state.tokens + this.successRefund);
  }

  /** Tokens left for `origin`. */
  tokens(origin: string): number {
    return this.state(origin).tokens;
  }

  /** Holds every request to `origin` until `until` (epoch ms), e.g. after a `429` with `Retry-After`. */
  pause(origin: string, until: number): void {
    const state = this.state(origin);
    state.pausedUntil = Math.max(state.pausedUntil, until);
  }

  /** Epoch ms until which `origin` is paused (0 when it is not). */
  pausedUntil(origin: string): number {
    return this.origins.get(origin)?.pausedUntil ?? 0;
  }
}
