/**
 * Date and time display styles for the `date-format` attribute, and the parsing of the ISO-like strings
 * portals send. Values are shown as the source wrote them: a time with an offset is not moved into the
 * reader's time zone, because a count "at 08:00 in Moers" means 08:00 wherever the page is read.
 */

/** The styles `date-format` accepts. */
export const DATE_STYLES = ['date', 'short', 'long', 'month', 'year', 'datetime', 'time'] as const;

/** A display style for dates and times. */
export type DateStyle = (typeof DATE_STYLES)[number];

/** Date and time parts read from a string, as written (no time-zone conversion). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

/**
 * Reads `2024-12-31`, `2024-12-31T14:30:00`, `2024-12-31 14:30:00 +0200`, `…Z` and `31.12.2024 [14:30]`;
 * `undefined` for anything else.
 */
export function readDateParts(text: string): DateParts | undefined {
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      text,
    );
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  const m = iso
    ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]]
    : german
      ? [german[3], german[2], german[1], german[4], german[5], german[6]]
      : undefined;
  if (!m) return undefined;
  const [year, month, day] = [Number(m[0]), Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (m[3] === undefined) return { year, month, day };
  return { year, month, day, hour: Number(m[3]), minute: Number(m[4]), second: Number(m[5] ?? 0) };
}

const FORMAT_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { day: '2-digit', month: '2-digit', year: 'numeric' },
  short: { day: '2-digit', month: '2-digit', year: '2-digit' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
  datetime: { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  time: { hour: '2-digit', minute: '2-digit' },
};

/** A formatter for date parts in a style and locale; seconds are shown when the value has them. */
export function dateFormatter(style: DateStyle, locale: string): (parts: DateParts) => string {
  const plain = new Intl.DateTimeFormat(locale, { ...FORMAT_OPTIONS[style], timeZone: 'UTC' });
  const withSeconds =
    style === 'datetime' || style === 'time'
      ? new Intl.DateTimeFormat(locale, { ...FORMAT_OPTIONS[style], second: '2-digit', timeZone: 'UTC' })
      : plain;
  return (p) => {
    const date = new Date(0);
    // setUTCFullYear, because Date.UTC maps years below 100 to 19xx.
    date.setUTCFullYear(p.year, p.month - 1, p.day);
    date.setUTCHours(p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
    return (p.second ? withSeconds : plain).format(date);
  };
}
