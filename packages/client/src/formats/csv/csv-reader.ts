import type { SourceMeta, Table } from '../../types.js';
import { ColumnProfile } from '../infer/column-profile.js';
import type { ColumnType } from '../infer/column-type.js';
import { rejectHtml } from '../input/sniff.js';
import type { CsvOptions } from '../options.js';
import type { WarningCollector } from '../warnings.js';
import { measureBody, type BodyRange } from './body-shape.js';
import { buildRows } from './build-rows.js';
import { planColumns } from './column-plan.js';
import { sampleProfiles } from './sample-profiles.js';
import { tuning } from './tuning.js';
import { detectDelimiter, detectLineEnding, excelSeparatorLine, SNIFF_CHARS } from './dialect.js';
import { generatedName, uniqueNames } from './header-names.js';
import {
  combineHeaderRows,
  detectFooter,
  detectHeader,
  detectPreamble,
  isBlankRecord,
  modalWidth,
} from './layout.js';
import { addCoordinateGeometry } from './coordinates.js';
import { lineOfRow, rowTexts, Tokenizer, type CellBatch, type LineEnding } from './tokenizer.js';
import { reportDamagedText } from './text-checks.js';

/** `text` without its first `count` lines. */
function withoutLines(text: string, count: number, lineEnding: LineEnding): string {
  let start = 0;
  for (let i = 0; i < count && start >= 0; i++) {
    const next = text.indexOf(lineEnding, start);
    start = next < 0 ? -1 : next + lineEnding.length;
  }
  return start < 0 ? '' : text.slice(start);
}

/** Records looked at to find preamble and header; footers are looked for among the last TAIL records. */
const SAMPLE_RECORDS = 1000;
const TAIL_RECORDS = 60;

/**
 * Reads CSV text piece by piece: detects the dialect on the first 64 KB, tokenizes each piece into cell
 * boundaries as it arrives, and at the end finds the table's layout, infers column types from all values
 * and builds the {@link Table}.
 */
export class CsvReader {
  /** Records tokenized so far. */
  records = 0;
  private head = '';
  private started = false;
  private pending = '';
  private tokenizer: Tokenizer | undefined;
  private delimiter: string | undefined;
  private lineEnding: LineEnding = '\n';
  private confidence: number | undefined;
  private readonly batches: CellBatch[] = [];

  constructor(
    private readonly options: CsvOptions,
    private readonly warnings: WarningCollector,
  ) {
    this.delimiter = options.delimiter;
  }

  push(text: string, final: boolean): void {
    if (!this.started) {
      this.head += text;
      if (this.head.length < 16 && !final) return;
      text = this.begin(this.head);
      this.head = '';
    }
    this.pending = this.pending ? this.pending + text : text;
    if (!this.tokenizer) {
      if (this.pending.length < SNIFF_CHARS && !final) return;
      this.detectDialect(this.pending.slice(0, SNIFF_CHARS));
    }
    const { batch, rest } = this.tokenizer!.tokenize(this.pending, final);
    reportDamagedText(batch, final ? batch.text.length : rest, this.warnings);
    if (batch.rows) {
      this.batches.push(batch);
      this.records += batch.rows;
    }
    this.pending = final ? '' : this.pending.slice(rest);
  }

  /** The first characters: a BOM left in string input, an HTML page, Excel's `sep=` line. */
  private begin(text: string): string {
    this.started = true;
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    rejectHtml(text, 'csv');
    const directive = excelSeparatorLine(text);
    if (directive) {
      this.delimiter ??= directive.delimiter;
      text = text.slice(directive.length);
    }
    return text;
  }

  private detectDialect(sample: string): void {
    this.lineEnding = detectLineEnding(sample);
    if (!this.delimiter) {
      // Lines the options put above the table do not take part in the vote.
      const above = typeof this.options.header === 'number' ? this.options.header : (this.options.skip ?? 0);
      const detected = detectDelimiter(withoutLines(sample, above, this.lineEnding), this.lineEnding);
      this.delimiter = detected.delimiter;
      this.confidence = detected.confidence;
      this.warnings.add(
        'delimiter-detected',
        `Delimiter "${detected.delimiter === '\t' ? '\\t' : detected.delimiter}" detected with confidence ${detected.confidence}.`,
      );
    }
    this.tokenizer = new Tokenizer(this.delimiter, this.lineEnding, this.warnings);
  }

  /** The first `count` records (or the records from `from`) as strings. */
  private recordTexts(from: number, count: number): string[][] {
    const out: string[][] = [];
    let offset = 0;
    for (const batch of this.batches) {
      for (let r = Math.max(0, from - offset); r < batch.rows && out.length < count; r++)
        out.push(rowTexts(batch, r));
      offset += batch.rows;
      if (out.length >= count) break;
    }
    return out;
  }

