// The embed tests check what ships: they build the CDN target once per test run into a temporary folder
// (about 5 s). ODW_TEST_CDN_DIR=dist/cdn tests an existing build instead, when iterating.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** dist/cdn/manifest.json */
export interface CdnManifest {
  version: string;
  files: Record<string, string>;
  entries: Record<string, { file: string; alias?: string; tag?: string; integrity: string; loads: string[] }>;
}

export interface CdnBuild {
  dir: string;
  manifest: CdnManifest;
}

/** One element of packages/embed/elements.json. */
export interface ElementEntry {
  widget: string;
  tag: string;
  module: string;
  binds: string[];
  example: Record<string, string>;
}

const root = new URL('../../../', import.meta.url);

export const ELEMENTS: ElementEntry[] = JSON.parse(
  readFileSync(new URL('packages/embed/elements.json', root), 'utf8'),
).elements;

function buildInto(dir: string): Promise<void> {
  const rollup = new URL('node_modules/rollup/dist/bin/rollup', root).pathname;
  const args = [rollup, '-c', '--silent', '--environment', 'ODW_TARGET:cdn'];
  const child = spawn(process.execPath, args, {
    cwd: root.pathname,
    env: { ...process.env, ODW_CDN_DIR: dir, ODW_CDN_QUIET: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`CDN build exited with ${code}`))));
  });
}

let build: Promise<CdnBuild> | undefined;

/** The CDN build under test (built on first call). */
export function cdnBuild(): Promise<CdnBuild> {
  build ??= (async () => {
    let dir = process.env.ODW_TEST_CDN_DIR;
    if (!dir) {
      const tmp = mkdtempSync(join(tmpdir(), 'odw-cdn-'));
      process.once('exit', () => rmSync(tmp, { recursive: true, force: true }));
      await buildInto(tmp);
      dir = tmp;
    }
    return { dir, manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) };
  })();
  return build;
}
