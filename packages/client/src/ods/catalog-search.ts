import { QueryError } from '../errors.js';
import { own, ownString } from '../metadata/own-property.js';
import { checkSearchParams } from '../portal/check-search-params.js';
import type { FacetName, FacetValue, SearchParams } from '../portal/portal.js';
import type { OdsParams } from './ods-api.js';
import { odsString } from './odsql.js';

/** odw facet names → Explore API catalog facets. Formats have no facet: every dataset exports every format. */
export const ODS_FACETS: Partial<Record<FacetName, string>> = {
  organization: 'publisher',
  groups: 'theme',
  tags: 'keyword',
  licenses: 'license',
};

const SORTS: Record<NonNullable<SearchParams['sort']>, string | undefined> = {
  relevance: undefined,
  modified: 'modified desc',
  created: 'metadata_processed desc',
  title: 'title asc',
  name: 'dataset_id asc',
};

function anyOf(field: string, values: readonly string[]): string {
  const terms = [...new Set(values)].map((v) => `${field} = ${odsString(v)}`);
  return terms.length === 1 ? terms[0] : `(${terms.join(' OR ')})`;
}

/** The `where`/`order_by`/paging parameters of `catalog/datasets` (and the `where` of `catalog/facets`). */
export function catalogParams(params: SearchParams): OdsParams {
  checkSearchParams(params);
  if (params.formats?.length) {
    throw new QueryError(
      'Invalid search: formats cannot filter an Opendatasoft catalogue (every dataset exports every format)',
      'formats',
    );
  }
  const conditions: string[] = [];
  if (params.q?.trim()) conditions.push(odsString(params.q.trim(), 'q'));
  const organizations = [
    ...(params.organization ? [params.organization] : []),
    ...(params.organizations ?? []),
  ];
  if (organizations.length) conditions.push(anyOf('publisher', organizations));
  for (const group of params.groups ?? []) conditions.push(anyOf('theme', [group]));
  for (const tag of params.tags ?? []) conditions.push(anyOf('keyword', [tag]));
  if (params.licenses?.length) conditions.push(anyOf('license', params.licenses));
  const sort = params.sort ?? (params.q?.trim() ? 'relevance' : 'modified');
  return {
    where: conditions.length ? conditions.join(' AND ') : undefined,
    order_by: SORTS[sort],
    // Paging (limit ≤ 100 per request, offset) is the caller's: see searchInPages.
  };
}

/** Facet counts of a `catalog/facets` answer for the requested facets. */
export function catalogFacets(
  body: unknown,
  requested: readonly FacetName[],
): Partial<Record<FacetName, FacetValue[]>> {
  const groups = own(body, 'facets');
  const byName = new Map<string, unknown>(
    (Array.isArray(groups) ? groups : []).map((g) => [ownString(g, 'name') ?? '', own(g, 'facets')]),
  );
  const result: Partial<Record<FacetName, FacetValue[]>> = {};
  for (const facet of requested) {
    const values = byName.get(ODS_FACETS[facet] ?? '');
    result[facet] = (Array.isArray(values) ? values : [])
      .map((v) => ({
        value: ownString(v, 'value') ?? ownString(v, 'name') ?? '',
        label: ownString(v, 'name') ?? ownString(v, 'value') ?? '',
        count: Number(own(v, 'count')) || 0,
      }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'de'));
  }
  return result;
}
