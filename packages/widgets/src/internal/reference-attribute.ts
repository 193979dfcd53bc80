/**
 * Names and ids editors write into attributes (`dataset`, `resource`): a value far longer than any
 * portal allows is refused before it becomes a request, which the portal would reject in ways that
 * hide the cause (an oversized request header reads as a CORS failure in the browser).
 */
import { AttributeError } from './attribute-error.js';

/** CKAN allows names of 100 characters; ids of other portals are shorter still. With room to spare. */
const MAX_REFERENCE_LENGTH = 300;

/** Throws {@link AttributeError} for a value no portal can have; returns it otherwise. */
export function referenceAttribute(attribute: string, value: string): string {
  if (value.length > MAX_REFERENCE_LENGTH) {
    throw new AttributeError(attribute, {
      kind: 'syntax',
      near: value,
      expected: `a name or id of at most ${MAX_REFERENCE_LENGTH} characters`,
    });
  }
  return value;
}
