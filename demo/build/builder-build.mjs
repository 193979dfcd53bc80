// The demo's own scripts (dist/demo): the builder and its preview page. `npm start` serves them under
// /build/. The builder gets the custom-elements manifest and the element registry built in.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { virtualModules } from '../../packages/embed/build/rollup-helpers.mjs';
import { generateCustomElementsManifest } from './custom-elements.mjs';

/** `import data from './x.json'` → a module exporting the parsed JSON. */
const jsonModules = () => ({
  name: 'odw-json',
  transform: (code, id) => (id.endsWith('.json') ? { code: `export default ${code};`, map: null } : null),
});

export function builderBuild(outDir = process.env.ODW_DEMO_DIR ?? 'dist/demo') {
  let manifest;
  return {
    input: { builder: 'demo/builder/main.ts', preview: 'demo/builder/preview.ts' },
    output: {
      dir: outDir,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [
      {
        name: 'odw-custom-elements-manifest',
        buildStart() {
          manifest = generateCustomElementsManifest();
        },
      },
      virtualModules({ 'odw:custom-elements': () => `export default ${JSON.stringify(manifest)};` }),
      jsonModules(),
      nodeResolve({ exportConditions: ['source', 'browser', 'production'], browser: true }),
      typescript({
        tsconfig: 'demo/tsconfig.json',
        outDir,
        declaration: false,
        declarationMap: false,
        noEmitOnError: true,
      }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  };
}
