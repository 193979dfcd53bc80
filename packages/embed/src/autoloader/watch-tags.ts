/**
 * Calls `onSeen(tag)` for each of `tags` the first time an element with that tag is in the document:
 * now, or later when a CMS's JavaScript or a framework adds one. Stops observing once every tag was seen.
 *
 * @param tags element names to look for
 * @param onSeen called once per tag
 */
export function watchTags(tags: readonly string[], onSeen: (tag: string) => void): void {
  const pending = new Set(tags);
  const see = (tag: string) => {
    if (!pending.delete(tag)) return;
    onSeen(tag);
    if (!pending.size) observer.disconnect();
  };
  const scan = (root: ParentNode) => {
    if (root instanceof Element && pending.has(root.localName)) see(root.localName);
    if (!pending.size) return;
    for (const element of root.querySelectorAll([...pending].join(','))) see(element.localName);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  scan(document);
}
