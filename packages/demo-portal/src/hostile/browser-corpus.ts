/**
 * The hostile corpus for browser tests (`@odw/demo-portal/hostile-corpus`): no Node.js imports. The Big List
 * of Naughty Strings is loaded from the running demo portal, so tests compare against exactly the strings the
 * portal serves.
 *
 * @example
 * ```ts
 * const corpus = await loadHostileCorpus(portalUrl());
 * expect(cellTexts).to.deep.equal(corpus.all);
 * ```
 */
import type { HostileCorpus } from './hostile-types.js';

export { HOSTILE_DATASET } from './hostile-ids.js';
export type { HostileCorpus } from './hostile-types.js';
export { hostileHtml, hostileKeys, hostileMarkdown, hostileUrls, xssVectors } from './xss-vectors.js';

/** Fetches the corpus from a demo portal (`GET /__odw/hostile-corpus`). */
export async function loadHostileCorpus(portalUrl: string): Promise<HostileCorpus> {
  const response = await fetch(`${portalUrl.replace(/\/$/, '')}/__odw/hostile-corpus`, {
    credentials: 'omit',
  });
  if (!response.ok) throw new Error(`The demo portal answered ${response.status} for its hostile corpus`);
  return (await response.json()) as HostileCorpus;
}
