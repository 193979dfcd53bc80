import { expect } from 'chai';
import { gunzipSync } from 'node:zlib';
import type { GeoJsonGeometry, Table } from '../types.js';
import { parseGeoJson } from './parse-geojson.js';
import { parseCsv } from './parse-csv.js';
import { cell, fixture, sharedDataset, sharedDatasetsDir } from './test-fixtures.js';

// The real files of the shared collection whose licence is unclear, so they have no copy in this
// repository: read from the collection where it exists (development machines), absent in CI. Expected
// values were read with iconv, file, grep and Python's csv module.

const codes = (table: Table) => (table.warnings ?? []).map((w) => w.code);
const read = (path: string) => sharedDataset(path)!;

if (sharedDatasetsDir()) {
  describe('real files of the shared collection (not redistributable)', () => {
    it('holds the same bytes as the repository copies of the licence-clear files', async () => {
      const copies: [string, string][] = [
        ['koeln/haushalt_teilergebnisplan_2010-2015_source.csv', 'koeln-haushalt-teilergebnisplan.csv'],
        ['koeln/bevoelkerung_stadtteile.csv', 'koeln-bevoelkerung-stadtteile.csv.gz'],
        ['koeln/verkehrsauslastung_2013-02.csv.gz', 'koeln-verkehrsauslastung-2013-02.csv.gz'],
        ['koeln/stadtbezirke.geojson', 'koeln-stadtbezirke.geojson.gz'],
        ['jena/parken.geojson', 'jena-parken.geojson'],
        ['duesseldorf/behindertenparkplaetze_wfs.geojson', 'duesseldorf-behindertenparkplaetze-wfs.geojson'],
        ['moers/besucherzahlen-moers-mai-2022-stundlich.csv', 'moers-besucherzahlen-2022-05.csv'],
        ['moers/besucherzahlen-moers-juni-2022-stundlich.csv', 'moers-besucherzahlen-2022-06.csv.gz'],
        ['other/opendataportals.de.csv', 'opendataportals-de.csv'],
      ];
      for (const [shared, copy] of copies) {
        const original = read(shared);
        const expected = shared.endsWith('.gz') ? gunzipSync(original) : original;
        expect(Buffer.from(await fixture(copy)).equals(Buffer.from(expected)), shared).to.be.true;
      }
    });

    it('Bietigheim-Bissingen Parkhäuser: ISO-8859-1, CRLF, quoted strings, epoch milliseconds', async () => {
      const table = await parseCsv(read('bietigheim-bissingen/parkhaeuser_belegung.csv'));
      expect(table.meta).to.include({ encoding: 'windows-1252', delimiter: ';', lineEnding: '\r\n' });
      expect(table.rows.length).to.equal(14);
      expect(table.rows[0]).to.deep.equal(['Parkplatz Mühlwiesenstr.', 'Geöffnet', 106, 81, 1740651467085]);
      expect(table.rows[13].slice(0, 2)).to.deep.equal(['Parkplatz Holzgartenstr. 2', 'Geöffnet']);
    });

    it('Moers Abfuhrtermine 2019: "," file; a "2019-00-00" keeps the date column text; "4,6" lists stay text', async () => {
      const bytes = read('moers/abfallkalender/abfuhrtermine_2019.csv');
      const [typed, text] = await Promise.all([parseCsv(bytes), parseCsv(bytes, { types: false })]);
      expect(typed.meta).to.include({ delimiter: ',', lineEnding: '\n', encoding: 'utf-8' });
      expect(typed.rows.length).to.equal(365);
      expect(typed.fields.length).to.equal(8);
      expect(cell(typed, 0, 'datum')).to.equal('02.01.2019');
      expect(cell(typed, 58, 'datum')).to.equal('2019-00-00'); // line 60
      expect(cell(typed, 0, '_id')).to.equal(1);
      expect(cell(text, 5, 'gelber_sack')).to.equal('4,6'); // line 7
      expect(cell(typed, 5, 'gelber_sack')).to.equal('4,6');
      expect(codes(typed)).to.include.members(['mixed-column', 'comma-in-comma-file']);
      const dated = await parseCsv(bytes, { schema: { datum: 'date' } });
      expect(cell(dated, 0, 'datum')).to.equal('2019-01-02');
      expect(cell(dated, 58, 'datum')).to.equal('2019-00-00');
    });

    it('Moers Abfuhrtermine 2026: BOM, everything quoted, ISO dates, "4,14" district lists stay text', async () => {
      const typed = await parseCsv(read('moers/abfallkalender/abfuhrtermine_2026.csv'));
      expect(typed.meta).to.include({ encoding: 'utf-8', encodingSource: 'bom', delimiter: ';' });
      expect(typed.fields.map((f) => f.name)[0]).to.equal('id');
      expect(typed.rows.length).to.equal(365);
      expect(typed.rows[0]).to.deep.equal([1, '2026-01-01', null, null, null, null, null, null, null]);
      expect(typed.rows[364].slice(0, 5)).to.deep.equal([365, '2026-12-31', 9, 9, '4,14']);
      expect(codes(typed)).to.include('list-like-number');
    });

    it('Moers Straßenverzeichnis 2019 and 2026: umlaut headers, postcodes and postcode lists', async () => {
      const old = await parseCsv(read('moers/abfallkalender/strassenverzeichnis_2019.csv'));
      expect(old.fields.map((f) => f.name)).to.deep.equal([
        '_id',
        'Straße',
        'Restabfall',
        'Biotonne',
        'Papiertonne',
        'Gelber Sack',
        'Grünschnitt',
        'Kehrtag',
      ]);
      expect(old.rows.length).to.equal(999);
      expect(old.rows[0].slice(0, 3)).to.deep.equal([2, 'Abteistraße', 2]);
      const current = await parseCsv(read('moers/abfallkalender/strassenverzeichnis_2026.csv'));
      expect(current.rows.length).to.equal(995);
      expect(current.rows[994].slice(0, 3)).to.deep.equal([1064, 'Wittfeldstraße', 'Jan 38']);
      const plz = current.fields.findIndex((f) => f.name === 'plz');
      expect(current.rows.map((row) => row[plz])).to.include('47506,47447');
    });

    it('Moers Innenstadt: double-encoded text is reported, Excel-damaged times stay text, no cell lost', async () => {
      const table = await parseCsv(read('moers/innenstadt_geschaefte_2018.csv'));
      expect(table.fields[2].name).to.equal('StraÃŸe');
      expect(codes(table)).to.include.members(['double-encoded', 'extra-cells', 'time-like-number']);
      expect(table.rows.length).to.equal(66);
      expect(cell(table, 0, 'Montag_bis')).to.equal('18.30');
      // line 35 has a 32nd cell: it is in the generated column
      expect(table.rows[33].at(-1)).to.equal('Mo-Fr 09:30-19:00, Sa 09:30-18:00, PH off');
    });

    it('Moers Panoramakameras: PanoLat/PanoLng become point geometry', async () => {
      const table = await parseCsv(read('moers/panorama_kameras_2019.csv'));
      expect(table.rows.length).to.equal(41);
      expect(table.fields.at(-1)).to.deep.equal({ name: 'geometry', type: 'geometry', format: 'lat/lon' });
      expect(table.rows[0].at(-1)).to.deep.equal({ type: 'Point', coordinates: [6.625564, 51.450945] });
    });

    it('Krefeld GeoJSON without crs member: WGS84 as it is', async () => {
      const kitas = await parseGeoJson(read('krefeld/kindertageseinrichtungen.geojson'));
      expect(kitas.crs).to.equal('OGC:CRS84');
      expect(kitas.collection.features.length).to.equal(104);
      expect(kitas.collection.features[0].geometry).to.deep.equal({
        type: 'Point',
        coordinates: [6.563161, 51.318888],
      });
      const border = await parseGeoJson(read('krefeld/stadtgrenze_alkis_verwalt_einh.geojson'));
      expect(border.collection.features[0].properties).to.include({
        SCHLUESSEL: '05114000',
        NAME: 'Krefeld',
      });
      const ring = (border.collection.features[0].geometry as GeoJsonGeometry).coordinates as number[][][];
      expect(ring[0][0]).to.deep.equal([6.646331057744396, 51.38301670267154]);
    });
  });
}
