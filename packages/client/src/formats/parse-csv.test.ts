import { expect } from 'chai';
import { ParseError } from '../errors.js';
import type { Table } from '../types.js';
import { parseCsv } from './parse-csv.js';
import { windows1252 } from './test-fixtures.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const column = (table: Table, name: string) => {
  const j = table.fields.findIndex((f) => f.name === name);
  expect(j, `column ${name}`).to.be.at.least(0);
  return table.rows.map((row) => row[j]);
};
const typeOf = (table: Table, name: string) => table.fields.find((f) => f.name === name)?.type;
const codes = (table: Table) => (table.warnings ?? []).map((w) => w.code);

// The sample of reliability.md part D, where d3-dsv and papaparse lose data.
const GERMAN =
  '\ufeffAGS;Gemeinde;Einwohner;Fläche km²;Anteil\n' +
  '05170024;Moers;"103.725";67,68;0,5\n' +
  '05154036;Kleve;"52.000";97,8\n' +
  '05154012;Geldern;34.000;96,1;1,2;EXTRA\n';

describe('parseCsv', () => {
  describe('the German sample on which common parsers lose data', () => {
    let table: Table;
    before(async () => {
      table = await parseCsv(utf8(GERMAN));
    });

    it('strips the byte-order mark from the first header and detects ";" despite decimal commas', () => {
      expect(table.fields.slice(0, 5).map((f) => f.name)).to.deep.equal([
        'AGS',
        'Gemeinde',
        'Einwohner',
        'Fläche km²',
        'Anteil',
      ]);
      expect(table.meta).to.include({
        delimiter: ';',
        encoding: 'utf-8',
        encodingSource: 'bom',
        headerRow: 0,
      });
    });

    it('keeps AGS codes with their leading zero as text', () => {
      expect(typeOf(table, 'AGS')).to.equal('text');
      expect(column(table, 'AGS')).to.deep.equal(['05170024', '05154036', '05154012']);
    });

    it('reads decimal commas as numbers', () => {
      expect(typeOf(table, 'Fläche km²')).to.equal('number');
      expect(column(table, 'Fläche km²')).to.deep.equal([67.68, 97.8, 96.1]);
    });

    it('keeps "103.725", "52.000" as text when nothing in the column settles thousands vs decimal', () => {
      expect(typeOf(table, 'Einwohner')).to.equal('text');
      expect(column(table, 'Einwohner')).to.deep.equal(['103.725', '52.000', '34.000']);
      expect(codes(table)).to.include('ambiguous-number');
    });

    it('keeps every cell of ragged rows: missing cells are null, the extra cell gets a generated column', () => {
      expect(table.rows[1]).to.deep.equal(['05154036', 'Kleve', '52.000', 97.8, null, null]);
      expect(table.fields[5]).to.deep.include({ name: 'column_6', type: 'text' });
      expect(table.rows[2][5]).to.equal('EXTRA');
      const ragged = table.warnings!.filter((w) => w.code === 'missing-cells' || w.code === 'extra-cells');
      expect(ragged.map((w) => [w.code, w.line])).to.deep.equal([
        ['missing-cells', 3],
        ['extra-cells', 4],
      ]);
    });

    it('settles the ambiguous column with the decimal option or a schema', async () => {
      const german = await parseCsv(utf8(GERMAN), { decimal: ',' });
      expect(typeOf(german, 'Einwohner')).to.equal('integer');
      expect(column(german, 'Einwohner')).to.deep.equal([103725, 52000, 34000]);
      const schema = await parseCsv(utf8(GERMAN), {
        schema: { Einwohner: { type: 'integer', thousands: '.' } },
      });
      expect(column(schema, 'Einwohner')).to.deep.equal([103725, 52000, 34000]);
    });
  });

  describe('types: false', () => {
    it('gives every cell as its exact text after unquoting, empty cells as "", missing cells as null', async () => {
      const table = await parseCsv(utf8('a,b,c\n" x ",,"say ""hi"""\n007,1.5\n'), { types: false });
      expect(table.fields.map((f) => f.type)).to.deep.equal(['text', 'text', 'text']);
      expect(table.rows).to.deep.equal([
        [' x ', '', 'say "hi"'],
        ['007', '1.5', null],
      ]);
    });
  });

  describe('headers', () => {
    it('makes empty and duplicate names unique and keeps __proto__ and constructor as data columns', async () => {
      const table = await parseCsv(utf8('__proto__,constructor,a,a,,a_1\n1,2,3,4,5,6\n'));
      expect(table.fields.map((f) => f.name)).to.deep.equal([
        '__proto__',
        'constructor',
        'a',
        'a_2',
        'column_5',
        'a_1',
      ]);
      expect(table.rows).to.deep.equal([[1, 2, 3, 4, 5, 6]]);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(table.warnings!.filter((w) => w.code === 'renamed-header').map((w) => w.field)).to.deep.equal([
        'a_2',
        'column_5',
      ]);
    });

    it('detects a file without header row', async () => {
      const table = await parseCsv(utf8('1;2,5;31.12.2024\n2;3,5;01.01.2025\n3;4,0;02.01.2025\n'));
      expect(table.meta!.headerRow).to.equal(-1);
      expect(table.fields.map((f) => f.name)).to.deep.equal(['column_1', 'column_2', 'column_3']);
      expect(table.rows[0]).to.deep.equal([1, 2.5, '2024-12-31']);
    });

    it('treats years above columns of other numbers as a header', async () => {
      const table = await parseCsv(utf8('Bezirk;2010;2011\nInnenstadt;129496;130100\nPorz;106000;107213\n'));
      expect(table.fields.map((f) => f.name)).to.deep.equal(['Bezirk', '2010', '2011']);
      expect(table.rows.length).to.equal(2);
    });

    it('follows header, skip and headerRows options', async () => {
      const text = 'Titel\nStand 2024\nx;y\n1;2\n';
      const skipped = await parseCsv(utf8(text), { skip: 2 });
      expect(skipped.fields.map((f) => f.name)).to.deep.equal(['x', 'y']);
      const indexed = await parseCsv(utf8(text), { header: 2 });
      expect(indexed.rows).to.deep.equal([[1, 2]]);
      const none = await parseCsv(utf8('x;y\n1;2\n'), { header: false, types: false });
      expect(none.rows).to.deep.equal([
        ['x', 'y'],
        ['1', '2'],
      ]);
    });
  });

  describe('statistical exports', () => {
    // Layout of a GENESIS / Landesdatenbank NRW CSV export (structure as documented for such files):
    // title lines, a header over three rows whose label columns are empty, data, footnotes.
    const genesis = windows1252(
      'GENESIS-Tabelle: 33111-02ir\r\n' +
        'Fläche nach Art der tatsächlichen Nutzung;;;;\r\n' +
        'Gemeinden, Stichtag;;;;\r\n' +
        ';;;Bodenfläche;\r\n' +
        ';;;insgesamt;Gebäude- und Freifläche\r\n' +
        ';;;ha;ha\r\n' +
        '31.12.2012;05170024;Moers, Stadt;6768;2345\r\n' +
        '31.12.2012;05154036;Kleve, Stadt;9778;-\r\n' +
        '31.12.2012;05154012;Geldern, Stadt;9610;.\r\n' +
        '__________\r\n' +
        '- = nichts vorhanden\r\n' +
        '(C)opyright Information und Technik Nordrhein-Westfalen, Düsseldorf, 2013\r\n',
    );
    let table: Table;
    before(async () => {
      table = await parseCsv(genesis);
    });

    it('sets title lines and footnotes aside and keeps them in meta', () => {
      expect(table.meta!.preamble).to.deep.equal([
        'GENESIS-Tabelle: 33111-02ir',
        'Fläche nach Art der tatsächlichen Nutzung',
        'Gemeinden, Stichtag',
      ]);
      expect(table.meta!.footer).to.deep.equal([
        '__________',
        '- = nichts vorhanden',
        '(C)opyright Information und Technik Nordrhein-Westfalen, Düsseldorf, 2013',
      ]);
      expect(table.rows.length).to.equal(3);
    });

    it('joins a header spread over three rows per column', () => {
      expect(table.meta).to.include({ headerRow: 3, headerRows: 3, encoding: 'windows-1252' });
      expect(table.fields.map((f) => f.name)).to.deep.equal([
        'column_1',
        'column_2',
        'column_3',
        'Bodenfläche insgesamt ha',
        'Bodenfläche Gebäude- und Freifläche ha',
      ]);
    });

    it('types the data: German dates, codes as text, markers as null (and reported)', () => {
      expect(table.rows[0]).to.deep.equal(['2012-12-31', '05170024', 'Moers, Stadt', 6768, 2345]);
      expect(column(table, 'Bodenfläche Gebäude- und Freifläche ha')).to.deep.equal([2345, null, null]);
      const markers = table.warnings!.find((w) => w.code === 'missing-marker');
      expect(markers).to.include({ field: 'Bodenfläche Gebäude- und Freifläche ha', count: 2 });
      expect(markers!.message).to.contain('"-" ×1').and.contain('"." ×1');
    });
  });

  describe('more statistical layouts', () => {
    it('reads a header of years whose label columns are named in a row of their own', async () => {
      const table = await parseCsv(
        utf8(
          'Tabelle 1\r\n\r\nStand: 31.12.2012\r\n;;2010;2011;2012\r\nKreis;Gemeinde;;;\r\n' +
            'Wesel;Moers;104.529;104.087;1.103.725\r\nKleve;Kleve;49.702;49.834;50.012\r\n',
        ),
      );
      expect(table.fields.map((f) => f.name)).to.deep.equal(['Kreis', 'Gemeinde', '2010', '2011', '2012']);
      expect(table.meta).to.include({ headerRow: 3, headerRows: 2 });
      expect(table.meta!.preamble).to.deep.equal(['Tabelle 1', 'Stand: 31.12.2012']);
      // "1.103.725" settles the 2012 column as German thousands; 2010 and 2011 stay text
      expect(table.rows).to.deep.equal([
        ['Wesel', 'Moers', '104.529', '104.087', 1103725],
        ['Kleve', 'Kleve', '49.702', '49.834', 50012],
      ]);
    });

    it('handles 140 columns of decimal commas with empty cells', async () => {
      const header = ['Bezirk', ...Array.from({ length: 140 }, (_, i) => `P${i}_Proz`)].join(';');
      const rows = Array.from({ length: 30 }, (_, r) =>
        [`B${r}`, ...Array.from({ length: 140 }, (_, i) => (i % 7 === 0 ? '' : `${r},${i % 9}5`))].join(';'),
      );
      const table = await parseCsv(utf8([header, ...rows].join('\n')));
      expect(table.fields.length).to.equal(141);
      expect(table.fields.filter((f) => f.type === 'number').length).to.equal(120);
      expect(table.rows[3].slice(0, 4)).to.deep.equal(['B3', null, 3.15, 3.25]);
    });
  });

  describe('type inference per column', () => {
    it('reads German thousands when another value proves them, and English decimals likewise', async () => {
      const table = await parseCsv(utf8('de;en\n203.726;1.5\n1.234.567;2.250\n0;10\n'));
      expect(column(table, 'de')).to.deep.equal([203726, 1234567, 0]);
      expect(column(table, 'en')).to.deep.equal([1.5, 2.25, 10]);
      expect(table.fields.map((f) => [f.type, f.format])).to.deep.equal([
        ['integer', '1.234'],
        ['number', undefined],
      ]);
    });

    it('reads booleans, dates with offsets, and keeps a column text when one value does not fit', async () => {
      const table = await parseCsv(
        utf8(
          'ok;am;zeit;plz;mix\n' +
            'ja;31.12.2024;2022-05-01 00:00:00 +0200;01067;1\n' +
            'nein;1.2.2025;2022-05-01T01:30:00Z;47441;zwei\n',
        ),
      );
      expect(table.rows).to.deep.equal([
        [true, '2024-12-31', '2022-05-01T00:00:00+02:00', '01067', '1'],
        [false, '2025-02-01', '2022-05-01T01:30:00Z', '47441', 'zwei'],
      ]);
      expect(table.fields.map((f) => f.type)).to.deep.equal(['boolean', 'date', 'datetime', 'text', 'text']);
    });

    it('decides the day/month order of slash dates from the whole column, or keeps text', async () => {
      const us = await parseCsv(utf8('d\n1/2/2024\n12/31/2024\n'));
      expect(us.rows).to.deep.equal([['2024-01-02'], ['2024-12-31']]);
      const unclear = await parseCsv(utf8('d\n1/2/2024\n3/4/2024\n'));
      expect(unclear.rows).to.deep.equal([['1/2/2024'], ['3/4/2024']]);
      expect(codes(unclear)).to.include('ambiguous-date');
    });

    it('reads WKT cells, J/N booleans and M/D/YYYY H:MM timestamps', async () => {
      const table = await parseCsv(
        utf8(
          'Name;Gebuehrenpflichtig;Zeit;geom\n' +
            'Parkplatz A;J;1/1/2019 0:00;"POINT (8.537 52.034)"\n' +
            'Parkplatz B;N;1/13/2019 17:30;"POINT (8.540 52.031)"\n',
        ),
      );
      expect(table.fields.map((f) => `${f.type} ${f.format}`)).to.deep.equal([
        'text undefined',
        'boolean J/N',
        'datetime mm/dd/yyyy',
        'geometry WKT',
      ]);
      expect(table.rows[1]).to.deep.equal([
        'Parkplatz B',
        false,
        '2019-01-13T17:30:00',
        { type: 'Point', coordinates: [8.54, 52.031] },
      ]);
    });

    it('keeps opening times that Excel wrote as decimals as text, but reads small decimals elsewhere', async () => {
      const table = await parseCsv(
        utf8('Montag_von;Montag_bis;Gebuehr\n09.30;18.30;1.50\n10.00;19.00;2.00\n'),
      );
      expect(table.rows).to.deep.equal([
        ['09.30', '18.30', 1.5],
        ['10.00', '19.00', 2],
      ]);
      expect(table.warnings!.filter((w) => w.code === 'time-like-number').map((w) => w.field)).to.deep.equal([
        'Montag_bis',
      ]);
    });

    it('keeps integers longer than 15 digits as text', async () => {
      const table = await parseCsv(utf8('id\n16142028098527942586\n1\n'));
      expect(table.rows).to.deep.equal([['16142028098527942586'], ['1']]);
      expect(codes(table)).to.include('long-number');
    });

    it('keeps values that do not fit a schema type as text and reports them', async () => {
      const table = await parseCsv(utf8('n\n1,5\nviel\n-\n'), { schema: { n: 'number' } });
      expect(table.rows).to.deep.equal([[1.5], ['viel'], [null]]);
      expect(table.warnings!.find((w) => w.code === 'schema-mismatch')).to.include({ field: 'n', line: 3 });
    });
  });

  describe('encodings', () => {
    it('reads Windows-1252 when the bytes are not UTF-8', async () => {
      const table = await parseCsv(windows1252('Straße;Fläche\nHochstraße;1,5\n'));
      expect(table.fields[0].name).to.equal('Straße');
      expect(table.rows).to.deep.equal([['Hochstraße', 1.5]]);
      expect(table.meta).to.include({ encoding: 'windows-1252', encodingSource: 'detected' });
    });

    it('reports U+FFFD that was already in the file instead of hiding it', async () => {
      const table = await parseCsv(utf8('Name;n\nFu\ufffdg\ufffdnger;1\n'));
      const warning = table.warnings!.find((w) => w.code === 'replacement-character');
      expect(warning).to.include({ count: 2, line: 2 });
      expect(table.rows[0][0]).to.equal('Fu\ufffdg\ufffdnger');
    });
  });

  describe('bad input', () => {
    it('refuses an HTML page with a clear error', async () => {
      const error = await parseCsv(utf8('<!DOCTYPE html><html><body>Login</body></html>')).catch((e) => e);
      expect(error).to.be.instanceOf(ParseError);
      expect(error.message).to.contain('HTML page');
    });

    it('refuses binary files, naming what they are', async () => {
      const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]);
      const error = await parseCsv(zip).catch((e) => e);
      expect(error).to.be.instanceOf(ParseError);
      expect(error.message).to.contain('ZIP');
    });

    it('rejects impossible options before reading', async () => {
      const error = await parseCsv('a', { delimiter: '"' }).catch((e) => e);
      expect(error).to.be.instanceOf(ParseError);
      expect(error.message).to.contain('delimiter');
    });
  });
});
