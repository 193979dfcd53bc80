/**
 * The shared data model of odw: what every portal adapter, parser and widget speaks.
 *
 * @module
 */

/** The portal software a portal connection talks to. */
export type PortalType = 'ckan' | 'dkan' | 'ods';

/**
 * The type of a column after normalization.
 *
 * - `text`: any string; codes with leading zeros (AGS `05170024`, PLZ) always stay text.
 * - `integer`, `number`: JavaScript numbers in cells.
 * - `boolean`: `true` / `false` in cells.
 * - `date`: cells hold an ISO date string `YYYY-MM-DD`.
 * - `datetime`: cells hold an ISO 8601 string; an offset is kept when the source had one.
 * - `geometry`: cells hold a GeoJSON geometry object (WGS84).
 * - `json`: cells hold any JSON value (objects, arrays) the portal returned.
 */
export type FieldType = 'text' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'geometry' | 'json';

/** A value in a {@link Table} cell; `null` means missing. */
export type CellValue = string | number | boolean | null | GeoJsonGeometry | JsonValue;

/** Any JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A GeoJSON geometry (RFC 7946). Coordinates are WGS84 longitude, latitude. */
export interface GeoJsonGeometry {
  type:
    | 'Point'
    | 'MultiPoint'
    | 'LineString'
    | 'MultiLineString'
    | 'Polygon'
    | 'MultiPolygon'
    | 'GeometryCollection';
  coordinates?: unknown;
  geometries?: GeoJsonGeometry[];
}

/** One column of a {@link Table}. */
export interface Field {
  /** The column name exactly as the source names it (after making empty or duplicate names unique). */
  name: string;
  /** The normalized type of every value in the column. */
  type: FieldType;
  /** A human label, e.g. from a CKAN data dictionary. */
  label?: string;
  /** A description, e.g. from a CKAN data dictionary. */
  description?: string;
  /** A unit such as `°C` or `EUR`, when the source names one. */
  unit?: string;
  /** The type the portal reported (`int4`, `numeric`, `text`, ODS `double` …), for reference. */
  nativeType?: string;
  /**
   * How the source wrote the values when a parser converted them, e.g. `1.234,56` (German numbers),
   * `1,234.56`, `dd.mm.yyyy`, `m/d/yyyy`, `ja/nein`, `WKT`, `lat/lon`. Absent when values were taken as they are.
   */
  format?: string;
}

/** Where the rows of a {@link Table} came from and how they were computed. */
export interface TableSource {
  /** `true` when the portal computed the result (filter, sort, page, aggregate); `false` when odw did it locally. */
  pushedDown: boolean;
  /** The request URL that produced the rows (API keys redacted). */
  url: string;
  /** How the rows were obtained. */
  method: 'datastore_search' | 'datastore_search_sql' | 'ods_records' | 'ods_exports' | 'file';
  /** For local computation: how many source rows were read. */
  rowsRead?: number;
  /** For local computation: set when reading stopped at a cap, so the result covers only `rowsRead` rows. */
  rowCap?: number;
  /** When the portal produced the answer (ISO 8601); earlier than now when it came from odw's cache. */
  retrievedAt?: string;
  /** `true` when refreshing failed and these rows are the last good answer (show a "Stand" notice). */
  stale?: boolean;
}

/** A warning collected while reading data; nothing is dropped silently, so whatever was repaired is listed here. */
export interface DataWarning {
  /** A stable code, e.g. `ragged-row`, `renamed-header`, `replacement-character`, `encoding-guessed`. */
  code: string;
  /** A human-readable English message. */
  message: string;
  /** 1-based line in the source, when it applies. */
  line?: number;
  /** Name of the column concerned, when it applies. */
  field?: string;
  /** How many times the same warning occurred (warnings of one kind are folded together). */
  count?: number;
}

/** What a parser found out about the source file. */
export interface SourceMeta {
  /** The encoding used to decode the bytes (`utf-8`, `windows-1252` …). */
  encoding?: string;
  /** How the encoding was determined. */
  encodingSource?: 'option' | 'declared' | 'bom' | 'detected';
  /** The field delimiter of a CSV file. */
  delimiter?: string;
  /** The line ending of a CSV file. */
  lineEnding?: '\r\n' | '\n' | '\r';
  /**
   * 0-based index of the (first) header row among the source's records; equal to the line index unless a
   * quoted cell above it spans lines. `-1` when the file has no header row.
   */
  headerRow?: number;
  /** Number of header rows that were combined into the column names (statistical exports use several). */
  headerRows?: number;
  /** Lines above the table (title, notes of statistical exports), as text; kept so nothing is lost. */
  preamble?: string[];
  /** Lines below the table (footnotes, copyright), as text; kept so nothing is lost. */
  footer?: string[];
  /** Detection confidence between 0 and 1 for guessed properties. */
  confidence?: number;
  /** Bytes read. */
  bytes?: number;
  /** The source's coordinate reference system when a parser reprojected coordinates, e.g. `EPSG:25832`. */
  crs?: string;
}

/**
 * A rectangular result: the single shape every query and parser returns and every widget renders.
 *
 * `rows[i][j]` is the value of `fields[j]` in row `i`.
 */
export interface Table {
  fields: Field[];
  rows: CellValue[][];
  /** Total number of rows matching the query (not only those in `rows`); `undefined` when unknown. */
  total: number | undefined;
  /** `false` when `total` is an estimate or the result was computed from a capped number of rows. */
  exact: boolean;
  source: TableSource;
  /** Problems found and repaired while reading. */
  warnings?: DataWarning[];
  /** Facts about the source file (parsers only). */
  meta?: SourceMeta;
}

