import { normalizeLicense } from '../metadata/normalize-license.js';
import {
  byteSize,
  isoTimestamp,
  normalizeFormat,
  parseGeometry,
  safeAbsoluteUrl,
} from '../metadata/normalize-values.js';
import { own, ownString } from '../metadata/own-property.js';
import type { Dataset, Group, Organization, Resource } from '../types.js';

/** Context for normalizing records of one portal. */
export interface NormalizeContext {
  baseUrl: string;
  /** Preferred language for translated fields (ckanext-fluent `title_translated` …). */
  lang?: string;
}

/**
 * A translated field (`{de: …, en: …}` as ckanext-fluent stores it) in the preferred language, else the
 * plain field.
 */
function localized(record: unknown, key: string, lang: string | undefined): string | undefined {
  const translations = own(record, `${key}_translated`);
  if (lang && translations && typeof translations === 'object') {
    const text = ownString(translations, lang);
    if (text) return text;
  }
  return ownString(record, key);
}

/** CKAN `extras` (`[{key, value}]`) as a Map; keys come from data. */
function extrasOf(pkg: unknown): Map<string, unknown> {
  const extras = new Map<string, unknown>();
  const list = own(pkg, 'extras');
  if (Array.isArray(list)) {
    for (const item of list) {
      const key = ownString(item, 'key');
      if (key) extras.set(key, own(item, 'value'));
    }
  }
  return extras;
}

/** A metadata value from the package's top level (ckanext-scheming) or its extras (older portals). */
function field(pkg: unknown, extras: Map<string, unknown>, ...keys: string[]): unknown {
  for (const key of keys) {
    const value = own(pkg, key) ?? extras.get(key);
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/** Normalizes a CKAN organization dict. */
export function normalizeOrganization(org: unknown, context: NormalizeContext): Organization | undefined {
  if (!org || typeof org !== 'object') return undefined;
  const name = ownString(org, 'name') ?? ownString(org, 'id') ?? '';
  const image = ownString(org, 'image_display_url') ?? ownString(org, 'image_url');
  const count = own(org, 'package_count');
  return {
    id: ownString(org, 'id') ?? name,
    name,
    title: localized(org, 'title', context.lang) ?? ownString(org, 'display_name') ?? name,
    ...(ownString(org, 'description') ? { description: ownString(org, 'description') } : {}),
    ...(image && safeAbsoluteUrl(image, context.baseUrl)
      ? { imageUrl: safeAbsoluteUrl(image, context.baseUrl) }
      : {}),
    ...(typeof count === 'number' ? { datasetCount: count } : {}),
    raw: org,
  };
}

/** Normalizes a CKAN group dict. */
export function normalizeGroup(group: unknown, context: NormalizeContext): Group | undefined {
  const org = normalizeOrganization(group, context);
  if (!org) return undefined;
  const { imageUrl: _image, ...rest } = org;
  return rest;
}

/** Normalizes one resource of a package. */
export function normalizeResource(
  resource: unknown,
  datasetId: string,
  position: number,
  context: NormalizeContext,
): Resource {
  const url = safeAbsoluteUrl(own(resource, 'url'), context.baseUrl);
  const id = ownString(resource, 'id') ?? `${datasetId}#${position}`;
  const fileName = url ? decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') : '';
  const active = own(resource, 'datastore_active');
  const size = byteSize(own(resource, 'size'));
  const created = isoTimestamp(own(resource, 'created'));
  const modified = isoTimestamp(own(resource, 'last_modified') ?? own(resource, 'metadata_modified'));
  return {
    id,
    datasetId: ownString(resource, 'package_id') ?? datasetId,
    name: localized(resource, 'name', context.lang) ?? (fileName || `Resource ${position + 1}`),
    ...(localized(resource, 'description', context.lang)
      ? { description: localized(resource, 'description', context.lang) }
      : {}),
    format: normalizeFormat(own(resource, 'format'), own(resource, 'mimetype'), url),
    url,
    ...(ownString(resource, 'mimetype') ? { mimetype: ownString(resource, 'mimetype') } : {}),
    ...(size !== undefined ? { size } : {}),
    // Some portals store the flag as the string "True" (resource extras are strings).
    datastoreActive: active === true || (typeof active === 'string' && active.toLowerCase() === 'true'),
    ...(created ? { created } : {}),
    ...(modified ? { modified } : {}),
    position:
      typeof own(resource, 'position') === 'number' ? (own(resource, 'position') as number) : position,
    raw: resource,
  };
}

function temporalOf(pkg: unknown, extras: Map<string, unknown>): Dataset['temporal'] {
  const start = isoTimestamp(field(pkg, extras, 'temporal_start', 'temporal_coverage_from'), false);
  const end = isoTimestamp(field(pkg, extras, 'temporal_end', 'temporal_coverage_to'), false);
  if (!start && !end) return undefined;
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/** Normalizes a CKAN package dict (as `package_show` and `package_search` return it) into a {@link Dataset}. */
export function normalizePackage(pkg: unknown, context: NormalizeContext): Dataset {
  const extras = extrasOf(pkg);
  const id = ownString(pkg, 'id') ?? ownString(pkg, 'name') ?? '';
  const name = ownString(pkg, 'name') ?? id;
  const organization = normalizeOrganization(own(pkg, 'organization'), context);
  const publisher =
    organization?.title ??
    (field(pkg, extras, 'publisher_name', 'author', 'maintainer') as string | undefined)?.toString();
  const license = normalizeLicense({
    id: ownString(pkg, 'license_id'),
    title: ownString(pkg, 'license_title'),
    url: ownString(pkg, 'license_url'),
    publisher,
    attributionText: field(
      pkg,
      extras,
      'licenseAttributionByText',
      'attribution',
      'attribution_text',
    ) as string,
  });
  const tagList = own(pkg, 'tags');
  const groupList = own(pkg, 'groups');
  const resourceList = own(pkg, 'resources');
  const spatial = parseGeometry(field(pkg, extras, 'spatial'));
  const temporal = temporalOf(pkg, extras);
  const created = isoTimestamp(own(pkg, 'metadata_created'));
  const modified = isoTimestamp(own(pkg, 'metadata_modified'));
  return {
    id,
    name,
    title: localized(pkg, 'title', context.lang) ?? name,
    description: localized(pkg, 'notes', context.lang) ?? '',
    ...(organization ? { organization } : {}),
    ...(license ? { license } : {}),
    ...(created ? { created } : {}),
    ...(modified ? { modified } : {}),
    tags: Array.isArray(tagList)
      ? tagList
          .map((tag) =>
            typeof tag === 'string' ? tag : (ownString(tag, 'display_name') ?? ownString(tag, 'name')),
          )
          .filter((tag): tag is string => Boolean(tag))
      : [],
    groups: Array.isArray(groupList)
      ? groupList.map((g) => normalizeGroup(g, context)).filter((g): g is Group => g !== undefined)
      : [],
    ...(temporal ? { temporal } : {}),
    ...(spatial ? { spatial } : {}),
    pageUrl: `${context.baseUrl}/dataset/${encodeURIComponent(name)}`,
    resources: Array.isArray(resourceList)
      ? resourceList.map((r, i) => normalizeResource(r, id, i, context))
      : [],
    raw: pkg,
  };
}
