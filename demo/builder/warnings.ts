/**
 * What will not work, or needs a note, with the current choices. The builder shows these next to the
 * snippets, so an editor learns it before publishing, not from a reader.
 *
 * @module
 */
import type { Probe, ResourceSummary } from './portal-access.js';
import { httpUrl, isLocalMachine } from './safe-url.js';

export type Warning =
  /** The portal does not allow other sites to read it: the script tag cannot work there. */
  | { id: 'cors'; portal: string }
  /** The portal speaks only http; https pages (all city sites) may not load from it. */
  | { id: 'http-portal'; portal: string }
  /** URLs in the snippet point at this computer (work only here, e.g. the demo portal). */
  | { id: 'local-address'; urls: string[] }
  /** An option loads something from a third server (e.g. a basemap): readers' IP addresses go there. */
  | { id: 'third-party'; attribute: string; origin: string }
  /** The resource has no DataStore table: the element downloads the whole file. */
  | { id: 'whole-file'; bytes?: number };

export interface WarningContext {
  probe?: Probe;
  portal: string;
  cdn: string;
  resource?: ResourceSummary;
  options: Record<string, string>;
}

/** The warnings for some choices, most important first. */
export function warningsFor({ probe, portal, cdn, resource, options }: WarningContext): Warning[] {
  const warnings: Warning[] = [];
  if (probe && !probe.ok && probe.problem === 'cors') warnings.push({ id: 'cors', portal: probe.url });
  const portalUrl = httpUrl(portal);
  if (portalUrl?.protocol === 'http:' && !isLocalMachine(portalUrl)) {
    warnings.push({ id: 'http-portal', portal: portalUrl.origin });
  }
  const local = [portalUrl, httpUrl(cdn)]
    .filter((url) => url && isLocalMachine(url))
    .map((url) => url!.origin);
  if (local.length) warnings.push({ id: 'local-address', urls: [...new Set(local)] });
  const known = new Set([portalUrl?.origin, httpUrl(cdn)?.origin]);
  for (const [attribute, value] of Object.entries(options)) {
    const url = httpUrl(value);
    if (url && !known.has(url.origin)) warnings.push({ id: 'third-party', attribute, origin: url.origin });
  }
  if (resource && !resource.datastoreActive) warnings.push({ id: 'whole-file', bytes: resource.size });
  return warnings;
}
