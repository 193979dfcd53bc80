// Rollup plugin: minifies the CSS inside Lit's css`…` literals at build time (the table's styles are
// 11 KB of indented, commented CSS; this saves ~0.5 KiB gzip of the CDN chunk). Every line break is kept,
// so lines do not move and a line-level source map stays true.
// Literals with `${…}` are left alone: what an interpolation inserts is not known here.

// TypeScript's output writes the tag as `css `…``.
const CSS_LITERAL = /\bcss ?`([^`$\\]*)`/g;

/**
 * Drops comments, indentation, the spaces around `{ } ; , >` and after a property name, and the `;`
 * before `}`; keeps every line break and the spaces that carry meaning (`calc(a - b)`, `@media … and (…)`, descendant selectors).
 */
export function minifyCss(text) {
  const lines = (part) => '\n'.repeat(part.split('\n').length - 1);
  return text
    .replace(/\/\*[\s\S]*?\*\//g, lines)
    .replace(/\s+/g, (space) => lines(space) || ' ')
    .replace(/[ \n]*([{};,>])[ ]*/g, (match, mark) => lines(match) + mark)
    .replace(/;(\n*)}/g, '$1}')
    .replace(/(^|[{;\n])(-?-?[a-z][-a-z0-9]*): /g, '$1$2:')
    .replace(/^ | $/g, '');
}

export function minifyCssLiterals() {
  return {
    name: 'odw-minify-css-literals',
    transform(code) {
      if (!code.includes('css')) return null;
      const output = code.replace(CSS_LITERAL, (_, text) => `css\`${minifyCss(text)}\``);
      if (output === code) return null;
      // Line-level map (every line starts where it started): lines do not move, columns inside the CSS do.
      const mappings = output.split('\n').map((_, line) => (line ? 'AACA' : 'AAAA'));
      return { code: output, map: { mappings: mappings.join(';') } };
    },
  };
}
