import { expect } from 'chai';
import type { Table } from '../../types.js';
import type { CsvOptions } from '../options.js';
import { parseCsv } from '../parse-csv.js';
import { loadPapaparseCases, type PapaCase } from './test-papaparse-cases.js';

// papaparse's own test cases (tests/test-cases.js of the installed npm package, read unmodified), run
// against parseCsv with types: false. Cases about papaparse-specific options or behaviour are excluded
// below, each with its reason; everything else must give papaparse's expected rows, and where papaparse
// reports a parse error, parseCsv must report the matching warning.

/** Options that only papaparse has; a case using one is excluded for that reason. */
const PAPAPARSE_ONLY_OPTIONS: Record<string, string> = {
  comments: 'comment lines are a papaparse option; CSV has no comments (RFC 4180)',
  preview: 'row limits are a papaparse option',
  transform: 'value callbacks are a papaparse option (odw options are data, never functions)',
  transformHeader: 'header callbacks are a papaparse option (odw options are data, never functions)',
  dynamicTyping:
    "papaparse's per-cell typing is what odw replaces with per-column inference (tested separately)",
  quoteChar: 'odw reads RFC 4180 double quotes only',
  escapeChar: 'odw reads RFC 4180 doubled quotes only',
};

/** Cases excluded one by one, with the reason. */
const EXCLUDED: Record<string, string> = {
  'Mixed slash n and slash r should choose first as precident':
    'papaparse ends the file with an extra empty row for the final line break (RFC 4180: the last line break ends the last record)',
  'Fast mode with blank line at end': 'same: an extra empty row for the final line break',
  'One column input with empty fields': 'same: an extra empty row for the final line break',
  'Blank line at beginning':
    'blank lines above a multi-column table are no records in odw (they are skipped like a preamble)',
  'Blank line in middle':
    'blank lines inside a multi-column table are skipped with a warning in odw, not rows ([""])',
  'Blank lines at end': 'same: blank lines are no rows in a multi-column odw table',
  'Blank line in middle with whitespace': 'same: a whitespace-only line is a blank line in odw',
  'Empty lines': 'same: blank lines are no rows in a multi-column odw table',
  'Skip empty lines, with first line only whitespace':
    "papaparse's skipEmptyLines keeps a whitespace-only line; odw treats it as blank",
  "Parsing with skipEmptyLines set to 'greedy'":
    "skipEmptyLines 'greedy' also drops rows of empty cells (',,'); odw keeps such rows, they are cells",
  "Parsing with skipEmptyLines set to 'greedy' with quotes and delimiters as content": 'same as above',
  'Bad delimiter (\\n)':
    'papaparse falls back to guessing; odw rejects an impossible delimiter option with an error',
  'Multi-character delimiter':
    'multi-character delimiters are a papaparse extension; odw takes one character',
  'Multi-character delimiter (length 2) with quoted field': 'same: multi-character delimiter',
  'Callback delimiter': 'delimiter callbacks are a papaparse option (odw options are data)',
  'Skip First N number of lines , with header false and skipFirstNLines as negative value':
    'papaparse ignores a negative skip; odw rejects it as an invalid option',
  'Input is just the delimiter (2 empty fields)':
    'a lone "," is one empty-named header in odw (no data rows); papaparse has no header detection here',
};

function excludedReason(test: PapaCase): string | undefined {
  if (EXCLUDED[test.description]) return EXCLUDED[test.description];
  for (const key of Object.keys(test.config ?? {}))
    if (PAPAPARSE_ONLY_OPTIONS[key]) return PAPAPARSE_ONLY_OPTIONS[key];
  return undefined;
}

function optionsFor(test: PapaCase): CsvOptions {
  const config = test.config ?? {};
  const options: CsvOptions = { types: false, skip: 0, footer: 0, header: false };
  if (typeof config.delimiter === 'string') options.delimiter = config.delimiter;
  if (config.header === true) options.header = Number(config.skipFirstNLines ?? 0);
  else if (typeof config.skipFirstNLines === 'number') options.skip = config.skipFirstNLines;
  return options;
}

/** Our rows as papaparse writes them: cells of short rows absent instead of null. */
function asArrays(table: Table): unknown[][] {
  return table.rows.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === null) end--;
    return row.slice(0, end);
  });
}

/** Our rows as papaparse's header objects: missing cells absent, extra cells in __parsed_extra. */
function asObjects(table: Table, headerCount: number): Record<string, unknown>[] {
  return table.rows.map((row) => {
    const object: Record<string, unknown> = {};
    row.forEach((value, j) => {
      if (value === null) return;
      if (j < headerCount) object[table.fields[j].name] = value;
      else ((object.__parsed_extra ??= []) as unknown[]).push(value);
    });
    return object;
  });
}

const WARNING_FOR_ERROR: Record<string, string> = {
  MissingQuotes: 'unterminated-quote',
  InvalidQuotes: 'malformed-quote',
  TooFewFields: 'missing-cells',
  TooManyFields: 'extra-cells',
};

const { core, parse, version } = loadPapaparseCases();
const excludedCount = [...core, ...parse].filter((t) => excludedReason(t)).length;

describe(`papaparse ${version} test cases (tests/test-cases.js): ${core.length + parse.length - excludedCount} run, ${excludedCount} excluded`, () => {
  it('loaded the case tables', () => {
    expect(core.length + parse.length).to.be.greaterThan(150);
  });

  for (const [group, cases] of [
    ['core parser', core],
    ['Papa.parse', parse],
  ] as const) {
    describe(group, () => {
      for (const test of cases) {
        const reason = excludedReason(test);
        if (reason) continue; // listed in EXCLUDED / PAPAPARSE_ONLY_OPTIONS with the reason
        it(test.description, async () => {
          const table = await parseCsv(test.input, optionsFor(test));
          const expected = test.expected.data;
          const headed = test.config?.header === true;
          if (headed && group === 'core parser') {
            // The core parser returns the (renamed) header row as data.
            expect([table.fields.map((f) => f.name), ...asArrays(table)]).to.deep.equal(expected);
          } else if (headed) {
            const headerLine = test.input.split(/\r?\n|\r/)[Number(test.config?.skipFirstNLines ?? 0)];
            const header = await parseCsv(headerLine, { ...optionsFor(test), header: false, skip: 0 });
            expect(asObjects(table, header.fields.length)).to.deep.equal(expected);
          } else expect(asArrays(table)).to.deep.equal(expected);
          const warnings = (table.warnings ?? []).map((w) => w.code);
          for (const error of test.expected.errors) {
            const code = WARNING_FOR_ERROR[error.code];
            if (code) expect(warnings, `papaparse reports ${error.code}`).to.include(code);
          }
        });
      }
    });
  }

  it('lists every excluded case with a reason', () => {
    const excluded = [...core, ...parse].filter((t) => excludedReason(t));
    for (const description of Object.keys(EXCLUDED))
      expect(
        [...core, ...parse].some((t) => t.description === description),
        `excluded case "${description}" exists`,
      ).to.be.true;
    expect(excluded.length).to.be.lessThan(core.length + parse.length);
  });
});
