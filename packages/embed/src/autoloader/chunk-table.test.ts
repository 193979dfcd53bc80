import { expect } from '@open-wc/testing';
import { chunkTable, type ChunkEntry } from './chunk-table.js';

// table imports shared; lazy imports shared and table; shared imports nothing.
const CHUNKS: ChunkEntry[] = [
  ['chunks/shared-1.js', 'sha384-S', []],
  ['chunks/table-2.js', 'sha384-T', [0]],
  ['chunks/lazy-3.js', 'sha384-L', [0, 1]],
];

describe('chunk table of odw.js', () => {
  const table = chunkTable(CHUNKS, 'https://stadt.example/odw/odw-1.0.0.js');

  it('lists a chunk and everything it imports, each once, the chunk first, with hashes and URLs', () => {
    expect(table.verifiedFiles(2)).to.deep.equal([
      { url: 'https://stadt.example/odw/chunks/lazy-3.js', integrity: 'sha384-L' },
      { url: 'https://stadt.example/odw/chunks/shared-1.js', integrity: 'sha384-S' },
      { url: 'https://stadt.example/odw/chunks/table-2.js', integrity: 'sha384-T' },
    ]);
  });

  it('finds a chunk by its URL and knows no other files', () => {
    expect(table.indexOf('https://stadt.example/odw/chunks/table-2.js')).to.equal(1);
    expect(table.indexOf('https://elsewhere.example/odw/chunks/table-2.js')).to.equal(-1);
  });
});
