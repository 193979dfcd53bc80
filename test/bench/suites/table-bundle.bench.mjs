// What a page downloads for a table: the autoloader and <odw-table> (with everything they load before
// the first row: Lit, @odw/client) against the shipped bundles of Tabulator, Grid.js and AG Grid
// Community, and what odw's share consists of (from the source maps).
import { readFileSync } from 'node:fs';
import { kib, readManifest, sizesOf, sizesOfEntries, CDN_DIR } from '../../bundle-sizes.mjs';
import { markdownTable, ratio } from '../harness.mjs';
import { peerSizes } from './bundle-sizes.bench.mjs';
import { PEERS } from './table-bench-support.mjs';

/** The gzip budget of "autoloader + table" (test/size-budgets.json), so the text cannot drift from it. */
const { budgets } = JSON.parse(readFileSync(new URL('../../size-budgets.json', import.meta.url), 'utf8'));
const BUDGET = budgets.find((b) => b.entries.join() === 'odw,table').gzip;

/** Minified bytes per origin (Lit, @odw/client, the table), read from the source maps of the files. */
async function shares(files) {
  const { TraceMap, eachMapping } = await import('@jridgewell/trace-mapping');
  const bytes = { lit: 0, client: 0, widgets: 0, other: 0 };
  for (const file of files) {
    const code = readFileSync(new URL(file, CDN_DIR), 'utf8');
    let map;
    try {
      map = new TraceMap(readFileSync(new URL(`${file}.map`, CDN_DIR), 'utf8'));
    } catch {
      bytes.other += code.length;
      continue;
    }
    const lines = code.split('\n');
    const segments = [];
    eachMapping(map, (m) => segments.push(m));
    for (let i = 0; i < segments.length; i++) {
      const m = segments[i];
      const next = segments[i + 1];
      const end =
        next && next.generatedLine === m.generatedLine
          ? next.generatedColumn
          : lines[m.generatedLine - 1].length;
      const source = m.source ?? '';
      const key = /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(source)
        ? 'lit'
        : source.includes('packages/client/')
          ? 'client'
          : source.includes('packages/widgets/')
            ? 'widgets'
            : 'other';
      bytes[key] += end - m.generatedColumn;
    }
  }
  return bytes;
}

export default {
  id: 'table-bundle',
  title: 'Table: bundle size against peers',
  async run() {
    const manifest = readManifest();
    const entries = ['odw', 'table'];
    const ours = sizesOfEntries(entries, manifest);
    const rows = Object.values(PEERS).map((peer) => {
      const theirs = peerSizes(peer);
      return [
        `${peer.name} ${theirs.version}`,
        peer.files.join(' + '),
        kib(theirs.min),
        kib(theirs.gzip),
        ratio(ours.gzip, theirs.gzip),
      ];
    });
    const split = await shares(ours.files.filter((f) => f.endsWith('.js')));
    const total = Object.values(split).reduce((a, b) => a + b, 0);
    const share = (key) => `${kib(split[key])} min (${((split[key] / total) * 100).toFixed(0)} %)`;
    // The table's own chunks loaded on first use (filters, errors, files, local engine, Worker, download).
    const lazy = Object.keys(manifest.files)
      .filter(
        (file) =>
          file.startsWith('chunks/') && !ours.files.includes(file) && !file.startsWith('chunks/parse.worker'),
      )
      .map(
        (file) =>
          `\`${file.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '')}\` ${kib(sizesOf(readFileSync(new URL(file, CDN_DIR))).gzip)}`,
      );
    return (
      `odw: the autoloader and the table chunk with everything it imports statically (${ours.files.join(', ')}): ` +
      `${kib(ours.min)} min, **${kib(ours.gzip)} gzip** (budget ${kib(BUDGET)}). Of the minified code: Lit ${share('lit')}, ` +
      `@odw/client ${share('client')}, the table and shared widget code ${share('widgets')}. Loaded only when ` +
      `needed (gzip): ${lazy.join(', ')}.\n\n` +
      markdownTable(['peer bundle', 'files', 'min', 'gzip', 'odw / peer (gzip)'], rows)
    );
  },
};
