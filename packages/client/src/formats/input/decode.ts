import { ParseError } from '../../errors.js';
import type { SourceMeta } from '../../types.js';
import type { WarningCollector } from '../warnings.js';
import { decodeUtf8WithFallback, firstNonAscii, incompleteUtf8Tail, utf8SequenceLength } from './utf8.js';

/** How the encoding was determined (see {@link SourceMeta.encodingSource}). */
export type EncodingSource = NonNullable<SourceMeta['encodingSource']>;

/** Labels that name a single-byte Western encoding; all decode as Windows-1252 (WHATWG Encoding). */
const WESTERN_SINGLE_BYTE = new Set(['windows-1252', 'iso-8859-1', 'iso-8859-15', 'us-ascii']);

/** The charset parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const match = contentType && /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return match ? match[1].toLowerCase() : undefined;
}

/** A TextDecoder for a label, or a ParseError naming the unknown label. */
function decoderFor(label: string, format: 'csv' | 'json' | 'geojson'): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    throw new ParseError(`Unknown text encoding "${label}".`, { format });
  }
}

type Mode = 'undecided' | 'utf-8' | 'other';

/**
 * Turns bytes into text, chunk by chunk, choosing the encoding by the rules of the parsers: an explicit
 * option wins; otherwise the declared charset, a byte-order mark, strict UTF-8, else Windows-1252. The
 * decision falls at the first non-ASCII byte (everything before it reads the same in both), so streamed
 * and whole inputs decode identically. Bytes are never replaced by U+FFFD: a file that starts as valid UTF-8
 * and breaks later keeps its invalid bytes as Windows-1252 characters, with a warning.
 */
export class ByteDecoder {
  encoding = 'utf-8';
  source: EncodingSource = 'detected';
  /** 1 when the encoding was given or marked, lower when it was inferred from few bytes. */
  confidence = 1;
  private mode: Mode = 'undecided';
  private other?: TextDecoder;
  private readonly strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private started = false;
  private held: Uint8Array | undefined;
  private bytesSeen = 0;
  private declaredSingleByte = false;

  constructor(
    private readonly options: { encoding?: string; contentType?: string },
    private readonly warnings: WarningCollector,
    private readonly format: 'csv' | 'json' | 'geojson',
  ) {}

  /** Decodes the next chunk; `final` flushes what was held back. */
  decode(chunk: Uint8Array, final: boolean): string {
    let bytes = chunk;
    if (this.held) {
      bytes = new Uint8Array(this.held.length + chunk.length);
      bytes.set(this.held);
      bytes.set(chunk, this.held.length);
      this.held = undefined;
    }
    if (!this.started) {
      if (bytes.length < 3 && !final) {
        this.held = bytes;
        return '';
      }
      this.started = true;
      bytes = this.begin(bytes);
    }
    const offset = this.bytesSeen;
    this.bytesSeen += bytes.length;
    if (this.mode === 'other') return this.other!.decode(bytes, { stream: !final });
    if (!final) {
      const tail = incompleteUtf8Tail(bytes);
      if (tail) {
        this.held = bytes.slice(bytes.length - tail);
        bytes = bytes.subarray(0, bytes.length - tail);
        this.bytesSeen -= tail;
      }
    }
    return this.decodeUtf8(bytes, offset);
  }

