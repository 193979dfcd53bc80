/**
 * A freshly initialized PGlite cluster, cached on disk. Restoring it skips `initdb` (about 2 s of the
 * portal's start-up). It holds no data, so it can only go stale when PGlite itself changes: the file name
 * carries PGlite's version.
 *
 * `ODW_PORTAL_CACHE` sets the directory (default: the OS temp directory); `ODW_PORTAL_CACHE=off` disables it.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pgliteDist } from './pglite-dist.js';

async function pgliteVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(pgliteDist(), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

async function templateFile(): Promise<string | null> {
  const setting = process.env.ODW_PORTAL_CACHE;
  if (setting === 'off') return null;
  const dir = setting || join(tmpdir(), 'odw-demo-portal-cache');
  return join(dir, `pglite-${await pgliteVersion()}-template.tar`);
}

/** The cached template, or `null` when there is none (or caching is off). */
export async function loadTemplate(): Promise<Blob | null> {
  const file = await templateFile();
  if (!file) return null;
  try {
    return new Blob([await readFile(file)]);
  } catch {
    return null;
  }
}

/** Stores a template; failures only cost start-up time later, so they are ignored. */
export async function saveTemplate(dump: () => Promise<Blob>): Promise<void> {
  const file = await templateFile();
  if (!file) return;
  try {
    await mkdir(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, Buffer.from(await (await dump()).arrayBuffer()));
    await rename(temporary, file);
  } catch {
    // A read-only or full disk: the next start runs initdb again.
  }
}
