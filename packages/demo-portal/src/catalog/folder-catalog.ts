/**
 * A portal over a folder of one's own files (`odw-demo-portal --data DIR`): each CSV or GeoJSON file becomes
 * a dataset with one DataStore-active resource. Metadata comes from an optional sidecar `<file>.meta.json`
 * (or `<name>.meta.json`) holding CKAN package fields: `title`, `notes`, `license_id`, `organization`
 * (a name or `{name, title}`), `tags`, `groups`, `author`, `url`, `metadata_modified`, and `resource`
 * (`{name, description}`).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { readTableFile } from '../files/read-table-file.js';
import type { Catalog, ServedFile } from './catalog.js';
import { assembleCatalog } from './default-catalog.js';
import type { DatasetDefinition, GroupDefinition } from './definitions.js';
import { slugify } from './ids.js';
import { LICENSES } from './licenses.js';

/** Files above this size load on first access, like the built-in traffic table. */
const LARGE_BYTES = 5_000_000;

const FORMATS: Record<string, { format: 'csv' | 'geojson'; label: string; contentType: string }> = {
  '.csv': { format: 'csv', label: 'CSV', contentType: 'text/csv; charset=utf-8' },
  '.geojson': { format: 'geojson', label: 'GeoJSON', contentType: 'application/geo+json' },
};

interface Sidecar {
  title?: string;
  notes?: string;
  license_id?: string;
  organization?: string | { name: string; title?: string };
  tags?: string[];
  groups?: string[];
  author?: string;
  url?: string;
  metadata_modified?: string;
  resource?: { name?: string; description?: string };
}

async function sidecarOf(dir: string, file: string): Promise<Sidecar> {
  for (const candidate of [`${file}.meta.json`, `${basename(file, extname(file))}.meta.json`]) {
    try {
      return JSON.parse(await readFile(join(dir, candidate), 'utf8')) as Sidecar;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new Error(`${candidate}: ${(error as Error).message}`, { cause: error });
    }
  }
  return {};
}

function servedFile(path: string, contentType: string, modified: string): ServedFile {
  return { read: async () => new Uint8Array(await readFile(path)), contentType, modified };
}

/** Builds the catalogue of a folder; throws naming the file for unreadable sidecars or unknown licences. */
export async function folderCatalog(dir: string, baseUrl: string): Promise<Catalog> {
  const files = (await readdir(dir)).filter((f) => FORMATS[extname(f).toLowerCase()]).sort();
  if (!files.length) throw new Error(`No .csv or .geojson files in ${dir}`);
  const organizations = new Map<string, GroupDefinition>();
  const groups = new Map<string, GroupDefinition>();
  const datasets: DatasetDefinition[] = [];
  const names = new Set<string>();
  for (const file of files) {
    const path = join(dir, file);
    const kind = FORMATS[extname(file).toLowerCase()];
    const info = await stat(path);
    const meta = await sidecarOf(dir, file);
    const modified = (meta.metadata_modified ?? info.mtime.toISOString()).replace(/Z$/, '').slice(0, 19);
    const org =
      typeof meta.organization === 'string'
        ? { name: meta.organization, title: meta.organization }
        : (meta.organization ?? { name: 'lokal', title: 'Eigene Daten' });
    organizations.set(org.name, { name: org.name, title: org.title ?? org.name, created: modified });
    for (const group of meta.groups ?? [])
      groups.set(group, { name: group, title: group, created: modified });
    const license = meta.license_id ?? 'other-open';
    if (!LICENSES.some((l) => l.id === license)) {
      throw new Error(
        `${file}: unknown license_id "${license}"; use one of ${LICENSES.map((l) => l.id).join(', ')}`,
      );
    }
    const base = slugify(basename(file, extname(file))) || 'datensatz';
    let name = base;
    for (let n = 2; names.has(name); n++) name = `${base}-${n}`;
    names.add(name);
    datasets.push({
      name,
      title: meta.title ?? basename(file, extname(file)),
      notes: meta.notes ?? '',
      organization: org.name,
      license,
      groups: meta.groups ?? [],
      tags: meta.tags ?? [],
      created: modified,
      modified,
      author: meta.author ?? null,
      url: meta.url ?? null,
      resources: [
        {
          name: meta.resource?.name ?? file,
          description: meta.resource?.description ?? '',
          format: kind.label,
          mimetype: kind.contentType.split(';')[0],
          created: modified,
          fileName: file,
          file: servedFile(path, kind.contentType, modified),
          size: info.size,
          datastore: {
            size: info.size > LARGE_BYTES ? 'large' : 'small',
            language: 'german',
            read: async () => readTableFile(new Uint8Array(await readFile(path)), { format: kind.format }),
          },
        },
      ],
    });
  }
  return assembleCatalog(baseUrl, {
    organizations: [...organizations.values()],
    groups: [...groups.values()],
    datasets,
  });
}
