/**
 * Reading keys that come from data (column names, facet values, metadata keys) from parsed JSON.
 * A plain `record[name]` would find inherited members for names like `constructor` or `toString`, so a
 * column of that name that is missing in one record would read as a function. These helpers read own
 * properties only; results keyed by data go into `Map`s.
 */

/** `record[key]` if `record` has it as an own property, else `undefined`. */
export function own(record: unknown, key: string): unknown {
  if (typeof record !== 'object' || record === null) return undefined;
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/** The own `[key, value]` pairs of an object (empty for anything else). */
export function ownEntries(record: unknown): [string, unknown][] {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return [];
  return Object.entries(record as Record<string, unknown>);
}

/** A string member, or `undefined` when missing, empty or not a string. */
export function ownString(record: unknown, key: string): string | undefined {
  const value = own(record, key);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
