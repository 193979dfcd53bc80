import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/**
 * The directory of PGlite's build (`pglite.wasm`, `pglite.data`, its `package.json` one level up).
 * `createRequire` rather than `import.meta.resolve`, which the test runner's CommonJS transform lacks.
 */
export function pgliteDist(): string {
  return dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
}
