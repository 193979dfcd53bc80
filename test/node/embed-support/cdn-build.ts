// The embed tests check what ships: they build the CDN target (and the demo's builder) once per test run
// into temporary folders (about 5 s each). ODW_TEST_CDN_DIR=dist/cdn ODW_TEST_DEMO_DIR=dist/demo test
// existing builds instead, when iterating.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-dir.js';

/**
 * How long a test may wait for the builds in its `before` hook. They take about 5–10 s each on an idle
 * machine; the limit only guards against a hung build.
 */
export const BUILD_TIMEOUT = 300_000;

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

function buildInto(target: 'cdn' | 'demo', dir: string): Promise<void> {
  const rollup = new URL('node_modules/rollup/dist/bin/rollup', root).pathname;
  const args = [rollup, '-c', '--silent', '--environment', `ODW_TARGET:${target}`];
  const child = spawn(process.execPath, args, {
    cwd: root.pathname,
    env: { ...process.env, ODW_CDN_DIR: dir, ODW_DEMO_DIR: dir, ODW_CDN_QUIET: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${target} build exited with ${code}`)),
    );
  });
}

/** A build into a temporary folder, or the folder named by `existing` when set. */
async function buildOnce(target: 'cdn' | 'demo', existing: string | undefined): Promise<string> {
  if (existing) return existing;
  const dir = tempDir(`odw-${target}-`);
  await buildInto(target, dir);
  return dir;
}

let cdn: Promise<CdnBuild> | undefined;
let demo: Promise<string> | undefined;

/** The CDN build under test (built on first call; ODW_TEST_CDN_DIR names an existing one). */
export function cdnBuild(): Promise<CdnBuild> {
  cdn ??= buildOnce('cdn', process.env.ODW_TEST_CDN_DIR).then((dir) => ({
    dir,
    manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')),
  }));
  return cdn;
}

/** The demo scripts (builder) under test: a folder like dist/demo (ODW_TEST_DEMO_DIR names an existing one). */
export function demoBuild(): Promise<string> {
  demo ??= buildOnce('demo', process.env.ODW_TEST_DEMO_DIR);
  return demo;
}
