/**
 * The one gate for URLs that reach `href` or `src`: only absolute `http:`, `https:` and `mailto:` URLs
 * pass. Lit does not sanitize URL attributes, and portal data is untrusted (`javascript:` links in
 * resource URLs have been stored XSS in CKAN before).
 */

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Whether `text` has a control character or a space (code points up to U+0020, and U+007F). */
function hasControlOrSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * The normalized URL when `text` is an absolute http(s) or mailto URL, else `undefined`. Whitespace and
 * control characters around or inside the scheme make it fail rather than being repaired.
 */
export function safeUrl(text: string | null | undefined, base?: string): string | undefined {
  if (typeof text !== 'string' || text === '' || hasControlOrSpace(text.slice(0, 12))) return undefined;
  let url: URL;
  try {
    url = base ? new URL(text, base) : new URL(text);
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

/** Whether a whole cell value looks like a link a reader can follow (no spaces, allowed scheme). */
export function cellLink(text: string): string | undefined {
  const trimmed = text.trim();
  if (!/^(https?:\/\/|mailto:)\S+$/i.test(trimmed)) return undefined;
  return safeUrl(trimmed);
}
