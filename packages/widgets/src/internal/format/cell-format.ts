/**
 * How a cell value looks: by column type and the reader's language (`1.234,5`, `31.12.2024`, `ja`),
 * with optional per-column number patterns and date styles. Values are shown exactly (all decimals the
 * source has); nothing is rounded unless a pattern asks for it.
 */
import type { CellValue, Field } from '@odw/client';
import type { Lang } from '../i18n.js';
import { localeOf } from '../i18n.js';
import { cellLink } from '../safe-url.js';
import { dateFormatter, readDateParts, type DateStyle } from './date-style.js';
import type { NumberPattern } from './number-pattern.js';

/** A cell ready to render. */
export interface CellDisplay {
  /** The text to show; `''` for an empty cell. */
  text: string;
  /** `number` cells are right-aligned; `empty` cells are marked visibly. */
  kind: 'empty' | 'number' | 'text' | 'date' | 'boolean' | 'link';
  /** For links: the checked URL. */
  href?: string;
}

/** Per-column display options from the element's attributes. */
export interface ColumnFormat {
  number?: NumberPattern;
  date?: DateStyle;
}

const BOOLEAN_WORDS: Record<Lang, [string, string]> = { de: ['ja', 'nein'], en: ['yes', 'no'] };

/** Columns of whole numbers named like a year are shown without thousands separators (`2024`, not `2.024`). */
function looksLikeYear(field: Field): boolean {
  return (
    field.type === 'integer' &&
    /(^|[^a-zäöü])(jahr|year|jahrgang)/i.test(`${field.name} ${field.label ?? ''}`)
  );
}

function numberFormatter(
  field: Field,
  lang: Lang,
  pattern?: NumberPattern,
): (value: number | string) => string {
  const locale = localeOf(lang);
  const format = new Intl.NumberFormat(
    locale,
    pattern
      ? {
          minimumFractionDigits: pattern.minimumFractionDigits,
          maximumFractionDigits: pattern.maximumFractionDigits,
          useGrouping: pattern.useGrouping,
        }
      : { maximumFractionDigits: 20, useGrouping: !looksLikeYear(field) },
  );
  const prefix = pattern?.prefix ?? '';
  const suffix = pattern?.suffix ?? '';
  // Intl accepts decimal strings, so big numerics a portal sends as text are formatted without losing digits.
  return (value) => `${prefix}${format.format(value as number)}${suffix}`;
}

const GEOMETRY_WORDS: Record<Lang, { points: (n: string) => string; north: string; east: string }> = {
  de: { points: (n) => `${n} Punkte`, north: 'N', east: 'O' },
  en: { points: (n) => `${n} points`, north: 'N', east: 'E' },
};

function countPositions(coordinates: unknown): number {
  if (!Array.isArray(coordinates)) return 0;
  return typeof coordinates[0] === 'number'
    ? 1
    : coordinates.reduce((n: number, c) => n + countPositions(c), 0);
}

/** A geometry in words: a point as latitude and longitude, anything else as its type and size. */
function geometryText(value: unknown, lang: Lang): string {
  const geometry = value as { type?: string; coordinates?: unknown };
  const words = GEOMETRY_WORDS[lang];
  const number = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 5 });
  if (geometry?.type === 'Point' && Array.isArray(geometry.coordinates)) {
    const [lon, lat] = geometry.coordinates as number[];
    return `${number.format(lat)}° ${words.north}, ${number.format(lon)}° ${words.east}`;
  }
  const count = countPositions(geometry?.coordinates);
  return count
    ? `${geometry.type} (${words.points(number.format(count))})`
    : String(geometry?.type ?? jsonText(value));
}

function jsonText(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text;
}

/** Creates the formatter for one column. */
export function cellFormatter(
  field: Field,
  lang: Lang,
  options: ColumnFormat = {},
): (value: CellValue) => CellDisplay {
  const empty: CellDisplay = { text: '', kind: 'empty' };
  const isNumeric = field.type === 'integer' || field.type === 'number';
  if (isNumeric || options.number) {
    const format = numberFormatter(field, lang, options.number);
    // Numeric columns may carry big decimals as JSON strings. In a text column only whole numbers are read
    // as numbers: "203.726" there may be a German thousands figure, and guessing would change the value.
    const numeric = isNumeric ? /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i : /^-?\d+$/;
    return (value) => {
      if (value === null || value === undefined || value === '') return empty;
      if (typeof value === 'number') return { text: format(value), kind: 'number' };
      if (typeof value === 'string' && numeric.test(value)) {
        return { text: format(value), kind: 'number' };
      }
      return { text: typeof value === 'object' ? jsonText(value) : String(value), kind: 'text' };
    };
  }
  if (field.type === 'date' || field.type === 'datetime' || options.date) {
    const style = options.date ?? (field.type === 'date' ? 'date' : 'datetime');
    const format = dateFormatter(style, localeOf(lang));
    // A date-only value in a datetime column is shown as a date, not with a made-up 00:00.
    const dateOnly = style === 'datetime' ? dateFormatter('date', localeOf(lang)) : format;
    return (value) => {
      if (value === null || value === undefined || value === '') return empty;
      const parts = typeof value === 'string' ? readDateParts(value.trim()) : undefined;
      if (!parts) return { text: typeof value === 'object' ? jsonText(value) : String(value), kind: 'text' };
      return { text: (parts.hour === undefined ? dateOnly : format)(parts), kind: 'date' };
    };
  }
  if (field.type === 'geometry') {
    return (value) =>
      value === null || value === undefined ? empty : { text: geometryText(value, lang), kind: 'text' };
  }
  if (field.type === 'boolean') {
    const [yes, no] = BOOLEAN_WORDS[lang];
    return (value) =>
      value === null || value === undefined || value === ''
        ? empty
        : typeof value === 'boolean'
          ? { text: value ? yes : no, kind: 'boolean' }
          : { text: String(value), kind: 'text' };
  }
  return (value) => {
    if (value === null || value === undefined || value === '') return empty;
    if (typeof value === 'object') return { text: jsonText(value), kind: 'text' };
    const text = String(value);
    const href = cellLink(text);
    return href ? { text, kind: 'link', href } : { text, kind: 'text' };
  };
}
