import type { WarningCollector } from '../warnings.js';

/** The line ending a CSV uses; `\r\n` files are read in `\n` mode with the `\r` stripped. */
export type LineEnding = '\n' | '\r\n' | '\r';

/**
 * The records of one piece of text as cell boundaries, without allocating a string per cell: cell `c` spans
 * `text.slice(cells[2c], end)` where `end = cells[2c+1]`; a negative end `~end` marks a quoted cell whose
 * doubled quotes still have to be unescaped. Row `r` has the cells `rowStart[r] … rowStart[r+1]-1`.
 */
export interface CellBatch {
  text: string;
  cells: Int32Array<ArrayBuffer>;
  rowStart: Int32Array<ArrayBuffer>;
  rows: number;
  /** 1-based line of the batch's first row. */
  firstLine: number;
  /** Lines the batch spans (rows plus line breaks inside quoted cells). */
  lines: number;
  /** Pairs `[row, extra]`: from `row` on, rows start `extra` lines later than their index (quoted line breaks). */
  lineShifts: number[];
}

/** The text of one cell of a batch. */
export function cellText(batch: CellBatch, cell: number): string {
  const start = batch.cells[2 * cell];
  const end = batch.cells[2 * cell + 1];
  return end >= 0 ? batch.text.slice(start, end) : batch.text.slice(start, ~end).replaceAll('""', '"');
}

/** The cells of one row as strings (for detection and footers, not for the bulk of the data). */
export function rowTexts(batch: CellBatch, row: number): string[] {
  const out: string[] = [];
  for (let c = batch.rowStart[row]; c < batch.rowStart[row + 1]; c++) out.push(cellText(batch, c));
  return out;
}

