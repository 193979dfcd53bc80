import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { actions, type ActionParams } from './actions.js';
import { loadDefaultCatalog, type Catalog } from './catalog.js';
import { ActionError, CKAN_ERRORS, errorBody, successBody } from './envelope.js';
import { RequestLog } from './request-log.js';

/** Options of {@link startDemoPortal}. */
export interface DemoPortalOptions {
  /** TCP port; `0` picks a free one. Default 5000. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Content to serve; default: the built-in open data. */
  catalog?: Catalog;
}

/** A running demo portal. */
export interface DemoPortal {
  /** Base URL without trailing slash, e.g. `http://127.0.0.1:5000`. */
  url: string;
  log: RequestLog;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  contentType = 'application/json;charset=utf-8',
) {
  res.writeHead(status, { 'Content-Type': contentType });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

async function readParams(req: IncomingMessage, url: URL): Promise<ActionParams> {
  const params: ActionParams = Object.fromEntries(url.searchParams);
  if (req.method !== 'POST') return params;
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new ActionError('Bad request', 'Request body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return params;
  try {
    const body = JSON.parse(text) as unknown;
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object');
    return { ...params, ...(body as ActionParams) };
  } catch {
    throw new ActionError('Bad request', 'JSON Error: the request body is not a JSON object');
  }
}

/** CORS as CKAN sends it with `ckan.cors.origin_allow_all = true`. */
function setCors(req: IncomingMessage, res: ServerResponse) {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', 'POST, PUT, GET, DELETE, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'X-CKAN-API-KEY, Authorization, Content-Type');
  if (req.headers.origin) res.setHeader('Vary', 'Origin');
}

async function handleAction(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  baseUrl: string,
  catalog: Catalog,
) {
  const name = url.pathname.slice('/api/3/action/'.length);
  const action = Object.hasOwn(actions, name) ? actions[name] : undefined;
  if (!action) {
    send(
      res,
      400,
      errorBody(baseUrl, name, new ActionError('Bad request', `Action name not known: ${name}`)),
    );
    return;
  }
  try {
    const params = await readParams(req, url);
    send(res, 200, successBody(baseUrl, name, action(params, catalog)));
  } catch (error) {
    const actionError =
      error instanceof ActionError
        ? error
        : new ActionError('Internal Server Error', 'Internal Server Error');
    if (!(error instanceof ActionError)) console.error(error);
    send(res, CKAN_ERRORS[actionError.type], errorBody(baseUrl, name, actionError));
  }
}

function handleDownload(res: ServerResponse, url: URL, catalog: Catalog) {
  const match = /^\/dataset\/[^/]+\/resource\/([^/]+)\/download\/[^/]+$/.exec(url.pathname);
  const file = match ? catalog.files.get(decodeURIComponent(match[1])) : undefined;
  if (!file) return send(res, 404, 'Not found', 'text/plain;charset=utf-8');
  res.writeHead(200, { 'Content-Type': file.contentType });
  createReadStream(file.path).pipe(res);
}

/** Starts the demo portal and resolves once it listens. */
export async function startDemoPortal(options: DemoPortalOptions = {}): Promise<DemoPortal> {
  const catalog = options.catalog ?? (await loadDefaultCatalog());
  const log = new RequestLog();
  let baseUrl = '';

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', baseUrl);
    const entry = {
      time: new Date().toISOString(),
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      origin: req.headers.origin ?? null,
      cookies: Boolean(req.headers.cookie),
    };
    res.on('finish', () => log.add({ ...entry, status: res.statusCode }));
    setCors(req, res);
    if (req.method === 'OPTIONS') return send(res, 204, '');
    if (url.pathname === '/__odw/log') {
      if (req.method === 'DELETE') log.clear();
      return send(res, 200, log.list());
    }
    if (url.pathname.startsWith('/api/3/action/')) {
      void handleAction(req, res, url, baseUrl, catalog);
      return;
    }
    if (url.pathname.startsWith('/dataset/')) return handleDownload(res, url, catalog);
    send(res, 404, 'Not found', 'text/plain;charset=utf-8');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5000, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  baseUrl = `http://${options.host ?? '127.0.0.1'}:${address.port}`;

  return {
    url: baseUrl,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
