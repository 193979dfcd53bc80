import type { CellValue, Condition, Field } from '@odw/client';
import { AttributeError } from '../internal/attribute-error.js';
import { indexOutsideQuotes, quoteIfNeeded, splitList, unquote } from '../internal/grammar/attribute-list.js';
import { readTyped } from '../internal/grammar/typed-value.js';

/** A condition as written, before the column types are known. */
export interface FilterTerm {
  field: string;
  op: '=' | '!=' | '<' | '<=' | '>' | '>=' | '~';
  /** One value; several (`=` only) mean "any of these"; none means "is empty" / "is not empty". */
  values: string[];
  /** The term as written, for error messages. */
  text: string;
}

const OPERATORS = ['!=', '<=', '>=', '=', '<', '>', '~'] as const;

/**
 * Reads the `filter` attribute: conditions separated by `;`, all of which must hold.
 *
 * - `Bezirk = 4`, `Bezirk != 4`, `Jahr >= 2020`, `Betrag < 1000,5`
 * - `Straße ~ weg` (contains, ignoring case)
 * - `Bezirk = 4 | 5` (any of the values)
 * - `Bemerkung =` (is empty), `Bemerkung !=` (is not empty)
 * - names and values with special characters in double quotes: `"Fläche, km²" > 5`
 */
export function parseFilterAttribute(value: string | null | undefined, attribute = 'filter'): FilterTerm[] {
  if (!value?.trim()) return [];
  return splitList(value, ';', attribute).map(({ text }) => {
    let opLength = 0;
    const at = indexOutsideQuotes(
      text,
      (_, i) => {
        const op = OPERATORS.find((o) => text.startsWith(o, i));
        opLength = op?.length ?? 0;
        return opLength > 0;
      },
      attribute,
    );
    if (at <= 0) {
      throw new AttributeError(attribute, {
        kind: 'syntax',
        near: text,
        expected: 'a condition like "Column = value" (operators = != < <= > >= ~)',
      });
    }
    const op = text.slice(at, at + opLength) as FilterTerm['op'];
    const field = unquote(text.slice(0, at), attribute);
    const rawValue = text.slice(at + opLength);
    const values =
      op === '='
        ? splitList(rawValue, '|', attribute).map((s) => unquote(s.text, attribute))
        : rawValue.trim()
          ? [unquote(rawValue, attribute)]
          : [];
    if (values.length === 0 && op !== '=' && op !== '!=') {
      throw new AttributeError(attribute, { kind: 'syntax', near: text, expected: `a value after "${op}"` });
    }
    return { field, op, values, text };
  });
}

/** Finds a field by name, or fails naming the attribute and the columns that exist. */
export function requireField(fields: readonly Field[], name: string, attribute: string): Field {
  const field = fields.find((f) => f.name === name);
  if (!field) {
    throw new AttributeError(attribute, {
      kind: 'unknown-column',
      column: name,
      known: fields.map((f) => f.name),
    });
  }
  return field;
}

/** Turns filter terms into typed query conditions for the given columns, failing on unknown columns or bad values. */
export function toConditions(
  terms: readonly FilterTerm[],
  fields: readonly Field[],
  attribute = 'filter',
): Condition[] {
  return terms.map((term) => {
    const field = requireField(fields, term.field, attribute);
    if (term.values.length === 0)
      return { field: field.name, op: term.op === '=' ? 'is null' : 'is not null' };
    if (term.op === '~') return { field: field.name, op: 'contains', value: term.values[0] };
    const typed = term.values.map((text): CellValue => {
      const value = readTyped(text, field.type);
      if (value === undefined) {
        throw new AttributeError(attribute, {
          kind: 'bad-value',
          column: field.name,
          value: text,
          type: field.type,
        });
      }
      return value;
    });
    return typed.length > 1
      ? { field: field.name, op: 'in', value: typed }
      : { field: field.name, op: term.op, value: typed[0] };
  });
}

function formatValue(value: CellValue | CellValue[] | undefined): string {
  const text = String(value ?? '');
  return /^[^";|]*$/.test(text) && text.trim() === text && text !== ''
    ? text
    : `"${text.replaceAll('"', '""')}"`;
}

/** Writes conditions in the `filter` attribute's grammar (used for share links); {@link parseFilterAttribute} reads it back. */
export function formatFilterAttribute(conditions: readonly Condition[]): string {
  return conditions
    .map((c) => {
      const name = quoteIfNeeded(c.field);
      switch (c.op) {
        case 'is null':
          return `${name}=`;
        case 'is not null':
          return `${name}!=`;
        case 'contains':
          return `${name}~${formatValue(c.value)}`;
        case 'in':
          return `${name}=${(Array.isArray(c.value) ? c.value : [c.value ?? null]).map(formatValue).join('|')}`;
        default:
          return `${name}${c.op}${formatValue(c.value)}`;
      }
    })
    .join(';');
}
