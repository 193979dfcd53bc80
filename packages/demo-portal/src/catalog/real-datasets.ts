/**
 * The DataStore-active datasets: real, licence-clear files copied byte for byte into `data/` (origins in
 * DATA-SOURCES.md). Each dataset names its publisher and licence. Where the original portal's dates are not
 * recorded, `metadata_modified` is the day after the last measurement or the source's publication date, as
 * DATA-SOURCES.md notes.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Table } from '@odw/client';
import { DATA_DIR } from '../data-dir.js';
import { dataFile } from '../files/data-file.js';
import { readTableFile, type TableFileOptions } from '../files/read-table-file.js';
import type { DatasetDefinition } from './definitions.js';

/** Content type CKAN 2.11 sends for uploaded CSV files: werkzeug appends `charset=utf-8` to every text type. */
const CKAN_CSV = 'text/csv; charset=utf-8';
const GEOJSON = 'application/geo+json';

function tableOf(path: string, options: TableFileOptions): () => Promise<Table> {
  return async () => {
    const stored = new Uint8Array(await readFile(new URL(path, DATA_DIR)));
    return readTableFile(path.endsWith('.gz') ? gunzipSync(stored) : stored, options);
  };
}

const KOELN_ATTRIBUTION = { key: 'licenseAttributionByText', value: 'Stadt Köln' };

