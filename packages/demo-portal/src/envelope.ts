/** CKAN's response envelopes, as `ckan/views/api.py` writes them. */

/** CKAN error types and the HTTP status CKAN sends with each. */
export const CKAN_ERRORS = {
  'Not Found Error': 404,
  'Validation Error': 409,
  'Authorization Error': 403,
  'Search Query Error': 409,
  'Bad request': 400,
  'Internal Server Error': 500,
} as const;

export type CkanErrorType = keyof typeof CKAN_ERRORS;

/** An error an action throws to answer with CKAN's error envelope. */
export class ActionError extends Error {
  constructor(
    readonly type: CkanErrorType,
    message: string,
    /** Extra members of the error object, e.g. per-field validation messages. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function helpUrl(baseUrl: string, action: string): string {
  return `${baseUrl}/api/3/action/help_show?name=${action}`;
}

export function successBody(baseUrl: string, action: string, result: unknown) {
  return { help: helpUrl(baseUrl, action), success: true, result };
}

export function errorBody(baseUrl: string, action: string, error: ActionError) {
  return {
    help: helpUrl(baseUrl, action),
    success: false,
    error: { ...error.extra, __type: error.type, message: error.message },
  };
}
