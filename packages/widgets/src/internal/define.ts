import { VERSION } from './version.js';

/** A custom element class that records which odw version defined it. */
export type OdwElementClass = CustomElementConstructor & { odwVersion?: string };

/**
 * Defines `tag` unless it is defined already. A page may load odw twice (two embeds, a CMS plugin and a
 * snippet); the first definition wins, and a second, different version is named in a warning instead of
 * throwing `NotSupportedError` and breaking the page.
 */
export function defineElement(tag: string, elementClass: OdwElementClass): void {
  const existing = customElements.get(tag) as OdwElementClass | undefined;
  if (!existing) {
    elementClass.odwVersion = VERSION;
    customElements.define(tag, elementClass);
    return;
  }
  if (existing.odwVersion !== VERSION) {
    console.warn(
      `odw: <${tag}> is already defined by ${existing.odwVersion ? `odw ${existing.odwVersion}` : 'another script'}; ` +
        `odw ${VERSION} keeps that definition. Load odw.js only once per page.`,
    );
  }
}
