/**
 * The "what if" page (was-waere-wenn.html): each table asks the demo portal with a fault mode. Faults that
 * heal after n requests (`times-n`) count per exact spec, so every page load and every reload gets a
 * fresh `id-…` token; the button reloads every case. A case marked `data-own-origin` talks to the portal
 * under another host name, so it has a retry budget of its own.
 *
 * @module
 */

let generation = 0;

/**
 * The portal under another name of the same machine (localhost ↔ 127.0.0.1): another origin for the
 * browser, so odw's per-portal retry budget is not the one the failing cases on this page have spent.
 */
function otherOrigin(base: string): string {
  const url = new URL(base);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.href.replace(/\/$/, '');
}

/** The element's portal URL with a fresh id token when its fault heals after some requests. */
function portalFor(element: Element, spec: string): string {
  let base = element.getAttribute('portal')!.split('/__fault/')[0];
  if (element.hasAttribute('data-own-origin') && !element.hasAttribute('data-moved')) {
    base = otherOrigin(base);
    element.setAttribute('data-moved', '');
  }
  const unique = spec.includes('times-') ? `,id-${Date.now().toString(36)}-${generation}` : '';
  return `${base}/__fault/${spec}${unique}`;
}

function reload(element: Element): Element {
  const fresh = element.cloneNode(false) as Element;
  fresh.setAttribute('portal', portalFor(element, element.getAttribute('data-fault')!));
  element.replaceWith(fresh);
  return fresh;
}

function reloadAll(): void {
  generation++;
  for (const element of document.querySelectorAll('[data-fault]')) reload(element);
}

// Healing faults need a token of their own from the first load on.
for (const element of document.querySelectorAll('[data-fault*="times-"]')) reload(element);
document.querySelector('[data-reload-all]')?.addEventListener('click', reloadAll);
