// What the demo site serves, for `npm start` and for the tests: the pages (demo/), the CDN build under
// /cdn/, the demo's own scripts under /build/, and the guides under /docs/.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * URL prefix → folder for the static server.
 * @param {{ cdnDir?: string, demoDir?: string }} [dirs] the builds to serve; default dist/cdn, dist/demo
 */
export function demoSiteMounts({ cdnDir = `${root}dist/cdn`, demoDir = `${root}dist/demo` } = {}) {
  return { '/cdn/': cdnDir, '/build/': demoDir, '/docs/': `${root}docs`, '/': `${root}demo` };
}
