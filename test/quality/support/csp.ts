/**
 * The strict Content Security Policy the gates render every element under (issue #8), and the Trusted
 * Types policies our code registers: exactly these, no more. The CSP gate fails when the code registers
 * a policy that is not listed here, and when one listed here is never registered, so the directive we
 * document for municipal IT stays exact.
 */

/**
 * Trusted Types policies the shipped code creates: `lit-html` (Lit's template policy, created when Lit
 * loads) and `odw` (created when the client's parser or the table's query engine starts a Worker: the
 * `Worker` constructor is a script sink; see packages/client/src/trusted-types.ts).
 */
export const TRUSTED_TYPES_POLICIES: readonly string[] = ['lit-html', 'odw'];

/** The policy for a page on the same origin as the CDN folder, reading data from `portalOrigin`. */
export function strictCsp(portalOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${portalOrigin}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
  ].join('; ');
}
