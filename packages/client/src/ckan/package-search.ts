import type { FacetName, FacetValue, SearchParams, SearchResult } from '../portal/portal.js';
import { checkSearchParams } from '../portal/check-search-params.js';
import { own, ownEntries, ownString } from '../metadata/own-property.js';
import type { ActionParams } from './ckan-api.js';
import { normalizePackage, type NormalizeContext } from './normalize-package.js';

/** odw facet names → CKAN's Solr fields. */
const SOLR_FIELDS: Record<FacetName, string> = {
  organization: 'organization',
  groups: 'groups',
  tags: 'tags',
  formats: 'res_format',
  licenses: 'license_id',
};

const SORTS: Record<NonNullable<SearchParams['sort']>, string> = {
  relevance: 'score desc, metadata_modified desc',
  modified: 'metadata_modified desc',
  created: 'metadata_created desc',
  title: 'title_string asc',
  name: 'name asc',
};

/** A Solr phrase: the value in double quotes with `\` and `"` escaped, so no value can change the query. */
export function solrPhrase(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** `field:"a"` or `field:("a" OR "b")`. */
function anyOf(field: string, values: readonly string[]): string {
  const phrases = [...new Set(values)].map(solrPhrase);
  return phrases.length === 1 ? `${field}:${phrases[0]}` : `${field}:(${phrases.join(' OR ')})`;
}

/** Builds `package_search` parameters. */
export function packageSearchParams(params: SearchParams): ActionParams {
  checkSearchParams(params);
  const filters: string[] = [];
  const organizations = [
    ...(params.organization ? [params.organization] : []),
    ...(params.organizations ?? []),
  ];
  if (organizations.length) filters.push(anyOf('organization', organizations));
  for (const group of params.groups ?? []) filters.push(anyOf('groups', [group]));
  for (const tag of params.tags ?? []) filters.push(anyOf('tags', [tag]));
  // Formats are free text on CKAN ("CSV", "csv"): ask for the common spellings.
  if (params.formats?.length) {
    filters.push(
      anyOf(
        'res_format',
        params.formats.flatMap((f) => [f, f.toUpperCase(), f.toLowerCase()]),
      ),
    );
  }
  if (params.licenses?.length) filters.push(anyOf('license_id', params.licenses));
  const q = params.q?.trim();
  const sort = params.sort ?? (q ? 'relevance' : 'modified');
  return {
    q: q || undefined,
    fq: filters.length ? filters.join(' AND ') : undefined,
    rows: params.limit ?? 10,
    start: params.offset || undefined,
    sort: SORTS[sort],
    'facet.field': params.facets?.length ? params.facets.map((f) => SOLR_FIELDS[f]) : undefined,
    'facet.limit': params.facets?.length ? (params.facetLimit ?? 50) : undefined,
    'facet.mincount': params.facets?.length ? 1 : undefined,
  };
}

function facetValues(result: unknown, field: string): FacetValue[] {
  // `search_facets` has labels (organization titles); the older `facets` has only value → count.
  const search = own(own(result, 'search_facets'), field);
  const items = own(search, 'items');
  const values: FacetValue[] = Array.isArray(items)
    ? items.map((item) => ({
        value: ownString(item, 'name') ?? '',
        label: ownString(item, 'display_name') ?? ownString(item, 'name') ?? '',
        count: Number(own(item, 'count')) || 0,
      }))
    : ownEntries(own(own(result, 'facets'), field)).map(([value, count]) => ({
        value,
        label: value,
        count: Number(count) || 0,
      }));
  return values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'de'));
}

/** Normalizes a `package_search` result. */
export function normalizeSearchResult(
  result: unknown,
  params: SearchParams,
  context: NormalizeContext,
): SearchResult {
  const results = own(result, 'results');
  const facets: SearchResult['facets'] = {};
  for (const facet of params.facets ?? []) facets[facet] = facetValues(result, SOLR_FIELDS[facet]);
  return {
    total: Number(own(result, 'count')) || 0,
    datasets: Array.isArray(results) ? results.map((pkg) => normalizePackage(pkg, context)) : [],
    facets,
  };
}
