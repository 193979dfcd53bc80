import type { Table } from '../../types.js';
import { ByteDecoder } from '../input/decode.js';
import { inputChunks, throwIfAborted, yieldToEventLoop } from '../input/byte-source.js';
import { rejectBinary } from '../input/sniff.js';
import type { CsvOptions, ParseInput } from '../options.js';
import { WarningCollector } from '../warnings.js';
import { CsvReader } from './csv-reader.js';
import { checkCsvOptions } from './check-options.js';

/**
 * Reads CSV on the calling thread: decodes, detects the dialect and layout, tokenizes piece by piece
 * (reporting progress and honouring the abort signal between pieces) and infers column types.
 * {@link parseCsv} is the public entry point; it may hand large inputs to a Worker that calls this.
 */
export async function readCsv(input: ParseInput, options: CsvOptions = {}): Promise<Table> {
  checkCsvOptions(options);
  throwIfAborted(options.signal);
  const warnings = new WarningCollector();
  const source = inputChunks(input, options);
  const reader = new CsvReader(options, warnings);
  const decoder = source.kind === 'bytes' ? new ByteDecoder(options, warnings, 'csv') : undefined;
  let bytesRead = 0;
  for await (const chunk of source.chunks) {
    // Let the page breathe between pieces (browsers' main thread only); none before the first.
    if (bytesRead > 0) await yieldToEventLoop();
    if (decoder) {
      if (bytesRead === 0) rejectBinary(chunk as Uint8Array, 'csv');
      reader.push(decoder.decode(chunk as Uint8Array, false), false);
    } else reader.push(chunk as string, false);
    bytesRead += chunk.length;
    options.onProgress?.({ bytesRead, totalBytes: source.total, rows: reader.records });
    throwIfAborted(options.signal);
  }
  reader.push(decoder ? decoder.decode(new Uint8Array(0), true) : '', true);
  throwIfAborted(options.signal);
  if (decoder && decoder.source === 'detected' && decoder.encoding !== 'utf-8')
    warnings.add('encoding-detected', `The file is not valid UTF-8 and was read as ${decoder.encoding}.`);
  const meta = decoder
    ? { encoding: decoder.encoding, encodingSource: decoder.source, bytes: bytesRead }
    : { bytes: bytesRead };
  return reader.finish(meta, options.url ?? '');
}
