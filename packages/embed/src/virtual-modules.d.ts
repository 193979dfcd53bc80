// Modules the CDN build generates (packages/embed/build/cdn-build.mjs) from packages/embed/elements.json
// and from the files of earlier build passes.

declare module 'odw:cdn-chunks' {
  /** The odw version of this build. */
  export const VERSION: string;
  /** Chunk files, relative to odw.js, each with its SRI hash (`sha384-…`). */
  export const FILES: readonly (readonly [file: string, integrity: string])[];
  /** For each element tag: indexes into `FILES`, its own chunk first, then every chunk it imports. */
  export const TAGS: Readonly<Record<string, readonly number[]>>;
}

declare module 'odw:widgets' {
  /** The odw version of this build. */
  export const VERSION: string;
  /** Widget names as `embed.html?widget=…` takes them, each with its element tag. */
  export const WIDGETS: Readonly<Record<string, string>>;
}

declare module 'odw:autoloader-file' {
  /** The versioned file name of the autoloader, relative to the loader script. */
  export const FILE: string;
  /** Its SRI hash. */
  export const INTEGRITY: string;
}
