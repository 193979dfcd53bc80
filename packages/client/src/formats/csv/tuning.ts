/**
 * Internal knobs of the CSV reader. Not part of the public API; tests lower `sampleRows` to exercise the
 * path where types are guessed from a sample and checked while the rows are built.
 */
export const tuning = {
  /** Rows profiled before the rows are built; larger tables are typed from this sample and checked. */
  sampleRows: 10_000,
};
