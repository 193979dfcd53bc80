import type { CkanGroup, CkanPackage } from '../../catalog/catalog.js';
import { notFound, validationError } from '../action-error.js';
import type { ActionContext } from '../action-context.js';
import { booleanParam, listParam, naturalNumber, requiredString } from '../validators.js';

type Kind = 'organization' | 'group';

function members(context: ActionContext, kind: Kind): CkanGroup[] {
  return kind === 'organization' ? context.catalog.organizations : context.catalog.groups;
}

function packagesOf(context: ActionContext, kind: Kind, group: CkanGroup): CkanPackage[] {
  return context.catalog.packages.filter((p) =>
    kind === 'organization' ? p.owner_org === group.id : p.groups.some((g) => g.id === group.id),
  );
}

function withCount(context: ActionContext, kind: Kind, group: CkanGroup) {
  return { ...group, package_count: packagesOf(context, kind, group).length };
}

const SORTS: Record<string, (a: CkanGroup, b: CkanGroup) => number> = {
  name: (a, b) => a.name.localeCompare(b.name),
  title: (a, b) => a.title.localeCompare(b.title, 'de'),
};

/** `organization_list` / `group_list`: names, or dicts with `all_fields=true`; sort `title asc` by default. */
export function groupList(kind: Kind) {
  return (context: ActionContext) => {
    const { params } = context;
    const [field = 'title', direction = 'asc'] = String(params.sort ?? 'title asc')
      .trim()
      .split(/\s+/);
    const compare = field === 'package_count' ? undefined : SORTS[field];
    if (!compare && field !== 'package_count')
      throw validationError({ sort: [`Cannot sort by field \`${field}\``] });
    const only = listParam(params, kind === 'organization' ? 'organizations' : 'groups');
    const all = members(context, kind)
      .filter((g) => !only?.length || only.includes(g.name))
      .map((g) => withCount(context, kind, g))
      .sort(
        (a, b) =>
          (compare ? compare(a, b) : a.package_count - b.package_count) * (direction === 'desc' ? -1 : 1),
      );
    const offset = naturalNumber(params, 'offset', 0);
    const limit = naturalNumber(params, 'limit', all.length);
    const page = all.slice(offset, offset + limit);
    return booleanParam(params, 'all_fields', false) ? page : page.map((g) => g.name);
  };
}

/** `organization_show` / `group_show`, with `include_datasets` (up to 1000 package dicts). */
export function groupShow(kind: Kind) {
  return (context: ActionContext) => {
    const id = requiredString(context.params, 'id');
    const group = members(context, kind).find((g) => g.id === id || g.name === id);
    if (!group) throw notFound(kind === 'organization' ? 'Organization not found' : 'Group not found');
    const packages = packagesOf(context, kind, group);
    return {
      ...group,
      package_count: packages.length,
      users: [],
      extras: [],
      tags: [],
      groups: [],
      ...(booleanParam(context.params, 'include_datasets', false)
        ? { packages: packages.slice(0, 1000) }
        : {}),
    };
  };
}
