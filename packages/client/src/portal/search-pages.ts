import type { SearchResult } from './portal.js';

/**
 * Fills a search `limit` larger than one request may return (CKAN caps `rows` at 1000, Opendatasoft
 * `limit` at 100) with successive pages. `page` gets the offset, the page size and whether it is the first
 * page (facets are counted once, on the first).
 */
export async function searchInPages(
  offset: number,
  limit: number,
  pageCap: number,
  page: (offset: number, size: number, first: boolean) => Promise<SearchResult>,
): Promise<SearchResult> {
  const result = await page(offset, Math.min(limit, pageCap), true);
  let size = Math.min(limit, pageCap);
  while (result.datasets.length < limit) {
    const received = result.datasets.length;
    // A short page, or the end of the matches: nothing more to ask for.
    if (received % pageCap !== 0 || received === 0 || offset + received >= result.total) break;
    size = Math.min(limit - received, pageCap);
    const next = await page(offset + received, size, false);
    result.datasets.push(...next.datasets);
    if (next.datasets.length < size) break;
  }
  return result;
}
