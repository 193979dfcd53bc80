import { HttpError } from '../errors.js';

/** A short, printable excerpt of a body for error messages (never rendered as HTML by us). */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 80)}…` : flat;
}

/** Errors for bodies that were a web page (HTML) rather than broken JSON; see {@link isWebPageAnswer}. */
const webPages = new WeakSet<HttpError>();

/**
 * Whether the error is a web page answered with a success status: sites answer unknown API paths with
 * their start page, so a portal type probe takes it as "no such API here", while JSON cut off in transit
 * is a real failure of a portal that is there.
 */
export function isWebPageAnswer(error: unknown): boolean {
  return error instanceof HttpError && webPages.has(error);
}

/**
 * Parses a portal's response body. A body that is not JSON (an HTML error page from a proxy, a response
 * cut off in transit) becomes an {@link HttpError} that says what arrived instead.
 *
 * Objects keep their ordinary prototype; code that reads keys coming from data (column names, facet
 * values) reads own properties only or copies them into a `Map` (see `own-property.ts`).
 */
export function parseJsonBody(text: string, status: number, url: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    if (status < 200 || status >= 300) {
      throw new HttpError(`Request failed with status ${status}: GET ${url}`, { url, status, cause });
    }
    const what = text.trim() === '' ? 'an empty body' : `"${excerpt(text)}"`;
    const error = new HttpError(
      `Expected JSON from the portal but got ${what} (status ${status}): GET ${url}`,
      {
        url,
        status,
        cause,
      },
    );
    if (text.trimStart().startsWith('<')) webPages.add(error);
    throw error;
  }
}