/** The datasets with files and DataStore tables. */
export const REAL_DATASETS: DatasetDefinition[] = [
  {
    name: 'fussgaenger-steinstrasse-juni-2022',
    title: 'Fußgängerinnen und Fußgänger auf der Steinstraße in Moers im Juni 2022',
    notes:
      'Stündliche Zählung der Fußgängerinnen und Fußgänger auf der Steinstraße in Moers im Juni 2022, ' +
      'insgesamt und nach Richtung (Neumarkt, Neuer Wall), Erwachsene und Kinder, mit Temperatur und Wetterlage. ' +
      'Die Zählwerte stammen von hystreet.com.',
    organization: 'moers',
    license: 'dl-zero-de/2.0',
    groups: ['transport_verkehr', 'wirtschaft_arbeit'],
    tags: ['Fußgänger', 'Passantenfrequenz', 'Innenstadt', 'Steinstraße'],
    created: '2022-07-01T00:00:00',
    modified: '2022-07-01T00:00:00',
    author: 'Stadt Moers',
    extras: [
      { key: 'temporal_start', value: '2022-06-01' },
      { key: 'temporal_end', value: '2022-06-30' },
    ],
    resources: [
      {
        id: '6c3f1b52-8d3e-4c49-9a51-2f0a4f3b7d11',
        name: 'besucherzahlen-moers-juni-2022-stundlich.csv',
        description: 'Stündliche Zählwerte, 720 Zeilen (Semikolon-getrennt, Zeichensatz ISO-8859-1).',
        format: 'CSV',
        mimetype: 'text/csv',
        created: '2022-07-01T00:00:00',
        fileName: 'besucherzahlen-moers-juni-2022-stundlich.csv',
        file: dataFile('moers/besucherzahlen-moers-juni-2022-stundlich.csv', CKAN_CSV, '2022-07-01T00:00:00'),
        size: 71091,
        datastore: {
          size: 'small',
          language: 'german',
          read: tableOf('moers/besucherzahlen-moers-juni-2022-stundlich.csv', {
            format: 'csv',
            encoding: 'windows-1252',
            delimiter: ';',
          }),
        },
      },
    ],
  },
  {
    name: 'koeln-einwohner-stadtteile-2005-2012',
    title: 'Einwohner in Köln nach Stadtbezirken und Stadtteilen 2005–2012',
    notes:
      'Einwohnerzahlen der Stadt Köln je Stadtbezirk und Stadtteil, 2005 bis 2012, nach Alter, Geschlecht, ' +
      'Familienstand, Migrationshintergrund, Konfession und Wohnstatus (Langformat: Tabelle, Jahr, Raum, Zeile, Zahl).',
    organization: 'stadt-koeln',
    license: 'cc-by',
    groups: ['bevoelkerung'],
    tags: ['Einwohner', 'Bevölkerung', 'Stadtteile', 'Köln'],
    created: '2013-06-01T00:00:00',
    modified: '2013-06-01T00:00:00',
    author: 'Stadt Köln',
    extras: [KOELN_ATTRIBUTION],
    resources: [
      {
        name: 'bevoelkerung_stadtteile.csv',
        description: '29 135 Zeilen, kommagetrennt, UTF-8.',
        format: 'CSV',
        mimetype: 'text/csv',
        created: '2013-06-01T00:00:00',
        fileName: 'bevoelkerung_stadtteile.csv',
        file: dataFile('koeln/bevoelkerung_stadtteile.csv', CKAN_CSV, '2013-06-01T00:00:00'),
        size: 2695873,
        datastore: {
          size: 'small',
          language: 'german',
          read: tableOf('koeln/bevoelkerung_stadtteile.csv', { format: 'csv', delimiter: ',' }),
        },
      },
    ],
  },
  {
    name: 'koeln-haushalt-teilergebnisplan-2010-2015',
    title: 'Haushaltsplan der Stadt Köln: Teilergebnisplan 2010–2015',
    notes:
      'Teilergebnispläne des Kölner Haushalts nach Produktbereich, Teilplan und Teilplanzeile: Ergebnis 2010 ' +
      'und Planwerte 2011 bis 2015 in Euro. Beträge mit Tausenderpunkt (203.726 = 203 726 €), Schlüssel mit ' +
      'führenden Nullen (0101).',
    organization: 'stadt-koeln',
    license: 'cc-by',
    groups: ['verwaltung'],
    tags: ['Haushalt', 'Finanzen', 'Köln'],
    created: '2011-01-01T00:00:00',
    modified: '2011-01-01T00:00:00',
    author: 'Stadt Köln',
    extras: [KOELN_ATTRIBUTION],
    resources: [
      {
        name: 'teilergebnisplan.csv',
        description: '2 828 Zeilen, Semikolon-getrennt, UTF-8.',
        format: 'CSV',
        mimetype: 'text/csv',
        created: '2011-01-01T00:00:00',
        fileName: 'teilergebnisplan.csv',
        file: dataFile(
          'koeln/haushalt_teilergebnisplan_2010-2015_source.csv',
          CKAN_CSV,
          '2011-01-01T00:00:00',
        ),
        size: 369837,
        datastore: {
          size: 'small',
          language: 'german',
          read: tableOf('koeln/haushalt_teilergebnisplan_2010-2015_source.csv', {
            format: 'csv',
            delimiter: ';',
            thousands: '.',
            decimal: ',',
          }),
        },
      },
    ],
  },
  {
    name: 'koeln-stadtbezirke',
    title: 'Stadtbezirke Köln',
    notes:
      'Die neun Kölner Stadtbezirke als Polygone (WGS84) mit Nummer (STB_NR) und Name (STB_NAME), Stand 4. Oktober 2013.',
    organization: 'stadt-koeln',
    license: 'cc-by',
    groups: ['geo'],
    tags: ['Stadtbezirke', 'Grenzen', 'Geodaten', 'Köln'],
    created: '2013-10-04T00:00:00',
    modified: '2013-10-04T00:00:00',
    author: 'Stadt Köln',
    extras: [KOELN_ATTRIBUTION],
    resources: [
      {
        name: 'stadtbezirke.geojson',
        description: '9 Polygone, GeoJSON (WGS84).',
        format: 'GeoJSON',
        mimetype: GEOJSON,
        created: '2013-10-04T00:00:00',
        fileName: 'stadtbezirke.geojson',
        file: dataFile('koeln/stadtbezirke.geojson', GEOJSON, '2013-10-04T00:00:00'),
        size: 1956555,
        datastore: {
          size: 'small',
          language: 'german',
          read: tableOf('koeln/stadtbezirke.geojson', { format: 'geojson' }),
        },
      },
    ],
  },
  {
    name: 'koeln-verkehrsauslastung-2013-02',
    title: 'Verkehrsauslastung der Kölner Straßenabschnitte im Februar 2013',
    notes:
      'Auslastung der Kölner Verkehrsmessstellen (ST001 …) etwa alle fünf Minuten vom 7. bis 28. Februar 2013: ' +
      'Zeitpunkt (UTC), Messstelle, Auslastung und Gültigkeit. 672 339 Zeilen.',
    organization: 'stadt-koeln',
    license: 'cc-by',
    groups: ['transport_verkehr'],
    tags: ['Verkehr', 'Auslastung', 'Köln'],
    created: '2013-03-01T00:00:00',
    modified: '2013-03-01T00:00:00',
    author: 'Stadt Köln',
    extras: [KOELN_ATTRIBUTION, { key: 'license_version', value: 'CC BY 3.0' }],
    resources: [
      {
        name: 'verkehrsauslastung_2013-02.csv',
        description:
          '672 339 Zeilen, kommagetrennt (20,5 MB; komprimiert übertragen, wenn der Client gzip annimmt).',
        format: 'CSV',
        mimetype: 'text/csv',
        created: '2013-03-01T00:00:00',
        fileName: 'verkehrsauslastung_2013-02.csv',
        file: dataFile('koeln/verkehrsauslastung_2013-02.csv.gz', CKAN_CSV, '2013-03-01T00:00:00'),
        datastore: {
          size: 'large',
          language: 'german',
          read: tableOf('koeln/verkehrsauslastung_2013-02.csv.gz', { format: 'csv', delimiter: ',' }),
        },
      },
    ],
  },
  {
    name: 'jena-parken',
    title: 'Parkplätze und Parkhäuser in Jena',
    notes:
      'Parkplätze, Parkhäuser, Busparkplätze und Rollstuhlfahrerparkplätze in Jena als Punkte (WGS84). ' +
      'Die Eigenschaft `the_geom` enthält zusätzlich die Lage in EPSG:25832.',
    organization: 'stadt-jena',
    license: 'dl-by-de/2.0',
    groups: ['transport_verkehr'],
    tags: ['Parken', 'Parkhaus', 'Barrierefreiheit', 'Jena'],
    created: '2020-01-01T00:00:00',
    modified: '2020-01-01T00:00:00',
    author: 'Stadt Jena',
    extras: [{ key: 'licenseAttributionByText', value: 'Stadt Jena' }],
    resources: [
      {
        name: 'parken.geojson',
        description: '103 Punkte, GeoJSON.',
        format: 'GeoJSON',
        mimetype: GEOJSON,
        created: '2020-01-01T00:00:00',
        fileName: 'parken.geojson',
        file: dataFile('jena/parken.geojson', GEOJSON, '2020-01-01T00:00:00'),
        size: 33170,
        datastore: {
          size: 'small',
          language: 'german',
          read: tableOf('jena/parken.geojson', { format: 'geojson' }),
        },
      },
    ],
  },
];
