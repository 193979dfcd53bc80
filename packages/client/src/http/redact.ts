/**
 * Removes secrets from URLs before they reach error messages, logs or `Table.source`: user info
 * (`https://user:pass@host`) and the values of query parameters that carry keys or tokens.
 */

const SECRET_PARAMETER =
  /^(api[-_]?key|apikey|key|token|access[-_]?token|auth|authorization|secret|client[-_]?secret|password|passwd|pwd|signature|sig|x-ckan-api-key)$/i;

const REDACTED = '[REDACTED]';

function redactQuery(query: string): string {
  return query
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals < 0) return pair;
      let name: string;
      try {
        name = decodeURIComponent(pair.slice(0, equals).replace(/\+/g, ' '));
      } catch {
        name = pair.slice(0, equals);
      }
      return SECRET_PARAMETER.test(name) ? `${pair.slice(0, equals)}=${REDACTED}` : pair;
    })
    .join('&');
}

/** Returns `url` with credentials and secret query values replaced by `[REDACTED]`. */
export function redactUrl(url: string): string {
  const hashAt = url.indexOf('#');
  const withoutHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const queryAt = withoutHash.indexOf('?');
  const base = queryAt < 0 ? withoutHash : withoutHash.slice(0, queryAt);
  const query = queryAt < 0 ? '' : `?${redactQuery(withoutHash.slice(queryAt + 1))}`;
  // user:password@ sits between the scheme's "//" and the first "/" of the path.
  const userInfo = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#@]*@)/i;
  return base.replace(userInfo, `$1${REDACTED}@`) + query;
}
