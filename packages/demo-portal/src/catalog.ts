import { readFile } from 'node:fs/promises';

/** A DataStore table held by the demo portal. */
export interface DatastoreTable {
  fields: { id: string; type: 'text' | 'int4' | 'numeric' | 'timestamp' }[];
  records: Record<string, string | number | null>[];
}

/** The demo portal's content: CKAN package dicts plus DataStore tables keyed by resource id. */
export interface Catalog {
  packages: Record<string, unknown>[];
  datastore: Map<string, DatastoreTable>;
  /** Resource files served under /dataset/<id>/resource/<rid>/download/<file>. */
  files: Map<string, { path: string; contentType: string }>;
}

const DATA_DIR = new URL('../data/', import.meta.url);

/** Splits a simple `;` CSV without quoted fields (the foundation's only file has none). */
function splitSimpleCsv(text: string): string[][] {
  return text
    .split(/\r\n|\n/)
    .filter((line) => line.length > 0)
    .map((line) => line.split(';'));
}

/** Loads the built-in content. */
export async function loadDefaultCatalog(): Promise<Catalog> {
  const file = 'moers/besucherzahlen-moers-juni-2022-stundlich.csv';
  const bytes = await readFile(new URL(file, DATA_DIR));
  const [header, ...lines] = splitSimpleCsv(new TextDecoder('windows-1252').decode(bytes));
  const numeric = header.map((_, j) => lines.every((l) => /^-?\d+$/.test(l[j] ?? '')));
  const table: DatastoreTable = {
    fields: header.map((id, j) => ({ id, type: numeric[j] ? 'int4' : 'text' })),
    records: lines.map((l) =>
      Object.fromEntries(header.map((h, j) => [h, numeric[j] ? Number(l[j]) : l[j]])),
    ),
  };
  const datasetId = 'fussgaenger-steinstrasse-juni-2022';
  const resourceId = '6c3f1b52-8d3e-4c49-9a51-2f0a4f3b7d11';
  const pkg = {
    id: datasetId,
    name: datasetId,
    title: 'Fußgängerinnen und Fußgänger auf der Steinstraße in Moers im Juni 2022',
    license_id: 'dl-zero-de/2.0',
    organization: { name: 'moers', title: 'Stadt Moers' },
    resources: [
      {
        id: resourceId,
        package_id: datasetId,
        name: 'besucherzahlen-moers-juni-2022-stundlich.csv',
        format: 'CSV',
        datastore_active: true,
        url: `/dataset/${datasetId}/resource/${resourceId}/download/besucherzahlen-moers-juni-2022-stundlich.csv`,
      },
    ],
  };
  return {
    packages: [pkg],
    datastore: new Map([[resourceId, table]]),
    files: new Map([
      [resourceId, { path: new URL(file, DATA_DIR).pathname, contentType: 'text/csv; charset=iso-8859-1' }],
    ]),
  };
}
