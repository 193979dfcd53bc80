// `import text from 'x.css'` → a module exporting the CSS text, for the dev server and for rollup.
// Used for maplibre-gl.css, which must be adopted into each map's shadow root.
export function cssTextDevServer() {
  return {
    name: 'css-text',
    resolveMimeType(context) {
      if (context.path.endsWith('.css')) return 'js';
    },
    transform(context) {
      if (context.path.endsWith('.css')) return { body: `export default ${JSON.stringify(context.body)};` };
    },
  };
}

export function cssTextRollup() {
  return {
    name: 'css-text',
    transform(code, id) {
      if (!id.endsWith('.css')) return null;
      return { code: `export default ${JSON.stringify(code)};`, map: { mappings: '' } };
    },
  };
}
