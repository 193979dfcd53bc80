// The custom-elements manifest (packages/widgets/custom-elements.json) from the elements' JSDoc, written
// by @custom-elements-manifest/analyzer. The builder's options form needs it at `npm start`, so the demo
// build generates it; `npm run docs` uses the same function.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
export const MANIFEST_FILE = new URL('packages/widgets/custom-elements.json', root);

/** Runs the analyzer and returns the manifest. */
export function generateCustomElementsManifest() {
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/@custom-elements-manifest/analyzer/cem.js',
      'analyze',
      '--config',
      'docs/custom-elements-manifest.config.mjs',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(`custom-elements-manifest analyzer failed:\n${result.stdout}${result.stderr}`);
  }
  return JSON.parse(readFileSync(MANIFEST_FILE, 'utf8'));
}
