import { ParseError } from '../../errors.js';
import type { SourceMeta } from '../../types.js';
import { throwIfAborted } from '../input/byte-source.js';
import { readWhole } from '../input/byte-source.js';
import { ByteDecoder } from '../input/decode.js';
import { rejectBinary, rejectHtml } from '../input/sniff.js';
import type { ParseInput, ParseOptions } from '../options.js';
import type { WarningCollector } from '../warnings.js';
import { jsonErrorOffset } from './locate-error.js';

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** A parsed JSON document with the facts about its source. */
export interface JsonDocument {
  value: unknown;
  text: string;
  meta: SourceMeta;
}

/**
 * Reads and parses a whole JSON document: bytes are decoded like CSV (declared charset, BOM, strict UTF-8,
 * else Windows-1252), binary files and HTML pages are refused, and invalid JSON fails with a ParseError
 * naming line and column.
 */
export async function readJsonDocument(
  input: ParseInput,
  options: ParseOptions,
  warnings: WarningCollector,
  format: 'json' | 'geojson',
): Promise<JsonDocument> {
  throwIfAborted(options.signal);
  const whole = await readWhole(input, options);
  throwIfAborted(options.signal);
  let text: string;
  const meta: SourceMeta = {};
  if (typeof whole === 'string') {
    text = whole.charCodeAt(0) === 0xfeff ? whole.slice(1) : whole;
    meta.bytes = whole.length;
  } else {
    rejectBinary(whole, format);
    const decoder = new ByteDecoder(options, warnings, format);
    text = decoder.decode(whole, true);
    Object.assign(meta, {
      encoding: decoder.encoding,
      encodingSource: decoder.source,
      bytes: whole.byteLength,
    });
  }
  rejectHtml(text, format);
  if (text.includes('\ufffd'))
    warnings.add(
      'replacement-character',
      'The file already contains U+FFFD replacement characters (�): characters were lost before odw read it.',
    );
  try {
    return { value: JSON.parse(text), text, meta };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const where = lineAndColumn(text, jsonErrorOffset(text));
    throw new ParseError(
      `Invalid ${format === 'geojson' ? 'GeoJSON' : 'JSON'} at line ${where.line}, column ${where.column}: ${message}`,
      { format, cause, ...where },
    );
  }
}
