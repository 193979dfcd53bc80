import type { ServerResponse } from 'node:http';

/**
 * CORS as CKAN sends it with `ckan.cors.origin_allow_all = true`, plus two deliberate additions: the fault
 * header may be sent, and `Retry-After` is exposed so that browser clients can honour it.
 */
export function setCors(res: ServerResponse, origin: string | undefined): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', 'POST, PUT, GET, DELETE, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'X-CKAN-API-KEY, Authorization, Content-Type, X-Odw-Fault');
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
  if (origin) res.setHeader('Vary', 'Origin');
}