  /** Looks at the first bytes: byte-order mark, then option, then declared charset. Returns the content bytes. */
  private begin(bytes: Uint8Array): Uint8Array {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8'
      : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be'
      : undefined; // prettier-ignore
    const declared = charsetOf(this.options.contentType);
    if (this.options.encoding) {
      this.other = decoderFor(this.options.encoding, this.format);
      this.useOther('option');
      if (bom && bom !== this.encoding)
        this.warnings.add(
          'encoding-conflict',
          `The file starts with a ${bom} byte-order mark, but encoding ${this.encoding} was requested; decoded as requested.`,
        );
      if (this.encoding === 'utf-8') {
        this.mode = 'utf-8';
        return bom === 'utf-8' ? bytes.subarray(3) : bytes;
      }
      return bytes;
    }
    if (bom) {
      if (declared && decoderFor(declared, this.format).encoding !== bom)
        this.warnings.add(
          'encoding-conflict',
          `The server declared charset ${declared}, but the file starts with a ${bom} byte-order mark; decoded as ${bom}.`,
        );
      this.source = 'bom';
      if (bom === 'utf-8') {
        this.mode = 'utf-8';
        this.encoding = 'utf-8';
        return bytes.subarray(3);
      }
      this.other = new TextDecoder(bom);
      this.useOther('bom');
      return bytes;
    }
    if (declared) {
      const decoder = decoderFor(declared, this.format);
      this.source = 'declared';
      if (decoder.encoding === 'utf-8') {
        this.mode = 'utf-8';
        return bytes;
      }
      this.other = decoder;
      this.useOther('declared');
      // A server's default charset is often wrong; a Western single-byte declaration is checked against the
      // bytes at the first non-ASCII character (see decodeUtf8 for the mirror case).
      this.declaredSingleByte = WESTERN_SINGLE_BYTE.has(declared) || decoder.encoding === 'windows-1252';
      if (this.declaredSingleByte) this.mode = 'undecided';
      return bytes;
    }
    return bytes;
  }

  private useOther(source: EncodingSource): void {
    this.mode = 'other';
    this.source = source;
    this.encoding = this.other!.encoding;
  }

  private decodeUtf8(bytes: Uint8Array, offset: number): string {
    if (this.mode === 'undecided') {
      // ASCII reads the same in every candidate; strict UTF-8 tells it by length (one char per byte) at
      // native speed, and only otherwise is the first non-ASCII byte looked for.
      let text: string | undefined;
      try {
        text = this.strictUtf8.decode(bytes);
        if (text.length === bytes.length) return text;
      } catch {
        text = undefined;
      }
      const mode = this.decide(bytes, firstNonAscii(bytes));
      if (mode === 'other') return this.other!.decode(bytes, { stream: true });
      if (text !== undefined) return text;
    }
    try {
      return this.strictUtf8.decode(bytes);
    } catch {
      const lenient = decodeUtf8WithFallback(bytes);
      const where = `at byte ${offset + lenient.firstInvalid}`;
      this.warnings.add(
        'invalid-utf8',
        this.source === 'declared'
          ? `The file is declared UTF-8 but has bytes that are not valid UTF-8 (first ${where}); they were read as Windows-1252 characters.`
          : `The file is UTF-8 but has bytes that are not valid UTF-8 (first ${where}), probably edited with another encoding; they were read as Windows-1252 characters.`,
        {},
        lenient.invalidBytes,
      );
      return lenient.text;
    }
  }

  /** Decides between UTF-8 and Windows-1252 at the first non-ASCII byte. */
  private decide(bytes: Uint8Array, nonAscii: number): Mode {
    this.pickMode(bytes, nonAscii);
    return this.mode;
  }

  private pickMode(bytes: Uint8Array, nonAscii: number): void {
    const validUtf8 = utf8SequenceLength(bytes, nonAscii) > 1;
    if (this.declaredSingleByte) {
      if (validUtf8 && isStrictUtf8(bytes)) {
        this.warnings.add(
          'encoding-conflict',
          `The server declared charset ${this.encoding}, but the bytes are valid UTF-8 with multi-byte characters; decoded as UTF-8.`,
        );
        this.mode = 'utf-8';
        this.encoding = 'utf-8';
        this.source = 'detected';
      } else this.mode = 'other';
      return;
    }
    if (validUtf8) {
      this.mode = 'utf-8';
      this.encoding = 'utf-8';
    } else {
      this.other = new TextDecoder('windows-1252');
      this.mode = 'other';
      this.encoding = 'windows-1252';
    }
    this.source = 'detected';
  }
}

function isStrictUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
