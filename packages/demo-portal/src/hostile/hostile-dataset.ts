/**
 * The hostile dataset for the trust gates (issue #8): title, description, organization, tags, group,
 * column names, cell values, GeoJSON properties and resource URLs are all drawn from the payload corpus.
 * It is synthetic test data, kept in its own organization `odw-test`, so demos filtered to a city never
 * show it. Every executing payload calls `window.__odwPwned()`.
 */
import type { CellValue, Table } from '@odw/client';
import type { DatasetDefinition, GroupDefinition } from '../catalog/definitions.js';
import { isValidColumnName } from '../datastore/column-types.js';
import { csvField } from '../files/csv-writer.js';
import { memoryFile } from '../files/data-file.js';
import { readTableFile } from '../files/read-table-file.js';
import { HOSTILE_DATASET, hostileCorpus } from './corpus.js';

const MODIFIED = '2026-01-15T12:00:00';
const corpus = hostileCorpus.all;
const pick = (i: number) => corpus[((i % corpus.length) + corpus.length) % corpus.length];
const IMG = '"><img src=x onerror=__odwPwned()>';
const SVG = '<svg onload=__odwPwned()>';

/** The organization: a hostile title and a Markdown description full of vectors. */
export const HOSTILE_ORGANIZATION: GroupDefinition = {
  name: HOSTILE_DATASET.organization,
  title: `Testorganisation ${IMG} ${SVG}`,
  description: hostileCorpus.markdown.slice(0, 6).join('\n\n'),
  created: MODIFIED,
};

/** The group. */
export const HOSTILE_GROUP: GroupDefinition = {
  name: HOSTILE_DATASET.group,
  title: `<script>__odwPwned()</script> Testgruppe`,
  description: `[Gruppe](javascript:__odwPwned())`,
  created: MODIFIED,
};

/** Column names: corpus strings CKAN accepts as DataStore column names (see `isValidColumnName`). */
function hostileColumnNames(): string[] {
  const wanted = [
    '<img src=x onerror=__odwPwned()>',
    SVG,
    'javascript:__odwPwned()',
    ...hostileCorpus.keys,
    ...hostileCorpus.blns,
  ];
  const names = new Set<string>();
  for (const name of wanted) {
    if (names.size >= 12) break;
    if (isValidColumnName(name) && !['nr', 'quelle', 'zeichenkette', 'objekt'].includes(name))
      names.add(name);
  }
  return [...names];
}

/** The table: one row per corpus string, in column `zeichenkette`; other columns rotate through the corpus. */
export function hostileTable(): Table {
  const extra = hostileColumnNames();
  const rows: CellValue[][] = corpus.map((text, i) => [
    i,
    hostileCorpus.blns.includes(text) ? 'blns' : 'xss',
    text,
    ...extra.map((_, k) => pick(i + 17 * (k + 1))),
    { ['__proto__']: { polluted: 'ja' }, constructor: { prototype: { polluted: 'ja' } }, text } as CellValue,
  ]);
  return {
    fields: [
      { name: 'nr', type: 'integer' },
      { name: 'quelle', type: 'text' },
      { name: 'zeichenkette', type: 'text', label: IMG, description: hostileCorpus.markdown[0] },
      ...extra.map((name) => ({ name, type: 'text' as const })),
      { name: 'objekt', type: 'json' },
    ],
    rows,
    total: rows.length,
    exact: true,
    source: { pushedDown: false, url: '', method: 'file' },
  };
}

function tableCsv(table: Table): string {
  const lines = [
    table.fields.map((f) => csvField(f.name)).join(','),
    ...table.rows.map((r) => r.map(csvField).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** GeoJSON points near Moers whose property names and values come from the corpus. */
export function hostileGeoJson(): string {
  const features = Array.from({ length: 60 }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [6.6 + (i % 10) * 0.01, 51.43 + Math.floor(i / 10) * 0.01] },
    properties: {
      name: pick(i),
      title: pick(i + 101),
      description: hostileCorpus.markdown[i % hostileCorpus.markdown.length],
      url: hostileCorpus.urls[i % hostileCorpus.urls.length],
      ['__proto__']: { polluted: 'ja' },
      constructor: pick(i + 202),
      [hostileCorpus.html[i % hostileCorpus.html.length]]: pick(i + 303),
      nested: { tiefer: { text: pick(i + 404) } },
    },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** The dataset definition. */
export function hostileDataset(): DatasetDefinition {
  const table = hostileTable();
  const geojson = hostileGeoJson();
  return {
    name: HOSTILE_DATASET.dataset,
    title: `${IMG} Feindlicher Testdatensatz ${SVG}`,
    notes: [
      'Synthetische Testdaten für die Sicherheitsprüfungen von odw. Jede Zeichenkette, die ausgeführt wird, ruft `window.__odwPwned()` auf.',
      ...hostileCorpus.markdown,
      ...hostileCorpus.html.slice(0, 10),
    ].join('\n\n'),
    organization: HOSTILE_DATASET.organization,
    license: 'other-open',
    groups: [HOSTILE_DATASET.group],
    tags: [
      ...hostileCorpus.html.slice(0, 8),
      ...hostileCorpus.keys,
      ...hostileCorpus.blns.filter((s) => s.trim()).slice(0, 12),
    ],
    created: MODIFIED,
    modified: MODIFIED,
    author: IMG,
    authorEmail: `test@example.org${IMG}`,
    maintainer: SVG,
    maintainerEmail: 'javascript:__odwPwned()',
    url: 'javascript:__odwPwned()',
    extras: [
      { key: '__proto__', value: '{"polluted":true}' },
      { key: 'constructor', value: '{"prototype":{"polluted":true}}' },
      { key: '<img src=x onerror=__odwPwned()>', value: 'javascript:__odwPwned()' },
    ],
    resources: [
      {
        id: HOSTILE_DATASET.tableResourceId,
        name: `${IMG}.csv`,
        description: hostileCorpus.markdown.join('\n\n'),
        format: 'CSV',
        mimetype: 'text/csv',
        created: MODIFIED,
        fileName: 'feindliche-daten.csv',
        file: memoryFile(tableCsv(table), 'text/csv; charset=utf-8', MODIFIED),
        datastore: { size: 'small', language: 'german', read: async () => table },
      },
      {
        id: HOSTILE_DATASET.geojsonResourceId,
        name: `${SVG}.geojson`,
        description: hostileCorpus.html.join('\n'),
        format: 'GeoJSON',
        mimetype: 'application/geo+json',
        created: MODIFIED,
        fileName: 'feindliche-punkte.geojson',
        file: memoryFile(geojson, 'application/geo+json', MODIFIED),
        datastore: {
          size: 'small',
          language: 'german',
          read: () => readTableFile(new TextEncoder().encode(geojson), { format: 'geojson' }),
        },
      },
      ...hostileCorpus.urls.map((url, i) => ({
        name: `Link ${i + 1}: ${pick(i + 505)}`,
        description: `Ressourcen-URL aus dem Korpus: ${url}`,
        format: 'HTML',
        mimetype: 'text/html',
        created: MODIFIED,
        url,
      })),
    ],
  };
}
