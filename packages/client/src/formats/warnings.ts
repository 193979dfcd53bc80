import type { DataWarning } from '../types.js';

/** Where a warning applies. */
export interface WarningPlace {
  line?: number;
  field?: string;
}

/**
 * Collects the warnings of one parse. Warnings of the same code (and column) fold into one entry that keeps
 * the first occurrence's message and line and counts the rest, so a million ragged rows make one warning.
 */
export class WarningCollector {
  private readonly byKey = new Map<string, DataWarning>();

  add(code: string, message: string, place: WarningPlace = {}, count = 1): void {
    const key = place.field === undefined ? code : `${code}\u0000${place.field}`;
    const existing = this.byKey.get(key);
    if (existing) {
      existing.count = (existing.count ?? 1) + count;
      return;
    }
    const warning: DataWarning = { code, message };
    if (place.line !== undefined) warning.line = place.line;
    if (place.field !== undefined) warning.field = place.field;
    if (count !== 1) warning.count = count;
    this.byKey.set(key, warning);
  }

  has(code: string): boolean {
    for (const warning of this.byKey.values()) if (warning.code === code) return true;
    return false;
  }

  list(): DataWarning[] {
    return [...this.byKey.values()];
  }
}
