import { QueryError } from '../errors.js';
import type { FacetName, SearchParams } from './portal.js';

const FACETS: ReadonlySet<string> = new Set<FacetName>([
  'organization',
  'groups',
  'tags',
  'formats',
  'licenses',
]);
const SORTS: ReadonlySet<string> = new Set(['relevance', 'modified', 'created', 'title', 'name']);

function fail(part: string, message: string): never {
  throw new QueryError(`Invalid search: ${part} ${message}`, part);
}

function checkStrings(value: unknown, part: string): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v !== '')) {
    fail(part, 'must be an array of non-empty strings');
  }
}

/** Checks search parameters; a `QueryError` names the bad one. */
export function checkSearchParams(params: SearchParams): void {
  if (typeof params !== 'object' || params === null) fail('params', 'must be an object');
  if (params.q !== undefined && typeof params.q !== 'string') fail('q', 'must be a string');
  if (
    params.organization !== undefined &&
    (typeof params.organization !== 'string' || !params.organization)
  ) {
    fail('organization', 'must be a non-empty string');
  }
  for (const key of ['organizations', 'groups', 'tags', 'formats', 'licenses'] as const)
    checkStrings(params[key], key);
  params.facets?.forEach(
    (facet, i) => FACETS.has(facet) || fail(`facets[${i}]`, `must be one of ${[...FACETS].join(', ')}`),
  );
  if (params.sort !== undefined && !SORTS.has(params.sort))
    fail('sort', `must be one of ${[...SORTS].join(', ')}`);
  for (const key of ['offset', 'limit', 'facetLimit'] as const) {
    const value = params[key];
    if (value !== undefined && (!Number.isInteger(value) || value < 0))
      fail(key, 'must be a whole number ≥ 0');
  }
}
