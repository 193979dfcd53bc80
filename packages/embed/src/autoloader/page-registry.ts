/**
 * Two copies of odw.js can end up on one page: a CMS plugin and a pasted snippet, or two versions. They
 * meet in one registry under a global symbol, so neither breaks the page: the first copy keeps every
 * element it knows, a later copy only takes elements nobody has claimed yet, and a warning names the
 * conflict.
 *
 * @module
 */

/** One copy of the autoloader on the page. */
export interface AutoloaderCopy {
  /** odw version of that copy. */
  version: string;
  /** URL the copy was loaded from. */
  src: string;
}

/** Loads an element's code; resolves once the element is defined. */
export type ElementLoader = () => Promise<void>;

/**
 * Imports a module of a copy's own folder with its integrity checked; `undefined` when the URL is not one
 * of that copy's files.
 */
export type ModuleImporter = (url: string) => Promise<unknown> | undefined;

/** What all copies of odw.js on a page share. */
export interface PageRegistry {
  /** Every copy in the order they ran. */
  readonly copies: AutoloaderCopy[];
  /** Which copy loads which tag. */
  readonly claims: Map<string, { copy: AutoloaderCopy; load: ElementLoader }>;
  /** Each copy's importer for the chunks of its own folder. */
  readonly importers: ModuleImporter[];
  /** Loads the element `tag` through the copy that claimed it (used by the iframe page). */
  load(tag: string): Promise<void>;
  /**
   * Imports a chunk with its integrity checked by the copy it belongs to; a URL no copy knows is imported
   * as it is. The element chunks' own lazy `import()`s are built to call this (see the CDN build).
   */
  importModule(url: string): Promise<unknown>;
}

/** The global key; `Symbol.for` so that every copy, whatever its version, finds the same registry. */
export const REGISTRY_KEY = Symbol.for('odw.autoloader');

type Scope = { [REGISTRY_KEY]?: PageRegistry };

/** Where the element chunks find {@link PageRegistry.importModule}: `globalThis[IMPORT_KEY](url)`. */
export const IMPORT_KEY = Symbol.for('odw.import');

function createRegistry(): PageRegistry {
  const claims: PageRegistry['claims'] = new Map();
  const importers: ModuleImporter[] = [];
  return {
    copies: [],
    claims,
    importers,
    load: (tag) =>
      claims.get(tag)?.load() ?? Promise.reject(new Error(`odw does not know the element <${tag}>`)),
    importModule(url) {
      for (const importer of importers) {
        const loading = importer(url);
        if (loading) return loading;
      }
      return import(/* webpackIgnore: true */ url);
    },
  };
}

/** The page's registry, created on first use. */
export function pageRegistry(scope: object = globalThis): PageRegistry {
  const target = scope as Scope;
  if (!target[REGISTRY_KEY]) {
    const registry = createRegistry();
    Object.defineProperty(target, REGISTRY_KEY, { value: registry });
    Object.defineProperty(target, IMPORT_KEY, { value: (url: string) => registry.importModule(url) });
  }
  return target[REGISTRY_KEY]!;
}

const tagList = (tags: string[]) => tags.map((t) => `<${t}>`).join(', ');

/**
 * Registers one copy of the autoloader. Returns the tags this copy is responsible for, and a warning
 * when another copy was there first.
 */
export function joinPage(
  copy: AutoloaderCopy,
  loaders: Record<string, ElementLoader>,
  importer: ModuleImporter = () => undefined,
  registry: PageRegistry = pageRegistry(),
): { mine: string[]; warning?: string } {
  const first = registry.copies[0];
  registry.copies.push(copy);
  registry.importers.push(importer);
  const mine = Object.keys(loaders).filter((tag) => !registry.claims.has(tag));
  for (const tag of mine) registry.claims.set(tag, { copy, load: loaders[tag] });
  if (!first) return { mine };

  const adds = mine.length ? `adds only ${tagList(mine)}` : 'does nothing';
  const warning =
    first.version === copy.version
      ? `odw ${copy.version} is included twice on this page (${first.src} and ${copy.src}); ` +
        `the second copy ${adds}. Include odw.js once per page.`
      : `two versions of odw are on this page: ${first.version} (${first.src}) and ${copy.version} ` +
        `(${copy.src}). ${first.version} keeps the elements it knows; ${copy.version} ${adds}. ` +
        `Include one version only.`;
  return { mine, warning };
}