  /** Data records between `from` and `to` (global record indices), batch by batch. */
  private ranges(from: number, to: number): BodyRange[] {
    const ranges: BodyRange[] = [];
    let offset = 0;
    for (const batch of this.batches) {
      const start = Math.max(from - offset, 0);
      const end = Math.min(to - offset, batch.rows);
      if (start < end) ranges.push({ batch, from: start, to: end });
      offset += batch.rows;
    }
    return ranges;
  }

  private lineOf(record: number): number | undefined {
    let offset = 0;
    for (const batch of this.batches) {
      if (record < offset + batch.rows) return lineOfRow(batch, record - offset);
      offset += batch.rows;
    }
    return undefined;
  }

  /** Builds the table once all text was pushed. */
  finish(meta: SourceMeta, url: string): Table {
    const options = this.options;
    const total = this.records;
    const headerOption = options.header ?? 'auto';
    const sample = this.recordTexts(
      0,
      Math.max(SAMPLE_RECORDS, typeof headerOption === 'number' ? headerOption + 10 : 0),
    );
    let headerStart: number;
    let headerRows: number;
    if (typeof headerOption === 'number') {
      headerStart = headerOption;
      headerRows = Math.max(1, options.headerRows ?? 1);
    } else {
      headerStart = options.skip ?? detectPreamble(sample);
      headerRows = headerOption === false ? 0 : detectHeader(sample, headerStart).headerRows;
    }
    const bodyStart = Math.min(headerStart + headerRows, total);
    const headerCells = headerRows
      ? combineHeaderRows(sample.slice(headerStart, headerStart + headerRows))
      : [];
    const bodySample = sample.slice(bodyStart).filter((row) => !isBlankRecord(row));
    const headerWidth = headerRows ? headerCells.length : Math.max(1, modalWidth(bodySample));

    let footer = 0;
    const tailStart = Math.max(bodyStart, total - TAIL_RECORDS);
    const tail = this.recordTexts(tailStart, total - tailStart);
    if (typeof options.footer === 'number') footer = Math.min(options.footer, total - bodyStart);
    else if (tail.length) {
      const firstColumn = new ColumnProfile();
      for (const row of bodySample.slice(0, 200)) firstColumn.addValue(row[0] ?? '');
      footer = Math.min(detectFooter(tail, headerWidth, firstColumn.kinds), tail.length);
    }
    const notes = (rows: string[][]) =>
      rows
        .filter((row) => !isBlankRecord(row))
        .map((row) => row.join(this.delimiter).replace(/[;,\t|]+$/, ''));
    const preamble = notes(sample.slice(0, headerStart));
    const footerLines = notes(tail.slice(tail.length - footer));
    if (preamble.length)
      this.warnings.add(
        'preamble',
        `${preamble.length} line(s) above the table were set aside (meta.preamble).`,
        {
          line: 1,
        },
      );
    if (footerLines.length)
      this.warnings.add(
        'footer',
        `${footerLines.length} line(s) below the table were set aside (meta.footer).`,
        {
          line: this.lineOf(total - footer),
        },
      );

    const types = options.types !== false;
    const ranges = this.ranges(bodyStart, total - footer);
    const shape = measureBody(ranges, headerWidth, !types, this.warnings);
    const rawNames = [...headerCells];
    for (let j = rawNames.length; j < shape.width; j++) rawNames.push(headerRows ? '' : generatedName(j));
    const headerLine = headerRows ? this.lineOf(headerStart) : undefined;
    const names = uniqueNames(rawNames, this.warnings, headerLine);
    const typeOptions = { ...options, delimiter: this.delimiter };
    const profiles = types ? sampleProfiles(ranges, headerWidth, shape.width, tuning.sampleRows) : [];
    const plans = planColumns(profiles, names, typeOptions, shape.rows <= tuning.sampleRows, this.warnings);
    const built = buildRows(
      ranges,
      headerWidth,
      shape.width,
      shape.rows,
      plans,
      names,
      typeOptions,
      this.warnings,
    );
    const columnTypes: ColumnType[] = built.types;
    const rows = built.rows;
    const fields = names.map((name, j) => ({
      name,
      type: columnTypes[j].type,
      ...(columnTypes[j].format && { format: columnTypes[j].format }),
    }));
    if (types && options.coordinates !== false) addCoordinateGeometry(fields, rows, options, this.warnings);
    return {
      fields,
      rows,
      total: rows.length,
      exact: true,
      source: { pushedDown: false, method: 'file', url },
      warnings: this.warnings.list(),
      meta: {
        ...meta,
        delimiter: this.delimiter,
        lineEnding: this.lineEnding,
        headerRow: headerRows ? headerStart : -1,
        headerRows,
        ...(this.confidence !== undefined && { confidence: this.confidence }),
        ...(preamble.length && { preamble }),
        ...(footerLines.length && { footer: footerLines }),
      },
    };
  }
}
