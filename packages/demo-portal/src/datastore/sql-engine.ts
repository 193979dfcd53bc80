/** The PostgreSQL the DataStore runs on: PGlite in-process by default. */

/** A result column: name and PostgreSQL type name (`int4`, `numeric`, `text`, `timestamp` …). */
export interface ResultColumn {
  name: string;
  type: string;
}

/** Rows as arrays, in column order. */
export interface ArrayResult {
  columns: ResultColumn[];
  rows: unknown[][];
}

/** What the DataStore needs from a PostgreSQL connection. */
export interface SqlEngine {
  /** Human-readable engine name for `status_show`, e.g. `PGlite 0.5.17 (PostgreSQL 18.7)`. */
  readonly description: string;
  /** Runs one parameterized statement; values come back as PostgreSQL's text output (JSON parsed). */
  query(sql: string, params?: unknown[]): Promise<ArrayResult>;
  /** Runs one statement in a read-only transaction (for user SQL). */
  queryReadOnly(sql: string): Promise<ArrayResult>;
  /** Runs SQL without parameters (may hold several statements). */
  exec(sql: string): Promise<void>;
  /** Bulk-loads CSV text (no header, `NULL` = unquoted empty field) into the given columns of a table. */
  copyCsv(table: string, columns: string[], csv: string): Promise<void>;
  close(): Promise<void>;
}

/** A quoted PostgreSQL identifier (CKAN's `identifier()`). */
export function identifier(name: string): string {
  return `"${name.replaceAll('"', '""').replaceAll('\0', '')}"`;
}

/** A PostgreSQL string literal (CKAN's `literal_string()`). */
export function literal(text: string): string {
  return `'${text.replaceAll("'", "''").replaceAll('\0', '')}'`;
}
