/**
 * Every element the trust gates cover: one registration each. An element in the custom-elements manifest
 * without a registration here fails the registry gate, so a new element cannot ship uncovered.
 */
import { odwTable } from './odw-table.js';
import type { ElementRegistration } from './types.js';

export const REGISTRATIONS: readonly ElementRegistration[] = [odwTable];

/** The registrations this run covers: all, or those named in `QUALITY_ELEMENTS` (comma-separated tags). */
export function selectedRegistrations(): readonly ElementRegistration[] {
  const wanted = process.env.QUALITY_ELEMENTS?.split(',').map((t) => t.trim());
  return wanted ? REGISTRATIONS.filter((r) => wanted.includes(r.tag)) : REGISTRATIONS;
}
