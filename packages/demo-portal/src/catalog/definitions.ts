/**
 * Datasets as the content modules describe them, before they become CKAN dicts (`package-builder.ts`).
 */
import type { DatastoreSource } from '../datastore/datastore.js';
import type { CkanGroup, ServedFile } from './catalog.js';
import { stableUuid } from './ids.js';

/** An organization or group: the parts that are content; the rest of CKAN's dict is filled in. */
export interface GroupDefinition {
  name: string;
  title: string;
  description?: string;
  created: string;
}

/** A resource: a served file (optionally with a DataStore table), or only a link. */
export interface ResourceDefinition {
  /** Stable id; default: derived from dataset name and resource name. */
  id?: string;
  name: string;
  description: string;
  /** CKAN format label: `CSV`, `GeoJSON` … */
  format: string;
  mimetype: string | null;
  created: string;
  /** File name in the download URL; set for files the portal serves. */
  fileName?: string;
  file?: ServedFile;
  /** For link-only resources: the URL exactly as the portal stores it. */
  url?: string;
  /** Makes the resource DataStore-active. */
  datastore?: Omit<DatastoreSource, 'resourceId'>;
  size?: number | null;
  /** Extra resource keys (CKAN allows arbitrary ones). */
  extras?: Record<string, unknown>;
}

/** A dataset. */
export interface DatasetDefinition {
  name: string;
  title: string;
  /** Markdown description. */
  notes: string;
  organization: string;
  license: string;
  groups: string[];
  tags: string[];
  created: string;
  modified: string;
  author?: string | null;
  authorEmail?: string | null;
  maintainer?: string | null;
  maintainerEmail?: string | null;
  /** The source's landing page. */
  url?: string | null;
  extras?: { key: string; value: string }[];
  resources: ResourceDefinition[];
}

/** CKAN's full organization or group dict. */
export function groupDict(kind: 'organization' | 'group', definition: GroupDefinition): CkanGroup {
  return {
    id: stableUuid(`${kind}:${definition.name}`),
    name: definition.name,
    title: definition.title,
    display_name: definition.title,
    description: definition.description ?? '',
    image_url: '',
    image_display_url: '',
    created: definition.created,
    is_organization: kind === 'organization',
    approval_status: 'approved',
    state: 'active',
    type: kind,
    num_followers: 0,
  };
}
