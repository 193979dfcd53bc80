/**
 * Addresses editors write into attributes (`portal`, `src`): resolved against the page like a link, and
 * refused with an `AttributeError` naming the attribute unless they are http(s). The element then says
 * what is wrong with that attribute instead of failing somewhere inside a request.
 */
import { AttributeError } from './attribute-error.js';

/** Longer addresses are mistakes (a pasted text, not a URL); many servers refuse them anyway. */
const MAX_URL_LENGTH = 2048;

/** `value` as an absolute http(s) URL; throws {@link AttributeError} for anything else. */
export function httpUrlAttribute(attribute: string, value: string): string {
  const problem = {
    kind: 'syntax' as const,
    near: value,
    expected: `an address that starts with https:// or http:// (at most ${MAX_URL_LENGTH} characters)`,
  };
  if (value.length > MAX_URL_LENGTH) throw new AttributeError(attribute, problem);
  let url: URL;
  try {
    url = new URL(value, document.baseURI);
  } catch (cause) {
    throw new AttributeError(attribute, problem, { cause });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new AttributeError(attribute, problem);
  return url.href;
}
