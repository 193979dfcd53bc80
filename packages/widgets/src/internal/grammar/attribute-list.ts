/**
 * The small grammar every list-valued odw attribute shares (`columns`, `filter`, `sort`, `number-format`):
 * items separated by `,` or `;`, names and values optionally in double quotes (a doubled `""` inside
 * quotes is a literal quote), so column names like `Fläche, km²` can be written as `"Fläche, km²"`.
 */
import { AttributeError } from '../attribute-error.js';

/** A piece of an attribute value. */
export interface Segment {
  /** The text, trimmed, quotes still in place. */
  text: string;
}

/** Index of the first character of `text` matching `accept` outside double quotes, or -1. */
export function indexOutsideQuotes(
  text: string,
  accept: (char: string, index: number) => boolean,
  attribute: string,
): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      quoted = !quoted;
      continue;
    }
    if (!quoted && accept(char, i)) return i;
  }
  if (quoted) {
    throw new AttributeError(attribute, { kind: 'syntax', near: text, expected: 'a closing "' });
  }
  return -1;
}

/**
 * Longest list value read. 2 000 characters name about a hundred columns; anything longer is pasted
 * text, and as part of a request URL it would be refused by the portal in ways that hide the cause.
 */
const MAX_LIST_LENGTH = 2000;

/** Splits `value` at `separator` outside quotes; empty items (e.g. after a trailing separator) are dropped. */
export function splitList(value: string, separator: ',' | ';' | '|', attribute: string): Segment[] {
  if (value.length > MAX_LIST_LENGTH) {
    throw new AttributeError(attribute, {
      kind: 'syntax',
      near: value,
      expected: `a list of at most ${MAX_LIST_LENGTH} characters`,
    });
  }
  const segments: Segment[] = [];
  let rest = value;
  for (;;) {
    const at = indexOutsideQuotes(rest, (c) => c === separator, attribute);
    const text = (at < 0 ? rest : rest.slice(0, at)).trim();
    if (text) segments.push({ text });
    if (at < 0) return segments;
    rest = rest.slice(at + 1);
  }
}

/**
 * The text of a name or value: surrounding quotes removed (`""` inside becomes `"`), otherwise trimmed.
 * Quotes in the middle of an unquoted text are a syntax error, so typos do not silently change a name.
 */
export function unquote(text: string, attribute: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('"')) {
    if (trimmed.length < 2 || !trimmed.endsWith('"') || /(?<!")"(?!")/.test(trimmed.slice(1, -1))) {
      throw new AttributeError(attribute, {
        kind: 'syntax',
        near: trimmed,
        expected: 'a name or value in double quotes',
      });
    }
    return trimmed.slice(1, -1).replaceAll('""', '"');
  }
  if (trimmed.includes('"')) {
    throw new AttributeError(attribute, {
      kind: 'syntax',
      near: trimmed,
      expected: 'quotes around the whole name or value',
    });
  }
  return trimmed;
}

/** Writes a name so that {@link unquote} reads it back: quoted when it contains grammar characters. */
export function quoteIfNeeded(name: string): string {
  return /^[^",;:|=<>!~+\-\s][^",;:|=<>!~]*$/.test(name) && name.trim() === name
    ? name
    : `"${name.replaceAll('"', '""')}"`;
}
