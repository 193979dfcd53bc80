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

const countFormats = new Map<Lang, Intl.NumberFormat>();

/** A whole number as readers write it: `52.341` in German, `52,341` in English. */
export function formatCount(value: number, lang: Lang): string {
  let format = countFormats.get(lang);
  if (!format) countFormats.set(lang, (format = new Intl.NumberFormat(localeOf(lang))));
  return format.format(value);
}

/** A point in time as `31.12.2024, 14:30` (reader's time zone: it is about when the reader's page loaded data). */
export function formatTimestamp(value: Date | string, lang: Lang, withTime = true): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(localeOf(lang), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).format(date);
}
