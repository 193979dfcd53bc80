import { expect } from 'chai';
import fc from 'fast-check';
import type { ParseProgress } from './options.js';
import { parseCsv } from './parse-csv.js';
import { windows1252 } from './test-fixtures.js';

/** A stream that delivers `bytes` in pieces cut at the given offsets. */
function streamOf(bytes: Uint8Array, cuts: number[]): ReadableStream<Uint8Array> {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    if (point > start) pieces.push(bytes.slice(start, point));
    start = Math.max(start, point);
  }
  return new ReadableStream({
    pull(controller) {
      const piece = pieces.shift();
      if (piece) controller.enqueue(piece);
      else controller.close();
    },
  });
}

/** RFC 4180 writing: quote cells with quotes, delimiters or line breaks. */
function writeCsv(rows: string[][], delimiter: string, lineEnding: string): string {
  const cell = (value: string) =>
    /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
  return rows.map((row) => row.map(cell).join(delimiter)).join(lineEnding) + lineEnding;
}

// Cells made of the characters that matter to a CSV parser, plus umlauts (multi-byte in UTF-8).
const cellText = fc
  .array(fc.constantFrom('a', 'Z', '0', '7', ' ', ',', ';', '"', '\n', '\r\n', 'ä', 'ß', '€', '.'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => `x${parts.join('')}`); // a letter first: no cell is blank, so no row is a blank line

const table = fc
  .integer({ min: 1, max: 4 })
  .chain((width) =>
    fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { minLength: 2, maxLength: 8 }),
  );

describe('parseCsv on streams and pieces', () => {
  it('reads what an RFC 4180 writer wrote, cell for cell, whatever the delimiter and line ending', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        async (rows, delimiter, eol) => {
          const text = writeCsv(rows, delimiter, eol);
          const result = await parseCsv(text, { types: false, delimiter, header: false, skip: 0, footer: 0 });
          expect(result.rows).to.deep.equal(rows);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same table for a stream cut anywhere, even inside a UTF-8 character or a quoted cell', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.array(fc.nat(), { maxLength: 12 }), async (rows, cuts) => {
        const bytes = new TextEncoder().encode(writeCsv(rows, ';', '\r\n'));
        const whole = await parseCsv(bytes, { types: false });
        const pieces = await parseCsv(streamOf(bytes, cuts), { types: false });
        expect(pieces.rows).to.deep.equal(whole.rows);
        expect(pieces.fields).to.deep.equal(whole.fields);
        expect(pieces.meta).to.deep.equal(whole.meta);
      }),
      { numRuns: 150 },
    );
  });

  it('decides the encoding of a stream at the first non-ASCII byte, like for the whole file', async () => {
    const text = `Name;Wert\n${'Zeile;1\n'.repeat(20000)}Straße;2\n`;
    const bytes = windows1252(text);
    const streamed = await parseCsv(streamOf(bytes, [1000, 65536, 100000, bytes.length - 5]));
    expect(streamed.meta).to.include({ encoding: 'windows-1252' });
    expect(streamed.rows.at(-1)).to.deep.equal(['Straße', 2]);
    expect(streamed.rows.length).to.equal(20001);
  });

  it('reports progress and stops when aborted', async () => {
    const bytes = new TextEncoder().encode(`a;b\n${'1;2\n'.repeat(300000)}`);
    const seen: ParseProgress[] = [];
    const table = await parseCsv(new Blob([bytes]), { onProgress: (p) => seen.push(p) });
    expect(table.rows.length).to.equal(300000);
    expect(seen.length).to.be.greaterThan(0);
    expect(seen.at(-1)).to.deep.include({ bytesRead: bytes.length, totalBytes: bytes.length });

    const controller = new AbortController();
    const reason = new Error('stop');
    let pulls = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        if (++pulls === 3) controller.abort(reason);
        c.enqueue(new TextEncoder().encode('1;2\n'.repeat(1000)));
      },
      cancel() {
        cancelled = true;
      },
    });
    const error = await parseCsv(endless, { signal: controller.signal }).catch((e) => e);
    expect(error).to.equal(reason);
    // The endless source is let go, not read on forever after the abort.
    for (let wait = 0; !cancelled && wait < 100; wait++) await new Promise((r) => setTimeout(r, 10));
    expect(cancelled, 'stream cancelled after the abort').to.equal(true);
  });
});
