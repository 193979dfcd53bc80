import { sameChars } from '../infer/column-profile.js';

/**
 * Shares equal short strings of a column (categories, codes, station ids) instead of allocating one copy
 * per row: a hash table keyed by the characters in the source text, so a value that was seen before costs
 * no allocation at all. Gives up (and frees the table) when the column turns out to be mostly distinct.
 */
export class TextInterner {
  private table: (string | undefined)[] | undefined = new Array(1024);
  private mask = 1023;
  private size = 0;
  private lookups = 0;

  intern(text: string, start: number, end: number): string {
    const length = end - start;
    const table = this.table;
    if (!table || length > 24) return text.slice(start, end);
    let hash = length;
    for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
    let slot = hash & this.mask;
    for (let entry = table[slot]; entry !== undefined; entry = table[slot]) {
      if (entry.length === length && sameChars(entry, 0, text, start, length)) return entry;
      slot = (slot + 1) & this.mask;
    }
    const value = text.slice(start, end);
    table[slot] = value;
    this.size++;
    if (++this.lookups >= 16384 && this.size * 4 > this.lookups) this.table = undefined;
    else if (this.size * 2 > this.mask) this.grow();
    return value;
  }

  private grow(): void {
    const old = this.table!;
    this.mask = old.length * 2 - 1;
    const table: (string | undefined)[] = new Array(old.length * 2);
    for (const value of old) {
      if (value === undefined) continue;
      let hash = value.length;
      for (let i = 0; i < value.length; i++) hash = (Math.imul(hash, 31) + value.charCodeAt(i)) | 0;
      let slot = hash & this.mask;
      while (table[slot] !== undefined) slot = (slot + 1) & this.mask;
      table[slot] = value;
    }
    this.table = table;
  }
}
