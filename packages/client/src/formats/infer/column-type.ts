import type { FieldType } from '../../types.js';
import type { ColumnSchema } from '../options.js';
import type { WarningCollector } from '../warnings.js';
import { BOOLEAN_PAIRS } from './booleans.js';
import { KIND_BOOLEAN, KIND_DATE, KIND_NUMBER, type ColumnProfile } from './column-profile.js';
import { DATE_DE, DATE_DMY, DATE_ISO, DATE_MDY, HAS_TIME } from './dates.js';
import {
  AMBIGUOUS,
  FRAC_DE,
  FRAC_EN,
  HAS_COMMA,
  HAS_DOT,
  LONG,
  NUM_DE,
  NUM_EN,
  numberFormatLabel,
} from './numbers.js';

/** How the cells of a column are turned into values. */
export type Conversion =
  | { kind: 'text' }
  | { kind: 'number'; decimal: ',' | '.'; check: boolean }
  | { kind: 'date'; order: 'dmy' | 'mdy'; check: boolean }
  | { kind: 'boolean'; check: boolean }
  | { kind: 'json' }
  | { kind: 'geometry' };

/** A column's type and how to convert its cells. */
export interface ColumnType {
  type: FieldType;
  format?: string;
  conversion: Conversion;
}

/** Options that settle what inference cannot. */
export interface TypeOptions {
  decimal?: ',' | '.';
  thousands?: '.' | ',' | ' ' | "'" | '';
  schema?: Record<string, FieldType | ColumnSchema>;
}

const TEXT: ColumnType = { type: 'text', conversion: { kind: 'text' } };

function decimalFromOptions(options: TypeOptions | ColumnSchema): ',' | '.' | undefined {
  if (options.decimal) return options.decimal;
  if (options.thousands === '.') return ',';
  if (options.thousands === ',') return '.';
  return undefined;
}

/** Number formats a column may be read in, narrowed by the decimal and thousands options. */
function allowedFormats(profile: ColumnProfile, options: TypeOptions | ColumnSchema): number {
  let formats = profile.numberFormats;
  const decimal = decimalFromOptions(options);
  if (decimal === ',') formats &= NUM_DE;
  else if (decimal === '.') formats &= NUM_EN;
  else if (options.thousands === '' || options.thousands === ' ' || options.thousands === "'") {
    // `.` and `,` cannot group thousands, so the one that occurs is the decimal mark
    const flags = profile.numberFlags;
    if (flags & HAS_DOT && flags & HAS_COMMA) formats = 0;
    else if (flags & HAS_DOT) formats &= NUM_EN;
    else if (flags & HAS_COMMA) formats &= NUM_DE;
  }
  return formats;
}

function numberType(profile: ColumnProfile, name: string, options: TypeOptions, warnings: WarningCollector) {
  const flags = profile.numberFlags;
  if (flags & LONG) {
    warnings.add(
      'long-number',
      `Column "${name}" has numbers with more than 15 digits (identifiers?); kept as text so no digit is lost.`,
      { field: name },
    );
    return TEXT;
  }
  const formats = allowedFormats(profile, options);
  if (!formats) return TEXT;
  if (formats === (NUM_DE | NUM_EN) && flags & AMBIGUOUS) {
    warnings.add(
      'ambiguous-number',
      `Column "${name}" has values such as "1.500" that are thousands in German and decimals in English, and ` +
        'no value settles which; kept as text. Set the option decimal (or schema) to read it as numbers.',
      { field: name },
    );
    return TEXT;
  }
  const german = formats === NUM_DE;
  const fraction = german ? flags & FRAC_DE : formats === NUM_EN ? flags & FRAC_EN : 0;
  const grouped = german ? (flags & HAS_DOT) !== 0 : (flags & HAS_COMMA) !== 0;
  const decimal = german ? ',' : '.';
  const format = formats === (NUM_DE | NUM_EN) ? undefined : numberFormatLabel(decimal, grouped);
  return {
    type: fraction ? 'number' : 'integer',
    ...(format && { format: fraction ? format : format.replace(/[.,]56$/, '') }),
    conversion: { kind: 'number', decimal, check: false },
  } satisfies ColumnType;
}

