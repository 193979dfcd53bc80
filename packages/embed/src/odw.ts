/**
 * The CDN autoloader (`dist/cdn/odw.js`). A page includes it once:
 *
 * ```html
 * <script type="module" src="https://…/odw-0.1.0.js" integrity="sha384-…" crossorigin="anonymous"></script>
 * ```
 *
 * It defines each `odw-*` element the first time one appears in the page, also when a CMS adds it later,
 * and loads only that element's code. Chunks load relative to this script's own URL, so the folder can be
 * hosted anywhere, and each chunk is checked against the SRI hash built into this file.
 *
 * @module
 */
import { FILES, TAGS, VERSION } from 'odw:cdn-chunks';
import { joinPage, type ElementLoader } from './autoloader/page-registry.js';
import { reportLoadFailure } from './autoloader/report-failure.js';
import { importVerified } from './autoloader/verified-import.js';
import { watchTags } from './autoloader/watch-tags.js';

const src = import.meta.url;

function loaderFor(tag: string, fileIndexes: readonly number[]): ElementLoader {
  let loading: Promise<void> | undefined;
  return () => {
    // Already defined, e.g. because the page also imports @odw/widgets from npm.
    if (customElements.get(tag)) return Promise.resolve();
    loading ??= importVerified(
      fileIndexes.map((i) => ({ url: new URL(FILES[i][0], src).href, integrity: FILES[i][1] })),
    )
      .then(() => customElements.whenDefined(tag))
      .then(() => undefined)
      .catch((error: unknown) => {
        loading = undefined; // allow a later attempt
        throw error;
      });
    return loading;
  };
}

const loaders: Record<string, ElementLoader> = {};
for (const [tag, fileIndexes] of Object.entries(TAGS)) loaders[tag] = loaderFor(tag, fileIndexes);

const { mine, warning } = joinPage({ version: VERSION, src }, loaders);
if (warning) console.warn(`odw: ${warning}`);
if (mine.length) {
  watchTags(mine, (tag) => {
    loaders[tag]().catch((error: unknown) => reportLoadFailure(tag, error));
  });
}
