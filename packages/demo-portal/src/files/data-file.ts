import { readFile } from 'node:fs/promises';
import type { ServedFile } from '../catalog/catalog.js';
import { DATA_DIR } from '../data-dir.js';

/** A file of the package's `data/` directory, served byte for byte. */
export function dataFile(path: string, contentType: string, modified: string): ServedFile {
  return {
    read: async () => new Uint8Array(await readFile(new URL(path, DATA_DIR))),
    contentType,
    gzipped: path.endsWith('.gz'),
    modified,
  };
}

/** A file generated in memory (the hostile dataset's downloads). */
export function memoryFile(text: string, contentType: string, modified: string): ServedFile {
  const bytes = new TextEncoder().encode(text);
  return { read: async () => bytes, contentType, modified };
}
