// Yes/no columns: `ja/nein`, `J/N`, `true/false`, `wahr/falsch`, `yes/no`, `Y/N` (any case). A column is
// boolean only when all its values come from one pair, so `N` (north) in a column of directions is not false.

interface BooleanPair {
  label: string;
  yes: string;
  no: string;
  /** Single letters are common codes; such a column must show both values before it counts as boolean. */
  needsBoth: boolean;
}

export const BOOLEAN_PAIRS: readonly BooleanPair[] = [
  { label: 'ja/nein', yes: 'ja', no: 'nein', needsBoth: false },
  { label: 'J/N', yes: 'j', no: 'n', needsBoth: true },
  { label: 'true/false', yes: 'true', no: 'false', needsBoth: false },
  { label: 'wahr/falsch', yes: 'wahr', no: 'falsch', needsBoth: false },
  { label: 'yes/no', yes: 'yes', no: 'no', needsBoth: false },
  { label: 'Y/N', yes: 'y', no: 'n', needsBoth: true },
];

/** Per lower-case word: a bit per pair it belongs to, and whether it means true (bit 30). */
const WORDS = new Map<string, number>();
export const TRUE_BIT = 1 << 30;
BOOLEAN_PAIRS.forEach((pair, index) => {
  WORDS.set(pair.yes, (WORDS.get(pair.yes) ?? 0) | (1 << index) | TRUE_BIT);
  WORDS.set(pair.no, (WORDS.get(pair.no) ?? 0) | (1 << index));
});
export const ALL_PAIRS = (1 << BOOLEAN_PAIRS.length) - 1;

/** The pairs `text[start, end)` belongs to (plus TRUE_BIT when it means true), or 0. */
export function classifyBoolean(text: string, start: number, end: number): number {
  if (end - start > 6) return 0;
  return WORDS.get(text.slice(start, end).toLowerCase()) ?? 0;
}
