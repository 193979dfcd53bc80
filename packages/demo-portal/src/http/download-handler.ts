/**
 * `/dataset/<id>/resource/<rid>/download/<file>`: resource files as a real server sends them, with
 * `Last-Modified`, `ETag` (and 304 for `If-None-Match`), and gzip transfer of stored `.gz` files to clients
 * that accept it.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { Catalog } from '../catalog/catalog.js';
import { textReply, type Reply } from './reply.js';

const DOWNLOAD_PATH = /^\/dataset\/[^/]+\/resource\/([^/]+)\/download(?:\/[^/]*)?$/;

/** The resource id of a download path, or `null`. */
export function downloadResourceId(pathname: string): string | null {
  const match = DOWNLOAD_PATH.exec(pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

const etags = new WeakMap<Uint8Array, string>();

function etagOf(bytes: Uint8Array): string {
  let tag = etags.get(bytes);
  if (!tag) {
    tag = `"${createHash('sha1').update(bytes).digest('hex').slice(0, 20)}"`;
    etags.set(bytes, tag);
  }
  return tag;
}

function missingFile(catalog: Catalog, resourceId: string): Reply {
  const resource = catalog.packages.flatMap((p) => p.resources).find((r) => r.id === resourceId);
  if (resource?.odw_file_missing) {
    return textReply(
      404,
      'Diese Datei ist im odw Demo-Portal nicht enthalten: Vom Moerser Katalog 2013–2015 sind nur die Metadaten erhalten.\n',
    );
  }
  return textReply(404, 'Not found\n');
}

/** Answers a download request. `allowGzip` is false when the body must be rewritten (`truncated-json`). */
export async function handleDownload(
  req: IncomingMessage,
  resourceId: string,
  catalog: Catalog,
  allowGzip: boolean,
): Promise<Reply> {
  const file = catalog.files.get(resourceId);
  if (!file) return missingFile(catalog, resourceId);
  const stored = await file.read();
  const etag = etagOf(stored);
  const headers: Record<string, string> = {
    'Content-Type': file.contentType,
    'Last-Modified': new Date(`${file.modified}Z`).toUTCString(),
    ETag: etag,
    'Cache-Control': 'public, max-age=0',
  };
  if (req.headers['if-none-match'] === etag) return { status: 304, headers, body: null };
  if (!file.gzipped) return { status: 200, headers, body: stored };
  if (allowGzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    return {
      status: 200,
      headers: { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' },
      body: stored,
    };
  }
  return { status: 200, headers: { ...headers, Vary: 'Accept-Encoding' }, body: gunzipSync(stored) };
}
