// Modules the CDN build generates (packages/embed/build/cdn-build.mjs) from packages/embed/elements.json
// and from the files of earlier build passes.

declare module 'odw:cdn-chunks' {
  /** The odw version of this build. */
  export const VERSION: string;
  /** Every chunk file: name relative to odw.js, SRI hash (`sha384-…`), indexes of the chunks it imports. */
  export const CHUNKS: readonly (readonly [file: string, integrity: string, imports: readonly number[]])[];
  /** For each element tag: the index of its own chunk in `CHUNKS`. */
  export const TAGS: Readonly<Record<string, number>>;
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
