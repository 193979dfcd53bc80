/**
 * The payload corpus of the hostile dataset: the Big List of Naughty Strings (MIT, Max Woolf; the npm
 * package `big-list-of-naughty-strings`, which is the list's own repository) plus the injection vectors of
 * `xss-vectors.ts`. This module has no Node.js imports, so browser tests can import it too
 * (`@odw/demo-portal/hostile-corpus`).
 */
import blns from 'big-list-of-naughty-strings/blns.json' with { type: 'json' };
import { hostileHtml, hostileKeys, hostileMarkdown, hostileUrls, xssVectors } from './xss-vectors.js';

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

const tripwired = (text: string) => text.replace(/\b(alert|prompt|confirm)\(/g, '__odwPwned(');

const blnsTripwired = [...new Set((blns as string[]).map(tripwired))];

/** The hostile corpus. */
export const hostileCorpus: HostileCorpus = Object.freeze({
  blns: Object.freeze(blnsTripwired),
  blnsOriginal: Object.freeze([...(blns as string[])]),
  html: hostileHtml,
  urls: hostileUrls,
  markdown: hostileMarkdown,
  keys: hostileKeys,
  all: Object.freeze([...new Set([...blnsTripwired, ...xssVectors])]),
});

/** Names and ids of the hostile dataset, for tests that load it. */
export const HOSTILE_DATASET = Object.freeze({
  /** The organization that holds only test data: filter it out with `fq=-organization:odw-test`. */
  organization: 'odw-test',
  group: 'odw-test-gruppe',
  /** The dataset's name (slug). */
  dataset: 'odw-feindliche-daten',
  /** The DataStore table: one row per corpus string, column names drawn from the corpus. */
  tableResourceId: 'cd1e88a2-d5fa-4b84-af19-89b62bb5e6ed',
  /** GeoJSON points whose property names and values are drawn from the corpus (also in the DataStore). */
  geojsonResourceId: '122bb855-7fb1-45ee-8358-504c81c13bd7',
});
