import { QueryError } from '../errors.js';
import type { PortalType } from '../types.js';

/** A portal's base URL and, when the URL shows it, its type. */
export interface PortalLocation {
  /** Origin plus path prefix, without trailing slash, e.g. `https://www.offenesdatenportal.de`. */
  baseUrl: string;
  /** The type the URL reveals (an API path or an ODS host), if any. */
  hint?: PortalType;
}

/** Path suffixes that mark an API or a page inside a portal; the base URL is what comes before. */
const MARKERS: readonly { pattern: RegExp; hint?: PortalType }[] = [
  { pattern: /\/api\/explore\/v2\.[01](\/.*)?$/, hint: 'ods' },
  { pattern: /\/api\/records\/1\.0(\/.*)?$/, hint: 'ods' },
  { pattern: /\/explore(\/dataset\/.*)?$/, hint: 'ods' },
  { pattern: /\/api\/3(\/action(\/.*)?)?$/ },
  { pattern: /\/api\/action(\/.*)?$/, hint: 'dkan' },
  { pattern: /\/dataset(\/.*)?$/ },
];

/**
 * Reads a portal URL as people paste it (the portal's home page, an API URL, a dataset page) and returns
 * its base URL, plus the portal type when the URL shows it. Only `http:` and `https:` URLs are accepted.
 * `connect()` uses it; it is public so callers can tell, without a request, what `connect()` will ask.
 *
 * @example
 * ```ts
 * locatePortal('https://data.example.org/api/explore/v2.1/catalog/datasets');
 * // { baseUrl: 'https://data.example.org', hint: 'ods' }
 * ```
 *
 * @throws `QueryError` (part `url`) for anything else.
 */
export function locatePortal(url: string): PortalLocation {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new QueryError(`Invalid portal URL "${url}": not an absolute URL`, 'url');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new QueryError(`Invalid portal URL "${url}": only http and https are supported`, 'url');
  }
  if (parsed.username || parsed.password) {
    throw new QueryError('Invalid portal URL: it must not contain a user name or password', 'url');
  }
  let path = parsed.pathname.replace(/\/+$/, '');
  let hint: PortalType | undefined;
  for (const marker of MARKERS) {
    const match = marker.pattern.exec(path);
    if (match) {
      path = path.slice(0, match.index);
      hint = marker.hint;
      break;
    }
  }
  if (!hint && /\.opendatasoft\.com$/i.test(parsed.hostname)) hint = 'ods';
  return { baseUrl: `${parsed.origin}${path}`, ...(hint ? { hint } : {}) };
}
