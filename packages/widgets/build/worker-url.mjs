// Rollup plugin: bundles Workers written as `new URL('./x.worker.ts', import.meta.url)` into their own
// chunk and points the URL at it. The same source line works unbundled: the test runner's dev server
// serves the .ts file as JavaScript. Rollup has no built-in handling for this pattern.
import { basename } from 'node:path';

const WORKER_URL = /new URL\((['"])(\.{1,2}\/[^'"]+\.worker\.ts)\1,\s*import\.meta\.url\)/g;

export function workerUrl() {
  return {
    name: 'odw-worker-url',
    async transform(code, id) {
      if (!code.includes('.worker.ts')) return null;
      let output = code;
      for (const match of code.matchAll(WORKER_URL)) {
        const resolved = await this.resolve(match[2], id);
        if (!resolved) this.error(`Cannot resolve worker ${match[2]} from ${id}`);
        const ref = this.emitFile({ type: 'chunk', id: resolved.id, name: basename(match[2], '.ts') });
        output = output.replace(match[0], `new URL(import.meta.ROLLUP_FILE_URL_${ref})`);
      }
      return output === code ? null : { code: output, map: null };
    },
  };
}
