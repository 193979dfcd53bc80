import type { IncomingHttpHeaders } from 'node:http';
import { parseFaultSpec, type FaultSpec } from './fault-spec.js';

/** Path prefix that carries a fault spec: `/__fault/<spec>/api/3/action/…`. */
export const FAULT_PATH_PREFIX = '/__fault/';
/** Query parameter that carries a fault spec. */
export const FAULT_QUERY_PARAM = 'odw_fault';
/** Request header that carries a fault spec. */
export const FAULT_HEADER = 'x-odw-fault';

/** A request URL with its fault specs taken out. */
export interface FaultedUrl {
  /** The URL the portal routes: path without the fault prefix, query without `odw_fault`. */
  url: URL;
  /** The specs the request carries (path prefix, query parameter, header), parsed. */
  specs: FaultSpec[];
  /** The fault prefix as received (`/__fault/<spec>`), or `''`; links the portal builds keep it. */
  prefix: string;
}

/** Takes the fault specs out of a request; throws `FaultSpecError` for a malformed spec. */
export function extractFaultSpecs(url: URL, headers: IncomingHttpHeaders): FaultedUrl {
  const raws: string[] = [];
  let prefix = '';
  const routed = new URL(url.href);
  if (url.pathname.startsWith(FAULT_PATH_PREFIX)) {
    const rest = url.pathname.slice(FAULT_PATH_PREFIX.length);
    const slash = rest.indexOf('/');
    const encoded = slash === -1 ? rest : rest.slice(0, slash);
    raws.push(decodeURIComponent(encoded));
    prefix = `${FAULT_PATH_PREFIX}${encoded}`;
    routed.pathname = slash === -1 ? '/' : rest.slice(slash);
  }
  for (const value of url.searchParams.getAll(FAULT_QUERY_PARAM)) raws.push(value);
  routed.searchParams.delete(FAULT_QUERY_PARAM);
  const header = headers[FAULT_HEADER];
  for (const value of Array.isArray(header) ? header : header ? [header] : []) raws.push(value);
  return { url: routed, specs: raws.filter((r) => r.trim()).map(parseFaultSpec), prefix };
}
