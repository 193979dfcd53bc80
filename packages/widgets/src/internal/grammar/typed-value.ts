/**
 * Reading values typed by people (in attributes, filter boxes, share links) as a column's type. Accepts
 * both the German and the international way of writing numbers and dates, but no thousands separators,
 * because `1.234` is ambiguous (one thousand two hundred thirty-four, or one point two three four).
 */
import type { CellValue, FieldType } from '@odw/client';

/** `1234.5`, `1234,5`, `-3`, `+2e3` → number; anything else → `undefined`. */
export function readNumber(text: string): number | undefined {
  const trimmed = text.trim();
  const normalized = /^[+-]?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalized)) return undefined;
  return Number(normalized);
}

/** `2024-12-31` or `31.12.2024` → `2024-12-31`; invalid calendar dates → `undefined`. */
export function readDate(text: string): string | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : german
      ? [german[3], german[2].padStart(2, '0'), german[1].padStart(2, '0')]
      : [];
  if (!year) return undefined;
  const check = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return check.getUTCMonth() === Number(month) - 1 && check.getUTCDate() === Number(day)
    ? `${year}-${month}-${day}`
    : undefined;
}

/** A date, or a date with time (`2024-12-31T14:30`, `31.12.2024 14:30`) → ISO `YYYY-MM-DDTHH:mm:ss`. */
export function readDateTime(text: string): string | undefined {
  const trimmed = text.trim();
  const match = /^(\S+)(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(trimmed);
  if (!match) return undefined;
  const date = readDate(match[1]);
  if (!date) return undefined;
  if (match[2] === undefined) return `${date}T00:00:00`;
  const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
}

const TRUE_WORDS = new Set(['true', 'ja', 'yes', 'j', 'y', '1', 'wahr']);
const FALSE_WORDS = new Set(['false', 'nein', 'no', 'n', '0', 'falsch']);

/** `ja`/`nein`, `true`/`false`, `yes`/`no`, `1`/`0` → boolean. */
export function readBoolean(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : undefined;
}

/** Reads `text` as a value of `type`; `undefined` when it is not one. Text, JSON and geometry stay text. */
export function readTyped(text: string, type: FieldType): CellValue | undefined {
  switch (type) {
    case 'integer': {
      const n = readNumber(text);
      return n !== undefined && Number.isInteger(n) ? n : undefined;
    }
    case 'number':
      return readNumber(text);
    case 'boolean':
      return readBoolean(text);
    case 'date':
      return readDate(text);
    case 'datetime':
      return readDateTime(text);
    default:
      return text;
  }
}
