import type { Catalog, CkanPackage } from '../../catalog/catalog.js';
import { indexPackage, score, type IndexedPackage } from '../../search/package-index.js';
import { parseSolrQuery, QuerySyntaxError, type QueryNode } from '../../search/solr-query.js';
import { searchQueryError, validationError } from '../action-error.js';
import type { ActionContext } from '../action-context.js';
import { listParam, naturalNumber, type ActionParams } from '../validators.js';

const indexes = new WeakMap<Catalog, IndexedPackage[]>();

/** The catalogue's packages prepared for matching, built once per catalogue. */
function indexOf(catalog: Catalog): IndexedPackage[] {
  let index = indexes.get(catalog);
  if (!index) {
    const organizations = new Map(catalog.organizations.map((o) => [o.id, o]));
    index = catalog.packages.map((pkg) => indexPackage(pkg, organizations));
    indexes.set(catalog, index);
  }
  return index;
}

/** CKAN's `ckan.search.rows_max` default. */
const ROWS_MAX = 1000;

type SortKey = (p: CkanPackage, score: number) => string | number;

const SORT_KEYS: Record<string, SortKey> = {
  score: (_p, s) => s,
  metadata_modified: (p) => p.metadata_modified,
  metadata_created: (p) => p.metadata_created,
  name: (p) => p.name,
  title_string: (p) => p.title.toLowerCase(),
  num_resources: (p) => p.num_resources,
  num_tags: (p) => p.num_tags,
  views_recent: () => 0,
  views_total: () => 0,
};

function parse(query: string): QueryNode {
  try {
    return parseSolrQuery(query);
  } catch (error) {
    if (error instanceof QuerySyntaxError) throw searchQueryError(error.message);
    throw error;
  }
}

function sortComparator(sort: string) {
  const keys = sort.split(',').map((clause) => {
    const [field, direction, ...rest] = clause.trim().split(/\s+/);
    if (!direction || rest.length || !['asc', 'desc'].includes(direction.toLowerCase())) {
      throw searchQueryError(`Can't determine a Sort Order (asc or desc) in sort spec '${clause.trim()}'`);
    }
    const key = SORT_KEYS[field];
    if (!key) throw searchQueryError(`sort param field can't be found: ${field}`);
    return { key, sign: direction.toLowerCase() === 'asc' ? 1 : -1 };
  });
  return (a: { pkg: CkanPackage; score: number }, b: { pkg: CkanPackage; score: number }) => {
    for (const { key, sign } of keys) {
      const x = key(a.pkg, a.score);
      const y = key(b.pkg, b.score);
      if (x < y) return -sign;
      if (x > y) return sign;
    }
    return 0;
  };
}

function facetFields(params: ActionParams): string[] {
  const raw = params['facet.field'];
  if (raw === undefined) return [];
  if (Array.isArray(raw)) return raw.map(String);
  try {
    const parsed = JSON.parse(String(raw)) as unknown;
    if (!Array.isArray(parsed)) throw new Error('not a list');
    return parsed.map(String);
  } catch {
    throw validationError({ 'facet.field': ['Could not parse as valid JSON'] });
  }
}

/** Facet counts over the matching packages, as Solr sorts them (count desc, then value). */
function facets(matches: IndexedPackage[], fields: string[], limit: number, context: ActionContext) {
  const facetsOut: Record<string, Record<string, number>> = {};
  const searchFacets: Record<
    string,
    { title: string; items: { name: string; display_name: string; count: number }[] }
  > = {};
  for (const field of fields) {
    const counts = new Map<string, number>();
    for (const doc of matches) {
      for (const value of new Set(doc.exact.get(field) ?? []))
        counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = limit < 0 ? sorted : sorted.slice(0, limit);
    facetsOut[field] = Object.fromEntries(top);
    searchFacets[field] = {
      title: field,
      items: top.map(([name, count]) => ({ name, display_name: displayName(field, name, context), count })),
    };
  }
  return { facets: facetsOut, search_facets: searchFacets };
}

function displayName(field: string, name: string, { catalog }: ActionContext): string {
  if (field === 'organization') return catalog.organizations.find((o) => o.name === name)?.title ?? name;
  if (field === 'groups') return catalog.groups.find((g) => g.name === name)?.title ?? name;
  if (field === 'license_id') return catalog.licenses.find((l) => l.id === name)?.title ?? name;
  return name;
}

/** `package_search`: Solr-style `q`/`fq` over the catalogue, with facets, paging and sorting. */
export function packageSearch(context: ActionContext) {
  const { params, catalog } = context;
  const rows = Math.min(naturalNumber(params, 'rows', 10), ROWS_MAX);
  const start = naturalNumber(params, 'start', 0);
  const q = typeof params.q === 'string' && params.q.trim() ? params.q : '*:*';
  const filters = [
    ...(params.fq === undefined
      ? []
      : Array.isArray(params.fq)
        ? params.fq.map(String)
        : [String(params.fq)]),
    ...(listParam(params, 'fq_list') ?? []),
  ].filter((f) => f.trim());
  const queries = [parse(q), ...filters.map(parse)];
  const sort =
    typeof params.sort === 'string' && params.sort.trim()
      ? params.sort
      : 'score desc, metadata_modified desc';
  const compare = sortComparator(sort);
  const scored = indexOf(catalog)
    .map((doc) => ({ doc, pkg: doc.pkg, scores: queries.map((query) => score(doc, query)) }))
    .filter((entry) => entry.scores.every((s) => s > 0))
    .map((entry) => ({ ...entry, score: entry.scores[0] }));
  scored.sort(compare);
  const facetLimit = params['facet.limit'] === undefined ? 50 : Number(params['facet.limit']);
  const fieldList = listParam(params, 'fl');
  const page = scored
    .slice(start, start + rows)
    .map(({ pkg }) =>
      fieldList?.length
        ? Object.fromEntries(fieldList.map((f) => [f, (pkg as unknown as Record<string, unknown>)[f]]))
        : pkg,
    );
  return {
    count: scored.length,
    sort,
    ...facets(
      scored.map((s) => s.doc),
      facetFields(params),
      Number.isNaN(facetLimit) ? 50 : facetLimit,
      context,
    ),
    results: page,
  };
}
