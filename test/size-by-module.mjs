// `npm run size -- --by-module [entry]`: which source modules an entry's gzip bytes come from (default
// entry: table). Each module's share is what leaving its bytes out saves: gzip of the whole file minus
// gzip of the file without that module's code (per the file's source map), so shared dictionary effects
// are counted where they fall. Shares do not add up exactly to the file's size. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CDN_DIR, kib, readManifest } from './bundle-sizes.mjs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one segment of a source map's `mappings` (base64 VLQ numbers). */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * For every character of `code`, the index of the source it was generated from (-1: none). A mapping
 * covers everything up to the next one, across line breaks: the lines of a multi-line template literal
 * (CSS, HTML templates) have no mappings of their own.
 */
function ownersOf(code, map) {
  const owners = new Int32Array(code.length).fill(-1);
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const starts = [];
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    let column = 0;
    for (const segment of line.split(',').filter(Boolean)) {
      const [columnDelta, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      if (sourceDelta !== undefined) source += sourceDelta;
      starts.push([lineStarts[index] + column, sourceDelta === undefined ? -1 : source]);
    }
  });
  starts.forEach(([start, owner], i) => owners.fill(owner, start, starts[i + 1]?.[0] ?? code.length));
  return owners;
}

const moduleName = (source) => source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)*(packages\/)?/, '');

export function sizeByModule(entryName) {
  const entry = readManifest().entries[entryName];
  if (!entry) throw new Error(`No CDN entry "${entryName}" in dist/cdn/manifest.json`);
  const shares = new Map();
  for (const file of entry.loads.filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(new URL(file, CDN_DIR), 'utf8');
    const map = JSON.parse(readFileSync(new URL(`${file}.map`, CDN_DIR), 'utf8'));
    const owners = ownersOf(code, map);
    const whole = gzipSync(code, { level: 9 }).length;
    [...map.sources, '(not in the source map)'].forEach((source, index, all) => {
      if (index === all.length - 1) index = -1;
      let rest = '';
      for (let i = 0; i < code.length; i++) if (owners[i] !== index) rest += code[i];
      const share = whole - gzipSync(rest, { level: 9 }).length;
      const name = moduleName(source);
      shares.set(name, (shares.get(name) ?? 0) + share);
    });
  }
  return [...shares].sort((a, b) => b[1] - a[1]);
}

/** Prints the modules of `entryName` that cost at least 50 bytes gzip, largest first. */
export function printSizeByModule(entryName = 'table') {
  console.log(`gzip bytes of "${entryName}" by source module (what leaving each out would save):`);
  for (const [name, share] of sizeByModule(entryName)) {
    if (share >= 50) console.log(`${kib(share).padStart(9)}  ${name}`);
  }
}
