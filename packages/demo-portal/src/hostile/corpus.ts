/**
 * The payload corpus of the hostile dataset: the Big List of Naughty Strings (MIT, Max Woolf; the npm
 * package `big-list-of-naughty-strings`, which is the list's own repository) plus the injection vectors of
 * `xss-vectors.ts`. Node only; browser tests load the same corpus from the portal with
 * `loadHostileCorpus()` of `@odw/demo-portal/hostile-corpus`.
 */
import { createRequire } from 'node:module';
import type { HostileCorpus } from './hostile-types.js';
import { hostileHtml, hostileKeys, hostileMarkdown, hostileUrls, xssVectors } from './xss-vectors.js';

const blns = createRequire(import.meta.url)('big-list-of-naughty-strings/blns.json') as string[];

const tripwired = (text: string) => text.replace(/\b(alert|prompt|confirm)\(/g, '__odwPwned(');

const blnsTripwired = [...new Set(blns.map(tripwired))];

/** The hostile corpus. */
export const hostileCorpus: HostileCorpus = Object.freeze({
  blns: Object.freeze(blnsTripwired),
  blnsOriginal: Object.freeze([...blns]),
  html: hostileHtml,
  urls: hostileUrls,
  markdown: hostileMarkdown,
  keys: hostileKeys,
  all: Object.freeze([...new Set([...blnsTripwired, ...xssVectors])]),
});

export { HOSTILE_DATASET } from './hostile-ids.js';
export type { HostileCorpus } from './hostile-types.js';
