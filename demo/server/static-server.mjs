// A small static file server for the demo site and for tests that need pages on their own origin.
// It serves only below the mounted folders, never lists directories, and can rewrite the demo portal's
// default URL in HTML pages when the portal runs on another port.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.md': 'text/plain; charset=utf-8', // browsers show text/plain; text/markdown is downloaded
};

/** The URL demo pages use for the portal; replaced by the real one when it differs. */
export const DEFAULT_PORTAL_URL = 'http://localhost:5000';

/**
 * Starts a static server.
 * @param {{ mounts: Record<string, string>, port?: number, host?: string, portalUrl?: string,
 *           headers?: Record<string, string> }} options  mounts: URL prefix → folder
 */
export async function startStaticServer({ mounts, port = 0, host = '127.0.0.1', portalUrl, headers = {} }) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const prefix = prefixes.find((p) => path === p.replace(/\/$/, '') || path.startsWith(p));
    if (!prefix || (req.method !== 'GET' && req.method !== 'HEAD')) return notFound(res);
    const folder = mounts[prefix];
    let file = normalize(join(folder, path.slice(prefix.length)));
    if (file !== folder && !file.startsWith(folder.endsWith(sep) ? folder : folder + sep))
      return notFound(res);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      return notFound(res);
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*', // the CDN folder must be loadable from other origins
      ...headers,
    });
    if (req.method === 'HEAD') return res.end();
    if (type.startsWith('text/html') && portalUrl && portalUrl !== DEFAULT_PORTAL_URL) {
      const html = await readFile(file, 'utf8');
      // Also the URL-encoded form, as in iframe addresses (embed.html?portal=http%3A%2F%2F…).
      return res.end(
        html
          .replaceAll(DEFAULT_PORTAL_URL, portalUrl)
          .replaceAll(encodeURIComponent(DEFAULT_PORTAL_URL), encodeURIComponent(portalUrl)),
      );
    }
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: actualPort } = server.address();
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}`,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
  };
}

function notFound(res) {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}
