/**
 * Sets inline CSS properties through the CSSOM only. Lit's `styleMap` writes a `style="…"` attribute on
 * its first render, which a page's Content Security Policy blocks unless `style-src` allows
 * `'unsafe-inline'`; `element.style.setProperty()` is not restricted by CSP. Usage (an element
 * directive, not an attribute value): `<col ${cssProperties({ width: '12ch' })} />`.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS property (kebab-case, as in a stylesheet) → value; `undefined` removes it. */
export type CssProperties = Record<string, string | undefined>;

class CssPropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('cssProperties() goes on the element itself: <td ${cssProperties({…})}>');
    }
  }

  render(_properties: CssProperties): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [CssProperties]): typeof nothing {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) {
      if (properties[name] === undefined) style.removeProperty(name);
    }
    this.previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return nothing;
  }
}

/** Sets CSS properties on the element through the CSSOM (CSP-safe; see the module comment). */
export const cssProperties = directive(CssPropertiesDirective);
