/**
 * The package's `data/` directory. This module sits directly in `src/` because the build puts its output
 * directly in `dist/`: `../data/` resolves to the same directory from both.
 */
export const DATA_DIR = new URL('../data/', import.meta.url);
