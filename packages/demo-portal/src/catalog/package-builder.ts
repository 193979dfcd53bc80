import type { DatastoreSource } from '../datastore/datastore.js';
import type { CkanGroup, CkanLicense, CkanPackage, CkanResource, ServedFile } from './catalog.js';
import type { DatasetDefinition, ResourceDefinition } from './definitions.js';
import { stableUuid } from './ids.js';

/** What package dicts refer to. */
export interface PackageContext {
  baseUrl: string;
  organizations: CkanGroup[];
  groups: CkanGroup[];
  licenses: CkanLicense[];
}

/** Package dicts plus the files and tables behind their resources. */
export interface BuiltPackages {
  packages: CkanPackage[];
  files: Map<string, ServedFile>;
  tables: DatastoreSource[];
}

/** The portal's download URL of an uploaded file, as CKAN builds it. */
export function downloadUrl(
  baseUrl: string,
  packageId: string,
  resourceId: string,
  fileName: string,
): string {
  return `${baseUrl}/dataset/${packageId}/resource/${resourceId}/download/${encodeURIComponent(fileName)}`;
}

function resourceDict(
  definition: ResourceDefinition,
  position: number,
  packageId: string,
  modified: string,
  baseUrl: string,
): CkanResource {
  const id = definition.id ?? stableUuid(`resource:${packageId}:${definition.name}`);
  return {
    id,
    package_id: packageId,
    name: definition.name,
    description: definition.description,
    format: definition.format,
    mimetype: definition.mimetype,
    url: definition.fileName
      ? downloadUrl(baseUrl, packageId, id, definition.fileName)
      : (definition.url ?? ''),
    url_type: definition.fileName ? 'upload' : null,
    created: definition.created,
    last_modified: definition.file?.modified ?? null,
    metadata_modified: modified,
    position,
    size: definition.size ?? null,
    hash: '',
    state: 'active',
    resource_type: null,
    cache_url: null,
    cache_last_updated: null,
    mimetype_inner: null,
    datastore_active: Boolean(definition.datastore),
    ...definition.extras,
  };
}

function find<T extends { name: string }>(items: T[], name: string, kind: string): T {
  const item = items.find((i) => i.name === name);
  if (!item) throw new Error(`Unknown ${kind} "${name}"`);
  return item;
}

/** CKAN 2.11's package dict for a dataset definition. */
export function packageDict(definition: DatasetDefinition, context: PackageContext): CkanPackage {
  const id = stableUuid(`package:${definition.name}`);
  const organization = find(context.organizations, definition.organization, 'organization');
  const license = context.licenses.find((l) => l.id === definition.license);
  const { display_name: _d, image_display_url: _i, num_followers: _n, ...orgDict } = organization;
  const tags = [...new Set(definition.tags)];
  const resources = definition.resources.map((r, i) =>
    resourceDict(r, i, id, definition.modified, context.baseUrl),
  );
  return {
    id,
    name: definition.name,
    title: definition.title,
    notes: definition.notes,
    type: 'dataset',
    state: 'active',
    private: false,
    author: definition.author ?? null,
    author_email: definition.authorEmail ?? null,
    maintainer: definition.maintainer ?? null,
    maintainer_email: definition.maintainerEmail ?? null,
    license_id: definition.license,
    license_title: license?.title ?? definition.license,
    ...(license?.url ? { license_url: license.url } : {}),
    isopen: license?.od_conformance === 'approved',
    url: definition.url ?? null,
    version: null,
    metadata_created: definition.created,
    metadata_modified: definition.modified,
    creator_user_id: stableUuid('user:odw-demo'),
    owner_org: organization.id,
    organization: orgDict,
    groups: definition.groups.map((name) => {
      const group = find(context.groups, name, 'group');
      return {
        id: group.id,
        name: group.name,
        title: group.title,
        display_name: group.display_name,
        description: group.description,
        image_display_url: group.image_display_url,
      };
    }),
    tags: tags.map((name) => ({
      id: stableUuid(`tag:${name}`),
      name,
      display_name: name,
      state: 'active',
      vocabulary_id: null,
    })),
    num_tags: tags.length,
    resources,
    num_resources: resources.length,
    extras: definition.extras ?? [],
    relationships_as_object: [],
    relationships_as_subject: [],
  };
}

/** Package dicts for the definitions, with their files and DataStore tables. */
export function buildPackages(definitions: DatasetDefinition[], context: PackageContext): BuiltPackages {
  const built: BuiltPackages = { packages: [], files: new Map(), tables: [] };
  for (const definition of definitions) {
    const pkg = packageDict(definition, context);
    built.packages.push(pkg);
    definition.resources.forEach((resource, i) => {
      const resourceId = pkg.resources[i].id;
      if (resource.file) built.files.set(resourceId, resource.file);
      if (resource.datastore) built.tables.push({ ...resource.datastore, resourceId });
    });
  }
  return built;
}
