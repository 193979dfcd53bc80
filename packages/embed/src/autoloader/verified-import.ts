/**
 * Imports a chunk only after the browser checked the Subresource Integrity hash of the chunk and of every
 * chunk it imports. `import()` itself takes no `integrity`, but a `<link rel="modulepreload" integrity>`
 * puts the verified module into the page's module map, and the `import()` that follows uses that entry
 * instead of fetching again. So an `integrity` on the odw.js tag extends to everything it loads.
 *
 * @module
 */

/** A file to load and the SRI hash it must match. */
export interface VerifiedFile {
  url: string;
  integrity: string;
}

const preloads = new Map<string, Promise<void>>();

const supportsModulePreload = () =>
  document.createElement('link').relList.supports?.('modulepreload') ?? false;

function preload({ url, integrity }: VerifiedFile): Promise<void> {
  let done = preloads.get(url);
  if (!done) {
    done = new Promise<void>((resolve, reject) => {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = url;
      link.integrity = integrity;
      link.crossOrigin = 'anonymous';
      link.onload = () => resolve();
      link.onerror = () => {
        preloads.delete(url); // a later element may try again (the network may have failed)
        link.remove();
        reject(new Error(`could not load ${url}: missing, blocked, or not matching its integrity hash`));
      };
      document.head.append(link);
    });
    preloads.set(url, done);
  }
  return done;
}

/**
 * Verifies all `files`, then imports the first one and returns it. Rejects without executing anything
 * when one file is missing or does not match its hash.
 */
export async function importVerified(files: readonly VerifiedFile[]): Promise<unknown> {
  // Without modulepreload (browsers before 2023) the files still load, just without the extra check.
  if (supportsModulePreload()) await Promise.all(files.map(preload));
  return import(/* webpackIgnore: true */ files[0].url);
}
