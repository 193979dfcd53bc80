/**
 * Where an element finds its portal and language. One lookup for all elements, so that an enclosing
 * `<odw-portal>` (a later issue) can supply them without any element's API changing: the element's own
 * attribute wins, then the enclosing settings, then the defaults.
 */
import { resolveLang, type Lang } from './i18n.js';

/** Settings an element may inherit. */
export interface InheritedSettings {
  /** Portal base URL; `''` when none is set anywhere. */
  portal: string;
  lang: Lang;
}

/** Resolves the settings for `element`, given its own `portal` attribute value. */
export function resolveSettings(element: Element, own: { portal?: string }): InheritedSettings {
  // The enclosing <odw-portal> lookup goes here (issue: odw-portal); today only own attributes count.
  return { portal: own.portal?.trim() ?? '', lang: resolveLang(element) };
}
