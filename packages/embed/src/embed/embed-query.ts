/**
 * Reads and checks the query of `embed.html?widget=table&portal=…&dataset=…`. Every parameter except
 * `widget` and `lang` becomes an attribute of the element, so the element validates values the same way as
 * in a page; this module rejects what the element would not see: unknown widgets, unknown or repeated
 * parameter names, a bad language.
 *
 * @module
 */

/** Languages the page speaks. */
export type EmbedLang = 'de' | 'en';

/** A checked embed request. */
export interface EmbedRequest {
  widget: string;
  tag: string;
  lang: EmbedLang;
  /** Attribute name → value, in the order given. */
  attributes: [name: string, value: string][];
}

/** Why a query was rejected, in both languages. */
export interface EmbedProblem {
  lang: EmbedLang;
  message: Record<EmbedLang, string>;
}

/** Parameters the page handles itself instead of passing them to the element. */
const PAGE_PARAMETERS = new Set(['widget', 'lang']);

const list = (names: Iterable<string>) => [...names].join(', ');

function languageOf(value: string | null): EmbedLang | undefined {
  if (value === null) return 'de';
  if (/^de(-[a-z]{2})?$/i.test(value)) return 'de';
  if (/^en(-[a-z]{2})?$/i.test(value)) return 'en';
  return undefined;
}

/**
 * Checks the query string against the known widgets.
 *
 * @param search `location.search`
 * @param widgets widget name → element tag
 */
export function readEmbedQuery(
  search: string,
  widgets: Readonly<Record<string, string>>,
): EmbedRequest | EmbedProblem {
  const params = new URLSearchParams(search);
  const lang = languageOf(params.get('lang'));
  if (!lang) {
    const value = params.get('lang');
    return {
      lang: 'de',
      message: {
        de: `Der Parameter lang="${value}" ist ungültig. Möglich sind: de, en.`,
        en: `The parameter lang="${value}" is invalid. Possible values: de, en.`,
      },
    };
  }
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (seen.has(name)) {
      return {
        lang,
        message: {
          de: `Der Parameter „${name}“ kommt mehrfach vor; jeder Parameter darf nur einmal angegeben werden.`,
          en: `The parameter "${name}" appears more than once; give each parameter once.`,
        },
      };
    }
    seen.add(name);
  }
  const widget = params.get('widget');
  if (!widget || !Object.hasOwn(widgets, widget)) {
    const known = list(Object.keys(widgets));
    return {
      lang,
      message: widget
        ? {
            de: `widget="${widget}" gibt es nicht. Möglich sind: ${known}.`,
            en: `There is no widget="${widget}". Possible values: ${known}.`,
          }
        : {
            de: `Der Parameter widget fehlt (z. B. widget=table). Möglich sind: ${known}.`,
            en: `The parameter widget is missing (e.g. widget=table). Possible values: ${known}.`,
          },
    };
  }
  const attributes = [...params].filter(([name]) => !PAGE_PARAMETERS.has(name));
  return { widget, tag: widgets[widget], lang, attributes };
}

/**
 * Rejects parameters the element has no attribute for (typos like `pagesize` would otherwise be ignored
 * silently).
 *
 * @param request the checked request
 * @param observed the element's `observedAttributes`
 */
export function checkAttributeNames(
  request: EmbedRequest,
  observed: readonly string[],
): EmbedProblem | undefined {
  const allowed = new Set(observed);
  const unknown = request.attributes.map(([name]) => name).filter((name) => !allowed.has(name));
  if (!unknown.length) return undefined;
  const known = list([...PAGE_PARAMETERS, ...observed]);
  const names = unknown.map((n) => `„${n}“`).join(', ');
  return {
    lang: request.lang,
    message: {
      de: `${unknown.length > 1 ? 'Die Parameter' : 'Den Parameter'} ${names} gibt es für widget=${request.widget} nicht. Möglich sind: ${known}.`,
      en: `widget=${request.widget} has no parameter ${unknown.map((n) => `"${n}"`).join(', ')}. Possible parameters: ${known}.`,
    },
  };
}

/** Whether a result is a problem. */
export const isProblem = (value: EmbedRequest | EmbedProblem | undefined): value is EmbedProblem =>
  value !== undefined && 'message' in value;
