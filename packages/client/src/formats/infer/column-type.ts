import type { FieldType } from '../../types.js';
import type { ColumnSchema } from '../options.js';
import type { WarningCollector } from '../warnings.js';
import { ALL_PAIRS, BOOLEAN_PAIRS } from './booleans.js';
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
  /**
   * `integer`: values with a fractional part do not fit. `settled`: the format is known from evidence; when
   * not (plain integers so far), a value such as `1.500` that reads differently in each format does not fit.
   */
  | { kind: 'number'; decimal: ',' | '.'; integer: boolean; settled: boolean }
  /**
   * `dateOnly`: values with a time of day do not fit. `settled`: the day/month order of `a/b/yyyy` dates is
   * known from evidence; when not, such a date that reads validly both ways does not fit.
   */
  | { kind: 'date'; order: 'dmy' | 'mdy'; dateOnly: boolean; settled: boolean }
  /** `pairs`: the boolean pairs (bits of BOOLEAN_PAIRS) values must belong to. */
  | { kind: 'boolean'; pairs: number }
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
  /** The CSV delimiter: in a `,` file a comma inside a value is no decimal mark unless `decimal` says so. */
  delimiter?: string;
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
  let formats = allowedFormats(profile, options);
  if (options.delimiter === ',' && !decimalFromOptions(options) && flags & HAS_COMMA) {
    // Decimal commas come with `;` files; quoted `"4,6"` in a comma file is a list or English thousands.
    formats &= ~NUM_DE;
    if (!formats)
      warnings.add(
        'comma-in-comma-file',
        `Column "${name}" has values such as "4,6" in a comma-separated file: a list or a decimal? Kept as text; set the option decimal to read them as numbers.`,
        { field: name },
      );
  }
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
  const doubt = fraction && !decimalFromOptions(options) ? numberDoubt(profile, german, name) : undefined;
  if (doubt) {
    warnings.add(
      doubt.code,
      `Column "${name}": ${doubt.message} Kept as text; set the option decimal (or schema) to read numbers.`,
      {
        field: name,
      },
    );
    return TEXT;
  }
  const decimal = german ? ',' : '.';
  const conversion = {
    kind: 'number',
    decimal,
    integer: !fraction,
    settled: formats !== (NUM_DE | NUM_EN),
  } as const;
  const format = formats === (NUM_DE | NUM_EN) ? undefined : formatLabel(conversion, flags);
  return {
    type: fraction ? 'number' : 'integer',
    ...(format && { format }),
    conversion,
  } satisfies ColumnType;
}

/**
 * The `format` label of a typed column from the flags of its values (numbers: separators; dates: forms),
 * e.g. `1.234,56`, `1.234`, `dd.mm.yyyy, yyyy-mm-dd`; `undefined` when values were written plainly.
 */
export function formatLabel(conversion: Conversion, flags: number): string | undefined {
  if (conversion.kind === 'number') {
    const german = conversion.decimal === ',';
    const label = numberFormatLabel(
      conversion.decimal,
      german ? (flags & HAS_DOT) !== 0 : (flags & HAS_COMMA) !== 0,
    );
    return label && conversion.integer ? label.replace(/[.,]56$/, '') : label;
  }
  if (conversion.kind === 'date') {
    const labels: string[] = [];
    if (flags & DATE_DE) labels.push('dd.mm.yyyy');
    if (flags & (DATE_DMY | DATE_MDY)) labels.push(conversion.order === 'dmy' ? 'dd/mm/yyyy' : 'mm/dd/yyyy');
    if (labels.length && flags & DATE_ISO) labels.push('yyyy-mm-dd');
    return labels.length ? labels.join(', ') : undefined;
  }
  return undefined;
}

/**
 * Reasons not to read a column as numbers although every value parses as one: clock times written like
 * decimals in a column whose name speaks of times (`Montag_bis` with `18.30`: half past six, not 18.3 — Excel
 * does this to opening hours), and lists written with
 * commas: a few repeated decimal-comma values among many integers (`4,14` in a column of district numbers
 * lists districts 4 and 14), or values whose two parts are as wide as the column's integers
 * (`47506,47447` among postcodes).
 */
