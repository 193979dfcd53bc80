import { classifyNumber } from '../infer/numbers.js';
import { rowTexts, Tokenizer, type LineEnding } from './tokenizer.js';

/** Delimiters tried when none is given, in order of preference on a tie (German files use `;`). */
export const DELIMITER_CANDIDATES = [';', ',', '\t', '|'] as const;

/** How much text detection looks at. */
export const SNIFF_CHARS = 64 * 1024;

/** The first line ending outside quotes; `\n` when the text has none. */
export function detectLineEnding(text: string): LineEnding {
  let quoted = false;
  const end = Math.min(text.length, SNIFF_CHARS);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 34) quoted = !quoted;
    else if (!quoted && code === 10) return '\n';
    else if (!quoted && code === 13)
      return text.charCodeAt(i + 1) === 10 ? '\r\n' : i + 1 < text.length ? '\r' : '\n';
  }
  return '\n';
}

/** Excel's `sep=;` first line, which names the delimiter and is not data. */
export function excelSeparatorLine(text: string): { delimiter: string; length: number } | undefined {
  const match = /^sep=(.)(\r\n|\n|\r|$)/.exec(text.slice(0, 8));
  return match ? { delimiter: match[1], length: match[0].length } : undefined;
}

/** Records of a sample split with one candidate delimiter. */
export function sampleRecords(sample: string, delimiter: string, lineEnding: LineEnding): string[][] {
  const { batch } = new Tokenizer(delimiter, lineEnding).tokenize(sample, true);
  const rows: string[][] = [];
  for (let r = 0; r < batch.rows; r++) rows.push(rowTexts(batch, r));
  return rows;
}

/**
 * How regular the rows are: Σ over row widths k of N_k·(k−1)/k, divided by the number of distinct widths
 * (after CleverCSV's pattern score). One-cell rows score nothing, so a delimiter that never splits loses.
 */
function patternScore(rows: string[][]): number {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  // Most rows must be split; a delimiter that only occurs inside some values (`1,5`) does not count.
  const unsplit = counts.get(1) ?? 0;
  if (unsplit * 2 > rows.length) return 0;
  let score = 0;
  for (const [width, count] of counts) score += (count * (width - 1)) / width;
  return counts.size ? score / counts.size : 0;
}

/**
 * Share of cells that look like a value rather than a fragment of several: cells without another candidate
 * delimiter in them. Splitting a `;` file with decimal commas at `,` leaves cells such as `Moers;103.725;67`,
 * which do not count. A comma counts against tab and `|` only outside numbers (`1,5` is a decimal), and
 * never against `;`, whose files have commas in text and numbers alike.
 */
function typeScore(rows: string[][], delimiter: string): number {
  const others = DELIMITER_CANDIDATES.filter((c) => c !== delimiter && (c !== ',' || delimiter !== ';'));
  let cells = 0;
  let known = 0;
  for (const row of rows) {
    for (const cell of row) {
      cells++;
      const foreign = others.filter((c) => cell.includes(c));
      if (foreign.length === 0 || (foreign.length === 1 && foreign[0] === ',' && isNumber(cell))) known++;
    }
  }
  return cells ? known / cells : 0;
}

function isNumber(cell: string): boolean {
  const value = cell.trim();
  return value !== '' && classifyNumber(value, 0, value.length) !== 0;
}

/** The delimiter that makes the sample most regular and best typed, with a confidence between 0 and 1. */
export function detectDelimiter(
  sample: string,
  lineEnding: LineEnding,
): { delimiter: string; confidence: number } {
  // Only complete lines: the sample may end in the middle of a record.
  const lastBreak = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
  const text = lastBreak > 0 && sample.length >= SNIFF_CHARS ? sample.slice(0, lastBreak) : sample;
  const scores = DELIMITER_CANDIDATES.map((delimiter) => {
    const rows = sampleRecords(text, delimiter, lineEnding).filter((row) => row.length > 1 || row[0] !== '');
    return { delimiter, score: patternScore(rows) * Math.max(typeScore(rows, delimiter), 0.01) };
  });
  const ranked = [...scores].sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (best.score === 0) {
    // One column: pick a delimiter that does not occur, so no cell is split.
    const absent = DELIMITER_CANDIDATES.find((c) => !text.includes(c));
    return { delimiter: absent ?? ',', confidence: 0 };
  }
  const confidence = best.score / (best.score + second.score);
  return { delimiter: best.delimiter, confidence: Math.round(confidence * 100) / 100 };
}
