import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Catalog } from './catalog/catalog.js';
import { loadDefaultCatalog } from './catalog/default-catalog.js';
import { folderCatalog } from './catalog/folder-catalog.js';
import { Datastore } from './datastore/datastore.js';
import { PgliteEngine } from './datastore/pglite-engine.js';
import { maintenancePageReply, statusFaultReply, truncate } from './faults/fault-replies.js';
import { FaultRegistry, type ActiveFaults } from './faults/fault-registry.js';
import { FaultSpecError } from './faults/fault-spec.js';
import { extractFaultSpecs } from './faults/fault-sources.js';
import { helpUrl } from './ckan/envelope.js';
import { actionName, handleAction } from './http/api-handler.js';
import { handleControl } from './http/control-handler.js';
import { setCors } from './http/cors.js';
import { downloadResourceId, handleDownload } from './http/download-handler.js';
import { dumpResourceId, handleDump } from './http/dump-handler.js';
import { bodyBytes, jsonReply, sendReply, textReply, type Reply } from './http/reply.js';
import { humanPage } from './pages/pages.js';
import { RequestLog } from './request-log.js';

/** Options of {@link startDemoPortal}. */
export interface DemoPortalOptions {
  /** TCP port; `0` picks a free one. Default 5000. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** A folder of CSV/GeoJSON files to serve instead of the built-in content (see README). */
  data?: string;
  /** The content; default: the built-in open data. Receives the portal's base URL (for resource URLs). */
  content?: (baseUrl: string) => Promise<Catalog>;
  /** A server-wide fault spec (see README), e.g. `latency-200`. Default: `ODW_FAULT` from the environment. */
  fault?: string;
  /** Whether `datastore_search_sql` exists (as with `ckan.datastore.sqlsearch.enabled`). Default `true`. */
  sql?: boolean;
  /**
   * When DataStore tables load: `lazy` on first access (default: start-up stays under a second), `background`
   * right after start-up (small tables first, then the 672 339-row traffic table), `eager` before
   * `startDemoPortal` resolves.
   */
  tables?: 'lazy' | 'background' | 'eager';
}

/** A running demo portal. */
export interface DemoPortal {
  /** Base URL without trailing slash, e.g. `http://127.0.0.1:5000`. */
  url: string;
  /** Requests received (control requests under `/__odw/` excluded). */
  log: RequestLog;
  /** The server-wide fault spec and `times` counters. */
  faults: FaultRegistry;
  /** The DataStore (tables and their loading state). */
  datastore: Datastore;
  /** The content served. */
  catalog: Catalog;
  close(): Promise<void>;
}

interface Portal {
  baseUrl: string;
  catalog: Catalog;
  datastore: Datastore;
  sql: boolean;
}

function delay(ms: number, req: IncomingMessage): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(true), ms);
    req.once('close', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}

/** Resource URLs inside JSON keep the fault prefix, so a client pointed at `/__fault/<spec>` stays inside it. */
function keepPrefix(reply: Reply, baseUrl: string, prefix: string): Reply {
  if (!prefix || !reply.body || typeof reply.body !== 'object' || !('json' in reply.body)) return reply;
  const text = JSON.stringify(reply.body.json).replaceAll(
    `${baseUrl}/dataset/`,
    `${baseUrl}${prefix}/dataset/`,
  );
  return { ...reply, body: text };
}

async function route(
  req: IncomingMessage,
  url: URL,
  faulted: { prefix: string },
  faults: ActiveFaults,
  portal: Portal,
) {
  const name = actionName(url.pathname);
  if (name) {
    const requestPath = `${faulted.prefix}${url.pathname}`;
    const context = { ...portal, faults, requestPath, requestQuery: url.searchParams };
    return handleAction(req, name, url, context, portal.sql);
  }
  if (/^\/api(\/3)?\/?$/.test(url.pathname)) return jsonReply(200, { version: 3 });
  const dumpId = dumpResourceId(url.pathname);
  if (dumpId) return handleDump(url, dumpId, portal.datastore);
  const resourceId = downloadResourceId(url.pathname);
  if (resourceId) return handleDownload(req, resourceId, portal.catalog, !faults.truncatedJson);
  return humanPage(url.pathname, portal.catalog, portal.baseUrl) ?? textReply(404, 'Not found\n');
}

