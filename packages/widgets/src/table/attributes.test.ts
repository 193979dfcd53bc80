import { expect } from '@open-wc/testing';
import type { Condition, Field } from '@odw/client';
import fc from 'fast-check';
import { AttributeError } from '../internal/attribute-error.js';
import { parseColumnsAttribute } from './columns-attribute.js';
import { formatFilterAttribute, parseFilterAttribute, toConditions } from './filter-attribute.js';
import { parseDateFormatAttribute, parseNumberFormatAttribute } from './format-attributes.js';
import { formatSortAttribute, parseSortAttribute } from './sort-attribute.js';

const FIELDS: Field[] = [
  { name: 'Straße', type: 'text' },
  { name: 'Bezirk', type: 'integer' },
  { name: 'Betrag', type: 'number' },
  { name: 'Datum', type: 'date' },
  { name: 'Zeit', type: 'datetime' },
  { name: 'Aktiv', type: 'boolean' },
  { name: 'Fläche, km²', type: 'number' },
];

function attributeError(run: () => unknown): AttributeError {
  try {
    run();
  } catch (error) {
    if (error instanceof AttributeError) return error;
    throw error;
  }
  throw new Error('expected an AttributeError');
}

describe('columns attribute', () => {
  it('selects, orders and relabels columns; quotes protect commas and colons', () => {
    expect(parseColumnsAttribute('Straße, Bezirk:Abfuhrbezirk, "Fläche, km²":"Fläche: km²"')).to.deep.equal([
      { field: 'Straße' },
      { field: 'Bezirk', label: 'Abfuhrbezirk' },
      { field: 'Fläche, km²', label: 'Fläche: km²' },
    ]);
  });

  it('reads an empty value as "all columns" and tolerates a trailing comma', () => {
    expect(parseColumnsAttribute('')).to.deep.equal([]);
    expect(parseColumnsAttribute(' Straße , ')).to.deep.equal([{ field: 'Straße' }]);
  });

  it('names the attribute when a quote is not closed', () => {
    const error = attributeError(() => parseColumnsAttribute('"Straße, Bezirk'));
    expect(error.attribute).to.equal('columns');
    expect(error.problem.kind).to.equal('syntax');
  });
});

