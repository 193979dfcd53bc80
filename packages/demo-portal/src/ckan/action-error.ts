/**
 * The errors a CKAN action raises, with the HTTP status and error object `ckan/views/api.py` (CKAN 2.10/2.11)
 * sends for each: `NotFound` → 404, `ValidationError` → 409, `NotAuthorized` → 403, `SearchQueryError` → 400,
 * `SearchError` → 409, anything else → 500.
 */

/** The `__type` values of CKAN's error objects. */
export type CkanErrorType =
  | 'Not Found Error'
  | 'Validation Error'
  | 'Authorization Error'
  | 'Search Query Error'
  | 'Search Error'
  | 'Internal Server Error';

/** The HTTP status CKAN sends with each error type. */
export const CKAN_ERROR_STATUS: Record<CkanErrorType, number> = {
  'Not Found Error': 404,
  'Validation Error': 409,
  'Authorization Error': 403,
  'Search Query Error': 400,
  'Search Error': 409,
  'Internal Server Error': 500,
};

/** Per-field messages of a validation error, e.g. `{ limit: ['Must be a natural number'] }`. */
export type FieldErrors = Record<string, unknown>;

/** An error an action throws; the server answers it with CKAN's `success: false` envelope. */
export class ActionError extends Error {
  constructor(
    readonly type: CkanErrorType,
    /** The error object's members besides `__type`, exactly as CKAN builds them. */
    readonly body: Record<string, unknown>,
  ) {
    super(typeof body.message === 'string' ? body.message : type);
  }

  /** The HTTP status CKAN sends with this error. */
  get status(): number {
    return CKAN_ERROR_STATUS[this.type];
  }

  /** The `error` member of the envelope. */
  toJSON(): Record<string, unknown> {
    return { ...this.body, __type: this.type };
  }
}

/** `NotFound`: message "Not found" or "Not found: <detail>". */
export function notFound(detail?: string): ActionError {
  return new ActionError('Not Found Error', { message: detail ? `Not found: ${detail}` : 'Not found' });
}

/** `NotAuthorized`: message "Access denied" or "Access denied: <detail>". */
export function accessDenied(detail?: string): ActionError {
  return new ActionError('Authorization Error', {
    message: detail ? `Access denied: ${detail}` : 'Access denied',
  });
}

/** `ValidationError`: CKAN sends the per-field messages and no `message` member. */
export function validationError(fields: FieldErrors): ActionError {
  return new ActionError('Validation Error', fields);
}

/**
 * `SearchQueryError`: CKAN formats the message as `'Search Query is invalid: %r' % e.args`, i.e. with the
 * Python repr of the Solr error text.
 */
export function searchQueryError(detail: string): ActionError {
  return new ActionError('Search Query Error', { message: `Search Query is invalid: ${pythonRepr(detail)}` });
}

/** The 500 CKAN sends for an unexpected exception. */
export function internalError(): ActionError {
  return new ActionError('Internal Server Error', { message: 'Internal Server Error' });
}

/** A request CKAN rejects before any action runs: HTTP 400 with a bare JSON string as body. */
export class BadRequest extends Error {
  constructor(detail: string) {
    super(`Bad request - ${detail}`);
  }
}

/** Python's `repr()` of a string, as CKAN's `%r` formatting shows it. */
function pythonRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const escaped = text.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll(quote, `\\${quote}`);
  return `${quote}${escaped}${quote}`;
}
