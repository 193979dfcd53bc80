// Rollup plugin: writes dist/cdn/manifest.json, which lists for the autoloader and for every element
// chunk the files a browser loads for it (the chunk and everything it imports statically). The size
// budget check, the benchmarks and the builder's SRI hashes read it.
import { createHash } from 'node:crypto';

/** @returns {import('rollup').Plugin} */
export function cdnManifest() {
  return {
    name: 'odw-cdn-manifest',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const closure = (fileName, seen = new Set()) => {
        if (seen.has(fileName)) return seen;
        seen.add(fileName);
        for (const imported of byFile.get(fileName)?.imports ?? []) closure(imported, seen);
        return seen;
      };
      const integrity = (fileName) => {
        const item = bundle[fileName];
        const code = item.type === 'chunk' ? item.code : item.source;
        return `sha384-${createHash('sha384').update(code).digest('base64')}`;
      };
      const entries = {};
      for (const chunk of chunks) {
        if (!chunk.isEntry && !chunk.isDynamicEntry) continue;
        entries[chunk.name] = {
          file: chunk.fileName,
          integrity: integrity(chunk.fileName),
          loads: [...closure(chunk.fileName)],
        };
      }
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.json',
        source: JSON.stringify({ entries }, null, 2),
      });
    },
  };
}
