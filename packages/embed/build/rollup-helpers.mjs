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
