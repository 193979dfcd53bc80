/** CKAN's response envelopes, as `ckan/views/api.py` writes them. */
import type { ActionError } from './action-error.js';

/** The `help` URL CKAN puts in every envelope. */
export function helpUrl(baseUrl: string, action: string): string {
  return `${baseUrl}/api/3/action/help_show?name=${encodeURIComponent(action)}`;
}

/** `{help, success: true, result}`. */
export function successEnvelope(help: string, result: unknown) {
  return { help, success: true, result };
}

/** `{help, success: false, error: {__type, …}}`. */
export function errorEnvelope(help: string, error: ActionError) {
  return { help, success: false, error: error.toJSON() };
}
