import { existsSync } from 'node:fs';

/** The repository root. */
const ROOT = new URL('../../../', import.meta.url);

/**
 * A file of the research fixtures that live beside the repository (`../shared/fixtures`, or
 * `$ODW_SHARED_FIXTURES`); `undefined` when they are not there (CI), and tests then have nothing to compare.
 * Git worktrees sit one level deeper, so the parent of the parent is tried too.
 */
export function researchFixture(path: string): URL | undefined {
  const candidates = [
    ...(process.env.ODW_SHARED_FIXTURES
      ? [new URL(`${path}`, `file://${process.env.ODW_SHARED_FIXTURES.replace(/\/?$/, '/')}`)]
      : []),
    new URL(`../shared/fixtures/${path}`, ROOT),
    new URL(`../../shared/fixtures/${path}`, ROOT),
  ];
  return candidates.find((url) => existsSync(url));
}
