/**
 * Parses an http(s) URL typed by an editor or taken from a portal; anything else (`javascript:`, `data:`,
 * relative, malformed) gives `undefined`, so it never reaches a snippet, a link or a request.
 *
 * @param value the text
 */
export function httpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A base URL without trailing slashes (`https://x.de/portal/` → `https://x.de/portal`). */
export const withoutTrailingSlash = (url: URL) => url.href.replace(/\/+$/, '');

/** Whether a URL points at the machine the browser runs on (works only there). */
export function isLocalMachine(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) || url.hostname.endsWith('.localhost');
}
