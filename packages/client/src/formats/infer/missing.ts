// Markers that stand for "no value" in typed columns of German statistics and portals: `-` (nichts
// vorhanden), `.` (unbekannt/geheim), `x` (gesperrt), `/` (nicht sicher genug), `...` (später), `k.A.`,
// `n/a`, `NA`, `#NV` (Excel). In a text column they stay text; in a numeric or date column they become
// `null` and are counted in a warning, so the difference between `-` and `.` is reported, not silently lost.

const MARKERS = new Set([
  '-',
  '–',
  '—',
  '.',
  '..',
  '...',
  '/',
  'x',
  'X',
  '*',
  'k.A.',
  'k. A.',
  'k.a.',
  'n/a',
  'N/A',
  'n.a.',
  'NA',
  'null',
  'NULL',
  '#NV',
  '#N/A',
]);

/** Whether the trimmed cell `text[start, end)` is a missing-value marker. */
export function isMissingMarker(text: string, start: number, end: number): boolean {
  return end - start <= 5 && MARKERS.has(text.slice(start, end));
}

/** Whether a character code is blank space that is trimmed before typing a value. */
export function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009;
}
