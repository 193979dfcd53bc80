/** Detail of `odw-load`: the element shows data. */
export interface OdwLoadDetail {
  /** Total rows matching the current query, when known. */
  total: number | undefined;
  /** `false` when `total` is an estimate or computed from capped data. */
  exact: boolean;
}

/** Detail of `odw-error`: the element shows an error message. */
export interface OdwErrorDetail {
  /** The typed error (`QueryError`, `HttpError`, `CorsError` … from `@odw/client`, or an `AttributeError`). */
  error: Error;
}

declare global {
  interface HTMLElementEventMap {
    'odw-load': CustomEvent<OdwLoadDetail>;
    'odw-error': CustomEvent<OdwErrorDetail>;
  }
}

/** Dispatches an odw event the way every odw element does: bubbling and crossing shadow roots. */
export function emit<T>(target: EventTarget, name: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
}