/** The 1-based source line on which a row of a batch starts. */
export function lineOfRow(batch: CellBatch, row: number): number {
  let extra = 0;
  const shifts = batch.lineShifts;
  for (let i = 0; i < shifts.length && shifts[i] <= row; i += 2) extra = shifts[i + 1];
  return batch.firstLine + row + extra;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/**
 * An RFC 4180 tokenizer that reads text in pieces. Records without quotes take a fast path that finds
 * delimiters and line ends with `indexOf`; records with quotes go through a small state machine that is as
 * lenient as common parsers (a quote inside an unquoted cell is a character; a closing quote followed by
 * something other than a delimiter or line end is kept as a character, with a warning).
 */
export class Tokenizer {
  private line = 1;
  private readonly delimiterCode: number;
  private readonly newline: string;

  constructor(
    private readonly delimiter: string,
    lineEnding: LineEnding,
    private readonly warnings?: WarningCollector,
  ) {
    this.delimiterCode = delimiter.charCodeAt(0);
    this.newline = lineEnding === '\r' ? '\r' : '\n';
  }

  /**
   * Tokenizes the complete records of `text`. Unless `final`, a last record that is not yet terminated (or a
   * quoted cell still open) is left for the next call: `rest` is where it starts.
   */
  tokenize(text: string, final: boolean): { batch: CellBatch; rest: number } {
    const length = text.length;
    const delimiter = this.delimiter;
    const newline = this.newline;
    const crlfAware = newline === '\n';
    let cells = new Int32Array(Math.max(64, (length >> 1) & ~1));
    let rowStart = new Int32Array(Math.max(16, length >> 5));
    let cellCount = 0;
    let rowCount = 0;
    const lineShifts: number[] = [];
    let extraLines = 0;
    const firstLine = this.line;

    let nextQuote = text.indexOf('"');
    if (nextQuote < 0) nextQuote = length;
    let nextDelimiter = text.indexOf(delimiter);
    if (nextDelimiter < 0) nextDelimiter = length;
    let pos = 0;

    while (pos < length) {
      let lineEnd = text.indexOf(newline, pos);
      if (lineEnd < 0) {
        if (!final && nextQuote >= length) break; // unterminated last line: wait for more text
        lineEnd = length;
      }
      if (rowCount + 2 > rowStart.length) rowStart = grow(rowStart);
      if (nextQuote < pos) {
        nextQuote = text.indexOf('"', pos);
        if (nextQuote < 0) nextQuote = length;
      }
      if (nextQuote >= lineEnd) {
        // Fast path: no quote in this record.
        let contentEnd = lineEnd;
        if (crlfAware && contentEnd > pos && text.charCodeAt(contentEnd - 1) === CR) contentEnd--;
        rowStart[rowCount++] = cellCount;
        if (nextDelimiter < pos) {
          nextDelimiter = text.indexOf(delimiter, pos);
          if (nextDelimiter < 0) nextDelimiter = length;
        }
        let start = pos;
        for (;;) {
          if (2 * cellCount + 2 > cells.length) cells = grow(cells);
          cells[2 * cellCount] = start;
          if (nextDelimiter < contentEnd) {
            cells[2 * cellCount + 1] = nextDelimiter;
            cellCount++;
            start = nextDelimiter + 1;
            nextDelimiter = text.indexOf(delimiter, start);
            if (nextDelimiter < 0) nextDelimiter = length;
          } else {
            cells[2 * cellCount + 1] = contentEnd;
            cellCount++;
            break;
          }
        }
        pos = lineEnd + 1;
        continue;
      }

      // Slow path: a record with quotes, possibly spanning lines.
      const recordStart = pos;
      const firstCell = cellCount;
      let spanned = 0;
      let complete = true;
      for (;;) {
        if (2 * cellCount + 2 > cells.length) cells = grow(cells);
        if (text.charCodeAt(pos) === QUOTE) {
          const open = pos;
          let search = pos + 1;
          let escaped = false;
          let close = -1;
          let after = length;
          for (;;) {
            const quote = text.indexOf('"', search);
            if (quote < 0) break;
            if (text.charCodeAt(quote + 1) === QUOTE) {
              escaped = true;
              search = quote + 2;
              continue;
            }
            after = quote + 1;
            while (after < length && isPadding(text.charCodeAt(after), this.delimiterCode)) after++;
            if (after >= length && !final) break; // cannot tell yet whether this quote closes the cell
            const next = after < length ? text.charCodeAt(after) : -1;
            if (next === -1 || next === this.delimiterCode || isLineEnd(text, after, newline)) {
              close = quote;
              break;
            }
            escaped = true; // a stray quote inside the quoted cell stays as a character
            this.warnings?.add(
              'malformed-quote',
              'A quote inside a quoted cell is not doubled; it was kept as a character.',
              { line: this.line + rowCount + extraLines + spanned },
            );
            search = quote + 1;
          }
          if (close < 0) {
            if (!final) {
              complete = false;
              break;
            }
            this.warnings?.add(
              'unterminated-quote',
              'A quoted cell is not closed; it extends to the end of the file.',
              { line: this.line + rowCount + extraLines + spanned },
            );
            close = length;
            after = length;
          }
          spanned += countLineBreaks(text, open + 1, close, newline);
          cells[2 * cellCount] = open + 1;
          cells[2 * cellCount + 1] = escaped ? ~close : close;
          cellCount++;
          pos = after;
        } else {
          // Unquoted cell: up to the next delimiter or line end; quotes inside are characters.
          let end = text.indexOf(delimiter, pos);
          let lineBreak = text.indexOf(newline, pos);
          if (lineBreak < 0) lineBreak = length;
          if (end < 0 || end > lineBreak) end = lineBreak;
          let contentEnd = end;
          if (end === lineBreak && crlfAware && contentEnd > pos && text.charCodeAt(contentEnd - 1) === CR)
            contentEnd--;
          cells[2 * cellCount] = pos;
          cells[2 * cellCount + 1] = contentEnd;
          cellCount++;
          pos = end;
          if (end === length && !final) {
            complete = false;
            break;
          }
        }
        // After a cell: a delimiter continues the record, a line end (or the end of text) finishes it.
        if (pos < length && text.charCodeAt(pos) === this.delimiterCode) {
          pos++;
          if (pos >= length) {
            if (!final) {
              complete = false;
              break;
            }
            if (2 * cellCount + 2 > cells.length) cells = grow(cells);
            cells[2 * cellCount] = pos;
            cells[2 * cellCount + 1] = pos;
            cellCount++;
          }
          if (pos < length) continue;
        }
        break;
      }
      if (!complete) {
        cellCount = firstCell;
        pos = recordStart;
        break;
      }
      rowStart[rowCount++] = firstCell;
      if (pos < length) pos = skipLineEnd(text, pos, newline);
      if (spanned) {
        extraLines += spanned;
        lineShifts.push(rowCount, extraLines);
      }
    }
    if (rowCount + 1 > rowStart.length) rowStart = grow(rowStart);
    rowStart[rowCount] = cellCount;
    this.line += rowCount + extraLines;
    return {
      batch: {
        text,
        cells,
        rowStart,
        rows: rowCount,
        firstLine,
        lines: rowCount + extraLines,
        lineShifts,
      },
      rest: pos,
    };
  }
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

function isLineEnd(text: string, at: number, newline: string): boolean {
  const code = text.charCodeAt(at);
  if (newline === '\r') return code === CR;
  return code === LF || (code === CR && (at + 1 === text.length || text.charCodeAt(at + 1) === LF));
}

/** Blanks between a closing quote and the delimiter are dropped (as common parsers do), unless a delimiter. */
function isPadding(code: number, delimiterCode: number): boolean {
  return (code === SPACE || code === TAB) && code !== delimiterCode;
}

function skipLineEnd(text: string, at: number, newline: string): number {
  if (newline === '\n' && text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF) return at + 2;
  return at + 1;
}

function countLineBreaks(text: string, from: number, to: number, newline: string): number {
  let count = 0;
  for (let i = text.indexOf(newline, from); i >= 0 && i < to; i = text.indexOf(newline, i + 1)) count++;
  return count;
}
