// Sizes of the CDN build as a browser downloads it: each file compressed on its own (one request each).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const CDN_DIR = new URL('../dist/cdn/', import.meta.url);

/** min (as shipped), gzip -9 and brotli (quality 11) sizes of one file's bytes. */
export function sizesOf(bytes) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export function readManifest() {
  return JSON.parse(readFileSync(new URL('manifest.json', CDN_DIR), 'utf8'));
}

/** Total sizes of everything the named manifest entries load, each file counted once. */
export function sizesOfEntries(entryNames, manifest = readManifest()) {
  const files = new Set();
  for (const name of entryNames) {
    const entry = manifest.entries[name];
    if (!entry)
      throw new Error(
        `No CDN entry "${name}" in dist/cdn/manifest.json (entries: ${Object.keys(manifest.entries)})`,
      );
    for (const file of entry.loads) files.add(file);
  }
  const total = { min: 0, gzip: 0, brotli: 0, files: [...files] };
  for (const file of files) {
    const sizes = sizesOf(readFileSync(new URL(file, CDN_DIR)));
    total.min += sizes.min;
    total.gzip += sizes.gzip;
    total.brotli += sizes.brotli;
  }
  return total;
}

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
