import type { FieldType } from '../types.js';

/** What the parsers read: text, bytes, a Blob/File, or a stream of bytes (e.g. `response.body`). */
export type ParseInput = string | Uint8Array | ArrayBuffer | Blob | ReadableStream<Uint8Array>;

/** Progress of a parse, reported through {@link ParseOptions.onProgress}. */
export interface ParseProgress {
  /** Bytes read so far (characters, for string input). */
  bytesRead: number;
  /** Total size when known (Blob size, Content-Length, {@link ParseOptions.totalBytes}). */
  totalBytes?: number;
  /** Records tokenized so far. */
  rows: number;
}

/** Options every parser takes. */
export interface ParseOptions {
  /**
   * The text encoding, e.g. `windows-1252`. Overrides detection. Without it the encoding comes from
   * `contentType`'s charset, then a byte-order mark, then strict UTF-8, else Windows-1252.
   */
  encoding?: string;
  /** The source's Content-Type, e.g. `text/csv; charset=iso-8859-1`: its charset is the declared encoding. */
  contentType?: string;
  /** Where the input came from; becomes `source.url` of the result. */
  url?: string;
  /** Called while reading, at most a few times per megabyte. */
  onProgress?: (progress: ParseProgress) => void;
  /** Aborts the parse; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Total input size for progress reports when the input is a stream. */
  totalBytes?: number;
  /**
   * In browsers, parse large inputs in a Worker so the page stays responsive (`'auto'`, the default, does so
   * above 1 MB when the Worker script is same-origin). `false` always parses on the calling thread.
   */
  worker?: boolean | 'auto';
}

/** Per-column settings that override type inference. */
export interface ColumnSchema {
  type: FieldType;
  /** Decimal mark of numbers in this column. */
  decimal?: ',' | '.';
  /** Thousands separator of numbers in this column (`''` for none). */
  thousands?: '.' | ',' | ' ' | "'" | '';
  /** Date order of `1/2/2024`-style dates in this column. */
  dateOrder?: 'dmy' | 'mdy';
}

/** Where the coordinates of a CSV are, when detection by column name should not decide. */
export type CoordinateColumns =
  | { lat: string; lon: string; crs?: string }
  | { x: string; y: string; crs: string }
  | { wkt: string; crs?: string };

/** Options of {@link parseCsv}. */
export interface CsvOptions extends ParseOptions {
  /** The field delimiter (one character). Detected among `;`, `,`, tab and `|` when omitted. */
  delimiter?: string;
  /**
   * The header row: its 0-based record index, `false` for a file without header, or `'auto'` (default) to
   * detect it after any preamble, including statistical exports whose header spans several rows.
   */
  header?: number | 'auto' | false;
  /** With a numeric `header`: how many rows the header spans (default 1); their texts are joined per column. */
  headerRows?: number;
  /** Number of records to skip before the header (preamble); detected when omitted. */
  skip?: number;
  /** Number of trailing records that are footnotes, not data; `'auto'` (default) detects them, `0` keeps all. */
  footer?: number | 'auto';
  /**
   * `false`: every cell is the exact text after decoding and unquoting (missing cells of short rows are
   * `null`). Default `true`: each column's type is inferred from all its values.
   */
  types?: boolean;
  /** Column types by column name; they win over inference. */
  schema?: Record<string, FieldType | ColumnSchema>;
  /** Decimal mark of all numeric columns; settles ambiguous columns such as `203.726`. */
  decimal?: ',' | '.';
  /** Thousands separator of all numeric columns (`''` for none). */
  thousands?: '.' | ',' | ' ' | "'" | '';
  /**
   * Coordinates to turn into a `geometry` column: `'auto'` (default) finds lat/lon column pairs by name
   * and WKT columns; `false` adds no geometry; or name the columns.
   */
  coordinates?: 'auto' | false | CoordinateColumns;
}

/** Options of {@link parseJson}. */
export interface JsonOptions extends ParseOptions {
  /** `false`: keep every JSON value as it is; default: infer types of columns whose values are strings. */
  types?: boolean;
  /** Column types by (flattened) column name; they win over inference. */
  schema?: Record<string, FieldType | ColumnSchema>;
  /**
   * A path to the records inside the document, e.g. `result.records`; found automatically when omitted
   * (top-level arrays, CKAN `result.records`, Opendatasoft `results`/`records`, GeoJSON `features`).
   */
  recordsPath?: string;
}

/** Options of {@link parseGeoJson}. */
export interface GeoJsonOptions extends ParseOptions {
  /**
   * The coordinate reference system of the source when the file does not declare it, e.g. `EPSG:25832`.
   * It also overrides a declared one.
   */
  crs?: string;
  /**
   * The area the data is expected in, `[west, south, east, north]` in degrees, used to detect swapped
   * latitude/longitude. Default: Germany with a margin. `null` disables the check.
   */
  expectedBounds?: [number, number, number, number] | null;
}
