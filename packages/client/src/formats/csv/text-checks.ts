import type { WarningCollector } from '../warnings.js';
import type { CellBatch } from './tokenizer.js';

/** 1-based line of a position, counting line breaks from the start of a batch. */
export function lineAt(text: string, index: number, firstLine: number): number {
  let line = firstLine;
  const breakChar = text.indexOf('\n') >= 0 ? '\n' : '\r';
  for (let i = text.indexOf(breakChar); i >= 0 && i < index; i = text.indexOf(breakChar, i + 1)) line++;
  return line;
}

// UTF-8 read as Windows-1252 and saved again as UTF-8: `ä` becomes `Ã¤`, `ß` becomes `ÃŸ`, `°` becomes `Â°`.
const DOUBLE_ENCODED =
  /[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/**
 * Reports text that was damaged before odw saw it: U+FFFD replacement characters already in the file (its
 * characters were lost when someone decoded it wrongly) and double-encoded UTF-8 (`StraÃŸe`). Nothing is
 * changed: the text stays as it is, but the warning says so.
 */
export function reportDamagedText(batch: CellBatch, limit: number, warnings: WarningCollector): void {
  const { text } = batch;
  let first = text.indexOf('\ufffd');
  if (first >= 0 && first < limit) {
    let count = 0;
    for (let i = first; i >= 0 && i < limit; i = text.indexOf('\ufffd', i + 1)) count++;
    warnings.add(
      'replacement-character',
      'The file already contains U+FFFD replacement characters (�): characters were lost before odw read it ' +
        '(wrongly decoded at the source). They are kept as they are.',
      { line: lineAt(text, first, batch.firstLine) },
      count,
    );
  }
  if (warnings.has('double-encoded')) return;
  first = Math.min(...['Ã', 'Â'].map((c) => text.indexOf(c)).filter((i) => i >= 0 && i < limit));
  if (!Number.isFinite(first)) return;
  const match = DOUBLE_ENCODED.exec(text.slice(first, limit));
  if (match) {
    const at = first + match.index;
    warnings.add(
      'double-encoded',
      `The text looks double-encoded (UTF-8 read as Windows-1252 and saved again), e.g. "${text.slice(Math.max(0, at - 8), at + 10)}". It is kept as it is.`,
      { line: lineAt(text, at, batch.firstLine) },
    );
  }
}
