// What a page downloads: our CDN entries against the shipped bundles of peers (min as shipped, gzip -9,
// brotli 11). Peers are devDependencies, measured from node_modules in the same run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kib, readManifest, sizesOf, sizesOfEntries } from '../../bundle-sizes.mjs';
import { markdownTable, ratio } from '../harness.mjs';

/** Peer bundles as a page would load them for a comparable job (script plus required CSS). */
const PEERS = [
  {
    name: 'Tabulator',
    job: 'table',
    pkg: 'tabulator-tables',
    files: ['dist/js/tabulator.min.js', 'dist/css/tabulator.min.css'],
  },
  {
    name: 'Grid.js',
    job: 'table',
    pkg: 'gridjs',
    files: ['dist/gridjs.umd.js', 'dist/theme/mermaid.min.css'],
  },
  { name: 'Chart.js', job: 'chart', pkg: 'chart.js', files: ['dist/chart.umd.min.js'] },
  { name: 'Leaflet', job: 'map', pkg: 'leaflet', files: ['dist/leaflet.js', 'dist/leaflet.css'] },
  {
    name: 'Opendatasoft visualizations',
    job: 'all',
    pkg: '@opendatasoft/visualizations',
    files: ['dist/index.umd.js', 'dist/index.css'],
  },
];

/** Our comparable entries: for each job, the autoloader plus that element's chunk. */
const OUR_JOBS = { table: ['odw', 'table'], chart: ['odw', 'chart'], map: ['odw', 'map'] };

/** Peers are hoisted devDependencies; some do not export their package.json, so no require.resolve. */
function packageDir(pkg) {
  return fileURLToPath(new URL(`../../../node_modules/${pkg}/`, import.meta.url));
}

export function peerSizes(peer) {
  const dir = packageDir(peer.pkg);
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  const total = { min: 0, gzip: 0, brotli: 0 };
  for (const file of peer.files) {
    const sizes = sizesOf(readFileSync(join(dir, file)));
    for (const key of Object.keys(total)) total[key] += sizes[key];
  }
  return { ...total, version };
}

export default {
  id: 'bundle-sizes',
  title: 'Bundle sizes',
  async run() {
    const manifest = readManifest();
    const ours = Object.keys(manifest.entries).map((name) => ({ name, ...sizesOfEntries([name], manifest) }));
    const oursTable = markdownTable(
      ['CDN entry (with what it imports)', 'min', 'gzip', 'brotli'],
      ours.map((e) => [`\`${e.name}\` (${e.files.join(', ')})`, kib(e.min), kib(e.gzip), kib(e.brotli)]),
    );

    const rows = [];
    for (const peer of PEERS) {
      const theirs = peerSizes(peer);
      const jobs = peer.job === 'all' ? Object.keys(OUR_JOBS) : [peer.job];
      const available = jobs.filter((job) => OUR_JOBS[job].every((e) => e in manifest.entries));
      const ourGzip = available.length
        ? sizesOfEntries([...new Set(available.flatMap((job) => OUR_JOBS[job]))], manifest).gzip
        : undefined;
      rows.push([
        `${peer.name} ${theirs.version}`,
        peer.job,
        kib(theirs.min),
        kib(theirs.gzip),
        kib(theirs.brotli),
        ourGzip === undefined ? 'n/a (element not built yet)' : `${kib(ourGzip)} (${available.join(' + ')})`,
        ourGzip === undefined ? '–' : ratio(ourGzip, theirs.gzip),
      ]);
    }
    const peersTable = markdownTable(
      ['peer bundle', 'job', 'min', 'gzip', 'brotli', 'odw for the same job (gzip)', 'ratio odw/peer (gzip)'],
      rows,
    );
    return (
      `Every entry of \`dist/cdn\`, each file compressed on its own as it is requested:\n\n${oursTable}\n\n` +
      `Peers' shipped bundles (script + required CSS) against what odw loads for the same job ` +
      `(autoloader + that element's chunks):\n\n${peersTable}`
    );
  },
};
