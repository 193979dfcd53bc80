import type { Choices } from './choices.js';
import type { OptionSpec } from './option-specs.js';
import type { DatasetSummary } from './portal-access.js';

/** One element of packages/embed/elements.json. */
export interface ElementEntry {
  widget: string;
  tag: string;
  module: string;
  binds: string[];
  label: { de: string; en: string };
  description: { de: string; en: string };
}

/**
 * The element's attributes for the current choices, in the order the snippet shows them: the bound ones
 * (portal, dataset, resource), the options in form order, then `lang`. A checked boolean option is an
 * attribute without value. The preview and every snippet use this one list, so they cannot disagree.
 */
export function elementAttributes(
  choices: Choices,
  element: ElementEntry,
  options: readonly Pick<OptionSpec, 'name' | 'kind'>[],
): [string, string][] {
  const bound: Record<string, string> = {
    portal: choices.portal,
    dataset: choices.dataset,
    resource: choices.resource,
  };
  const attributes: [string, string][] = [];
  for (const name of element.binds) if (bound[name]) attributes.push([name, bound[name]]);
  for (const { name, kind } of options) {
    const value = choices.options[name];
    if (!value) continue;
    if (kind !== 'boolean') attributes.push([name, value]);
    else if (value === 'true') attributes.push([name, '']);
  }
  if (choices.widgetLang) attributes.push(['lang', choices.widgetLang]);
  return attributes;
}

/** Whether the choices are complete enough for a snippet. */
export function isComplete(choices: Choices, element: ElementEntry, dataset?: DatasetSummary): boolean {
  if (element.binds.includes('portal') && !choices.portal) return false;
  if (element.binds.includes('dataset') && !(choices.dataset && dataset)) return false;
  return true;
}
