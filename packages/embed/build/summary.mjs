// Prints what a city or newsroom needs from a CDN build: the public files with their SRI hashes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROLES = {
  odw: 'autoloader: <script type="module">',
  'odw-loader': 'loader for CMSes with classic scripts only: <script defer>',
  'odw-resize': 'auto-height for iframes, on the host page: <script defer>',
  embed: 'iframe page: embed.html?widget=…',
};

export function printSummary(outDir, manifest) {
  const gzip = (file) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length / 1024;
  const lines = [`odw ${manifest.version} CDN build → ${outDir}`];
  for (const [name, role] of Object.entries(ROLES)) {
    const entry = manifest.entries[name];
    lines.push(`  ${entry.file.padEnd(22)} ${role}`);
    if (entry.file.endsWith('.js'))
      lines.push(`  ${''.padEnd(22)} ${entry.integrity}  (${gzip(entry.file).toFixed(1)} KiB gzip)`);
  }
  for (const [name, entry] of Object.entries(manifest.entries)) {
    if (!entry.tag) continue;
    const kib = entry.loads.reduce((sum, file) => sum + gzip(file), 0).toFixed(1);
    lines.push(
      `  <${entry.tag}> (${name}): ${entry.loads.length} file(s), ${kib} KiB gzip, loaded on first use`,
    );
  }
  console.log(lines.join('\n'));
}
