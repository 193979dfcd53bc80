/**
 * Converts the Moers metadata catalogue of 2013–2015 (OGPD/OGD-1.x JSON, every value sitting in a
 * `description` member, as fixed by OKF's Open Data Monitor scraper) into dataset definitions of
 * organization `moers`. Titles, descriptions, tags, categories, licence, dates and resource URLs are kept.
 *
 * The files behind these resources are not part of the portal: each resource is marked
 * `odw_file_missing: true`, keeps its original address in `odw_original_url`, and its `url` points at the
 * portal's own download path, which answers 404, so no page ever requests a third-party server by following it.
 */
import { readFile } from 'node:fs/promises';
import { DATA_DIR } from '../data-dir.js';
import type { DatasetDefinition, GroupDefinition, ResourceDefinition } from './definitions.js';
import { slugify } from './ids.js';

interface Described {
  description?: unknown;
  items?: unknown;
}

type LegacyRecord = Record<string, Described>;

const text = (field: Described | undefined) =>
  typeof field?.description === 'string' ? field.description : '';

/** OGPD licence ids → DCAT-AP.de ids. */
const LICENSES: Record<string, string> = { 'dl-de-zero-2.0': 'dl-zero-de/2.0', 'other-open': 'other-open' };

/** `06.02.2013 16:49:58` → `2013-02-06T16:49:58`. */
function isoDate(german: string): string | null {
  const match = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}:\d{2}:\d{2})$/.exec(german.trim());
  return match ? `${match[3]}-${match[2]}-${match[1]}T${match[4]}` : null;
}

/** The file name in a Domino URL (`…/files/name.csv/$file/name.csv?openelement`) or the last path segment. */
function fileNameOf(url: string): string {
  const path = url.split('?')[0];
  const domino = /\/files\/([^/]+)\/\$file\//.exec(path);
  const name = domino ? domino[1] : (path.split('/').filter(Boolean).pop() ?? 'datei');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** `application/csv` → `CSV`. */
function formatOf(mimetype: string): string {
  const sub = mimetype.split('/').pop() ?? mimetype;
  return sub.toUpperCase();
}

function resources(record: LegacyRecord, created: string): ResourceDefinition[] {
  const items = Array.isArray(record.resources?.items) ? (record.resources.items as LegacyRecord[]) : [];
  return items.map((item, i) => {
    const properties = (item as unknown as { properties?: LegacyRecord }).properties ?? {};
    const url = text(properties.url);
    const mimetype = text(properties.format);
    const name = fileNameOf(url);
    return {
      name: items.length > 1 ? `${name} (${i + 1})` : name,
      description:
        'Nur Metadaten: Die Datei gehört zum Moerser Katalog 2013–2015 und ist im Demo-Portal nicht enthalten.',
      format: formatOf(mimetype),
      mimetype,
      created,
      fileName: name,
      extras: { odw_file_missing: true, odw_original_url: url },
    };
  });
}

/** The Moers catalogue's own category (`subgroups`) of a record. */
function category(record: LegacyRecord): string {
  const items = record.subgroups?.items as Described | undefined;
  return text(items);
}

/** The catalogue's datasets and the groups for its categories. */
export async function moersLegacyDatasets(): Promise<{
  datasets: DatasetDefinition[];
  groups: GroupDefinition[];
}> {
  const records = JSON.parse(
    await readFile(new URL('moers/moers_catalog_2015_ogpd.json', DATA_DIR), 'utf8'),
  ) as LegacyRecord[];
  const names = new Set<string>();
  const groups = new Map<string, GroupDefinition>();
  const datasets = records.map((record) => {
    let name = slugify(text(record.name) || text(record.title));
    for (let n = 2; names.has(name); n++) name = `${slugify(text(record.name))}-${n}`;
    names.add(name);
    const dates =
      record.extras?.items ?? (record.extras as { properties?: Record<string, Described> })?.properties;
    const dateItem = (dates as Record<string, Described> | undefined)?.dates?.items as
      { properties?: Record<string, Described> } | undefined;
    const created = isoDate(text(dateItem?.properties?.date)) ?? '2013-02-19T00:00:00';
    const theme = text(record.groups);
    const own = category(record);
    const groupNames = [theme, own ? slugify(own) : ''].filter(Boolean);
    if (own) groups.set(slugify(own), { name: slugify(own), title: own, created: '2013-02-19T00:00:00' });
    return {
      name,
      title: text(record.title),
      notes: text(record.notes).trim(),
      organization: 'moers',
      license: LICENSES[text(record.license_id)] ?? 'other-open',
      groups: [...new Set(groupNames)],
      tags: text(record.tags)
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      created,
      modified: created,
      author: text(record.author) || null,
      authorEmail: text(record.author_email) || null,
      maintainer: text(record.maintainer) || null,
      maintainerEmail: text(record.maintainer_email) || null,
      url: text(record.url) || null,
      extras: [
        { key: 'metadata_original_portal', value: text(record.metadata_original_portal) },
        { key: 'sector', value: text(record.sector) },
        ...(own ? [{ key: 'subgroups', value: own }] : []),
        { key: 'odw_source', value: 'Metadatenkatalog der Stadt Moers 2013–2015 (OGPD-Format)' },
      ],
      resources: resources(record, created),
    } satisfies DatasetDefinition;
  });
  return { datasets, groups: [...groups.values()] };
}
