/**
 * Parameter validators with CKAN's messages (`ckan/logic/validators.py`), so that bad input gets the same
 * 409 Validation Error a real portal sends.
 */
import { validationError } from './action-error.js';

/** Query parameters (GET) or JSON body members (POST) of an action call. */
export type ActionParams = Record<string, unknown>;

/** A required, non-empty string parameter ("Missing value" like CKAN's `not_empty`). */
export function requiredString(params: ActionParams, name: string): string {
  const value = params[name];
  if (value === undefined || value === null || value === '') {
    throw validationError({ [name]: ['Missing value'] });
  }
  if (typeof value !== 'string') throw validationError({ [name]: ['Must be a string'] });
  return value;
}

/** An optional integer ≥ 0 (`int_validator` + `natural_number_validator`). */
export function naturalNumber(params: ActionParams, name: string, fallback: number): number {
  const raw = params[name];
  if (raw === undefined || raw === null || raw === '') return fallback;
  const value = typeof raw === 'number' ? raw : Number(String(raw).trim());
  if (!Number.isInteger(value)) throw validationError({ [name]: ['Invalid integer'] });
  if (value < 0) throw validationError({ [name]: ['Must be a natural number'] });
  return value;
}

/** An optional boolean in CKAN's spellings (`boolean_validator`: true/false, yes/no, 1/0, on/off). */
export function booleanParam(params: ActionParams, name: string, fallback: boolean): boolean {
  const raw = params[name];
  if (raw === undefined || raw === null || raw === '') return fallback;
  if (typeof raw === 'boolean') return raw;
  const text = String(raw).trim().toLowerCase();
  if (['true', 'yes', 't', 'y', '1', 'on'].includes(text)) return true;
  if (['false', 'no', 'f', 'n', '0', 'off'].includes(text)) return false;
  throw validationError({ [name]: ['Value must be one of: true, false'] });
}

/** A parameter that may arrive as JSON text (GET) or as a parsed value (POST), like `json_validator`. */
export function jsonParam(params: ActionParams, name: string): unknown {
  const raw = params[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw validationError({ [name]: ['Cannot parse JSON'] });
  }
}

/**
 * A list given as JSON array, comma-separated string or repeated parameter (CKAN's `get_list`), e.g.
 * `fields=a,b`, `fields=["a","b"]`.
 */
export function listParam(params: ActionParams, name: string): string[] | undefined {
  const raw = params[name];
  if (raw === undefined || raw === null) return undefined;
  if (Array.isArray(raw)) return raw.map(String);
  const text = String(raw);
  if (text.trim().startsWith('[')) {
    const parsed = jsonParam(params, name);
    if (!Array.isArray(parsed)) throw validationError({ [name]: ['Not a list'] });
    return parsed.map(String);
  }
  if (text === '') return [];
  return text.split(',').map((item) => item.trim());
}
