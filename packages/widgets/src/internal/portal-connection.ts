/**
 * The widgets' one door to a portal: one `@odw/client` connection per portal URL, shared by every widget
 * on the page, so ten widgets detect the portal once and pool their requests, cache and retry budget.
 */
import { connect, type Portal } from '@odw/client';

const connections = new Map<string, Promise<Portal>>();

/**
 * The shared connection to the portal at `url` (trailing slashes ignored). Detection is not tied to one
 * widget's abort signal: the connection outlives the widget that asked first.
 */
export function openPortal(url: string): Promise<Portal> {
  const key = url.trim().replace(/\/+$/, '');
  let connection = connections.get(key);
  if (!connection) {
    connection = connect(key);
    connections.set(key, connection);
    // A failed detection must not stick: the next widget (or a retry) tries again.
    connection.catch(() => connections.delete(key));
  }
  return connection;
}
