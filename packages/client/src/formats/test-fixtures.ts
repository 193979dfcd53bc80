// Test helper (not part of the build): reads fixture files in Node and in Chromium alike.
import type * as Fs from 'node:fs';
import type * as Path from 'node:path';
import type { CellValue, Table } from '../types.js';

/** Fixture files in the repository, relative to packages/client/test/fixtures/formats/. */
const FIXTURES = new URL('../../test/fixtures/formats/', import.meta.url);

const inNode = typeof window === 'undefined';

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function readBytes(url: URL): Promise<Uint8Array<ArrayBuffer>> {
  if (inNode) {
    const fs = process.getBuiltinModule('node:fs') as typeof Fs;
    return new Uint8Array(fs.readFileSync(url));
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`fixture ${url} not found (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The bytes of a repository fixture; `.gz` files are decompressed. */
export async function fixture(name: string): Promise<Uint8Array> {
  const bytes = await readBytes(new URL(name, FIXTURES));
  return name.endsWith('.gz') ? gunzip(bytes) : bytes;
}

/**
 * The shared collection of real files (`shared/fixtures/datasets`), found next to or above the repository,
 * or at $ODW_SHARED_FIXTURES. Only in Node; `undefined` where it is absent (CI), so tests can skip that part.
 */
export function sharedDatasetsDir(): string | undefined {
  if (!inNode) return undefined;
  const fs = process.getBuiltinModule('node:fs') as typeof Fs;
  const path = process.getBuiltinModule('node:path') as typeof Path;
  const candidates = process.env.ODW_SHARED_FIXTURES ? [process.env.ODW_SHARED_FIXTURES] : [];
  let dir = path.resolve(new URL('../../../../', import.meta.url).pathname);
  for (let up = 0; up < 4; up++, dir = path.dirname(dir))
    candidates.push(path.join(dir, 'shared', 'fixtures'));
  const found = candidates.find((c) => fs.existsSync(path.join(c, 'datasets')));
  return found && path.join(found, 'datasets');
}

/** The bytes of a file in the shared collection, or `undefined` when the collection is absent. */
export function sharedDataset(relative: string): Uint8Array | undefined {
  const dir = sharedDatasetsDir();
  if (!dir) return undefined;
  const fs = process.getBuiltinModule('node:fs') as typeof Fs;
  return new Uint8Array(fs.readFileSync(`${dir}/${relative}`));
}

/** Encodes text as Windows-1252 (for test inputs; the characters must exist in that encoding). */
export function windows1252(text: string): Uint8Array<ArrayBuffer> {
  const special: Record<string, number> = {
    '€': 0x80,
    '„': 0x84,
    '“': 0x93,
    '”': 0x94,
    '–': 0x96,
    '—': 0x97,
  };
  return Uint8Array.from([...text], (char) => {
    const code = special[char] ?? char.charCodeAt(0);
    if (code > 0xff) throw new Error(`${char} is not in Windows-1252`);
    return code;
  });
}

/** The value of the named column in a row of a table. */
export function cell(table: Table, row: number, name: string): CellValue {
  const j = table.fields.findIndex((f) => f.name === name);
  if (j < 0) throw new Error(`no column ${name}`);
  return table.rows[row][j];
}
