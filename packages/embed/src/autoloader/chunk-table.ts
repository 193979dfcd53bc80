import type { VerifiedFile } from './verified-import.js';

/** One chunk file: name relative to odw.js, SRI hash, and the chunks it imports statically (indexes). */
export type ChunkEntry = readonly [file: string, integrity: string, imports: readonly number[]];

/**
 * The chunk files of one copy of odw.js, built into it: which files a chunk needs, and their hashes.
 *
 * @param chunks the table the build generated
 * @param base the URL of odw.js; chunk names resolve against it
 */
export function chunkTable(chunks: readonly ChunkEntry[], base: string) {
  const urls = chunks.map(([file]) => new URL(file, base).href);

  /** The chunk and everything it imports statically, each once, the chunk first. */
  function verifiedFiles(index: number): VerifiedFile[] {
    const seen = new Set<number>();
    const visit = (i: number) => {
      if (seen.has(i)) return;
      seen.add(i);
      for (const imported of chunks[i][2]) visit(imported);
    };
    visit(index);
    return [...seen].map((i) => ({ url: urls[i], integrity: chunks[i][1] }));
  }

  return {
    verifiedFiles,
    /** The index of the chunk at `url`, or -1 when it is not one of these files. */
    indexOf: (url: string) => urls.indexOf(url),
  };
}