describe('filter attribute', () => {
  it('reads every operator, alternatives and empty checks', () => {
    const terms = parseFilterAttribute(
      'Bezirk=4; Betrag >= 1000,5; Straße ~ weg; Bezirk = 4 | 5; Datum<2024-01-01; Aktiv=; Straße!=',
    );
    expect(terms.map(({ field, op, values }) => ({ field, op, values }))).to.deep.equal([
      { field: 'Bezirk', op: '=', values: ['4'] },
      { field: 'Betrag', op: '>=', values: ['1000,5'] },
      { field: 'Straße', op: '~', values: ['weg'] },
      { field: 'Bezirk', op: '=', values: ['4', '5'] },
      { field: 'Datum', op: '<', values: ['2024-01-01'] },
      { field: 'Aktiv', op: '=', values: [] },
      { field: 'Straße', op: '!=', values: [] },
    ]);
  });

  it('types values by column: German and international numbers, German dates, yes/no', () => {
    const conditions = toConditions(
      parseFilterAttribute(
        'Bezirk = 4|5; Betrag >= 1000,5; Datum <= 31.12.2024; Zeit >= 01.06.2022 14:30; Aktiv = ja; "Fläche, km²" > 2.5',
      ),
      FIELDS,
    );
    expect(conditions).to.deep.equal([
      { field: 'Bezirk', op: 'in', value: [4, 5] },
      { field: 'Betrag', op: '>=', value: 1000.5 },
      { field: 'Datum', op: '<=', value: '2024-12-31' },
      { field: 'Zeit', op: '>=', value: '2022-06-01T14:30:00' },
      { field: 'Aktiv', op: '=', value: true },
      { field: 'Fläche, km²', op: '>', value: 2.5 },
    ]);
  });

  it('keeps leading zeros and umlauts of text values exactly', () => {
    expect(toConditions(parseFilterAttribute('Straße = 0101; Straße ~ Grünstraße'), FIELDS)).to.deep.equal([
      { field: 'Straße', op: '=', value: '0101' },
      { field: 'Straße', op: 'contains', value: 'Grünstraße' },
    ]);
  });

  it('fails naming the attribute for a missing operator, an unknown column and a bad value', () => {
    const syntax = attributeError(() => parseFilterAttribute('Bezirk 4'));
    expect([syntax.attribute, syntax.problem.kind]).to.deep.equal(['filter', 'syntax']);

    const unknown = attributeError(() => toConditions(parseFilterAttribute('Strasse = Hauptstraße'), FIELDS));
    expect(unknown.attribute).to.equal('filter');
    expect(unknown.problem).to.deep.include({ kind: 'unknown-column', column: 'Strasse' });

    const bad = attributeError(() => toConditions(parseFilterAttribute('Bezirk = vier'), FIELDS));
    expect(bad.problem).to.deep.equal({
      kind: 'bad-value',
      column: 'Bezirk',
      value: 'vier',
      type: 'integer',
    });

    const date = attributeError(() => toConditions(parseFilterAttribute('Datum = 31.02.2024'), FIELDS));
    expect(date.problem.kind).to.equal('bad-value');
  });

  it('writes conditions that read back to the same conditions (share links)', () => {
    const text = fc.string({ minLength: 1, maxLength: 12 });
    const condition = fc.oneof(
      fc.record({
        field: fc.constant('Straße'),
        op: fc.constantFrom('=', '!=', 'contains' as const),
        value: text,
      }),
      fc.record({
        field: fc.constant('Betrag'),
        op: fc.constantFrom('<', '<=', '>', '>=' as const),
        value: fc.double({ noNaN: true, noDefaultInfinity: true }),
      }),
      fc.record({
        field: fc.constant('Bezirk'),
        op: fc.constant('in' as const),
        value: fc.array(fc.integer(), { minLength: 2, maxLength: 4 }),
      }),
      fc.record({
        field: fc.constant('Fläche, km²'),
        op: fc.constantFrom('is null', 'is not null' as const),
      }),
    );
    fc.assert(
      fc.property(fc.array(condition, { maxLength: 5 }), (usable: Condition[]) => {
        const written = formatFilterAttribute(usable);
        expect(toConditions(parseFilterAttribute(written), FIELDS)).to.deep.equal(
          usable.map((c) => (typeof c.value === 'number' && Object.is(c.value, -0) ? { ...c, value: 0 } : c)),
        );
      }),
    );
  });
});

describe('sort attribute', () => {
  it('reads minus as descending and writes it back', () => {
    const sort = parseSortAttribute('-Datum, Straße, +"Fläche, km²"');
    expect(sort).to.deep.equal([
      { field: 'Datum', direction: 'desc' },
      { field: 'Straße', direction: 'asc' },
      { field: 'Fläche, km²', direction: 'asc' },
    ]);
    expect(parseSortAttribute(formatSortAttribute(sort))).to.deep.equal(sort);
  });
});

describe('number-format and date-format attributes', () => {
  it('reads spreadsheet patterns per column and a default for all', () => {
    const formats = parseNumberFormatAttribute('Betrag: #,##0.00 €; Anteil: 0,0 %; 0');
    expect(formats.get('Betrag')).to.deep.equal({
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      useGrouping: true,
      prefix: '',
      suffix: ' €',
    });
    expect(formats.get('Anteil')).to.deep.include({
      minimumFractionDigits: 1,
      useGrouping: false,
      suffix: ' %',
    });
    expect(formats.get('')).to.deep.include({ maximumFractionDigits: 0, useGrouping: false });
  });

  it('accepts German separators when both appear', () => {
    expect(parseNumberFormatAttribute('X: #.##0,00').get('X')).to.deep.include({
      minimumFractionDigits: 2,
      useGrouping: true,
    });
  });

  it('names the attribute for an unknown date style or a pattern without digits', () => {
    expect(parseDateFormatAttribute('Datum: long; time').get('Datum')).to.equal('long');
    expect(attributeError(() => parseDateFormatAttribute('Datum: lang')).attribute).to.equal('date-format');
    expect(attributeError(() => parseNumberFormatAttribute('Betrag: Euro')).attribute).to.equal(
      'number-format',
    );
  });
});
