// Small rollup helpers of the CDN build.
import { createHash } from 'node:crypto';

/** The Subresource Integrity value of some bytes (sha384, as browsers and the SRI spec recommend). */
export const sriOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Modules generated at build time: `import { X } from 'odw:name'` gets the code `modules['odw:name']()`
 * returns. Generated when imported, so they can use results of earlier build passes.
 */
export function virtualModules(modules) {
  return {
    name: 'odw-virtual-modules',
    resolveId: (id) => (Object.hasOwn(modules, id) ? `\0${id}` : null),
    load: (id) =>
      id.startsWith('\0') && Object.hasOwn(modules, id.slice(1)) ? modules[id.slice(1)]() : null,
  };
}

/**
 * Drops the comments of the elements' style sheets (`*.styles.ts`) from the CDN build: they explain the
 * CSS in the source and would otherwise ship inside the `css` template literals (terser keeps strings as
 * they are). Line breaks stay, so line numbers in source maps still match.
 */
export function stripStyleComments() {
  return {
    name: 'odw-strip-style-comments',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id)) return null;
      return { code: code.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, '')), map: null };
    },
  };
}