/** Column names that announce times of day (`Montag_bis`, `Öffnungszeit`, `Uhrzeit`, `Beginn`, `open`). */
const TIME_NAME =
  /zeit|uhr|ffnung|beginn|schluss|(^|[^a-zäöü])(von|bis|ab|ende|start|end|open|opens|close|closes|time)([^a-zäöü]|$)/i;

function numberDoubt(
  profile: ColumnProfile,
  german: boolean,
  name: string,
): { code: string; message: string } | undefined {
  const commas = profile.commaFractions;
  const distinct = profile.distinctCommaFractions;
  const width = profile.commaPartWidth;
  const sameWidthList = width >= 3 && (profile.integerWidths & (1 << width)) !== 0;
  if (
    german &&
    commas > 0 &&
    distinct &&
    ((distinct.size <= 3 && profile.typed - commas >= 4 * commas) || sameWidthList)
  ) {
    const examples = [...distinct].map((v) => `"${v}"`).join(', ');
    return {
      code: 'list-like-number',
      message: `a few repeated values with a comma (${examples}) among many integers look like lists, not decimals.`,
    };
  }
  if (profile.fractional > 0 && profile.clockLike && TIME_NAME.test(name))
    return {
      code: 'time-like-number',
      message: `its values look like clock times ("${profile.fractionExample}"), not decimals.`,
    };
  return undefined;
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
  const conversion = { kind: 'date', order, dateOnly: !(flags & HAS_TIME), settled: slash !== 0 } as const;
  const format = formatLabel(conversion, flags);
  return { type: flags & HAS_TIME ? 'datetime' : 'date', ...(format && { format }), conversion };
}

function booleanType(profile: ColumnProfile): ColumnType {
  const index = BOOLEAN_PAIRS.findIndex((_, i) => profile.booleanPairs & (1 << i));
  const pair = BOOLEAN_PAIRS[index];
  if (!pair || (pair.needsBoth && !(profile.sawTrue && profile.sawFalse))) return TEXT;
  return { type: 'boolean', format: pair.label, conversion: { kind: 'boolean', pairs: 1 << index } };
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
        conversion: { kind: 'number', decimal, integer: false, settled: true },
      };
    }
    case 'date':
    case 'datetime': {
      const order = column.dateOrder ?? (profile.dateOrders === DATE_MDY ? 'mdy' : 'dmy');
      return { type: column.type, conversion: { kind: 'date', order, dateOnly: false, settled: true } };
    }
    case 'boolean':
      return { type: 'boolean', conversion: { kind: 'boolean', pairs: ALL_PAIRS } };
    case 'json':
      return { type: 'json', conversion: { kind: 'json' } };
    case 'geometry':
      return { type: 'geometry', format: 'WKT', conversion: { kind: 'geometry' } };
    default:
      return TEXT;
  }
}

/** Reports missing-value markers that became `null` in a typed column. */
export function reportMarkers(markers: Map<string, number>, name: string, warnings: WarningCollector): void {
  const list = [...markers].map(([marker, count]) => `"${marker}" ×${count}`).join(', ');
  const total = [...markers.values()].reduce((a, b) => a + b, 0);
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
  if (!profile.kinds && profile.typedBeforeText >= 20) {
    const kind =
      profile.kindBeforeText === KIND_NUMBER
        ? 'numbers'
        : profile.kindBeforeText === KIND_DATE
          ? 'dates'
          : 'booleans';
    warnings.add(
      'mixed-column',
      `Column "${name}" has ${kind}, but "${profile.textExample}" is not one; kept as text. Set schema to convert it (values that do not fit stay text).`,
      { field: name },
    );
  }
  if (!profile.typed) return TEXT;
  let type = TEXT;
  if (profile.kinds === KIND_NUMBER) type = numberType(profile, name, options, warnings);
  else if (profile.kinds === KIND_DATE) type = dateType(profile, name, warnings);
  else if (profile.kinds === KIND_BOOLEAN) type = booleanType(profile);
  return type;
}
