import { ColumnProfile } from '../infer/column-profile.js';
import { decideColumnType, type ColumnType, type TypeOptions } from '../infer/column-type.js';
import { FRAC_DE } from '../infer/numbers.js';
import { WarningCollector } from '../warnings.js';

/**
 * How a column is read in the pass that builds the rows:
 * - `final`: its type is settled (a schema, exact text, a value that fits no type, or the whole column was
 *   profiled); schema types still check each value and keep misfits as text.
 * - `speculative`: typed from a sample; every value is checked, and one that does not fit sends the column
 *   back to be profiled and converted as a whole.
 * - `open`: the sample does not settle it (empty, ambiguous, doubtful); all its values are profiled while
 *   the rows are built, and it is typed at the end.
 */
export interface ColumnPlan {
  state: 'final' | 'speculative' | 'open';
  type: ColumnType;
  /** A schema type: misfits are kept as text and reported instead of re-typing the column. */
  schema: boolean;
  /** Number or date flags of the sampled values, for the format label (see formatLabel). */
  flags: number;
}

const TEXT: ColumnType = { type: 'text', conversion: { kind: 'text' } };

/**
 * Plans each column from a profile of the first rows. When the sample is the whole table, every plan is
 * final and decided with the real warnings; otherwise decisions are speculative and their warnings are
 * made once the whole column is known.
 */
export function planColumns(
  profiles: readonly ColumnProfile[],
  names: readonly string[],
  options: TypeOptions & { types?: boolean },
  complete: boolean,
  warnings: WarningCollector,
): ColumnPlan[] {
  return names.map((name, j) => {
    if (options.types === false) return { state: 'final', type: TEXT, schema: false, flags: 0 };
    const profile = profiles[j] ?? new ColumnProfile();
    const schema = Boolean(options.schema && Object.hasOwn(options.schema, name));
    const flags = profile.numberFlags | profile.dateFlags;
    if (complete || schema)
      return { state: 'final', type: decideColumnType(profile, name, options, warnings), schema, flags };
    if (profile.kinds === 0 && profile.textExample !== undefined) {
      // A value fits no type: the column is text whatever follows.
      return {
        state: 'final',
        type: decideColumnType(profile, name, options, warnings),
        schema: false,
        flags,
      };
    }
    const type = decideColumnType(profile, name, options, new WarningCollector());
    const doubtful = type.conversion.kind === 'text' || (profile.numberFlags & FRAC_DE) !== 0;
    return { state: doubtful ? 'open' : 'speculative', type, schema: false, flags };
  });
}
