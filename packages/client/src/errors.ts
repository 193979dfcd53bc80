/**
 * The typed errors of `@odw/client`. Every failure a caller can meet is one of these classes, so a widget
 * can name the cause and what to do. Each carries the request URL (API keys redacted) and the cause.
 *
 * @module
 */

/** Options common to every {@link OdwError}. */
export interface OdwErrorOptions {
  /** The request URL, API keys redacted. */
  url?: string;
  /** HTTP status, when a response arrived. */
  status?: number;
  /** The underlying error. */
  cause?: unknown;
  /** What to do about it, for developers or portal administrators (e.g. the CKAN CORS settings). */
  hint?: string;
}

/** Base class of every error thrown by `@odw/client`. */
export class OdwError extends Error {
  override name = 'OdwError';
  /** The request URL, API keys redacted. */
  readonly url?: string;
  /** HTTP status, when a response arrived. */
  readonly status?: number;
  /** What to do about it, for developers or portal administrators. */
  readonly hint?: string;

  constructor(message: string, options: OdwErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.url = options.url;
    this.status = options.status;
    this.hint = options.hint;
  }
}

/** The portal answered with an HTTP error status and no portal error envelope. */
export class HttpError extends OdwError {
  override name = 'HttpError';
}

/** The portal answered with its own error envelope (CKAN `success: false`, ODS `error_code`). */
export class PortalError extends OdwError {
  override name = 'PortalError';
  /** CKAN `__type` (e.g. `Not Found Error`) or ODS `error_code`. */
  readonly code: string;

  constructor(message: string, code: string, options: OdwErrorOptions = {}) {
    super(message, options);
    this.code = code;
  }
}

/** No response arrived: the network failed or the server closed the connection. */
export class NetworkError extends OdwError {
  override name = 'NetworkError';
}

/** A response did not arrive within the per-attempt timeout or the total deadline. */
export class TimeoutError extends OdwError {
  override name = 'TimeoutError';
}

/** The browser blocked the response because the portal does not allow this page's origin (CORS). */
export class CorsError extends NetworkError {
  override name = 'CorsError';
}

/** A query or parameter is invalid; `part` names the offending part (e.g. `where[1].field`). */
export class QueryError extends OdwError {
  override name = 'QueryError';
  /** The part of the query that is invalid. */
  readonly part: string;

  constructor(message: string, part: string, options: OdwErrorOptions = {}) {
    super(message, options);
    this.part = part;
  }
}

/** Where in the source a {@link ParseError} occurred, and what kind of file was being read. */
export interface ParseErrorOptions extends OdwErrorOptions {
  /** The format being read. */
  format: 'csv' | 'json' | 'geojson' | 'unknown';
  /** 1-based line in the source, when known. */
  line?: number;
  /** 1-based column (character position within the line), when known. */
  column?: number;
}

/**
 * A file could not be read at all (binary data, an HTML page instead of CSV, invalid JSON, unknown
 * coordinate system). The message names the reason and, where it applies, the line and column. Problems a
 * parser can repair without losing data are warnings on the result instead.
 */
export class ParseError extends OdwError {
  override name = 'ParseError';
  /** The format being read. */
  readonly format: ParseErrorOptions['format'];
  /** 1-based line in the source, when known. */
  readonly line?: number;
  /** 1-based column within the line, when known. */
  readonly column?: number;

  constructor(message: string, options: ParseErrorOptions) {
    super(message, options);
    this.format = options.format;
    this.line = options.line;
    this.column = options.column;
  }
}
