/** The languages odw speaks. German first: the pilot cities' editors and readers are German-speaking. */
export type Lang = 'de' | 'en';

/**
 * The language for an element: its own `lang` attribute, else the nearest ancestor's (crossing shadow
 * roots), else the document's; anything that is not English is treated as German.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return (node.getAttribute('lang') ?? '').toLowerCase().startsWith('en') ? 'en' : 'de';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'de';
}

/** The number-and-date locale for a language. */
export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'de-DE';
}
