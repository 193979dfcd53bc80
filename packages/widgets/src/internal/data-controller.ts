/**
 * One asynchronous job of an element (load a dataset, fetch a page of rows), in the manner of `@lit/task`
 * but with what data widgets need on top: the last good value survives a failed refresh (so the element can
 * show it with a notice), a run aborts the previous one, removing the element aborts the request, and
 * putting it back re-runs what was interrupted.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a {@link DataController} stands. */
export type DataStatus = 'initial' | 'pending' | 'complete' | 'error';

/** Callbacks of a {@link DataController}. */
export interface DataControllerOptions<T> {
  /** Called after a run produced a value. */
  onComplete?: (value: T) => void;
  /** Called after a run failed (not when it was aborted or superseded). */
  onError?: (error: unknown) => void;
}

/** Runs one async job for a Lit element and keeps its state. */
export class DataController<T> implements ReactiveController {
  /** Current state. */
  status: DataStatus = 'initial';
  /** The last value a run produced; kept while the next run is pending and after it failed. */
  value?: T;
  /** The error of the last run, when it failed. */
  error?: unknown;
  /** When `value` arrived. */
  completedAt?: Date;

  private abortController?: AbortController;
  private runId = 0;
  private interrupted = false;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly job: (signal: AbortSignal) => Promise<T>,
    private readonly options: DataControllerOptions<T> = {},
  ) {
    host.addController(this);
  }

  /** Starts the job, aborting a run still in flight. Resolves when this run settled or was superseded. */
  async run(): Promise<void> {
    if (!this.connected) {
      // A timer or debounced input of a removed element: run when (if) it is put back, not now.
      this.interrupted = true;
      return;
    }
    this.abortController?.abort();
    const controller = (this.abortController = new AbortController());
    const id = ++this.runId;
    this.status = 'pending';
    this.interrupted = false;
    this.host.requestUpdate();
    try {
      const value = await this.job(controller.signal);
      if (id !== this.runId || controller.signal.aborted) return;
      this.value = value;
      this.error = undefined;
      this.completedAt = new Date();
      this.status = 'complete';
      this.options.onComplete?.(value);
    } catch (error) {
      if (id !== this.runId || controller.signal.aborted) return;
      this.error = error;
      this.status = 'error';
      this.options.onError?.(error);
    } finally {
      if (id === this.runId) this.host.requestUpdate();
    }
  }

  /** Aborts a run in flight; the state stays as it was before that run. */
  abort(): void {
    if (this.status !== 'pending') return;
    this.abortController?.abort();
    this.runId++;
    this.status = this.error ? 'error' : this.value === undefined ? 'initial' : 'complete';
  }

  /** Forgets value and error (new data source). */
  reset(): void {
    this.abort();
    this.runId++;
    this.value = undefined;
    this.error = undefined;
    this.completedAt = undefined;
    this.status = 'initial';
  }

  /** @internal */
  hostConnected(): void {
    this.connected = true;
    if (this.interrupted) void this.run();
  }

  /** @internal */
  hostDisconnected(): void {
    this.connected = false;
    if (this.status === 'pending') {
      this.abort();
      this.interrupted = true;
    }
  }
}