function dateType(profile: ColumnProfile, name: string, warnings: WarningCollector): ColumnType {
  const flags = profile.dateFlags;
  let order: 'dmy' | 'mdy' = 'dmy';
  const slash = flags & (DATE_DMY | DATE_MDY);
  if (slash) {
    const orders = profile.dateOrders;
    if (orders === (DATE_DMY | DATE_MDY)) {
      warnings.add(
        'ambiguous-date',
        `Column "${name}" has dates such as "1/2/2024" whose day/month order no value settles; kept as text. ` +
          'Set schema dateOrder to read them as dates.',
        { field: name },
      );
      return TEXT;
    }
    order = orders === DATE_MDY ? 'mdy' : 'dmy';
  }
  const labels: string[] = [];
  if (flags & DATE_DE) labels.push('dd.mm.yyyy');
  if (slash) labels.push(order === 'dmy' ? 'dd/mm/yyyy' : 'mm/dd/yyyy');
  if (labels.length && flags & DATE_ISO) labels.push('yyyy-mm-dd');
  return {
    type: flags & HAS_TIME ? 'datetime' : 'date',
    ...(labels.length && { format: labels.join(', ') }),
    conversion: { kind: 'date', order, check: false },
  };
}

function booleanType(profile: ColumnProfile): ColumnType {
  const index = BOOLEAN_PAIRS.findIndex((_, i) => profile.booleanPairs & (1 << i));
  const pair = BOOLEAN_PAIRS[index];
  if (!pair || (pair.needsBoth && !(profile.sawTrue && profile.sawFalse))) return TEXT;
  return { type: 'boolean', format: pair.label, conversion: { kind: 'boolean', check: false } };
}

/** The type a schema entry asks for, with the conversion that checks each value. */
function schemaType(
  entry: FieldType | ColumnSchema,
  profile: ColumnProfile,
  options: TypeOptions,
): ColumnType {
  const column: ColumnSchema = typeof entry === 'string' ? { type: entry } : entry;
  switch (column.type) {
    case 'integer':
    case 'number': {
      let decimal = decimalFromOptions(column) ?? decimalFromOptions(options);
      if (!decimal) {
        const formats = profile.kinds === KIND_NUMBER ? allowedFormats(profile, options) : 0;
        decimal = formats === NUM_EN ? '.' : ',';
      }
      return {
        type: column.type,
        format: numberFormatLabel(decimal, true),
        conversion: { kind: 'number', decimal, check: true },
      };
    }
    case 'date':
    case 'datetime': {
      const order = column.dateOrder ?? (profile.dateOrders === DATE_MDY ? 'mdy' : 'dmy');
      return { type: column.type, conversion: { kind: 'date', order, check: true } };
    }
    case 'boolean':
      return { type: 'boolean', conversion: { kind: 'boolean', check: true } };
    case 'json':
      return { type: 'json', conversion: { kind: 'json' } };
    case 'geometry':
      return { type: 'geometry', format: 'WKT', conversion: { kind: 'geometry' } };
    default:
      return TEXT;
  }
}

/** Reports missing-value markers that became `null` in a typed column. */
function reportMarkers(profile: ColumnProfile, name: string, warnings: WarningCollector): void {
  if (!profile.markers) return;
  const list = [...profile.markers].map(([marker, count]) => `"${marker}" ×${count}`).join(', ');
  const total = [...profile.markers.values()].reduce((a, b) => a + b, 0);
  warnings.add(
    'missing-marker',
    `Column "${name}": markers read as missing (null): ${list}.`,
    { field: name },
    total,
  );
}

/**
 * Decides a column's type from its profile: the schema wins; otherwise a kind every value fits (numbers in
 * one format, dates in one order, one boolean pair); otherwise text. Ambiguity keeps text, with a warning.
 */
export function decideColumnType(
  profile: ColumnProfile,
  name: string,
  options: TypeOptions,
  warnings: WarningCollector,
): ColumnType {
  const entry = options.schema && Object.hasOwn(options.schema, name) ? options.schema[name] : undefined;
  if (entry) return schemaType(entry, profile, options);
  if (!profile.typed) return TEXT;
  let type = TEXT;
  if (profile.kinds === KIND_NUMBER) type = numberType(profile, name, options, warnings);
  else if (profile.kinds === KIND_DATE) type = dateType(profile, name, warnings);
  else if (profile.kinds === KIND_BOOLEAN) type = booleanType(profile);
  if (type !== TEXT) reportMarkers(profile, name, warnings);
  return type;
}
