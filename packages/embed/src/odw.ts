/**
 * The CDN autoloader (`dist/cdn/odw.js`). A page includes it once:
 *
 * ```html
 * <script type="module" src="https://…/odw-0.1.0.js" integrity="sha384-…" crossorigin="anonymous"></script>
 * ```
 *
 * It defines each `odw-*` element the first time one appears in the page, also when a CMS adds it later,
 * and loads only that element's code. Chunks load relative to this script's own URL, so the folder can be
 * hosted anywhere, and every chunk, also one an element loads lazily later, is checked against the SRI
 * hash built into this file.
 *
 * @module
 */
import { CHUNKS, TAGS, VERSION } from 'odw:cdn-chunks';
import { chunkTable } from './autoloader/chunk-table.js';
import { joinPage, type ElementLoader, type ModuleImporter } from './autoloader/page-registry.js';
import { reportLoadFailure } from './autoloader/report-failure.js';
import { importVerified } from './autoloader/verified-import.js';
import { watchTags } from './autoloader/watch-tags.js';

const src = import.meta.url;
const chunks = chunkTable(CHUNKS, src);

function loaderFor(tag: string, chunk: number): ElementLoader {
  let loading: Promise<void> | undefined;
  return () => {
    // Already defined, e.g. because the page also imports @odw/widgets from npm.
    if (customElements.get(tag)) return Promise.resolve();
    loading ??= importVerified(chunks.verifiedFiles(chunk))
      .then(() => customElements.whenDefined(tag))
      .then(() => undefined)
      .catch((error: unknown) => {
        loading = undefined; // allow a later attempt
        throw error;
      });
    return loading;
  };
}

/** The lazy chunks the elements import later go through here, with the same check. */
const importer: ModuleImporter = (url) => {
  const index = chunks.indexOf(url);
  return index < 0 ? undefined : importVerified(chunks.verifiedFiles(index));
};

const loaders: Record<string, ElementLoader> = {};
for (const [tag, chunk] of Object.entries(TAGS)) loaders[tag] = loaderFor(tag, chunk);

const { mine, warning } = joinPage({ version: VERSION, src }, loaders, importer);
if (warning) console.warn(`odw: ${warning}`);
if (mine.length) {
  watchTags(mine, (tag) => {
    loaders[tag]().catch((error: unknown) => reportLoadFailure(tag, error));
  });
}
