/**
 * What an editor chose in the builder. The choices live in the page URL's hash, so a reload, the back
 * button and a shared link restore them.
 *
 * @module
 */

/** How the page includes odw.js. */
export type ScriptKind = 'module' | 'classic';

/** Language of the widget itself (`lang` attribute); empty: the page's language. */
export type WidgetLang = '' | 'de' | 'en';

export interface Choices {
  /** Portal base URL. */
  portal: string;
  /** Organization to search in; empty: all. */
  organization: string;
  /** Search text. */
  q: string;
  /** Dataset name. */
  dataset: string;
  /** Resource id. */
  resource: string;
  /** Widget name (`table`, …). */
  widget: string;
  /** Attribute → value of the options form; empty values are left out. */
  options: Record<string, string>;
  widgetLang: WidgetLang;
  /** Base URL of the odw folder the snippet points at, with trailing slash. */
  cdn: string;
  scriptKind: ScriptKind;
}

const OPTION_PREFIX = 'o.';

/** The hash (without `#`) for some choices; empty and default values are left out. */
export function choicesToHash(choices: Choices, defaults: Choices): string {
  const params = new URLSearchParams();
  for (const key of ['portal', 'organization', 'q', 'dataset', 'resource', 'widget'] as const) {
    if (choices[key] && choices[key] !== defaults[key]) params.set(key, choices[key]);
  }
  if (choices.widgetLang) params.set('widget-lang', choices.widgetLang);
  if (choices.cdn !== defaults.cdn) params.set('cdn', choices.cdn);
  if (choices.scriptKind !== defaults.scriptKind) params.set('script', choices.scriptKind);
  for (const [name, value] of Object.entries(choices.options)) {
    if (value) params.set(OPTION_PREFIX + name, value);
  }
  return params.toString();
}

/** Choices from a hash; anything missing or invalid keeps its default. */
export function choicesFromHash(hash: string, defaults: Choices): Choices {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const text = (key: string, fallback: string) => params.get(key) ?? fallback;
  const widgetLang = params.get('widget-lang');
  const script = params.get('script');
  const options: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key.startsWith(OPTION_PREFIX) && value) options[key.slice(OPTION_PREFIX.length)] = value;
  }
  return {
    portal: text('portal', defaults.portal),
    organization: text('organization', defaults.organization),
    q: text('q', defaults.q),
    dataset: text('dataset', defaults.dataset),
    resource: text('resource', defaults.resource),
    widget: text('widget', defaults.widget),
    options,
    widgetLang: widgetLang === 'de' || widgetLang === 'en' ? widgetLang : defaults.widgetLang,
    cdn: text('cdn', defaults.cdn),
    scriptKind: script === 'classic' || script === 'module' ? script : defaults.scriptKind,
  };
}
