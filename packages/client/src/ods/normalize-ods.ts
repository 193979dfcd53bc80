import { normalizeLicense } from '../metadata/normalize-license.js';
import {
  isoTimestamp,
  normalizeFormat,
  parseGeometry,
  safeAbsoluteUrl,
} from '../metadata/normalize-values.js';
import { own, ownString } from '../metadata/own-property.js';
import type { CellValue, Dataset, Field, FieldType, Group, Resource } from '../types.js';

/** Explore API field types → odw field types. */
const TYPES: ReadonlyMap<string, FieldType> = new Map([
  ['text', 'text'],
  ['int', 'integer'],
  ['double', 'number'],
  ['decimal', 'number'],
  ['boolean', 'boolean'],
  ['date', 'date'],
  ['datetime', 'datetime'],
  ['geo_point_2d', 'geometry'],
  ['geo_shape', 'geometry'],
  ['json', 'json'],
  ['file', 'json'],
]);

/** A dataset's `fields` → odw fields. Multivalued text (`annotations.multivalued`) holds JSON arrays. */
export function odsFields(list: unknown): Field[] {
  if (!Array.isArray(list)) return [];
  return list.map((f) => {
    const nativeType = ownString(f, 'type') ?? 'text';
    const multivalued = own(own(f, 'annotations'), 'multivalued') !== undefined;
    const label = ownString(f, 'label');
    const description = ownString(f, 'description');
    return {
      name: ownString(f, 'name') ?? '',
      type: multivalued ? 'json' : (TYPES.get(nativeType) ?? 'text'),
      ...(label ? { label } : {}),
      ...(description ? { description } : {}),
      nativeType,
    };
  });
}

/** A record value as the field's type: `{lon, lat}` points and shape features become GeoJSON geometries. */
export function odsCell(value: unknown, field: Field): CellValue {
  if (value === undefined || value === null) return null;
  if (field.nativeType === 'geo_point_2d') {
    const lon = own(value, 'lon');
    const lat = own(value, 'lat');
    return typeof lon === 'number' && typeof lat === 'number'
      ? { type: 'Point', coordinates: [lon, lat] }
      : null;
  }
  if (field.nativeType === 'geo_shape') return parseGeometry(value) ?? null;
  return value as CellValue;
}

/** Flat records (objects keyed by field name) → rows in field order; only own keys are read. */
export function odsRows(records: unknown, fields: readonly Field[]): CellValue[][] {
  if (!Array.isArray(records)) return [];
  return records.map((record) => fields.map((f) => odsCell(own(record, f.name), f)));
}

function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
  return typeof value === 'string' && value ? [value] : [];
}

/** Normalizes an Explore API v2.1 dataset. Its records are one queryable resource; attachments are files. */
export function normalizeOdsDataset(record: unknown, baseUrl: string): Dataset {
  const id = ownString(record, 'dataset_id') ?? '';
  const metas = own(own(record, 'metas'), 'default');
  const title = ownString(metas, 'title') ?? id;
  const publisher = ownString(metas, 'publisher');
  const modified = isoTimestamp(own(metas, 'modified'));
  const license = normalizeLicense({
    title: ownString(metas, 'license'),
    url: ownString(metas, 'license_url'),
    publisher,
    attributionText: stringList(own(metas, 'attributions')).join(', ') || undefined,
  });
  const exportUrl = `${baseUrl}/api/explore/v2.1/catalog/datasets/${encodeURIComponent(id)}/exports/csv`;
  const records: Resource = {
    id,
    datasetId: id,
    name: title,
    format: 'CSV',
    url: exportUrl,
    mimetype: 'text/csv',
    datastoreActive: own(record, 'has_records') !== false,
    ...(modified ? { modified } : {}),
    position: 0,
    raw: record,
  };
  const attachments = own(record, 'attachments');
  const files: Resource[] = (Array.isArray(attachments) ? attachments : []).map((a, i) => {
    const url = safeAbsoluteUrl(own(a, 'url') ?? own(a, 'href'), baseUrl);
    const mimetype = ownString(a, 'mimetype') ?? ownString(own(a, 'metas'), 'mime-type');
    return {
      id: ownString(a, 'id') ?? `${id}#attachment-${i}`,
      datasetId: id,
      name: ownString(a, 'title') ?? ownString(own(a, 'metas'), 'title') ?? `Attachment ${i + 1}`,
      format: normalizeFormat(undefined, mimetype, url),
      url,
      ...(mimetype ? { mimetype } : {}),
      datastoreActive: false,
      position: i + 1,
      raw: a,
    };
  });
  const groups: Group[] = stringList(own(metas, 'theme')).map((theme) => ({
    id: theme,
    name: theme,
    title: theme,
  }));
  return {
    id,
    name: id,
    title,
    description: ownString(metas, 'description') ?? '',
    descriptionFormat: 'html',
    ...(publisher ? { organization: { id: publisher, name: publisher, title: publisher } } : {}),
    ...(license ? { license } : {}),
    ...(modified ? { modified } : {}),
    tags: stringList(own(metas, 'keyword')),
    groups,
    pageUrl: `${baseUrl}/explore/dataset/${encodeURIComponent(id)}/`,
    resources: [records, ...files],
    raw: record,
  };
}
