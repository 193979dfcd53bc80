import type { WarningCollector } from '../warnings.js';

/** The name of a column that has none (1-based, as users count columns). */
export const generatedName = (index: number) => `column_${index + 1}`;

/**
 * Makes column names unique and non-empty, keeping every name that already is: an empty name becomes
 * `column_<n>`, a repeated name `name_1`, `name_2` … (skipping names the header already has, as papaparse
 * does). `__proto__` and `constructor` are ordinary names. Each rename is reported.
 */
export function uniqueNames(raw: readonly string[], warnings: WarningCollector, line?: number): string[] {
  const taken = new Set<string>();
  for (const name of raw) if (name.trim() !== '') taken.add(name);
  const used = new Set<string>();
  const counts = new Map<string, number>();
  return raw.map((name, index) => {
    if (name.trim() === '') {
      let generated = generatedName(index);
      for (let k = 1; taken.has(generated) || used.has(generated); k++)
        generated = `${generatedName(index)}_${k}`;
      used.add(generated);
      warnings.add('renamed-header', `Column ${index + 1} has no name; it is called "${generated}".`, {
        line,
        field: generated,
      });
      return generated;
    }
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
    let count = counts.get(name) ?? 0;
    let renamed: string;
    do renamed = `${name}_${++count}`;
    while (taken.has(renamed) || used.has(renamed));
    counts.set(name, count);
    used.add(renamed);
    warnings.add(
      'renamed-header',
      `Column ${index + 1} repeats the name "${name}"; it is called "${renamed}".`,
      {
        line,
        field: renamed,
      },
    );
    return renamed;
  });
}
