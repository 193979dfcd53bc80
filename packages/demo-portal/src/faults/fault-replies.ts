/**
 * The answers a broken portal gives: proxy error pages, a maintenance page with status 200, a JSON body cut
 * in half, and CKAN's `success: false` envelopes.
 */
import { STATUS_CODES } from 'node:http';
import {
  accessDenied,
  notFound,
  searchQueryError,
  validationError,
  type ActionError,
} from '../ckan/action-error.js';
import { errorEnvelope } from '../ckan/envelope.js';
import { bodyBytes, HTML_TYPE, jsonReply, type Reply } from '../http/reply.js';
import type { InjectedCkanError } from './fault-spec.js';

/**
 * `status-<code>`: CKAN itself answers 500 with its JSON envelope; every other status comes from the reverse
 * proxy in front of it, as nginx's HTML error page.
 */
export function statusFaultReply(
  status: number,
  retryAfter: number | undefined,
  helpUrl: string | null,
): Reply {
  const headers: Record<string, string> =
    retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) };
  if (status === 500 && helpUrl) {
    return jsonReply(
      500,
      {
        help: helpUrl,
        success: false,
        error: { __type: 'Internal Server Error', message: 'Internal Server Error' },
      },
      headers,
    );
  }
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
  const page = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  return { status, headers: { 'Content-Type': 'text/html', ...headers }, body: page };
}

/** `html-200`: a maintenance page answered with status 200, as captive portals and CMS fallbacks do. */
export function maintenancePageReply(): Reply {
  const page = `<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Wartungsarbeiten</title></head>
<body>
<h1>Wir sind gleich wieder da</h1>
<p>Das Datenportal wird gerade gewartet. Bitte versuchen Sie es später erneut.</p>
</body>
</html>
`;
  return { status: 200, headers: { 'Content-Type': HTML_TYPE }, body: page };
}

const INJECTED: Record<InjectedCkanError, () => ActionError> = {
  'not-found': () => notFound('(fault injected by the demo portal)'),
  validation: () => validationError({ id: ['Missing value'] }),
  authorization: () => accessDenied('(fault injected by the demo portal)'),
  'search-query': () => searchQueryError('(fault injected by the demo portal)'),
};

/** `ckan-error-<type>`: CKAN's error envelope of that type, with CKAN's status. */
export function ckanErrorReply(type: InjectedCkanError, helpUrl: string): Reply {
  const error = INJECTED[type]();
  return jsonReply(error.status, errorEnvelope(helpUrl, error));
}

/** `truncated-json`: the first half of the body, with a Content-Length that matches what is sent. */
export function truncate(reply: Reply): Reply {
  const bytes = bodyBytes(reply);
  if (!bytes) return reply;
  const cut = bytes.subarray(0, Math.floor(bytes.byteLength / 2));
  return { ...reply, headers: { ...reply.headers, 'Content-Length': String(cut.byteLength) }, body: cut };
}
