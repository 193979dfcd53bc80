import type { FieldType } from '@odw/client';

/**
 * What is wrong with an attribute value. The element shows it as a localized sentence naming the
 * attribute; `AttributeError.message` is the English version for developers and logs.
 */
export type AttributeProblem =
  /** The value does not follow the attribute's grammar; `near` is the text where reading stopped. */
  | { kind: 'syntax'; near: string; expected: string }
  /** A column name that the data does not have; `known` lists the ones it has. */
  | { kind: 'unknown-column'; column: string; known: string[] }
  /** A value that cannot be read as the column's type. */
  | { kind: 'bad-value'; column: string; value: string; type: FieldType }
  /** The portal has no such dataset or resource. */
  | { kind: 'not-found'; value: string }
  /** The resource is not a table (e.g. a PDF). */
  | { kind: 'not-tabular'; value: string; format: string }
  /** A keyword the attribute does not know; `allowed` lists the ones it does. */
  | { kind: 'not-one-of'; value: string; allowed: string[] }
  /** A number outside the allowed range. */
  | { kind: 'out-of-range'; value: string; min?: number; max?: number }
  /** A required attribute is missing. */
  | { kind: 'missing' };

function describe(attribute: string, problem: AttributeProblem): string {
  switch (problem.kind) {
    case 'syntax':
      return `cannot read "${problem.near}"; expected ${problem.expected}`;
    case 'unknown-column':
      return `there is no column "${problem.column}" (columns: ${problem.known.join(', ')})`;
    case 'bad-value':
      return `"${problem.value}" is not a valid ${problem.type} for column "${problem.column}"`;
    case 'not-found':
      return `"${problem.value}" was not found`;
    case 'not-tabular':
      return `"${problem.value}" is a ${problem.format || 'non-tabular'} file, not a table`;
    case 'not-one-of':
      return `"${problem.value}" is not one of ${problem.allowed.join(', ')}`;
    case 'out-of-range':
      return `"${problem.value}" is out of range (${[
        problem.min !== undefined ? `min ${problem.min}` : '',
        problem.max !== undefined ? `max ${problem.max}` : '',
      ]
        .filter(Boolean)
        .join(', ')})`;
    case 'missing':
      return `the attribute is required`;
  }
}

/**
 * An attribute of an odw element has a value the element cannot use. Carries the attribute's name and a
 * structured {@link AttributeProblem}, so the element can say in the reader's language what to fix.
 */
export class AttributeError extends Error {
  override name = 'AttributeError';

  constructor(
    /** The attribute's name as written in HTML, e.g. `filter`. */
    readonly attribute: string,
    /** What is wrong. */
    readonly problem: AttributeProblem,
    options: { cause?: unknown } = {},
  ) {
    super(`Attribute ${attribute}: ${describe(attribute, problem)}`, options);
  }
}
