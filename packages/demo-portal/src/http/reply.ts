/**
 * A response before it is sent. Handlers return replies instead of writing to the socket, so that fault
 * modes (truncated JSON, DKAN-style answers) can rewrite any answer in one place.
 */
import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';

/** A response: status, headers and a body that is text, bytes, a stream or JSON not yet serialized. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array | Readable | { json: unknown } | null;
}

export const JSON_TYPE = 'application/json;charset=utf-8';
export const TEXT_TYPE = 'text/plain;charset=utf-8';
export const HTML_TYPE = 'text/html;charset=utf-8';

/** A JSON reply; serialized only when sent. */
export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': JSON_TYPE, ...headers }, body: { json: value } };
}

/** A plain-text reply. */
export function textReply(status: number, text: string, contentType = TEXT_TYPE): Reply {
  return { status, headers: { 'Content-Type': contentType }, body: text };
}

/** The reply's body as bytes (streams excepted), serializing JSON. */
export function bodyBytes(reply: Reply): Uint8Array | null {
  const { body } = reply;
  if (body === null) return new Uint8Array();
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return body;
  if ('json' in body) return Buffer.from(JSON.stringify(body.json), 'utf8');
  return null;
}

/** Writes a reply to the socket. */
export function sendReply(res: ServerResponse, reply: Reply, method = 'GET'): void {
  for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, value);
  res.statusCode = reply.status;
  const bytes = bodyBytes(reply);
  if (bytes) {
    if (!res.hasHeader('Content-Length')) res.setHeader('Content-Length', bytes.byteLength);
    res.end(method === 'HEAD' ? undefined : bytes);
    return;
  }
  const stream = reply.body as Readable;
  if (method === 'HEAD') {
    stream.destroy();
    res.end();
    return;
  }
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
