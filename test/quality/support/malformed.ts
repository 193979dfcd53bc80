/**
 * Malformed attribute values, derived from an attribute's kind (its registration) and type (the
 * custom-elements manifest): wrong type, out of range, empty, huge, unknown fields, markup, invalid JSON.
 */
import type { AttributeSpec } from '../registry/types.js';

/** What the element must do with a value. */
export interface BadValue {
  value: string;
  /** A short name for reports (the huge value is not printed). */
  label: string;
  expected: 'error' | 'tolerated';
  /** For tolerated values: why the element may accept it. */
  reason?: string;
}

const HUGE = 'x'.repeat(100_000);
const MARKUP = '"><img src=x onerror=__odwPwned()>';

function valuesOf(spec: AttributeSpec): string[] {
  switch (spec.kind) {
    case 'number':
      return [
        'abc',
        '-5',
        '2.5',
        '1e400',
        '',
        ...(spec.max !== undefined ? [String(spec.max + 1)] : []),
        ...(spec.min !== undefined ? [String(spec.min - 1)] : []),
        HUGE,
      ];
    case 'enum':
      return ['unbekannt', '', HUGE];
    case 'grammar':
      return [...spec.malformed, ...(spec.unknownField ? [spec.unknownField] : []), '', MARKUP, HUGE];
    case 'url':
      return [
        '',
        'kein-portal',
        'javascript:__odwPwned()',
        'ftp://example.org/daten',
        'http://',
        MARKUP,
        HUGE,
      ];
    case 'reference':
      return ['', spec.unknown, '../../../etc/passwd', MARKUP, HUGE];
    case 'json':
      return ['{', '[1,', '{"__proto__":{"polluted":1}}', '', HUGE];
    case 'boolean':
      return ['', 'false', HUGE];
    case 'free':
      return ['', MARKUP, HUGE];
  }
}

/** The values the bad-input gate tries for one attribute, each with the outcome it expects. */
export function badValues(spec: AttributeSpec): BadValue[] {
  const acceptsAnything = spec.kind === 'free' || spec.kind === 'boolean';
  return [...new Set(valuesOf(spec))].map((value) => {
    const label = value === HUGE ? '100 000 × "x"' : JSON.stringify(value);
    const reason =
      spec.tolerated?.[value] ??
      (spec.kind === 'boolean'
        ? 'HTML boolean attribute: present means on, whatever its value'
        : undefined) ??
      (spec.kind === 'free' ? 'free text' : undefined);
    return { value, label, expected: acceptsAnything || reason ? 'tolerated' : 'error', reason };
  });
}
