/**
 * The three things the builder hands out: the script-tag snippet, the iframe snippet and npm/TypeScript
 * code. Pure functions of the choices, so tests can check every character. Values from the portal and the
 * editor are escaped for the place they land in (HTML attribute, HTML text, URL query, TypeScript string).
 *
 * @module
 */

/** A public file of the CDN build, as manifest.json lists it. */
export interface PublicFile {
  file: string;
  integrity: string;
}

export interface SnippetInput {
  /** Element tag and widget name. */
  tag: string;
  widget: string;
  /** npm module that defines the element (`@odw/widgets/table/odw-table.js`). */
  module: string;
  /** Attributes in snippet order; `lang` included when chosen. */
  attributes: [name: string, value: string][];
  /** Base URL of the odw folder, with trailing slash, and its public files. */
  cdn: { base: string; odw: PublicFile; loader: PublicFile; resize: PublicFile };
  /** Dataset title: iframe title and fallback link text. */
  title: string;
  /** The dataset's page on the portal, for the fallback link; only http(s) URLs. */
  datasetPage?: string;
  /** Language of comments and fallback text. */
  lang: 'de' | 'en';
}

const TEXT = {
  de: {
    once: 'odw: einmal pro Seite, auch bei mehreren Elementen',
    fallback: 'Daten im Portal ansehen',
    resize: 'odw: passt die Höhe der iframes an ihren Inhalt an (einmal pro Seite)',
    install: 'npm install @odw/widgets',
    container: 'Ein Element Ihrer Seite, in das die Ansicht kommt',
    loaded: 'Zeilen geladen',
  },
  en: {
    once: 'odw: once per page, also for several elements',
    fallback: 'View the data on the portal',
    resize: 'odw: gives iframes the height of their content (once per page)',
    install: 'npm install @odw/widgets',
    container: 'An element of your page that gets the view',
    loaded: 'rows loaded',
  },
};

/**
 * Escapes text for an HTML attribute value in double quotes. A carriage return is written as a character
 * reference, because HTML parsers turn a literal one into a line feed.
 */
export function escapeAttribute(value: string): string {
  return escapeText(value).replaceAll('"', '&quot;');
}

/** Escapes text for HTML element content (a carriage return as a character reference, see above). */
export function escapeText(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#13;');
}

/** ` name="value"` per attribute; a boolean attribute (empty value) as its bare name. */
const attributeList = (attributes: [string, string][]) =>
  attributes
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');

/** `<script …>` for odw.js (module) or odw-loader.js (classic, for CMSes that only allow those). */
function scriptTag(input: SnippetInput, kind: 'module' | 'classic'): string {
  const file = kind === 'module' ? input.cdn.odw : input.cdn.loader;
  const src = escapeAttribute(input.cdn.base + file.file);
  const integrity = `integrity="${file.integrity}" crossorigin="anonymous"`;
  return kind === 'module'
    ? `<script type="module" src="${src}" ${integrity}></script>`
    : `<script src="${src}" ${integrity} defer></script>`;
}

/** The script-tag snippet: the script (once per page) and the element with a fallback link inside. */
export function scriptSnippet(input: SnippetInput, kind: 'module' | 'classic' = 'module'): string {
  const text = TEXT[input.lang];
  const fallback = input.datasetPage
    ? `\n  <a href="${escapeAttribute(input.datasetPage)}">${escapeText(input.title)} – ${text.fallback}</a>\n`
    : '';
  return (
    `<!-- ${text.once} -->\n${scriptTag(input, kind)}\n\n` +
    `<${input.tag}${attributeList(input.attributes)}>${fallback}</${input.tag}>`
  );
}

/** The URL of the iframe page for these choices. */
export function embedUrl(input: SnippetInput): string {
  const params = new URLSearchParams([['widget', input.widget], ...input.attributes]);
  return `${input.cdn.base}embed.html?${params}`;
}

/** The iframe snippet with the resizer script (the iframe works without it, at its default height). */
export function iframeSnippet(input: SnippetInput, height = 600): string {
  const resize = input.cdn.resize;
  return (
    `<iframe src="${escapeAttribute(embedUrl(input))}" title="${escapeAttribute(input.title)}" ` +
    `width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>\n\n` +
    `<!-- ${TEXT[input.lang].resize} -->\n` +
    `<script src="${escapeAttribute(input.cdn.base + resize.file)}" integrity="${resize.integrity}" crossorigin="anonymous" defer></script>`
  );
}

/** A TypeScript string literal in single quotes (the escapes of JSON are valid TypeScript escapes). */
function tsString(value: string): string {
  const body = JSON.stringify(value).slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'");
  return `'${body}'`;
}

const identifierOf = (tag: string) =>
  tag.replace(/^odw-/, '').replace(/-(.)/g, (_, c: string) => c.toUpperCase());

/** TypeScript for an app that installs @odw/widgets from npm. */
export function npmSnippet(input: SnippetInput): string {
  const text = TEXT[input.lang];
  const name = identifierOf(input.tag);
  const sets = input.attributes
    .map(([attribute, value]) => `${name}.setAttribute(${tsString(attribute)}, ${tsString(value)});`)
    .join('\n');
  return `// ${text.install}
import '${input.module}';

const ${name} = document.createElement('${input.tag}');
${sets}
${name}.addEventListener('odw-load', (event) => console.log(event.detail.total, '${text.loaded}'));
${name}.addEventListener('odw-error', (event) => console.error(event.detail.error));

// ${text.container}
document.querySelector('#odw-view')?.append(${name});
`;
}
