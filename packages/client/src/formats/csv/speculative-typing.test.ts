import { expect } from 'chai';
import fc from 'fast-check';
import { parseCsv } from '../parse-csv.js';
import { tuning } from './tuning.js';

// Large tables are typed from a sample of their first rows and every later value is checked; a value that
// does not fit sends its column back to be typed from all values. The result must be the same as typing
// every column from all its values, whatever comes late in the file.

const values = fc.constantFrom(
  '',
  '-',
  '.',
  'k.A.',
  '0',
  '7',
  '-12',
  '0101',
  '05170024',
  '1.5',
  '2,25',
  '1.500',
  '12.500.000',
  '1,500',
  '4,14',
  '18.30',
  '31.12.2024',
  '2024-02-29',
  '2024-02-29 13:45:00 +0100',
  '1/2/2024',
  '13/2/2024',
  'ja',
  'nein',
  'J',
  'N',
  'true',
  'Moers',
  '1e5',
  '16142028098527942586',
);

const table = fc
  .integer({ min: 1, max: 4 })
  .chain((width) =>
    fc.array(fc.array(values, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 30 }),
  );

describe('typing from a sample, checked on every value', () => {
  const original = tuning.sampleRows;
  afterEach(() => {
    tuning.sampleRows = original;
  });

  it('gives the same table as typing from all values', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.integer({ min: 1, max: 5 }), async (rows, sample) => {
        const text = `${rows[0].map((_, j) => `c${j}`).join(';')}\n${rows.map((r) => r.join(';')).join('\n')}\n`;
        const options = { delimiter: ';', footer: 0 as const, skip: 0, header: 0 };
        tuning.sampleRows = 1_000_000;
        const full = await parseCsv(text, options);
        tuning.sampleRows = sample;
        const sampled = await parseCsv(text, options);
        expect(sampled.fields).to.deep.equal(full.fields);
        expect(sampled.rows).to.deep.equal(full.rows);
        expect([...sampled.warnings!].sort((a, b) => a.code.localeCompare(b.code))).to.deep.equal(
          [...full.warnings!].sort((a, b) => a.code.localeCompare(b.code)),
        );
      }),
      { numRuns: 300 },
    );
  });
});