/**
 * Starts the demo portal and resolves once it listens and its catalogue is built; the DataStore's database
 * starts in the background and each table loads on first access (see `tables`).
 */
export async function startDemoPortal(options: DemoPortalOptions = {}): Promise<DemoPortal> {
  const log = new RequestLog();
  const faults = new FaultRegistry(options.fault ?? process.env.ODW_FAULT);
  const hanging = new Set<ServerResponse>();
  let baseUrl = '';
  let settle!: { resolve: (portal: Portal) => void; reject: (error: unknown) => void };
  const ready = new Promise<Portal>((resolve, reject) => (settle = { resolve, reject }));
  ready.catch(() => undefined);

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const received = new URL(req.url ?? '/', baseUrl);
    const origin = req.headers.origin;
    if (received.pathname.startsWith('/__odw/')) {
      setCors(res, origin);
      if (req.method === 'OPTIONS') return sendReply(res, { status: 204, headers: {}, body: null });
      return sendReply(
        res,
        await handleControl(req, received, { log, faults, datastore: async () => (await ready).datastore }),
        req.method,
      );
    }
    let faulted;
    try {
      faulted = extractFaultSpecs(received, req.headers);
    } catch (error) {
      if (!(error instanceof FaultSpecError)) throw error;
      setCors(res, origin);
      return sendReply(res, jsonReply(400, { error: error.message }));
    }
    if (req.method === 'OPTIONS') {
      if (!faulted.specs.some((s) => s.corsOff)) setCors(res, origin);
      return sendReply(res, { status: 204, headers: {}, body: null });
    }
    const active = faults.resolve(faulted.specs);
    const entry = {
      time: new Date().toISOString(),
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      origin: origin ?? null,
      referer: req.headers.referer ?? null,
      cookies: Boolean(req.headers.cookie),
      authorization: Boolean(req.headers.authorization),
      faults: active.specs,
    };
    res.once('close', () => log.add({ ...entry, status: res.statusCode }));
    if (!active.corsOff) setCors(res, origin);
    if (active.latencyMs && !(await delay(active.latencyMs, req))) return;
    if (active.hang) {
      hanging.add(res);
      res.once('close', () => hanging.delete(res));
      return;
    }
    const current = await ready;
    const name = actionName(faulted.url.pathname);
    let reply: Reply;
    if (active.status)
      reply = statusFaultReply(active.status, active.retryAfter, name ? helpUrl(baseUrl, name) : null);
    else if (active.html200) reply = maintenancePageReply();
    else reply = await route(req, faulted.url, faulted, active, current);
    reply = keepPrefix(reply, baseUrl, faulted.prefix);
    if (active.truncatedJson && bodyBytes(reply)) reply = truncate(reply);
    sendReply(res, reply, req.method);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[demo portal]', error);
      if (!res.headersSent) sendReply(res, textReply(500, 'Internal Server Error\n'));
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5000, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  baseUrl = `http://${options.host ?? '127.0.0.1'}:${address.port}`;

  const load = async (): Promise<Portal> => {
    const data = options.data;
    const content =
      options.content ?? (data ? (url: string) => folderCatalog(data, url) : loadDefaultCatalog);
    const catalog = await content(baseUrl);
    const datastore = new Datastore(PgliteEngine.create(), catalog.tables);
    const mode = options.tables ?? 'lazy';
    if (mode === 'eager') await datastore.preload();
    if (mode === 'background') void datastore.preload();
    return { baseUrl, catalog, datastore, sql: options.sql ?? true };
  };
  load().then(settle.resolve, settle.reject);
  let portal: Portal;
  try {
    portal = await ready;
  } catch (error) {
    server.close();
    throw error;
  }
  const { catalog, datastore } = portal;

  return {
    url: baseUrl,
    log,
    faults,
    datastore,
    catalog,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await (await datastore.engine().catch(() => null))?.close();
    },
  };
}
