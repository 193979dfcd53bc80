import { ParseError } from '../../errors.js';

type Format = 'csv' | 'json' | 'geojson';

/** Names a binary file format from its first bytes, or returns `undefined` for what may be text. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04))
    return 'a ZIP archive (also XLSX/ODS spreadsheets and zipped shapefiles)';
  if (starts(0x1f, 0x8b)) return 'gzip-compressed data';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF document';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'an old Excel (XLS) or Office document';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46))
    return 'an image';
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16) for (let i = 0; i < Math.min(bytes.length, 4096); i++) if (bytes[i] === 0) return 'binary data';
  return undefined;
}

/** Throws a ParseError when the first bytes are a binary format rather than text. */
export function rejectBinary(bytes: Uint8Array, format: Format): void {
  const kind = binaryKind(bytes);
  if (kind)
    throw new ParseError(`Cannot read ${format.toUpperCase()}: the file is ${kind}, not text.`, { format });
}

/** Throws a ParseError when the text is an HTML page (a portal's error or login page) instead of data. */
export function rejectHtml(text: string, format: Format): void {
  const head = text.slice(0, 512).trimStart().toLowerCase();
  if (/^<(!doctype html|html|head|body)\b/.test(head)) {
    throw new ParseError(
      `Cannot read ${format.toUpperCase()}: received an HTML page instead (often a portal error or login page).`,
      { format, line: 1, column: 1 },
    );
  }
}
