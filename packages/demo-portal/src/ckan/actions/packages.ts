import type { CkanPackage } from '../../catalog/catalog.js';
import { notFound } from '../action-error.js';
import type { ActionContext } from '../action-context.js';
import { naturalNumber, requiredString } from '../validators.js';

/** A package by id or name; 404 otherwise. */
export function findPackage({ catalog }: ActionContext, idOrName: string): CkanPackage {
  const pkg = catalog.packages.find((p) => p.id === idOrName || p.name === idOrName);
  if (!pkg) throw notFound();
  return pkg;
}

/** `package_show`. */
export function packageShow(context: ActionContext) {
  return findPackage(context, requiredString(context.params, 'id'));
}

function page<T>(items: T[], context: ActionContext, defaultLimit: number): T[] {
  const limit = naturalNumber(context.params, 'limit', defaultLimit);
  const offset = naturalNumber(context.params, 'offset', 0);
  return items.slice(offset, offset + limit);
}

/** `package_list`: dataset names, alphabetically. */
export function packageList(context: ActionContext) {
  const names = context.catalog.packages.map((p) => p.name).sort();
  return page(names, context, names.length);
}

/** `current_package_list_with_resources`: full dicts, most recently modified first. */
export function currentPackageList(context: ActionContext) {
  const sorted = [...context.catalog.packages].sort((a, b) =>
    b.metadata_modified.localeCompare(a.metadata_modified),
  );
  return page(sorted, context, 10);
}

/** `resource_show`. */
export function resourceShow({ catalog, params }: ActionContext) {
  const id = requiredString(params, 'id');
  for (const pkg of catalog.packages) {
    const resource = pkg.resources.find((r) => r.id === id);
    if (resource) return resource;
  }
  throw notFound('Resource was not found.');
}

/** `tag_list`: tag names (or dicts with `all_fields`), filtered by `query` as a substring. */
export function tagList({ catalog, params }: ActionContext) {
  const query = typeof params.query === 'string' ? params.query.toLowerCase() : '';
  const tags = new Map<string, CkanPackage['tags'][number]>();
  for (const pkg of catalog.packages) for (const tag of pkg.tags) tags.set(tag.name, tag);
  const matching = [...tags.values()]
    .filter((t) => t.name.toLowerCase().includes(query))
    .sort((a, b) => a.name.localeCompare(b.name));
  const allFields = String(params.all_fields ?? '').toLowerCase() === 'true';
  return allFields
    ? matching.map(({ id, name, vocabulary_id }) => ({ id, name, vocabulary_id }))
    : matching.map((t) => t.name);
}

/** `license_list`. */
export function licenseList({ catalog }: ActionContext) {
  return catalog.licenses;
}
