/**
 * The widgets' one door to a portal: one `@odw/client` connection per portal URL, shared by every widget
 * on the page, so ten widgets detect the portal once and pool their requests, cache and retry budget.
 */
import { connect, locatePortal, type Portal } from '@odw/client';

const connections = new Map<string, Promise<Portal>>();

/** A dataset the widget that opens a connection will ask for next. */
export interface FirstDataset {
  name: string;
  signal: AbortSignal;
}

/**
 * The shared connection to the portal at `url` (trailing slashes ignored). Detection is not tied to one
 * widget's abort signal: the connection outlives the widget that asked first. The widget that starts the
 * detection may name the dataset it needs next: see {@link askDuringDetection}.
 */
export function openPortal(url: string, first?: FirstDataset): Promise<Portal> {
  const key = url.trim().replace(/\/+$/, '');
  let connection = connections.get(key);
  if (!connection) {
    connection = connect(key);
    connections.set(key, connection);
    // A failed detection must not stick: the next widget (or a retry) tries again.
    connection.catch(() => connections.delete(key));
    if (first) askDuringDetection(key, first);
  }
  return connection;
}

/**
 * Asks for the dataset while the portal's type is being detected, so that a CKAN portal (the pilot cities'
 * portal is one) answers `status_show` and `package_show` at the same time instead of one after the other:
 * one round trip less before the first rows. The request goes through a CKAN connection made without
 * detection, which shares the page's in-flight requests and response cache with the detected connection:
 * its `getDataset()` then receives this answer instead of asking again. Only the widget that starts a
 * detection does this, so a portal that is down gets one extra request per page, not one per widget; when
 * the URL shows another portal type, nothing is sent; against a portal that turns out to be another type,
 * it is one request whose failure nobody sees.
 */
function askDuringDetection(url: string, { name, signal }: FirstDataset): void {
  let hint;
  try {
    hint = locatePortal(url).hint;
  } catch {
    return; // connect() reports the URL.
  }
  if (hint && hint !== 'ckan') return;
  connect(url, { type: 'ckan' })
    .then((portal) => portal.getDataset(name, { signal }))
    .catch(() => undefined);
}
