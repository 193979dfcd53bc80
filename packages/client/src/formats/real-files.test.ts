import { expect } from 'chai';
import type { Table } from '../types.js';
import { parseCsv } from './parse-csv.js';
import { cell, fixture } from './test-fixtures.js';

// Real municipal files (copies in packages/client/test/fixtures/formats, see the README there). Expected
// values were read with iconv, head, awk and Python's csv module, not from this parser's output.

const types = (table: Table) => Object.fromEntries(table.fields.map((f) => [f.name, f.type]));

describe('real files', () => {
  describe('Köln Haushalt Teilergebnisplan (";", CRLF, German thousands, codes)', () => {
    let typed: Table;
    let text: Table;
    before(async () => {
      const bytes = await fixture('koeln-haushalt-teilergebnisplan.csv');
      [typed, text] = await Promise.all([parseCsv(bytes), parseCsv(bytes, { types: false })]);
    });

    it('has 2828 rows of 11 columns, UTF-8, ";" and CRLF', () => {
      for (const table of [typed, text]) {
        expect(table.rows.length).to.equal(2828);
        expect(table.fields.length).to.equal(11);
        expect(table.meta).to.include({
          encoding: 'utf-8',
          delimiter: ';',
          lineEnding: '\r\n',
          headerRow: 0,
        });
      }
    });

    it('reads "203.726" as 203726 because other values such as "-13.361.495" prove thousands', () => {
      expect(cell(text, 1, 'Ergebnis 2010')).to.equal('203.726');
      expect(cell(typed, 1, 'Ergebnis 2010')).to.equal(203726);
      expect(cell(typed, 1, 'Plan 2011')).to.equal(164000);
      // line 2007 of the file
      expect(cell(text, 2005, 'Ergebnis 2010')).to.equal('-13.361.495');
      expect(cell(typed, 2005, 'Ergebnis 2010')).to.equal(-13361495);
      expect(types(typed)['Plan 2015']).to.equal('integer');
    });

    it('keeps the codes "01" and "0101" as text, and the umlauts', () => {
      expect(types(typed)).to.include({ Produktbereich: 'text', Teilplan: 'text' });
      expect(typed.rows[0].slice(0, 4)).to.deep.equal([
        '01',
        'Innere Verwaltung',
        '0101',
        'Politische Gremien, Verwaltungsführung und internationale Angelegenheiten',
      ]);
      expect(cell(typed, 2827, 'Teilplanzeile')).to.equal('28 = Jahresergebnis');
      expect(cell(typed, 2827, 'Plan 2013')).to.equal(-504000);
    });
  });

  describe('Köln Bevölkerung (",", LF, dotted ids, floats)', () => {
    let typed: Table;
    before(async () => {
      typed = await parseCsv(await fixture('koeln-bevoelkerung-stadtteile.csv.gz'));
    });

    it('has 29135 rows and keeps ids and zero-padded codes as text', () => {
      expect(typed.rows.length).to.equal(29135);
      expect(typed.meta).to.include({ delimiter: ',', lineEnding: '\n' });
      expect(types(typed)).to.include({
        id: 'text',
        tab_id: 'text',
        raum_id: 'text',
        jahr: 'integer',
        zahl: 'number',
      });
      expect(typed.rows[0]).to.deep.equal([
        '010.005.2005.000.010',
        '005',
        'Einwohner in Köln',
        2005,
        '000',
        'Stadt Köln',
        10,
        'Einwohner',
        1023101,
      ]);
      expect(typed.rows[29134].slice(5)).to.deep.equal(['Flittard', 30, 'sonstiges', 2848]);
    });
  });

  describe('Moers Besucherzahlen June 2022 (Windows-1252)', () => {
    let typed: Table;
    let text: Table;
    before(async () => {
      const bytes = await fixture('moers-besucherzahlen-2022-06.csv.gz');
      [typed, text] = await Promise.all([parseCsv(bytes), parseCsv(bytes, { types: false })]);
    });

    it('detects Windows-1252 and keeps ß, ä and º', () => {
      expect(typed.meta).to.include({ encoding: 'windows-1252', encodingSource: 'detected', delimiter: ';' });
      expect(typed.fields.map((f) => f.name)).to.include.members(['Fußgänger insgesamt', 'Temperatur in ºc']);
      expect(cell(text, 0, 'Lage')).to.equal('Steinstraße, Moers');
      expect(typed.warnings!.map((w) => w.code)).to.include('encoding-detected');
    });

    it('has 720 hourly rows with offsets kept in the timestamps', () => {
      expect(typed.rows.length).to.equal(720);
      expect(cell(text, 0, 'Zeitpunkt der Messung')).to.equal('2022-06-01 00:00:00 +0200');
      expect(cell(typed, 0, 'Zeitpunkt der Messung')).to.equal('2022-06-01T00:00:00+02:00');
      expect(cell(typed, 719, 'Zeitpunkt der Messung')).to.equal('2022-06-30T23:00:00+02:00');
      expect(typed.rows[0].slice(3)).to.deep.equal([11, 12, 'cloudy', 7, 4, 11, 0, 7, 4, 0, 0]);
    });
  });

  describe('Moers Besucherzahlen May 2022 (umlauts already lost to U+FFFD)', () => {
    let typed: Table;
    before(async () => {
      typed = await parseCsv(await fixture('moers-besucherzahlen-2022-05.csv'));
    });

    it('reads the UTF-8 as it is and warns about the replacement characters', () => {
      expect(typed.meta).to.include({ encoding: 'utf-8' });
      expect(typed.fields[3].name).to.equal('Fu\ufffdg\ufffdnger insgesamt');
      const warning = typed.warnings!.find((w) => w.code === 'replacement-character');
      expect(warning).to.include({ line: 1 });
      expect(warning!.count).to.be.greaterThan(700);
    });

    it('has 744 rows; empty cells are null in typed columns', () => {
      expect(typed.rows.length).to.equal(744);
      expect(typed.rows[0].slice(1)).to.deep.equal([
        '2022-05-01T00:00:00+02:00',
        'Sunday',
        0,
        null,
        null,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
      ]);
    });
  });

  describe('opendataportals.de registry (",", CRLF, "|" and full-width commas in cells)', () => {
    it('is not split at "|" or U+FF0C: 897 rows of 16 columns', async () => {
      const table = await parseCsv(await fixture('opendataportals-de.csv'), { types: false });
      expect(table.meta).to.include({ delimiter: ',', lineEnding: '\r\n' });
      expect(table.fields.length).to.equal(16);
      expect(table.rows.length).to.equal(897);
      expect(table.rows[0].slice(0, 4)).to.deep.equal([
        'Aachen',
        'municipality',
        'Aachen',
        'offenedaten.aachen.de|stadt-aachen',
      ]);
      expect(table.rows.some((row) => row[0] === 'Bundesinstitut für Bau-\uff0c Stadt- und Raumforschung')).to
        .be.true;
    });
  });
});
