import type { IncomingMessage } from 'node:http';
import { BadRequest } from '../ckan/action-error.js';
import type { ActionParams } from '../ckan/validators.js';

const MAX_BODY_BYTES = 5_000_000;

/** Query parameters named more than once become lists, as CKAN's `_get_request_data` does. */
export function queryParams(url: URL): ActionParams {
  const params: ActionParams = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    params[key] = values.length === 1 ? values[0] : values;
  }
  return params;
}

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BadRequest('JSON Error: request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The parameters of an action call: the query string for GET; for POST the JSON body (or form fields),
 * merged over the query string. Errors read like CKAN's ("Bad request - JSON Error: …").
 */
export async function readActionParams(req: IncomingMessage, url: URL): Promise<ActionParams> {
  const params = queryParams(url);
  if (req.method !== 'POST' && req.method !== 'PUT') return params;
  const text = await readBody(req);
  if (!text.trim()) return params;
  if ((req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) {
    return { ...params, ...queryParams(new URL(`http://form/?${text}`)) };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new BadRequest(`JSON Error: Error decoding JSON data. Error: ${(error as Error).message}`);
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new BadRequest(
      `Bad request data: Request data JSON decoded to ${JSON.stringify(body)} but it needs to be a dictionary.`,
    );
  }
  return { ...params, ...(body as ActionParams) };
}
