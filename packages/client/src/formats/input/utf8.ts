// Byte-level UTF-8 helpers for the cases TextDecoder cannot answer: where a chunk must be cut so no character
// is split, and how to decode a file that is UTF-8 in one place and Windows-1252 in another without losing a
// byte (invalid bytes become their Windows-1252 characters instead of U+FFFD).

/** Number of bytes at the end of `bytes` that start a UTF-8 sequence the chunk does not complete (0–3). */
export function incompleteUtf8Tail(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let i = length - 1; i >= 0 && i >= length - 3; i--) {
    const byte = bytes[i];
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back for the lead byte
    if (byte < 0xc0) return 0;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return length - i < needed ? length - i : 0;
  }
  return 0;
}

/** Length of the valid UTF-8 sequence starting at `i` (1–4), or 0 when the bytes there are not valid UTF-8. */
export function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i];
  if (b0 < 0x80) return 1;
  const cont = (k: number) => i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const b1 = bytes[i + 1];
    if (b0 === 0xe0 && b1 < 0xa0) return 0; // overlong
    if (b0 === 0xed && b1 >= 0xa0) return 0; // surrogates
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const b1 = bytes[i + 1];
    if (b0 === 0xf0 && b1 < 0x90) return 0; // overlong
    if (b0 === 0xf4 && b1 >= 0x90) return 0; // beyond U+10FFFF
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** Index of the first byte ≥ 0x80, or -1 for pure ASCII. */
export function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return i;
  return -1;
}

let windows1252: string[] | undefined;

/** The Windows-1252 character of each byte value (WHATWG mapping; 0x81, 0x8D … map to C1 controls). */
function windows1252Table(): string[] {
  if (!windows1252) {
    const all = new Uint8Array(256).map((_, i) => i);
    windows1252 = [...new TextDecoder('windows-1252').decode(all)];
  }
  return windows1252;
}

/** Result of {@link decodeUtf8WithFallback}. */
export interface LenientDecoding {
  text: string;
  /** Bytes that were not valid UTF-8 and were read as Windows-1252. */
  invalidBytes: number;
  /** Byte offset of the first such byte, or -1. */
  firstInvalid: number;
}

/**
 * Decodes UTF-8, reading each byte that is not part of a valid UTF-8 sequence as Windows-1252. Used for files
 * that mix both encodings (edited with different tools); the result keeps every byte as a character.
 */
export function decodeUtf8WithFallback(bytes: Uint8Array): LenientDecoding {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  const table = windows1252Table();
  const parts: string[] = [];
  let runStart = 0;
  let invalidBytes = 0;
  let firstInvalid = -1;
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length) {
      i += length;
      continue;
    }
    if (i > runStart) parts.push(utf8.decode(bytes.subarray(runStart, i)));
    parts.push(table[bytes[i]]);
    if (firstInvalid < 0) firstInvalid = i;
    invalidBytes++;
    i++;
    runStart = i;
  }
  if (runStart < bytes.length) parts.push(utf8.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), invalidBytes, firstInvalid };
}
