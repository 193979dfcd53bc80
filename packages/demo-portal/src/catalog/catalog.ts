/**
 * The portal's content: CKAN dicts as CKAN 2.11's `package_show`, `organization_show`, `group_show` and
 * `license_list` return them, plus the files and DataStore tables behind the resources.
 */
import type { DatastoreSource } from '../datastore/datastore.js';

/** A CKAN tag dict. */
export interface CkanTag {
  id: string;
  name: string;
  display_name: string;
  state: 'active';
  vocabulary_id: null;
}

/** A CKAN organization or group dict (without `package_count`, which is computed). */
export interface CkanGroup {
  id: string;
  name: string;
  title: string;
  display_name: string;
  description: string;
  image_url: string;
  image_display_url: string;
  created: string;
  is_organization: boolean;
  approval_status: 'approved';
  state: 'active';
  type: 'organization' | 'group';
  num_followers: number;
}

/** A CKAN resource dict; extra keys are allowed as in CKAN. */
export interface CkanResource {
  id: string;
  package_id: string;
  name: string;
  description: string;
  format: string;
  mimetype: string | null;
  url: string;
  url_type: 'upload' | null;
  created: string;
  last_modified: string | null;
  metadata_modified: string;
  position: number;
  size: number | null;
  hash: string;
  state: 'active';
  resource_type: null;
  cache_url: null;
  cache_last_updated: null;
  mimetype_inner: null;
  datastore_active: boolean;
  [extra: string]: unknown;
}

/** A CKAN package (dataset) dict. */
export interface CkanPackage {
  id: string;
  name: string;
  title: string;
  notes: string;
  type: 'dataset';
  state: 'active';
  private: false;
  author: string | null;
  author_email: string | null;
  maintainer: string | null;
  maintainer_email: string | null;
  license_id: string;
  license_title: string;
  license_url?: string;
  isopen: boolean;
  url: string | null;
  version: string | null;
  metadata_created: string;
  metadata_modified: string;
  creator_user_id: string;
  owner_org: string;
  organization: Omit<CkanGroup, 'display_name' | 'image_display_url' | 'num_followers'>;
  groups: Pick<CkanGroup, 'id' | 'name' | 'title' | 'display_name' | 'description' | 'image_display_url'>[];
  tags: CkanTag[];
  num_tags: number;
  resources: CkanResource[];
  num_resources: number;
  extras: { key: string; value: string }[];
  relationships_as_object: [];
  relationships_as_subject: [];
}

/** A license as CKAN's `license_list` returns it. */
export interface CkanLicense {
  id: string;
  title: string;
  url: string;
  status: 'active';
  od_conformance: 'approved' | 'not reviewed';
  osd_conformance: 'approved' | 'not reviewed';
  domain_content: boolean;
  domain_data: boolean;
  domain_software: boolean;
  family: string;
  maintainer: string;
  is_generic?: boolean;
}

/** A file served under `/dataset/<id>/resource/<rid>/download/<name>`. */
export interface ServedFile {
  /** Reads the bytes as stored (a `.gz` source is served compressed to clients that accept gzip). */
  read(): Promise<Uint8Array>;
  /** `Content-Type` as the real server would send it (see README: CKAN labels uploads `charset=utf-8`). */
  contentType: string;
  /** Set when `read()` returns gzip-compressed bytes of the file. */
  gzipped?: boolean;
  /** ISO time for `Last-Modified`. */
  modified: string;
}

/** Everything the portal serves. */
export interface Catalog {
  packages: CkanPackage[];
  organizations: CkanGroup[];
  groups: CkanGroup[];
  licenses: CkanLicense[];
  /** Files by resource id. */
  files: Map<string, ServedFile>;
  /** DataStore tables. */
  tables: DatastoreSource[];
}
