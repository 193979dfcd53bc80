import { sameChars } from '../infer/column-profile.js';

/**
 * Shares equal short strings of a column (categories, codes, station ids) instead of allocating one copy
 * per row: a hash table keyed by the characters in the source text, so a value that was seen before costs
 * no allocation at all. Gives up (and frees the table) when the column turns out to be mostly distinct
 * (more than half of 2 048 or more values new).
 */
export class TextInterner {
  private table: (string | undefined)[] | undefined = new Array(1024);
  private mask = 1023;
  private size = 0;
  private lookups = 0;

  intern(text: string, start: number, end: number): string {
    const length = end - start;
    const table = this.table;
    // One-character strings come from V8's single-character cache without allocation.
    if (!table || length > 24 || length < 2) return text.slice(start, end);
    this.lookups++;
    let slot = hashOf(text, start, end) & this.mask;
    for (let entry = table[slot]; entry !== undefined; entry = table[slot]) {
      if (entry.length === length && sameChars(entry, 0, text, start, length)) return entry;
      slot = (slot + 1) & this.mask;
    }
    const value = text.slice(start, end);
    table[slot] = value;
    this.size++;
    if (this.size >= 2048 && this.size * 2 > this.lookups) this.table = undefined;
    else if (this.size * 2 > this.mask) this.grow();
    return value;
  }

  private grow(): void {
    const old = this.table!;
    this.mask = old.length * 2 - 1;
    const table: (string | undefined)[] = new Array(old.length * 2);
    for (const value of old) {
      if (value === undefined) continue;
      let slot = hashOf(value, 0, value.length) & this.mask;
      while (table[slot] !== undefined) slot = (slot + 1) & this.mask;
      table[slot] = value;
    }
    this.table = table;
  }
}

/**
 * A string hash with good low bits (open addressing uses them): FNV-1a over the characters, then
 * MurmurHash3's finalizer, so similar ids (`010.005.2005.000.010`, `…001.010`) do not cluster.
 */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}
