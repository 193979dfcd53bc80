import { ColumnProfile } from '../infer/column-profile.js';
import { filledCells, isBlankRow, type BodyRange } from './body-shape.js';

/** Profiles of every column over the first `limit` data rows (blank lines skipped). */
export function sampleProfiles(
  ranges: readonly BodyRange[],
  headerWidth: number,
  width: number,
  limit: number,
): ColumnProfile[] {
  const profiles = Array.from({ length: width }, () => new ColumnProfile());
  let seen = 0;
  for (const { batch, from, to } of ranges) {
    const { text, cells, rowStart } = batch;
    for (let r = from; r < to && seen < limit; r++) {
      if (isBlankRow(batch, r, headerWidth)) continue;
      seen++;
      const first = rowStart[r];
      const count = Math.min(filledCells(batch, r, headerWidth, false), width);
      for (let j = 0; j < count; j++) {
        const start = cells[2 * (first + j)];
        const end = cells[2 * (first + j) + 1];
        if (end >= 0) profiles[j].add(text, start, end);
        else {
          const value = text.slice(start, ~end).replaceAll('""', '"');
          profiles[j].add(value, 0, value.length);
        }
      }
    }
    if (seen >= limit) break;
  }
  return profiles;
}
