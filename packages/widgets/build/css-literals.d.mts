import type { Plugin } from 'rollup';

/** The CSS text with comments and needless spaces removed; every line break is kept. */
export function minifyCss(text: string): string;
/** Rollup plugin that minifies the CSS of Lit's css`…` literals without interpolations. */
export function minifyCssLiterals(): Plugin;