/** A licence, normalized from CKAN licence ids, DCAT-AP.de URIs or ODS metadata. */
export interface License {
  /** The portal's licence id, e.g. `dl-by-de/2.0` or `cc-by-4.0`. */
  id: string;
  /** The DCAT-AP.de licence URI when odw recognizes the licence, e.g. `http://dcat-ap.de/def/licenses/dl-by-de/2.0`. */
  uri?: string;
  title: string;
  /** The licence text's URL. */
  url?: string;
  /** Whether the licence requires naming the source. */
  attributionRequired: boolean;
  /** The text to show as attribution, e.g. `Stadt Köln, Datenlizenz Deutschland – Namensnennung – Version 2.0`. */
  attributionText?: string;
}

/** The organization (publisher) of a dataset. */
export interface Organization {
  id: string;
  name: string;
  title: string;
  description?: string;
  imageUrl?: string;
  datasetCount?: number;
  /** The portal record as received. */
  raw?: unknown;
}

/** A group or theme (CKAN group, DCAT theme, ODS theme). */
export interface Group {
  id: string;
  name: string;
  title: string;
  description?: string;
  datasetCount?: number;
  raw?: unknown;
}

/** One downloadable or queryable part of a dataset. */
export interface Resource {
  id: string;
  /** The dataset the resource belongs to. */
  datasetId: string;
  name: string;
  description?: string;
  /** Upper-case format, e.g. `CSV`, `GEOJSON`, `JSON`, `XLSX`. */
  format: string;
  url: string;
  mimetype?: string;
  /** Size in bytes when the portal knows it. */
  size?: number;
  /** `true` when the portal can answer queries on it (CKAN DataStore, ODS records API). */
  datastoreActive: boolean;
  created?: string;
  modified?: string;
  /** Position within the dataset's resources, 0-based. */
  position: number;
  raw?: unknown;
}

/** A dataset's metadata, normalized across portal types. */
export interface Dataset {
  id: string;
  /** The URL slug (CKAN `name`, ODS `dataset_id`). */
  name: string;
  title: string;
  /** Markdown as the portal has it (HTML where `descriptionFormat` says so); never rendered without the sanitizer. */
  description: string;
  /** The markup of `description`: CKAN and DKAN use Markdown, Opendatasoft HTML. Default `markdown`. */
  descriptionFormat?: 'markdown' | 'html';
  organization?: Organization;
  license?: License;
  created?: string;
  modified?: string;
  tags: string[];
  groups: Group[];
  /** Temporal coverage as ISO strings, where the portal records it. */
  temporal?: { start?: string; end?: string };
  /** Spatial coverage as a GeoJSON geometry, where the portal records it. */
  spatial?: GeoJsonGeometry;
  /** The dataset's human page on the portal. */
  pageUrl: string;
  resources: Resource[];
  /** The portal record as received (for fields odw does not map). */
  raw: unknown;
}

/** A comparison in a {@link Query}'s `where` list; all conditions must hold (AND). */
export interface Condition {
  field: string;
  op: '=' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'contains' | 'is null' | 'is not null';
  /** The comparison value; an array for `in`; omitted for `is null` / `is not null`. */
  value?: CellValue | CellValue[];
}

/** A sort key. */
export interface OrderBy {
  field: string;
  direction?: 'asc' | 'desc';
}

/** An aggregate over a group (or the whole result). */
export interface Aggregate {
  op: 'count' | 'sum' | 'avg' | 'min' | 'max';
  /** The field to aggregate; omitted for `count` of rows. */
  field?: string;
  /** Output column name; defaults to `op` or `op_field`. */
  as?: string;
}

/**
 * A query against one resource. Every part is optional; the empty query returns the first page of rows.
 * Invalid queries are rejected with a `QueryError` naming the bad part.
 */
export interface Query {
  /** Fields to return, in order. Default: all. */
  select?: string[];
  /** Conditions that must all hold. */
  where?: Condition[];
  /** Full-text search over all fields. */
  q?: string;
  orderBy?: OrderBy[];
  /** Maximum rows to return. */
  limit?: number;
  /** Rows to skip. */
  offset?: number;
  /** Group by these fields; combine with `aggregates`. */
  groupBy?: string[];
  aggregates?: Aggregate[];
}

/** A GeoJSON Feature (RFC 7946). */
export interface GeoJsonFeature {
  type: 'Feature';
  /** `null` for a feature without location, which RFC 7946 allows. */
  geometry: GeoJsonGeometry | null;
  properties: { [key: string]: JsonValue } | null;
  id?: string | number;
  bbox?: number[];
}

/** A GeoJSON FeatureCollection (RFC 7946): WGS84 longitude/latitude, no `crs` member. */
export interface GeoJsonFeatureCollection {
  type: 'FeatureCollection';
  features: GeoJsonFeature[];
  bbox?: number[];
}

/**
 * What {@link parseGeoJson} returns: the features in RFC 7946 form (WGS84, exterior rings counter-clockwise),
 * the coordinate reference system the source used, and what was repaired on the way.
 */
export interface GeoResult {
  collection: GeoJsonFeatureCollection;
  /** The source's CRS as detected or declared, e.g. `OGC:CRS84`, `EPSG:4326`, `EPSG:25832`, `EPSG:3857`. */
  crs: string;
  /** Problems found and repaired while reading (reprojection, rewound rings, swapped axes …). */
  warnings: DataWarning[];
  /** Where the features came from; `method` is `file`. */
  source: TableSource;
  /** Facts about the source file (encoding, bytes). */
  meta?: SourceMeta;
}
