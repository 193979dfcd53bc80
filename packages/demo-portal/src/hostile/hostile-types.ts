/** The strings the hostile dataset is made of, by kind; tests assert that visible text equals them. */
export interface HostileCorpus {
  /**
   * The Big List of Naughty Strings, with `alert(`, `prompt(` and `confirm(` calls rewritten to
   * `__odwPwned(` so that an executing payload trips the tests' tripwire. Duplicates are removed.
   */
  readonly blns: readonly string[];
  /** The list exactly as published. */
  readonly blnsOriginal: readonly string[];
  /** HTML and SVG vectors. */
  readonly html: readonly string[];
  /** URLs with `javascript:`, `data:`, `vbscript:` and `file:` in many spellings. */
  readonly urls: readonly string[];
  /** Markdown vectors, including 300-level nesting. */
  readonly markdown: readonly string[];
  /** Prototype-polluting keys (`__proto__`, `constructor` …). */
  readonly keys: readonly string[];
  /** `blns` followed by every vector, without duplicates: the rows of the hostile table. */
  readonly all: readonly string[];
}
