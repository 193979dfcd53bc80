/**
 * The CDN autoloader (`dist/cdn/odw.js`): defines each `odw-*` element the first time it appears in the
 * page, also when a CMS adds it later, and loads only that element's chunk. Chunks are imported with
 * relative specifiers, so they load from wherever this script is hosted.
 *
 * @module
 */

const LOADERS: Record<string, () => Promise<unknown>> = {
  'odw-table': () => import('./elements/table.js'),
};

const requested = new Set<string>();

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  LOADERS[tag]().catch((error: unknown) => {
    requested.delete(tag);
    console.error(`odw: could not load <${tag}>`, error);
  });
}

function scan(root: ParentNode): void {
  for (const tag of Object.keys(LOADERS)) {
    if (!requested.has(tag) && root.querySelector(tag)) load(tag);
  }
}

scan(document);
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof Element) {
        const tag = node.localName;
        if (tag in LOADERS) load(tag);
        scan(node);
      }
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true });
